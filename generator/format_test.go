package generator_test

import (
	"errors"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/ir"
)

// formatMeta is a custom 2020-12 metaschema that requires the
// format-assertion vocabulary; formatMetaAnnotation one that does not.
const (
	formatMeta = `{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/meta/assert",
		"$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true, "https://json-schema.org/draft/2020-12/vocab/validation": true,
			"https://json-schema.org/draft/2020-12/vocab/applicator": true, "https://json-schema.org/draft/2020-12/vocab/format-assertion": true}}`
	formatMetaAnnotation = `{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/meta/annotate",
		"$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true, "https://json-schema.org/draft/2020-12/vocab/validation": true,
			"https://json-schema.org/draft/2020-12/vocab/applicator": true, "https://json-schema.org/draft/2020-12/vocab/format-annotation": true}}`
)

// TestFormatDefaults checks where "format" is an assertion, per draft,
// metaschema vocabulary and FormatMode, three ways: in the IR (the field's
// *ir.String carries the format), in the oracle generator.Compile returns,
// and, for the default mode, in jsonschema/v5 with its own default
// settings, which the default must equal.
func TestFormatDefaults(t *testing.T) {
	tests := []struct {
		name    string
		schema  string // "$schema", "" for none
		draft   string // Config.Draft
		mode    generator.FormatMode
		asserts bool
	}{
		{"draft4", "http://json-schema.org/draft-04/schema#", "", generator.FormatDefault, true},
		{"draft6", "http://json-schema.org/draft-06/schema#", "", generator.FormatDefault, true},
		{"draft7", "http://json-schema.org/draft-07/schema#", "", generator.FormatDefault, true},
		{"2019-09", "https://json-schema.org/draft/2019-09/schema", "", generator.FormatDefault, false},
		{"2020-12", "https://json-schema.org/draft/2020-12/schema", "", generator.FormatDefault, false},
		{"latest", "https://json-schema.org/schema", "", generator.FormatDefault, false},
		{"custom metaschema with format-assertion", "https://example.com/meta/assert", "", generator.FormatDefault, true},
		{"custom metaschema with format-annotation", "https://example.com/meta/annotate", "", generator.FormatDefault, false},
		// Without "$schema" a document has no metaschema, which
		// jsonschema/v5 reads as every vocabulary: format-assertion too.
		{"no $schema", "", "", generator.FormatDefault, true},
		{"no $schema, --draft 2019-09", "", "2019-09", generator.FormatDefault, true},
		{"no $schema, --draft 7", "", "7", generator.FormatDefault, true},
		{"draft7, --assert-format=false", "http://json-schema.org/draft-07/schema#", "", generator.FormatAnnotate, false},
		{"no $schema, --assert-format=false", "", "", generator.FormatAnnotate, false},
		{"2020-12, --assert-format", "https://json-schema.org/draft/2020-12/schema", "", generator.FormatAssert, true},
		{"custom annotation, --assert-format", "https://example.com/meta/annotate", "", generator.FormatAssert, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			body := `"type": "object", "properties": {"mail": {"type": "string", "format": "email"}}}`
			doc := "{" + body
			if tt.schema != "" {
				doc = `{"$schema": "` + tt.schema + `", ` + body
			}
			generator.WriteFiles(t, dir, map[string]string{"schema.json": doc, "meta/assert": formatMeta, "meta/annotate": formatMetaAnnotation})
			path := filepath.Join(dir, "schema.json")
			cfg := generator.Config{Package: "p", Draft: tt.draft, FormatAssertion: tt.mode,
				Maps: []generator.Mapping{{Prefix: "https://example.com/meta/", Dir: filepath.Join(dir, "meta")}}}

			pkg, err := generator.Build(cfg, []string{path})
			if err != nil {
				t.Fatal(err)
			}
			s, ok := fieldTypes(t, pkg)["mail"].(*ir.String)
			if !ok || (s.Format != "") != tt.asserts {
				t.Errorf("field mail: %#v, want a string that asserts its format: %v", fieldTypes(t, pkg)["mail"], tt.asserts)
			}

			oracle, err := generator.Compile(cfg, path)
			if err != nil {
				t.Fatal(err)
			}
			bad := map[string]any{"mail": "not an email"}
			if got := oracle.Validate(bad) != nil; got != tt.asserts {
				t.Errorf("generator.Compile rejects a bad email: %v, want %v", got, tt.asserts)
			}

			if tt.mode != generator.FormatDefault || tt.draft != "" {
				return
			}
			c := jsonschema.NewCompiler() // jsonschema/v5's default settings
			for _, meta := range []string{formatMeta, formatMetaAnnotation} {
				id := strings.Split(meta, `"$id": "`)[1]
				if err := c.AddResource(id[:strings.IndexByte(id, '"')], strings.NewReader(meta)); err != nil {
					t.Fatal(err)
				}
			}
			v5, err := c.Compile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := v5.Validate(bad) != nil; got != tt.asserts {
				t.Errorf("jsonschema/v5 with default settings rejects a bad email: %v, want %v", got, tt.asserts)
			}
		})
	}
}

