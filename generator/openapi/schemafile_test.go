package openapi

import (
	"slices"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/document"
)

// TestTranslateSchemas checks the translation of a file of 3.0 schemas that
// a document refers to: the schemas asked for and those they refer to
// within the file are translated, once however often they are asked for,
// and the others are left as they are.
func TestTranslateSchemas(t *testing.T) {
	root, err := document.Parse([]byte(`{
		"Pet": {"type": "object", "properties": {"name": {"type": "string", "nullable": true}, "kind": {"$ref": "#/Kind"}, "owner": {"$ref": "owner.yaml"}, "age": {"type": "integer", "minimum": 0, "exclusiveMinimum": true}}},
		"Kind": {"type": "string", "nullable": true, "example": "cat"},
		"Other": {"type": "string", "nullable": true},
		"Broken": {"properties": {"a": {"type": ["string", "null"]}, "b": {"$ref": "#/Missing"}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	done := map[*document.Node]bool{}
	// A schema inside one translated before, then the whole, then again:
	// each schema is translated once (twice, the type list that nullable
	// made would be an error).
	// The references to other files are those of the schemas each call
	// translated.
	var external []string
	for _, ptr := range []string{"/Pet/properties/name", "/Pet", "/Pet"} {
		errs, warnings, refs := TranslateSchemas(root, []string{ptr}, done)
		if len(errs)+len(warnings) > 0 {
			t.Fatalf("%s: errors %v, warnings %v", ptr, errs, warnings)
		}
		external = append(external, refs...)
	}
	if !slices.Equal(external, []string{"owner.yaml"}) {
		t.Errorf("references to other files %q, want owner.yaml once", external)
	}
	const want = `{"Pet":{"type":"object","properties":{"name":{"type":["string","null"]},"kind":{"$ref":"#/Kind"},"owner":{"$ref":"owner.yaml"},"age":{"type":"integer","exclusiveMinimum":0}}},` +
		`"Kind":{"type":["string","null"]},"Other":{"type":"string","nullable":true},`
	if got := string(root.Encode()); !strings.HasPrefix(got, want) {
		t.Errorf("translated:\n%s\nwant it to start with:\n%s", got, want)
	}
	errs, _, _ := TranslateSchemas(root, []string{"/Broken"}, done)
	if len(errs) != 2 || errs[0].Pointer != "/Broken/properties/a/type" || errs[1].Pointer != "/Broken/properties/b/$ref" {
		t.Errorf("errors %v, want the type list and the missing target", errs)
	}
}
