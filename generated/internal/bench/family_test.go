package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// stytchFamily returns the bundled Stytch family: the seed request schema
// and the 59 files of the response's closure.
func stytchFamily(tb testing.TB) []string {
	files, err := filepath.Glob("../../../schemas/stytch-*-schema.json")
	if err != nil || len(files) != 59 {
		tb.Fatalf("the bundled family has %d files (%v), want 59", len(files), err)
	}
	return append(files, "../../../schemas/api_session_v1_MigrateRequest.json")
}

// syntheticFamily writes n schema files cut out of one OpenAPI document, as
// vendors publish them: each keeps "$id": "#/components/schemas/CompNNNN"
// and refers to three others by that fragment (the next one, which closes
// a cycle through every file, its half, and a seventh multiple in an
// array), beside six properties of its own and a nested object.
func syntheticFamily(tb testing.TB, n int) []string {
	dir := tb.TempDir()
	paths := make([]string, n)
	for i := range n {
		name := func(k int) string { return fmt.Sprintf("Comp%04d", k%n) }
		doc := fmt.Sprintf(`{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "#/components/schemas/%[1]s",
  "title": "%[1]s",
  "type": "object",
  "properties": {
    "id": {"type": "string", "pattern": "^[a-z0-9]{8}$"},
    "count": {"type": "integer", "format": "int32", "minimum": 0, "maximum": 1000},
    "ratio": {"type": "number", "minimum": 0, "maximum": 1},
    "status": {"type": "string", "enum": ["new", "active", "closed"]},
    "tags": {"type": "array", "items": {"type": "string", "maxLength": 20}},
    "active": {"type": "boolean"},
    "next": {"$ref": "#/components/schemas/%[2]s"},
    "parent": {"$ref": "#/components/schemas/%[3]s"},
    "related": {"type": "array", "items": {"$ref": "#/components/schemas/%[4]s"}},
    "meta": {"type": "object", "properties": {"created": {"type": "string"}, "version": {"type": "integer"}}, "required": ["version"]}
  },
  "required": ["id", "status"]
}
`, name(i), name(i+1), name(i/2), name(i*7+3))
		paths[i] = filepath.Join(dir, fmt.Sprintf("comp-%04d-schema.json", i))
		if err := os.WriteFile(paths[i], []byte(doc), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return paths
}

// generateFamily builds and renders a family in one run, as the schemagen
// command does short of writing files, and returns the number of files.
func generateFamily(tb testing.TB, paths []string) int {
	pkg, err := generator.Build(generator.Config{Package: "family", Warn: func(msg string) { tb.Errorf("warning: %s", msg) }}, paths)
	if err != nil {
		tb.Fatal(err)
	}
	files, err := templates.Render(pkg)
	if err != nil {
		tb.Fatal(err)
	}
	return len(files)
}

// BenchmarkGenerateFamily measures the generation of the bundled Stytch
// family (60 files) and of synthetic families of 100 and 1,000 files in one
// run each; ns/file is constant when the cost is linear in the number of
// files.
func BenchmarkGenerateFamily(b *testing.B) {
	for _, c := range []struct {
		name  string
		paths func(testing.TB) []string
	}{
		{"stytch-60", stytchFamily},
		{"synthetic-100", func(tb testing.TB) []string { return syntheticFamily(tb, 100) }},
		{"synthetic-1000", func(tb testing.TB) []string { return syntheticFamily(tb, 1000) }},
	} {
		b.Run("family="+c.name, func(b *testing.B) {
			paths := c.paths(b)
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				generateFamily(b, paths)
			}
			perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(perOp/float64(len(paths)), "ns/file")
			if start > 0 {
				b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
			}
		})
	}
}

// TestGenerateFamilies checks that the family benchmark's inputs generate
// two Go files per schema file (the API and its codec), silently.
func TestGenerateFamilies(t *testing.T) {
	if n := generateFamily(t, stytchFamily(t)); n != 2*60 {
		t.Errorf("stytch family: %d files, want %d", n, 2*60)
	}
	if n := generateFamily(t, syntheticFamily(t, 100)); n != 2*100 {
		t.Errorf("synthetic family: %d files, want %d", n, 2*100)
	}
}
