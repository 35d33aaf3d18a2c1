package generator_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/templates"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// TestFieldDefaults checks which property defaults Go code gets, under what
// names, and that the code for them compiles.
func TestFieldDefaults(t *testing.T) {
	schema := []byte(`{
		"type": "object",
		"required": ["required"],
		"properties": {
			"age": {"type": "integer", "format": "int32", "default": 60},
			"age_or_default": {"type": "string"},
			"spelled": {"type": "integer", "default": 3.0},
			"lowest": {"type": "integer", "format": "int32", "default": -2147483648},
			"too_big": {"type": "integer", "format": "int32", "default": 2147483648},
			"wrong_type": {"type": "integer", "default": []},
			"breaks_schema": {"type": "string", "minLength": 4, "default": "bad"},
			"inexact": {"type": "number", "default": 0.10000000000000000000001},
			"ratio": {"type": "number", "default": 0.5},
			"required": {"type": "string", "default": "x"},
			"nullable": {"type": ["boolean", "null"], "default": true},
			"status": {"enum": ["on", "off"], "default": "off"},
			"spelled_ints": {"type": "array", "items": {"type": "integer"}, "default": [1.0]},
			"ints": {"type": "array", "items": {"type": "integer"}, "default": [1]},
			"owner": {"type": "object", "properties": {"n": {"type": "integer"}}, "default": {"n": 1.0}},
			"union": {"oneOf": [{"type": "string"}, {"type": "integer"}], "default": "a"},
			"raw": {"default": {"k": [1]}}
		},
		"$defs": {"DefaultRootAge": {"type": "string"}}
	}`)
	type want struct {
		name, getter string
		constant     bool
	}
	wants := map[string]*want{
		"age":            {"DefaultRootAge2", "AgeOrDefault2", true},
		"age_or_default": nil,
		"spelled":        {"DefaultRootSpelled", "SpelledOrDefault", true},
		"lowest":         {"DefaultRootLowest", "LowestOrDefault", true},
		"too_big":        nil,
		"wrong_type":     nil,
		"breaks_schema":  nil,
		"inexact":        nil,
		"ratio":          {"DefaultRootRatio", "RatioOrDefault", true},
		"required":       {"DefaultRootRequired", "", true},
		"nullable":       {"DefaultRootNullable", "", true},
		"status":         {"DefaultRootStatus", "StatusOrDefault", true},
		"spelled_ints":   nil, // encoding/json reads 1.0 as no integer
		"ints":           {"DefaultRootInts", "IntsOrDefault", false},
		"owner":          {"DefaultRootOwner", "OwnerOrDefault", false},
		"union":          nil,
		"raw":            {"DefaultRootRaw", "RawOrDefault", false},
	}
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, schema, 0o666); err != nil {
		t.Fatal(err)
	}
	pkg, err := generator.Build(generator.Config{Package: "p", RootName: "Root"}, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	var root *ir.Struct
	for _, d := range pkg.Decls {
		if d.Name == "Root" {
			root = d.Type.(*ir.Struct)
		}
	}
	for _, f := range root.Fields {
		w, ok := wants[f.JSONName]
		if !ok {
			t.Errorf("%s: unexpected property", f.JSONName)
			continue
		}
		switch d := f.Default; {
		case w == nil && d != nil:
			t.Errorf("%s: default %+v, want none", f.JSONName, *d)
		case w != nil && d == nil:
			t.Errorf("%s: no default, want %+v", f.JSONName, *w)
		case w != nil && (d.Name != w.name || d.Getter != w.getter || d.Const != w.constant):
			t.Errorf("%s: default %s (getter %q, constant %v), want %+v", f.JSONName, d.Name, d.Getter, d.Const, *w)
		}
	}
	files, err := templates.Render(pkg)
	if err != nil {
		t.Fatal(err)
	}
	checkCompiles(t, files, schema)
}