// TestFormatUnknownToV5 checks that by default a format jsonschema/v5 has
// no checker for (idn-email) is not asserted, as in jsonschema/v5, and that
// --assert-format asserts it.
func TestFormatUnknownToV5(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schema.json")
	generator.WriteFiles(t, filepath.Dir(path), map[string]string{"schema.json": `{"$schema": "http://json-schema.org/draft-07/schema#",
		"type": "object", "properties": {"mail": {"type": "string", "format": "idn-email"}}}`})
	bad := map[string]any{"mail": "not an email"}
	v5, err := jsonschema.NewCompiler().Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	if v5.Validate(bad) != nil {
		t.Fatal("jsonschema/v5 asserts idn-email: the test's premise is wrong")
	}
	for _, mode := range []generator.FormatMode{generator.FormatDefault, generator.FormatAssert} {
		cfg := generator.Config{Package: "p", FormatAssertion: mode}
		pkg, err := generator.Build(cfg, []string{path})
		if err != nil {
			t.Fatal(err)
		}
		oracle, err := generator.Compile(cfg, path)
		if err != nil {
			t.Fatal(err)
		}
		want := mode == generator.FormatAssert
		s, ok := fieldTypes(t, pkg)["mail"].(*ir.String)
		if !ok || (s.Format != "") != want || (oracle.Validate(bad) != nil) != want {
			t.Errorf("mode %d: field %#v, oracle rejects: %v; want assertion %v", mode, fieldTypes(t, pkg)["mail"], oracle.Validate(bad) != nil, want)
		}
	}
}

// TestFormatsOfV5 checks that every format jsonschema/v5 asserts by default
// is asserted where it asserts it (here, in draft-07) by the generated code:
// the field's *ir.String carries the format, and the oracle checks it with
// the code the generated code calls.
func TestFormatsOfV5(t *testing.T) {
	names := slices.Sorted(maps.Keys(jsonschema.Formats))
	for _, name := range names {
		dir := t.TempDir()
		generator.WriteFiles(t, dir, map[string]string{"schema.json": `{"$schema": "http://json-schema.org/draft-07/schema#",
			"type": "object", "properties": {"f": {"type": "string", "format": "` + name + `"}}}`})
		pkg, err := generator.Build(generator.Config{Package: "p"}, []string{filepath.Join(dir, "schema.json")})
		if err != nil {
			t.Fatal(err)
		}
		if s, ok := fieldTypes(t, pkg)["f"].(*ir.String); !ok || s.Format != name {
			t.Errorf("format %q: field %#v, want a string that asserts it", name, fieldTypes(t, pkg)["f"])
		}
	}
}

