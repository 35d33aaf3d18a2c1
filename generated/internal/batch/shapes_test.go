package batch_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generated/internal/batch"
	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// A shape is a schema of an unusual size or structure, with one valid and
// one invalid instance.
type shape struct {
	name            string
	files           map[string]string // schema files; "root.json" is generated
	valid, invalid  string
	invalidLocation string
}

// shapes builds the schemas users point schemagen at that stress its
// structure: deep nesting, thousands of properties, mutual recursion, and
// several files that refer to each other and share definitions.
func shapes() []shape {
	deep := `{"type": "string", "maxLength": 3}`
	for range 300 {
		deep = `{"type": "object", "properties": {"c": ` + deep + `}, "required": ["c"]}`
	}
	props := make([]string, 2000)
	for i := range props {
		props[i] = fmt.Sprintf(`"p%d": {"type": "integer", "maximum": %d}`, i, i)
	}
	nested := func(v string) string { return strings.Repeat(`{"c":`, 300) + v + strings.Repeat(`}`, 300) }
	return []shape{
		{name: "deep", files: map[string]string{"root.json": deep},
			valid: nested(`"abc"`), invalid: nested(`"abcd"`), invalidLocation: strings.Repeat("/c", 300)},
		{name: "wide", files: map[string]string{"root.json": `{"type": "object", "properties": {` + strings.Join(props, ",") + `}}`},
			valid: `{"p0": 0, "p1999": 1999}`, invalid: `{"p7": 8}`, invalidLocation: "/p7"},
		{name: "mutual", files: map[string]string{"root.json": `{"$ref": "#/$defs/A", "$defs": {
			"A": {"type": "object", "properties": {"b": {"$ref": "#/$defs/B"}, "n": {"type": "integer"}}, "required": ["n"]},
			"B": {"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}}}}}`},
			valid: `{"n": 1, "b": {"a": {"n": 2, "b": {}}}}`, invalid: `{"n": 1, "b": {"a": {"b": {}}}}`, invalidLocation: "/b/a"},
		{name: "files", files: map[string]string{
			"root.json":   `{"type": "object", "properties": {"x": {"$ref": "x.json"}, "y": {"$ref": "y.json"}}}`,
			"x.json":      `{"type": "object", "properties": {"id": {"$ref": "shared.json#/$defs/ID"}}}`,
			"y.json":      `{"type": "array", "items": {"$ref": "shared.json#/$defs/ID"}}`,
			"shared.json": `{"$defs": {"ID": {"type": "string", "pattern": "^[a-z]+$"}}}`,
		}, valid: `{"x": {"id": "ab"}, "y": ["c", "d"]}`, invalid: `{"y": ["c", "D"]}`, invalidLocation: "/y/1"},
	}
}

// TestShapes generates each shape, builds it, and checks that the generated
// code accepts the valid instance, round-trips it, and rejects the invalid
// one at the right place. Shared definitions are generated once.
func TestShapes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds generated packages")
	}
	var pkgs []batch.Package
	for _, s := range shapes() {
		dir := t.TempDir()
		for name, content := range s.files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		pkg, err := generator.Build(generator.Config{Package: s.name, RootName: "Root"}, []string{filepath.Join(dir, "root.json")})
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		files, err := templates.Render(pkg)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if s.name == "files" && countDecls(files, "type ID ") != 1 {
			t.Errorf("files: the shared ID type is not generated exactly once")
		}
		pkgs = append(pkgs, batch.Package{Dir: s.name, Name: s.name, Files: files, RootType: "Root", Instances: []batch.Instance{
			{ID: "valid", Data: []byte(s.valid)}, {ID: "invalid", Data: []byte(s.invalid)},
		}})
	}
	results, err := batch.Run(t.Context(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]shape{}
	for _, s := range shapes() {
		want[s.name] = s
	}
	for _, r := range results {
		checkShape(t, want[r.Package], r)
	}
}

func checkShape(t *testing.T, s shape, r batch.Result) {
	t.Helper()
	switch r.Instance {
	case "valid":
		if !r.Accepted || !r.RoundTrip {
			t.Errorf("%s: valid instance: accepted %v, round trip %v: %s", s.name, r.Accepted, r.RoundTrip, r.Err)
		}
	case "invalid":
		got, _ := json.Marshal(r.Locations)
		if r.Accepted || len(r.Locations) != 1 || r.Locations[0] != s.invalidLocation {
			t.Errorf("%s: invalid instance: accepted %v, locations %s, want [%q]", s.name, r.Accepted, got, s.invalidLocation)
		}
	}
}

func countDecls(files []templates.File, prefix string) int {
	n := 0
	for _, f := range files {
		n += strings.Count(string(f.Content), "\n"+prefix)
	}
	return n
}
