package generator_test

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// FuzzGenerate feeds arbitrary schema documents to Build and Render. Build
// may reject a document, but it must not panic, and whatever Render returns
// must be gofmt-clean Go that type-checks, the same on every run.
//
// The seed corpus in testdata/fuzz/FuzzGenerate holds the golden schemas of
// cmd/schemagen, schemas of the JSON-Schema-Test-Suite and hostile documents
// (deep nesting, thousands of properties, comment terminators, Unicode line
// separators, $ref cycles, bad patterns, huge numbers, invalid UTF-8, ...).
func FuzzGenerate(f *testing.F) {
	f.Fuzz(func(t *testing.T, schema []byte) {
		if mentionsSpecialFiles(schema) {
			t.Skip("a $ref to /dev/zero makes Build read forever (reported)")
		}
		checkGeneration(t, generator.Config{Package: "p", RootName: "Root"}, schema)
	})
}

// checkGeneration builds and renders schema with cfg, as FuzzGenerate and
// FuzzStructured do. Build may reject the schema; whatever Render returns
// must be gofmt-clean Go that type-checks, the same on every run.
func checkGeneration(t *testing.T, cfg generator.Config, schema []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, schema, 0o666); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	files, ok := generate(t, cfg, path, schema)
	if !ok {
		return
	}
	elapsed := time.Since(start)
	for _, file := range files {
		checkFormatted(t, file, schema)
	}
	// A type that x-go-type names need not exist; the compiler reports that
	// to its user.
	if !namesGoType(schema) {
		checkCompiles(t, files, schema)
	}
	// Generating again must give the same files. A fuzz worker gives up on an
	// input after 10s: slow schemas (deep nesting) are built once.
	if elapsed > time.Second {
		return
	}
	again, _ := generate(t, cfg, path, schema)
	if !sameFiles(files, again) {
		t.Fatalf("two runs on the same schema render different files\nschema: %q", schema)
	}
}

// mentionsSpecialFiles reports whether a string in the JSON document schema
// could name a file under /dev, /proc or /sys, however escaped. Build reads
// what a $ref names with os.ReadFile, which never ends on /dev/zero and
// blocks on a FIFO, and the harness cannot recover from running out of
// memory.
func mentionsSpecialFiles(schema []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(schema))
	dec.UseNumber()
	var doc any
	if dec.Decode(&doc) != nil {
		return false // Build rejects it before resolving any $ref
	}
	var walk func(v any) bool
	special := func(s string) bool {
		if u, err := url.PathUnescape(s); err == nil {
			s = u
		}
		return strings.Contains(s, "dev") || strings.Contains(s, "proc") || strings.Contains(s, "sys")
	}
	walk = func(v any) bool {
		switch v := v.(type) {
		case string:
			return special(v)
		case []any:
			return slices.ContainsFunc(v, walk)
		case map[string]any:
			for k, e := range v {
				if special(k) || walk(e) {
					return true
				}
			}
		}
		return false
	}
	return walk(doc)
}

// generate runs Build with cfg and Render on the schema file at path, whose
// content is schema. It reports false when Build rejects the schema, and fails the
// test when either panics (Build recovers its panics into an error that asks
// for a report) or Render fails: Render's only errors are generated code
// that does not format, a schemagen bug.
func generate(t *testing.T, cfg generator.Config, path string, schema []byte) (files []templates.File, ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic: %v\nschema: %q\n%s", r, schema, debug.Stack())
		}
	}()
	pkg, err := generator.Build(cfg, []string{path})
	if err != nil {
		// Build turns its own panics into this error.
		if strings.Contains(err.Error(), "please report this") {
			t.Fatalf("Build: %v\nschema: %q", err, schema)
		}
		return nil, false
	}
	files, err = templates.Render(pkg)
	if err != nil {
		t.Fatalf("Render: %v\nschema: %q", err, schema)
	}
	return files, true
}

// checkFormatted fails unless file is gofmt's output for itself.
func checkFormatted(t *testing.T, file templates.File, schema []byte) {
	t.Helper()
	got, err := format.Source(file.Content)
	if err != nil {
		t.Fatalf("%s does not parse: %v\nschema: %q\n%s", file.Name, err, schema, file.Content)
	}
	if !bytes.Equal(got, file.Content) {
		t.Fatalf("%s is not gofmt-clean\nschema: %q\n%s", file.Name, schema, file.Content)
	}
}

// imports type-checks the packages generated code imports, once per process.
var imports = importer.ForCompiler(token.NewFileSet(), "source", nil)

// checkCompiles fails unless the files type-check as one package.
func checkCompiles(t *testing.T, files []templates.File, schema []byte) {
	t.Helper()
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, file := range files {
		f, err := parser.ParseFile(fset, file.Name, file.Content, parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("%s does not parse: %v\nschema: %q", file.Name, err, schema)
		}
		parsed = append(parsed, f)
	}
	conf := types.Config{Importer: imports}
	if _, err := conf.Check("p", fset, parsed, nil); err != nil {
		t.Fatalf("generated code does not type-check: %v\nschema: %q", err, schema)
	}
}

// namesGoType reports whether the JSON document schema has an x-go-type
// member anywhere, however escaped.
func namesGoType(schema []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(schema))
	dec.UseNumber()
	var doc any
	if dec.Decode(&doc) != nil {
		return false
	}
	var walk func(v any) bool
	walk = func(v any) bool {
		switch v := v.(type) {
		case []any:
			return slices.ContainsFunc(v, walk)
		case map[string]any:
			for k, e := range v {
				if k == generator.GoTypeKeyword || walk(e) {
					return true
				}
			}
		}
		return false
	}
	return walk(doc)
}

func sameFiles(a, b []templates.File) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Content, b[i].Content) {
			return false
		}
	}
	return true
}

func TestMentionsSpecialFiles(t *testing.T) {
	for doc, want := range map[string]bool{
		`{"$ref":"/dev/zero"}`:                      true,
		`{"$ref":"file:///de%76/zero"}`:             true,
		`{"$ref":"\u002fproc/self/fd/0","a":1e400}`: true,
		`{"properties":{"/sys/x":{}}}`:              true,
		`{"$ref":"#/$defs/a"}`:                      false,
		`{"$ref":"/dev/zero"`:                       false, // not JSON: Build reads no $ref
	} {
		if got := mentionsSpecialFiles([]byte(doc)); got != want {
			t.Errorf("mentionsSpecialFiles(%s) = %v, want %v", doc, got, want)
		}
	}
}
