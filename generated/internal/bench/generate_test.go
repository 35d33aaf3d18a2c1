package bench

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// A generation is one schema that BenchmarkGenerate runs schemagen on.
type generation struct {
	name string
	root string                     // the --type name
	path func(tb testing.TB) string // the schema file, written on demand
}

// file is a generation input that is a file of the repository.
func file(path string) func(testing.TB) string {
	return func(testing.TB) string { return path }
}

// written is a generation input written to a temporary directory.
func written(data func() []byte) func(testing.TB) string {
	return func(tb testing.TB) string {
		p := filepath.Join(tb.TempDir(), "schema.json")
		if err := os.WriteFile(p, data(), 0o644); err != nil {
			tb.Fatal(err)
		}
		return p
	}
}

func generations() []generation {
	return []generation{
		{"stytch", "MigrateRequest", file("../../../schemas/api_session_v1_MigrateRequest.json")},
		{"orders", "OrderBatch", file("../../../schemas/bench/orders.json")},
		{"wide", "WideBatch", file("../../../schemas/bench/wide_batch.json")},
		{"synthetic-1x", "Synthetic", written(func() []byte { return syntheticSchema(1) })},
		{"synthetic-10x", "Synthetic", written(func() []byte { return syntheticSchema(10) })},
		{"synthetic-100x", "Synthetic", written(func() []byte { return syntheticSchema(100) })},
		{"props-10000", "Flat", written(func() []byte { return flatSchema(10000) })},
		// The same schema declared as draft-07: jsonschema/v5 compiles
		// 2020-12 documents in time quadratic in their number of
		// subschemas (it lists them all again for each one, looking for
		// $dynamicAnchor), and earlier drafts in linear time, so the
		// difference is that quadratic part.
		{"props-10000-draft7", "Flat", written(func() []byte {
			return append([]byte(`{"$schema": "http://json-schema.org/draft-07/schema#",`), flatSchema(10000)[1:]...)
		})},
	}
}

// generate does what the schemagen command does, short of writing files:
// build the IR and render gofmt-clean Go source. It returns the number of
// bytes of Go produced.
func generate(tb testing.TB, root, path string) int {
	pkg, err := generator.Build(generator.Config{Package: "out", RootName: root}, []string{path})
	if err != nil {
		tb.Fatal(err)
	}
	files, err := templates.Render(pkg)
	if err != nil {
		tb.Fatal(err)
	}
	n := 0
	for _, f := range files {
		n += len(f.Content)
	}
	return n
}

// BenchmarkGenerate measures schemagen's generation time on the benchmark
// schemas, on a synthetic schema scaled 1x, 10x and 100x (properties and
// $defs), and on a flat schema of 10,000 properties. It also reports the
// time per schema property (ns/prop, and cpu-ns/prop for the CPU time as
// loop does), constant when the cost is linear.
func BenchmarkGenerate(b *testing.B) {
	for _, g := range generations() {
		b.Run("schema="+g.name, func(b *testing.B) {
			path := g.path(b)
			props := countProperties(b, path)
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				generate(b, g.root, path)
			}
			perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(perOp/float64(props), "ns/prop")
			if start > 0 {
				cpu := float64(cpuTime()-start) / float64(b.N)
				b.ReportMetric(cpu, "cpu-ns/op")
				b.ReportMetric(cpu/float64(props), "cpu-ns/prop")
			}
		})
	}
}

// countProperties returns the number of properties a schema file and the
// files it refers to declare, at any depth.
func countProperties(tb testing.TB, path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		tb.Fatal(err)
	}
	n := 0
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if props, ok := v["properties"].(map[string]any); ok {
				n += len(props)
			}
			if ref, ok := v["$ref"].(string); ok && strings.HasSuffix(ref, ".json") {
				n += countProperties(tb, filepath.Join(filepath.Dir(path), ref))
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	return n
}

