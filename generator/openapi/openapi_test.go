package openapi

import (
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/document"
	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// translate translates an OpenAPI document of the given version whose
// components.schemas is schemas (JSON), and returns the translated
// components.schemas and the errors.
func translate(t *testing.T, version, schemas string) (string, []*Error) {
	out, errs, _ := translateWarn(t, version, schemas)
	return out, errs
}

// translateWarn is translate, returning the warnings too.
func translateWarn(t *testing.T, version, schemas string) (string, []*Error, []*Error) {
	t.Helper()
	root, err := document.Parse([]byte(`{"openapi": "` + version + `", "components": {"schemas": ` + schemas + `}}`))
	if err != nil {
		t.Fatal(err)
	}
	v, _ := Detect(root)
	errs, warnings, _ := Translate(root, v)
	out, _ := root.Lookup(SchemasPointer)
	return string(out.Encode()), errs, warnings
}

func TestTranslate30(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"nullable", `{"A": {"type": "string", "nullable": true}}`, `{"A":{"type":["string","null"]}}`},
		{"nullable enum", `{"A": {"type": "string", "enum": ["a"], "nullable": true}}`, `{"A":{"type":["string","null"],"enum":["a",null]}}`},
		{"nullable enum with null", `{"A": {"type": "string", "enum": ["a", null], "nullable": true}}`, `{"A":{"type":["string","null"],"enum":["a",null]}}`},
		{"nullable without type", `{"A": {"nullable": true, "minLength": 1}}`, `{"A":{"minLength":1}}`},
		{"nullable anyOf", `{"A": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/B"}], "nullable": true}, "B": {}}`,
			`{"A":{"anyOf":[{"type":"string"},{"$ref":"#/components/schemas/B"},{"type":"null"}]},"B":{}}`},
		{"nullable oneOf", `{"A": {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true}}`,
			`{"A":{"oneOf":[{"type":"string"},{"type":"integer"},{"type":"null"}]}}`},
		{"nullable allOf of one", `{"A": {"description": "d", "allOf": [{"$ref": "#/components/schemas/B"}], "nullable": true}, "B": {}}`,
			`{"A":{"description":"d","anyOf":[{"$ref":"#/components/schemas/B"},{"type":"null"}]},"B":{}}`},
		{"nullable allOf of two", `{"A": {"allOf": [{"$ref": "#/components/schemas/B"}, {"required": ["x"]}], "nullable": true}, "B": {}}`,
			`{"A":{"allOf":[{"$ref":"#/components/schemas/B"},{"required":["x"]}]},"B":{}}`},
		{"nullable enum without type", `{"A": {"enum": ["a"], "nullable": true}}`, `{"A":{"enum":["a",null]}}`},
		{"not nullable", `{"A": {"type": "integer", "nullable": false}}`, `{"A":{"type":"integer"}}`},
		{"exclusive", `{"A": {"minimum": 1, "exclusiveMinimum": true, "maximum": 5, "exclusiveMaximum": false}}`, `{"A":{"exclusiveMinimum":1,"maximum":5}}`},
		{"exclusive without bound", `{"A": {"exclusiveMaximum": true}}`, `{"A":{}}`},
		{"ref siblings", `{"A": {"$ref": "#/components/schemas/B", "description": "d", "nullable": true, "maxLength": 1}, "B": {}}`,
			`{"A":{"$ref":"#/components/schemas/B","description":"d"},"B":{}}`},
		{"docs", `{"A": {"example": {"x": 1}, "xml": {}, "externalDocs": {}, "x-y": 1, "readOnly": true}}`,
			`{"A":{"x-y":1,"readOnly":true,"description":"Read-only: sent in responses, not accepted in requests."}}`},
		{"discriminator", `{"U": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}], "discriminator": {"propertyName": "k", "mapping": {"a": "A"}}},
			"A": {"type": "object", "properties": {"k": {"type": "string"}}}, "B": {"type": "object", "required": ["k"]}}`,
			`{"U":{"oneOf":[{"$ref":"#/components/schemas/A"},{"$ref":"#/components/schemas/B"}]},` +
				`"A":{"type":"object","properties":{"k":{"type":"string","enum":["a"]}},"required":["k"]},` +
				`"B":{"type":"object","required":["k"],"properties":{"k":{"enum":["B"]}}}}`},
		{"x-go-type-import", `{"A": {"type": "string", "x-go-type": "myuuid.UUID", "x-go-type-import": {"path": "github.com/google/uuid", "name": "myuuid"}},
			"B": {"x-go-type": "math/big.Int"}}`,
			`{"A":{"type":"string","x-go-type":"github.com/google/uuid.UUID"},"B":{"x-go-type":"math/big.Int"}}`},
		{"inheritance", `{"P": {"type": "object", "discriminator": {"propertyName": "k"}}}`, `{"P":{"type":"object"}}`},
	}
	for _, tt := range tests {
		got, errs := translate(t, "3.0.3", tt.in)
		if len(errs) > 0 {
			t.Errorf("%s: %v", tt.name, errs[0])
		}
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

// TestTranslate30NullBranch checks that the branch nullable adds is not
// translated as a 3.0 schema, whose type "null" would earn a warning.
func TestTranslate30NullBranch(t *testing.T) {
	_, errs, warnings := translateWarn(t, "3.0.0", `{"A": {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true}}`)
	if len(errs) > 0 || len(warnings) > 0 {
		t.Errorf("errors %v, warnings %v; want none", errs, warnings)
	}
}

func TestTranslate30Errors(t *testing.T) {
	for in, want := range map[string]string{
		`{"A": {"type": ["string", "null"]}}`:              "/components/schemas/A/type",
		`{"A": {"properties": {"b": {"$anchor": "b"}}}}`:   "/components/schemas/A/properties/b/$anchor",
		`{"A": {"$ref": "#/components/responses/R"}}`:      "/components/schemas/A/$ref",
		`{"A": {"oneOf": [{}], "discriminator": {}}}`:      "/components/schemas/A/discriminator",
		`{"A": {"items": [{}]}}`:                           "/components/schemas/A/items",
		`{"A": {"allOf": [{"$ref": "#/components/x"}]}}`:   "/components/schemas/A/allOf/0/$ref",
		`{"A": {"type": "object", "additionalItems": {}}}`: "/components/schemas/A/additionalItems",
		`{"U": {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "k", "mapping": {"a": "A", "x": "Missing"}}}, "A": {}}`: "/components/schemas/U/discriminator/mapping/x",
	} {
		_, errs := translate(t, "3.0.0", in)
		if len(errs) == 0 || errs[0].Pointer != want {
			t.Errorf("%s: errors %v, want one at %s", in, errs, want)
		}
	}
}

func TestTranslate31(t *testing.T) {
	got, errs := translate(t, "3.1.0", `{"D": {"$schema": "http://json-schema.org/draft-04/schema#", "minimum": 1, "exclusiveMinimum": true,
		"items": [{}], "additionalItems": false, "dependencies": {"a": ["b"], "c": {}}, "properties": {"r": {"$ref": "#/components/schemas/D", "type": "string"}}},
		"N": {"type": ["string", "null"], "const": "x"}}`)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	want := `{"D":{"$schema":"https://json-schema.org/draft/2020-12/schema","exclusiveMinimum":1,"properties":{"r":{"$ref":"#/components/schemas/D"}},` +
		`"prefixItems":[{}],"items":false,"dependentRequired":{"a":["b"]},"dependentSchemas":{"c":{}}},"N":{"type":["string","null"],"const":"x"}}`
	if got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
	if v, text := Detect(&document.Node{Kind: document.Object, Members: []document.Member{{Name: "swagger", Value: &document.Node{Kind: document.String, String: "2.0"}}}}); v != Swagger2 || !strings.HasPrefix(text, "2") {
		t.Errorf("Detect(swagger 2.0) = %v, %q", v, text)
	}
}
