package generator

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestCompileDraft checks which documents jsonschema/v5 compiles as
// 2019-09 or draft-07 (see compileDraft), and that those are judged as
// 2020-12 judges them: the same verdict on every instance, the same
// failure on a schema the metaschema rejects, and no failure on one that
// only draft-07's metaschema rejects.
func TestCompileDraft(t *testing.T) {
	const flat = `{"title": "Flat", "type": "object", "required": ["a"], "$defs": {"D": {"type": "string", "pattern": "^x", "format": "date"}},
		"properties": {"a": {"type": "integer", "minimum": 1, "multipleOf": 2}, "b": {"$ref": "#/$defs/D"},
		"c": {"enum": ["x", 1]}, "d": {"anyOf": [{"type": "string", "maxLength": 2}, {"type": "null"}]},
		"e": {"not": {"const": 3}}, "f": {"type": "object", "additionalProperties": false, "properties": {"g": true}},
		"h": {"if": {"type": "string"}, "then": {"minLength": 2}, "else": {"type": "number"}}}}`
	// flat7 is flat with D in place of its reference.
	flat7 := strings.Replace(flat, `{"$ref": "#/$defs/D"}`, `{"type": "string", "pattern": "^x", "format": "date"}`, 1)
	flat7 = strings.Replace(flat7, `"$defs": {"D": {"type": "string", "pattern": "^x", "format": "date"}},`, "", 1)
	cases := []struct {
		name   string
		schema string
		want   *jsonschema.Draft
	}{
		{"flat", flat, jsonschema.Draft2019},
		{"flat7", flat7, jsonschema.Draft7},
		{"deprecated", `{"properties": {"a": {"deprecated": true}}}`, jsonschema.Draft2019},
		// Draft-07's metaschema rejects an empty enum, 2020-12's does not.
		{"empty enum", `{"properties": {"a": {"enum": []}}}`, jsonschema.Draft2020},
		{"$schema", `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "string"}`, jsonschema.Draft2020},
		{"items", `{"type": "array", "items": {"type": "string"}}`, jsonschema.Draft2020},
		{"prefixItems", `{"type": "array", "prefixItems": [{"type": "string"}]}`, jsonschema.Draft2020},
		{"$anchor", `{"$defs": {"a": {"$anchor": "a"}}}`, jsonschema.Draft2020},
		{"$dynamicRef", `{"$dynamicAnchor": "n", "properties": {"a": {"$dynamicRef": "#n"}}}`, jsonschema.Draft2020},
		{"unevaluated", `{"properties": {"a": true}, "unevaluatedProperties": false}`, jsonschema.Draft2020},
		{"definitions", `{"definitions": {"a": {"type": "string"}}}`, jsonschema.Draft2020},
		{"extension", `{"type": "string", "x-go-type": "math/big.Int"}`, jsonschema.Draft2020},
		{"remote $ref", `{"properties": {"a": {"$ref": "other.json"}}}`, jsonschema.Draft2020},
		{"nested unknown", `{"properties": {"a": {"properties": {"b": {"contains": {}}}}}}`, jsonschema.Draft2020},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".json")
			if err := os.WriteFile(path, []byte(c.schema), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Compile(Config{}, path)
			if c.name == "remote $ref" {
				return // other.json does not exist; the draft check below needs a compiled schema
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Draft != c.want {
				t.Errorf("compiled as %v, want %v", s.Draft, c.want)
			}
		})
	}

	// The 2019-09 compilation of flat and the draft-07 one of flat7 judge
	// instances as 2020-12 does.
	instances := []string{
		`{"a": 2}`, `{"a": 3}`, `{"a": 0}`, `{}`, `{"a": 2, "b": "xy"}`, `{"a": 2, "b": "y"}`, `{"a": 2, "b": "x"}`,
		`{"a": 2, "b": "x2020-01-01"}`, `{"a": 2, "c": 1}`, `{"a": 2, "c": 2}`, `{"a": 2, "d": null}`, `{"a": 2, "d": "abc"}`,
		`{"a": 2, "e": 3}`, `{"a": 2, "e": 4}`, `{"a": 2, "f": {"g": 1}}`, `{"a": 2, "f": {"z": 1}}`,
		`{"a": 2, "h": "a"}`, `{"a": 2, "h": "ab"}`, `{"a": 2, "h": true}`, `{"a": 2, "h": 1}`, `[]`, `"a"`,
	}
	for name, schema := range map[string]string{"flat": flat, "flat7": flat7} {
		path := filepath.Join(dir, name+".json")
		got, err := Compile(Config{}, path)
		if err != nil {
			t.Fatal(err)
		}
		want := compile2020(t, path, schema)
		for _, inst := range instances {
			dec := json.NewDecoder(bytes.NewReader([]byte(inst)))
			dec.UseNumber()
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			if g, w := got.Validate(v) == nil, want.Validate(v) == nil; g != w {
				t.Errorf("%s, %s: valid=%v as compiled, %v in 2020-12", name, inst, g, w)
			}
		}
	}

	// A schema the metaschema rejects fails with 2020-12's message.
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"properties": {"a": {"minLength": -1}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Compile(Config{}, bad)
	if err == nil || !strings.Contains(err.Error(), "minLength") {
		t.Fatalf("got %v, want the metaschema's complaint about minLength", err)
	}
	l := newLoader(Config{}) // not single: compiled as 2020-12
	_, _, err2020 := l.compileRoot(bad)
	if err2020 == nil || err.Error() != err2020.Error() {
		t.Errorf("got error\n%v\nwant, as 2020-12 reports it,\n%v", err, err2020)
	}
}

// compile2020 compiles schema with jsonschema/v5 alone, as 2020-12.
func compile2020(t *testing.T, path, schema string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	if err := c.AddResource(path, strings.NewReader(schema)); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