// syntheticSchema returns a schema made of units copies of one block: eight
// root properties of mixed types (two of which refer to a definition) and
// one $defs entry of six properties, one a nested object of two. Each unit
// adds 16 properties and 1 definition.
func syntheticSchema(units int) []byte {
	var props, defs []string
	var required []string
	for k := range units {
		u := fmt.Sprintf("u%03d", k)
		props = append(props,
			fmt.Sprintf(`"%s_name": {"type": "string", "minLength": 1, "maxLength": 80, "pattern": "^[A-Za-z][A-Za-z0-9 ]*$"}`, u),
			fmt.Sprintf(`"%s_count": {"type": "integer", "minimum": 0, "maximum": 1000}`, u),
			fmt.Sprintf(`"%s_ratio": {"type": "number", "minimum": 0, "maximum": 1}`, u),
			fmt.Sprintf(`"%s_kind": {"type": "string", "enum": ["alpha", "beta", "gamma"]}`, u),
			fmt.Sprintf(`"%s_active": {"type": "boolean"}`, u),
			fmt.Sprintf(`"%s_tags": {"type": "array", "items": {"type": "string", "maxLength": 20}, "maxItems": 10}`, u),
			fmt.Sprintf(`"%s_item": {"$ref": "#/$defs/Item%03d"}`, u, k),
			fmt.Sprintf(`"%s_items": {"type": "array", "items": {"$ref": "#/$defs/Item%03d"}}`, u, k))
		defs = append(defs, fmt.Sprintf(`"Item%03d": {"type": "object", "properties": {`+
			`"id": {"type": "string", "pattern": "^[a-z0-9]{8}$"}, "qty": {"type": "integer", "minimum": 1}, `+
			`"price": {"type": "number", "minimum": 0}, "status": {"type": "string", "enum": ["new", "done"]}, `+
			`"note": {"type": "string", "maxLength": 200}, `+
			`"dims": {"type": "object", "properties": {"w": {"type": "number"}, "h": {"type": "number"}}, "required": ["w", "h"]}}, `+
			`"required": ["id", "qty"], "additionalProperties": false}`, k))
		required = append(required, fmt.Sprintf("%q", u+"_name"))
	}
	return []byte(`{"title": "Synthetic", "type": "object",` + "\n" +
		`"properties": {` + "\n" + strings.Join(props, ",\n") + "},\n" +
		`"required": [` + strings.Join(required, ", ") + "],\n" +
		`"$defs": {` + "\n" + strings.Join(defs, ",\n") + "}}\n")
}

// flatAttributes are the property schemas flatSchema cycles through: those
// of wide_record.json.
var flatAttributes = []string{
	`{"type": "string", "pattern": "^[a-z]{2,4}_[0-9a-z]{10}$"}`,
	`{"type": "string", "enum": ["active", "pending", "suspended", "closed"]}`,
	`{"type": "string", "format": "date-time"}`,
	`{"type": "string", "format": "date-time"}`,
	`{"type": "integer", "minimum": 0, "maximum": 1000000}`,
	`{"type": "number", "minimum": 0, "maximum": 100}`,
	`{"type": "number", "minimum": 0, "maximum": 1}`,
	`{"type": "boolean"}`,
	`{"type": "string", "minLength": 1, "maxLength": 64}`,
	`{"type": "string", "pattern": "^[A-Z]{2,4}-[0-9]{3}$"}`,
	`{"type": "integer", "format": "int32", "minimum": 1, "maximum": 10}`,
	`{"type": "number", "minimum": 0, "exclusiveMaximum": 1000000000, "multipleOf": 0.01}`,
	`{"type": "string", "pattern": "^[A-Z]{2}$"}`,
	`{"type": "string", "enum": ["web", "ios", "android", "api", "pos", "email"]}`,
	`{"type": "string", "maxLength": 500}`,
}

// flatSchema returns an object schema with n properties, cycling through
// the attribute schemas of wide_record.json; every 15th is required.
func flatSchema(n int) []byte {
	var props, required []string
	for i := range n {
		name := fmt.Sprintf("p%05d_%s", i, wideAttributes[i%len(wideAttributes)])
		props = append(props, fmt.Sprintf("%q: %s", name, flatAttributes[i%len(flatAttributes)]))
		if i%len(flatAttributes) == 0 {
			required = append(required, fmt.Sprintf("%q", name))
		}
	}
	return []byte(`{"title": "Flat", "type": "object",` + "\n" +
		`"properties": {` + "\n" + strings.Join(props, ",\n") + "},\n" +
		`"required": [` + strings.Join(required, ", ") + "]}\n")
}

// TestGenerationInputs checks that the scaled generation inputs have the
// size they claim, and that schemagen accepts them (all but the largest,
// which takes seconds and has the same shape as the small flat one).
func TestGenerationInputs(t *testing.T) {
	want := map[string]int{"synthetic-1x": 16, "synthetic-10x": 160, "synthetic-100x": 1600, "props-10000": 10000, "props-10000-draft7": 10000}
	gens := append(generations(), generation{"props-150", "Flat", written(func() []byte { return flatSchema(150) })})
	for _, g := range gens {
		path := g.path(t)
		if n, ok := want[g.name]; ok && countProperties(t, path) != n {
			t.Errorf("%s: %d properties, want %d", g.name, countProperties(t, path), n)
		}
		if !strings.HasPrefix(g.name, "props-10000") && generate(t, g.root, path) == 0 {
			t.Errorf("%s: no output", g.name)
		}
	}
}
