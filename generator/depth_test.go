package generator

import (
	"strings"
	"testing"
)

// TestSchemaDepth checks that schemas may nest maxSchemaDepth deep, and
// that one deeper is an error naming the file and the pointer of the first
// schema too deep, in a JSON Schema file and in an OpenAPI document, before
// jsonschema/v5 sees it.
func TestSchemaDepth(t *testing.T) {
	nested := func(depth int, open, close string) string {
		return strings.Repeat(open, depth-1) + `{"type": "string"}` + strings.Repeat(close, depth-1)
	}
	notPointer := strings.Repeat("/not", maxSchemaDepth)
	tests := []struct {
		name, file, text string
		pointer          string // of the error, "" for none
	}{
		{"at the limit", "s.json", nested(maxSchemaDepth, `{"properties": {"a": `, `}}`), ""},
		{"over the limit", "s.json", nested(maxSchemaDepth+1, `{"not": `, `}`), notPointer},
		{"over the limit in properties", "s.json", nested(maxSchemaDepth+1, `{"properties": {"a~b": `, `}}`),
			strings.Repeat("/properties/a~0b", maxSchemaDepth)},
		{"over the limit in a component", "api.json",
			`{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"A": ` +
				nested(maxSchemaDepth+1, `{"not": `, `}`) + `}}}`,
			"/components/schemas/A" + notPointer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := buildText(t, Config{}, tt.file, map[string]string{tt.file: tt.text})
			switch {
			case tt.pointer == "" && err != nil:
				t.Fatal(err)
			case tt.pointer != "" && (err == nil || !strings.Contains(err.Error(), tt.file+"#"+tt.pointer+": schema nested more than 512 deep")):
				t.Fatalf("error %v, want one at %s#%s", err, tt.file, tt.pointer)
			}
		})
	}
}
