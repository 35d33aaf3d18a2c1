package openapi

import (
	"strings"
	"testing"
)

func TestTranslate30Lenient(t *testing.T) {
	got, errs, warnings := translateWarn(t, "3.0.3", `{"A": {"type": "object", "$schema": "http://json-schema.org/draft-07/schema#", "$id": "a.json",
		"properties": {"k": {"type": "string", "const": "a", "examples": ["a"]}, "n": {"type": "integer", "const": 1}},
		"patternProperties": {"^x-": {}}, "unevaluatedProperties": false}}`)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	want := `{"A":{"type":"object","properties":{"k":{"type":"string","const":"a","examples":["a"]},"n":{"type":"integer","const":1}},` +
		`"patternProperties":{"^x-":{}},"unevaluatedProperties":false}}`
	if got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
	wantWarnings := []wantWarning{
		{"/components/schemas/A/patternProperties", "read as JSON Schema's patternProperties"},
		{"/components/schemas/A/unevaluatedProperties", "read as JSON Schema's unevaluatedProperties"},
		{"/components/schemas/A/$schema", "ignored"},
		{"/components/schemas/A/$id", "ignored"},
		{"/components/schemas/A/properties/k/const", "read as JSON Schema's const (here and 1 more times in this document)"},
		{"/components/schemas/A/properties/k/examples", "read as JSON Schema's examples"},
	}
	checkWarnings(t, warnings, wantWarnings)
	if _, _, warnings := translateWarn(t, "3.1.0", `{"A": {"const": 1}}`); len(warnings) > 0 {
		t.Errorf("3.1 warns: %v", warnings)
	}
}

func TestTranslate30LenientAnnotations(t *testing.T) {
	got, errs, warnings := translateWarn(t, "3.0.3", `{"A": {"type": "string", "examples": {"one": {"value": "a"}}}, "B": {"examples": ["b"], "$comment": 5}}`)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if want := `{"A":{"type":"string"},"B":{"examples":["b"]}}`; got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
	var msgs []string
	for _, w := range warnings {
		msgs = append(msgs, w.Pointer+": "+w.Msg)
	}
	want := []string{
		"/components/schemas/A/examples: examples is not a keyword of OpenAPI 3.0 schemas; ignored: its value is of type object, where JSON Schema's examples takes type array",
		"/components/schemas/B/examples: examples is not a keyword of OpenAPI 3.0 schemas; read as JSON Schema's examples",
		"/components/schemas/B/$comment: $comment is not a keyword of OpenAPI 3.0 schemas; ignored: its value is of type number, where JSON Schema's $comment takes type string",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

func TestTranslate30Legacy(t *testing.T) {
	got, errs, warnings := translateWarn(t, "3.0.3", `{"A": {"type": "object", "required": ["a", "b", "a", "a"],
		"properties": {"a": {"type": "string", "required": true}, "b": {"required": false}}},
		"F": {"type": "file", "allOf": []}, "G": {"type": "file", "format": "x"}}`)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if want := `{"A":{"type":"object","required":["a","b"],"properties":{"a":{"type":"string"},"b":{}}},` +
		`"F":{"type":"string","format":"binary"},"G":{"type":"string","format":"x"}}`; got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
	if len(warnings) != 4 || warnings[0].Pointer != "/components/schemas/A/required" || !strings.Contains(warnings[0].Msg, "more than once") ||
		warnings[1].Pointer != "/components/schemas/A/properties/a/required" || !strings.HasSuffix(warnings[1].Msg, "is ignored (here and 1 more times in this document)") {
		t.Errorf("warnings %v", warnings)
	}
}

func TestTranslate30Slips(t *testing.T) {
	got, errs, warnings := translateWarn(t, "3.0.3", `{"A": {"title": null, "description": 1, "readOnly": "true",
		"anyOf": [], "oneOf": [], "properties": {"n": {"type": "null", "nullable": true}, "s": {"type": "string", "nullable": true, "deprecated": "yes"}}},
		"B": {"anyOf": [{"type": "string"}, {"type": "null"}]}}`)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if want := `{"A":{"properties":{"n":{"type":"null"},"s":{"type":["string","null"]}}},` +
		`"B":{"anyOf":[{"type":"string"},{"type":"null"}]}}`; got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
	wantWarnings := []wantWarning{
		{"/components/schemas/A/title", "title takes a string, not a null; ignored"},
		{"/components/schemas/A/description", "description takes a string, not a number; ignored"},
		{"/components/schemas/A/readOnly", "readOnly takes a boolean, not a string; ignored"},
		{"/components/schemas/A/anyOf", "an empty anyOf"},
		{"/components/schemas/A/oneOf", "an empty oneOf"},
		{"/components/schemas/A/properties/n/type", `no type "null" (it writes nullable: true); read as JSON Schema's null type (here and 1 more times`},
		{"/components/schemas/A/properties/s/deprecated", "deprecated takes a boolean"},
	}
	checkWarnings(t, warnings, wantWarnings)
}

// A wantWarning is a warning a test expects: its pointer, and a text of its
// message.
type wantWarning struct{ ptr, msg string }

// checkWarnings reports the differences between warnings and want, in
// order.
func checkWarnings(t *testing.T, warnings []*Error, want []wantWarning) {
	t.Helper()
	if len(warnings) != len(want) {
		t.Fatalf("%d warnings %v, want %d", len(warnings), warnings, len(want))
	}
	for i, w := range want {
		if warnings[i].Pointer != w.ptr || !strings.Contains(warnings[i].Msg, w.msg) {
			t.Errorf("warning %d: %s: %s, want %s: ...%s", i, warnings[i].Pointer, warnings[i].Msg, w.ptr, w.msg)
		}
	}
}