// TestFormatCheckersFollowTheSuite pins the one documented difference from
// jsonschema/v5 with default settings: where both assert a format, the
// generated code and the oracle check it as the JSON-Schema-Test-Suite's
// format tests say, which v5's own checkers do not always do (they accept
// a URI with a space).
func TestFormatCheckersFollowTheSuite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schema.json")
	generator.WriteFiles(t, filepath.Dir(path), map[string]string{"schema.json": `{"$schema": "http://json-schema.org/draft-07/schema#", "format": "uri"}`})
	const spaced = "http://example.com/a b" // invalid SPACE character, in tests/draft7/optional/format/uri.json
	v5, err := jsonschema.NewCompiler().Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	if v5.Validate(spaced) != nil {
		t.Fatal("jsonschema/v5 rejects a URI with a space: the exception is gone, drop it from README.md")
	}
	oracle, err := generator.Compile(generator.Config{}, path)
	if err != nil {
		t.Fatal(err)
	}
	if oracle.Validate(spaced) == nil {
		t.Error("generator.Compile accepts a URI with a space")
	}
}

// TestFormatTypesEverywhere checks that the formats of Config.FormatTypes
// are asserted whatever the mode, once, and the others as the mode says.
func TestFormatTypesEverywhere(t *testing.T) {
	schema := `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {
		"id": {"format": "uuid"}, "mail": {"type": "string", "format": "email"}}}`
	path := filepath.Join(t.TempDir(), "schema.json")
	generator.WriteFiles(t, filepath.Dir(path), map[string]string{"schema.json": schema})
	for _, mode := range []generator.FormatMode{generator.FormatDefault, generator.FormatAnnotate, generator.FormatAssert} {
		cfg := generator.Config{Package: "p", FormatAssertion: mode, FormatTypes: []string{"uuid"}}
		oracle, err := generator.Compile(cfg, path)
		if err != nil {
			t.Fatal(err)
		}
		err = oracle.Validate(map[string]any{"id": "nope"})
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) || strings.Count(err.Error(), "is not valid") != 1 {
			t.Errorf("mode %d: a bad uuid gives %v, want one format violation", mode, err)
		}
		if got := oracle.Validate(map[string]any{"mail": "nope"}) != nil; got != (mode == generator.FormatAssert) {
			t.Errorf("mode %d: a bad email rejected: %v", mode, got)
		}
	}
}

// TestDraftConfig checks that Config.Draft is the dialect of documents
// without "$schema", that "$schema" wins, and that an unknown draft is an
// error.
func TestDraftConfig(t *testing.T) {
	// Draft 4's boolean exclusiveMaximum is invalid in later drafts.
	d4 := `{"title": "N", "type": "integer", "maximum": 10, "exclusiveMaximum": true}`
	if _, err := buildSchema(t, generator.Config{Draft: "4"}, d4); err != nil {
		t.Errorf("draft 4 schema with Draft 4: %v", err)
	}
	if _, err := buildSchema(t, generator.Config{}, d4); err == nil || !strings.Contains(err.Error(), "exclusiveMaximum") {
		t.Errorf("draft 4 schema read as 2020-12: %v, want an invalid exclusiveMaximum", err)
	}
	withSchema := `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "integer", "exclusiveMaximum": true}`
	if _, err := buildSchema(t, generator.Config{Draft: "4"}, withSchema); err == nil {
		t.Errorf("a 2020-12 $schema with Draft 4: no error, want $schema to win")
	}
	if _, err := buildSchema(t, generator.Config{Draft: "8"}, `{}`); err == nil || !strings.Contains(err.Error(), `unknown draft "8"`) {
		t.Errorf("Draft 8: %v, want unknown draft", err)
	}
	if got := strings.Join(generator.Drafts(), " "); got != "2020-12 2019-09 7 6 4" {
		t.Errorf("Drafts() = %s", got)
	}
}

