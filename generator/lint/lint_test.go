package lint

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/document"
)

// parseFile parses a JSON file, failing the test on error.
func parseFile(t *testing.T, path string) *document.Node {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n, err := document.Parse(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return n
}

// mustParse parses JSON text, failing the test on error.
func mustParse(t *testing.T, s string) *document.Node {
	t.Helper()
	n, err := document.Parse([]byte(s))
	if err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return n
}

// summary renders findings as "pointer keyword=value" lines.
func summary(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Pointer+" "+f.Keyword+"="+string(f.Value.Encode()))
	}
	return out
}

const seed = "../../schemas/api_session_v1_MigrateRequest.json"

func TestSeed(t *testing.T) {
	root := parseFile(t, seed)
	got := Check(seed, root)
	want := []struct{ pointer, keyword, value, patch, sentence string }{
		{"/properties/session_duration_minutes", "minimum", "5",
			`{"properties":{"session_duration_minutes":{"minimum":5}}}`,
			"This value must be a minimum of 5 and a maximum of 527040 minutes (366 days)."},
		{"/properties/session_duration_minutes", "maximum", "527040",
			`{"properties":{"session_duration_minutes":{"maximum":527040}}}`,
			"This value must be a minimum of 5 and a maximum of 527040 minutes (366 days)."},
		{"/properties/session_custom_claims", "x-maxEncodedSize", "4096",
			`{"properties":{"session_custom_claims":{"x-maxEncodedSize":4096}}}`,
			"Total custom claims size cannot exceed four kilobytes."},
	}
	if len(got) != len(want) {
		t.Fatalf("Check found %d findings, want %d:\n%s", len(got), len(want), strings.Join(summary(got), "\n"))
	}
	for i, w := range want {
		f := got[i]
		if f.File != seed || f.Pointer != w.pointer || f.Keyword != w.keyword || string(f.Value.Encode()) != w.value ||
			string(f.Patch.Encode()) != w.patch || f.Sentence != w.sentence {
			t.Errorf("finding %d = %+v, patch %s, value %s; want %+v", i, f, f.Patch.Encode(), f.Value.Encode(), w)
		}
	}

	overlay := parseFile(t, strings.TrimSuffix(seed, ".json")+".overlay.json")
	if fs := Check(seed, document.Merge(root, overlay)); len(fs) != 0 {
		t.Errorf("with the overlay, Check found:\n%s", strings.Join(summary(fs), "\n"))
	}
	patched := document.Merge(root, MergePatches(nil, got))
	if fs := Check(seed, patched); len(fs) != 0 {
		t.Errorf("with the merged patches, Check found:\n%s", strings.Join(summary(fs), "\n"))
	}
}

// positions is a document with a description at every kind of schema
// position, each stating "Must be at least 1." of an integer.
const positions = `{
  "type": "object",
  "description": "Must be at least 1.",
  "properties": {
    "a/b": {"type": "integer", "description": "Must be at least 1."},
    "list": {"type": "array", "items": {"type": "integer", "description": "Must be at least 1."}},
    "tuple": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer", "description": "Must be at least 1."}]},
    "old": {"type": "array", "items": [{"type": "integer", "description": "Must be at least 1."}]},
    "map": {"type": "object", "additionalProperties": {"type": "integer", "description": "Must be at least 1."}},
    "pat": {"type": "object", "patternProperties": {"^x": {"type": "integer", "description": "Must be at least 1."}}}
  },
  "allOf": [{"type": "integer", "description": "Must be at least 1."}, {"type": "integer", "description": "Must be at least 1."}],
  "anyOf": [{"not": {"type": "integer", "description": "Must be at least 1."}}],
  "oneOf": [{"if": {"type": "integer", "description": "Must be at least 1."},
             "then": {"type": "integer", "description": "Must be at least 1."},
             "else": {"type": "integer", "description": "Must be at least 1."}}],
  "dependentSchemas": {"a/b": {"type": "integer", "description": "Must be at least 1."}},
  "$defs": {"D~": {"type": "integer", "description": "Must be at least 1.", "minimum": 0}},
  "definitions": {"E": {"type": "integer", "description": "Must be at least 1.",
                        "properties": {"deep": {"type": "integer", "description": "Must be at least 1."}}}},
  "examples": [{"type": "integer", "description": "Must be at least 1."}],
  "default": {"description": "Must be at least 1.", "type": "integer"}
}`

