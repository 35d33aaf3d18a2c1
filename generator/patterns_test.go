package generator_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/ir"
)

// TestLookaheadPattern checks that a pattern with lookaheads at the start
// reaches the IR as the schema wrote it and as jsonrt compiles it, and that
// jsonschema/v5, through generator.Compile, enforces it at the keyword
// "pattern".
func TestLookaheadPattern(t *testing.T) {
	for _, draft := range []struct{ name, schema string }{
		{"2020-12", ""},
		{"draft-07", `"$schema": "http://json-schema.org/draft-07/schema#", `},
		{"draft-04", `"$schema": "http://json-schema.org/draft-04/schema#", `},
	} {
		t.Run(draft.name, func(t *testing.T) {
			testLookaheadPattern(t, `{`+draft.schema+`"type": "object", "properties": {"env": {"type": "string", "pattern": "^(?!(?:meta|local)$).*$"}}}`)
		})
	}
}

// testLookaheadPattern runs TestLookaheadPattern on one schema.
func testLookaheadPattern(t *testing.T, schema string) {
	pkg, err := buildSchema(t, generator.Config{}, schema)
	if err != nil {
		t.Fatal(err)
	}
	s, ok := fieldTypes(t, pkg)["env"].(*ir.String)
	if !ok {
		t.Fatalf("env is %T, want *ir.String", fieldTypes(t, pkg)["env"])
	}
	if want := `^(?!(?:meta|local)$).*$`; s.Pattern != want {
		t.Errorf("Pattern = %q, want %q", s.Pattern, want)
	}
	if want := `^(?!(?:meta|local)$)[^\n\r\x{2028}\x{2029}]*$`; s.RE2 != want {
		t.Errorf("RE2 = %q, want %q", s.RE2, want)
	}

	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	compiled, err := generator.Compile(generator.Config{}, path)
	if err != nil {
		t.Fatal(err)
	}
	for doc, valid := range map[string]bool{
		"meta": false, "local": false, "local\n": false, "metal": true, "": true, "a-local": true,
	} {
		err := compiled.Validate(map[string]any{"env": doc})
		if (err == nil) != valid {
			t.Errorf("jsonschema/v5 on %q: %v, want valid %v", doc, err, valid)
		}
		var ve *jsonschema.ValidationError
		if err != nil && (!errors.As(err, &ve) || !strings.Contains(leafLocations(ve), "/properties/env/pattern")) {
			t.Errorf("jsonschema/v5 on %q: %v: want a violation at /properties/env/pattern", doc, err)
		}
	}
}

// leafLocations joins the keyword locations of the leaves of ve.
func leafLocations(ve *jsonschema.ValidationError) string {
	if len(ve.Causes) == 0 {
		return ve.AbsoluteKeywordLocation
	}
	var out []string
	for _, c := range ve.Causes {
		out = append(out, leafLocations(c))
	}
	return strings.Join(out, " ")
}

// TestLookaheadPatternRefused checks that lookaheads anywhere but at the
// start of a "pattern", and in patternProperties names, stay errors that
// show the overlay replacing them.
func TestLookaheadPatternRefused(t *testing.T) {
	for _, tc := range []struct{ schema, want string }{
		{`{"type": "string", "pattern": "^a(?!b)"}`, `/pattern: pattern "^a(?!b)" cannot be checked exactly in Go: ecmaregex: negative lookahead (?! at offset 2 has no RE2 equivalent`},
		{`{"type": "string", "pattern": "^(?<=a)b"}`, `lookbehind (?<= at offset 1 has no RE2 equivalent`},
		{`{"type": "object", "patternProperties": {"^(?!x-)": true}}`, `not in patternProperties names); replace it with an equivalent pattern in an overlay`},
		// The overlay names the property, not its escaped pointer token.
		{`{"type": "object", "properties": {"a/b~c": {"type": "string", "pattern": "^a(?!b)"}}}`, `{"properties": {"a/b~c": {"pattern": "REPLACEMENT"}}}`},
	} {
		_, err := buildSchema(t, generator.Config{}, tc.schema)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "REPLACEMENT") {
			t.Errorf("%s: %v, want an error containing %q and an overlay", tc.schema, err, tc.want)
		}
	}
}