// TestReferenceWithoutExtension checks that a mapped reference without an
// extension finds the .json file, and that when none exists the error names
// the referring file and pointer and every path tried.
func TestReferenceWithoutExtension(t *testing.T) {
	dir := t.TempDir()
	generator.WriteFiles(t, dir, map[string]string{
		"schema.json": `{"type": "object", "properties": {"g": {"$ref": "https://json.schemastore.org/grunt-task"}, "h": {"$ref": "https://json.schemastore.org/grunt-task#/$defs/n"},
			"i": {"$ref": "https://json.schemastore.org/grunt-task.json"}, "y": {"$ref": "https://json.schemastore.org/yaml-task"}}}`,
		"store/grunt-task.json": `{"type": "object", "properties": {"a": {"type": "string"}}, "$defs": {"n": {"type": "integer"}}}`,
		"store/yaml-task.yaml":  "type: object\nproperties:\n  b: {type: boolean}\n",
		"missing.json":          `{"type": "object", "properties": {"m": {"$ref": "https://json.schemastore.org/nothing"}}}`,
		// "node" is the embedded resource, not store/node.json.
		"embedded.json": `{"$id": "https://json.schemastore.org/embedded", "type": "object", "properties": {"n": {"$ref": "node"}},
			"$defs": {"node": {"$id": "node", "type": "object", "properties": {"v": {"type": "integer"}}}}}`,
		"store/node.json": `{"type": "object", "properties": {"s": {"type": "string"}}}`,
	})
	t.Chdir(dir)
	cfg := generator.Config{Package: "p", Maps: []generator.Mapping{{Prefix: "https://json.schemastore.org/", Dir: "store"}}}
	pkg, err := generator.Build(cfg, []string{"schema.json"})
	if err != nil {
		t.Fatal(err)
	}
	// With and without the extension, the reference is to one document
	// and one type.
	g, ok := fieldTypes(t, pkg)["g"].(*ir.Named)
	if i, ok2 := fieldTypes(t, pkg)["i"].(*ir.Named); !ok || !ok2 || g.Decl != i.Decl || g.Decl.Origin.File != "store/grunt-task.json" {
		t.Errorf("g, i: %#v, %#v, want the named type of store/grunt-task.json", fieldTypes(t, pkg)["g"], fieldTypes(t, pkg)["i"])
	}
	if y, ok := fieldTypes(t, pkg)["y"].(*ir.Named); !ok || y.Decl.Origin.File != "store/yaml-task.yaml" {
		t.Errorf("y: %#v, want the named type of store/yaml-task.yaml", fieldTypes(t, pkg)["y"])
	}
	if h, ok := fieldTypes(t, pkg)["h"].(*ir.Named); !ok || h.Decl.Origin.String() != "store/grunt-task.json#/$defs/n" {
		t.Errorf("h: %#v, want the type of store/grunt-task.json#/$defs/n", fieldTypes(t, pkg)["h"])
	}
	pkg, err = generator.Build(cfg, []string{"embedded.json"})
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := fieldTypes(t, pkg)["n"].(*ir.Named); !ok || n.Decl.Origin.String() != "embedded.json#/$defs/node" {
		t.Errorf("n: %#v, want the type of embedded.json#/$defs/node", fieldTypes(t, pkg)["n"])
	}
	_, err = generator.Build(cfg, []string{"missing.json"})
	var gerr *generator.Error
	if !errors.As(err, &gerr) || gerr.File != "missing.json" || gerr.Pointer != "/properties/m/$ref" ||
		!strings.Contains(err.Error(), "tried store/nothing, store/nothing.json") {
		t.Errorf("missing reference: %v, want an error at missing.json#/properties/m/$ref naming the paths tried", err)
	}
}

// TestUnknownMetaschema checks that an unknown "$schema" is an error naming
// the file and the pointer /$schema.
func TestUnknownMetaschema(t *testing.T) {
	_, err := buildSchema(t, generator.Config{}, `{"$schema": "https://example.invalid/unknown-metaschema", "type": "object"}`)
	var gerr *generator.Error
	if !errors.As(err, &gerr) || !strings.HasSuffix(gerr.File, "schema.json") || gerr.Pointer != "/$schema" ||
		!strings.Contains(err.Error(), "unknown metaschema https://example.invalid/unknown-metaschema") {
		t.Errorf("unknown $schema: %v, want an error at schema.json#/$schema", err)
	}
}