func TestCheckVisitsEverySchemaInDocumentOrder(t *testing.T) {
	root := mustParse(t, positions)
	var got []string
	for _, f := range Check("p.json", root) {
		got = append(got, f.Pointer)
		// Applying the patch alone must encode the constraint at Pointer.
		n, ok := document.Merge(root, f.Patch).Lookup(f.Pointer)
		if !ok || n.Get(f.Keyword) == nil || string(n.Get(f.Keyword).Encode()) != "1" {
			t.Errorf("patch %s does not set %s at %s", f.Patch.Encode(), f.Keyword, f.Pointer)
		}
	}
	want := []string{"/properties/a~1b", "/properties/list/items", "/properties/tuple/prefixItems/1",
		"/properties/old/items/0", "/properties/map/additionalProperties", "/properties/pat/patternProperties/^x",
		"/allOf/0", "/allOf/1", "/anyOf/0/not", "/oneOf/0/if", "/oneOf/0/then", "/oneOf/0/else",
		"/dependentSchemas/a~1b", "/definitions/E", "/definitions/E/properties/deep"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pointers =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The $defs schema has "minimum" already; the root is an object; the
	// "examples" and "default" values are no schemas.
	merged := document.Merge(root, MergePatches(nil, Check("p.json", root)))
	if fs := Check("p.json", merged); len(fs) != 0 {
		t.Errorf("after MergePatches, Check found:\n%s", strings.Join(summary(fs), "\n"))
	}
}

func TestCheckDoesNotModifyInput(t *testing.T) {
	for _, doc := range []string{positions, `{"properties":{"x":{"type":"string","description":"Required. Max 5 characters."}},"required":["y"]}`} {
		root := mustParse(t, doc)
		before := root.Clone()
		fs := Check("p.json", root)
		if len(fs) == 0 {
			t.Fatalf("no findings for %s", doc)
		}
		if !reflect.DeepEqual(root, before) {
			t.Errorf("Check modified its input:\n%s\nwas\n%s", root.Encode(), before.Encode())
		}
		// Nor may editing a finding reach back into the document.
		for _, f := range fs {
			f.Value.Number, f.Value.String = "666", "edited"
			editAll(f.Patch)
		}
		if !reflect.DeepEqual(root, before) {
			t.Errorf("editing findings modified the input:\n%s", root.Encode())
		}
	}
}

// editAll changes every scalar in n.
func editAll(n *document.Node) {
	if n == nil {
		return
	}
	n.Number, n.String = "7", "edited"
	for _, item := range n.Items {
		editAll(item)
	}
	for _, m := range n.Members {
		editAll(m.Value)
	}
}

func TestRequired(t *testing.T) {
	root := mustParse(t, `{"allOf": [{"type": "object", "required": ["a"], "properties": {
		"a": {"type": "string", "description": "Required."},
		"b": {"type": "string", "description": "This field is required."},
		"c": {"type": "string", "description": "The C. Must be provided."},
		"d": {"type": "string", "description": "Required if b is set."}}}]}`)
	fs := Check("r.json", root)
	got := summary(fs)
	want := []string{`/allOf/0/properties/b required=["a","b"]`, `/allOf/0/properties/c required=["a","c"]`}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("findings = %q, want %q", got, want)
	}
	patch := MergePatches(nil, fs)
	const wantPatch = `{"allOf":[{"type":"object","required":["a","b","c"],"properties":{` +
		`"a":{"type":"string","description":"Required."},"b":{"type":"string","description":"This field is required."},` +
		`"c":{"type":"string","description":"The C. Must be provided."},"d":{"type":"string","description":"Required if b is set."}}}]}`
	if string(patch.Encode()) != wantPatch {
		t.Errorf("MergePatches = %s\nwant %s", patch.Encode(), wantPatch)
	}
	if fs := Check("r.json", document.Merge(root, patch)); len(fs) != 0 {
		t.Errorf("after the patch, Check found %q", summary(fs))
	}
}

func TestMergePatches(t *testing.T) {
	root := mustParse(t, `{"$id": "#/x", "properties": {
		"n": {"type": "integer", "description": "Between 1 and 10."},
		"s": {"type": "string", "description": "Up to 64 characters."}},
		"anyOf": [{"type": "integer", "description": "At most 3."}, {"type": "string", "description": "Exactly 2 characters."}]}`)
	existing := mustParse(t, `{"$id": null, "properties": {"n": {"format": "int32"}}}`)
	before := existing.Clone()
	fs := Check("m.json", root)
	got := MergePatches(existing, fs)
	const want = `{"$id":null,"properties":{"n":{"format":"int32","minimum":1,"maximum":10},"s":{"maxLength":64}},` +
		`"anyOf":[{"type":"integer","description":"At most 3.","maximum":3},` +
		`{"type":"string","description":"Exactly 2 characters.","minLength":2,"maxLength":2}]}`
	if string(got.Encode()) != want {
		t.Errorf("MergePatches =\n%s\nwant\n%s", got.Encode(), want)
	}
	if !reflect.DeepEqual(existing, before) {
		t.Errorf("MergePatches modified existing: %s", existing.Encode())
	}
	if fs := Check("m.json", document.Merge(root, got)); len(fs) != 0 {
		t.Errorf("after the patch, Check found %q", summary(fs))
	}
	if got := MergePatches(nil, nil); string(got.Encode()) != `{}` {
		t.Errorf("MergePatches(nil, nil) = %s, want {}", got.Encode())
	}
}

func TestKeywordAlreadyPresent(t *testing.T) {
	tests := []struct{ doc, want string }{
		{`{"type": "integer", "description": "Between 1 and 10.", "minimum": 0}`, " maximum=10"},
		{`{"type": "integer", "description": "Between 1 and 10.", "minimum": 1, "maximum": 10}`, ""},
		{`{"type": "string", "description": "One of ` + "`a` or `b`" + `.", "enum": ["a"]}`, ""},
		{`{"type": "string", "description": "One of ` + "`a` or `b`" + `.", "const": "a"}`, ""},
		{`{"type": ["string", "null"], "description": "One of ` + "`a`, `b` or `null`" + `."}`, ` enum=["a","b",null]`},
		{`{"type": "string", "description": "Between 2 and 4 characters. At least 3 characters."}`, " minLength=2| maxLength=4"},
	}
	for _, tt := range tests {
		got := strings.Join(summary(Check("k.json", mustParse(t, tt.doc))), "|")
		if got != tt.want {
			t.Errorf("Check(%s) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}
