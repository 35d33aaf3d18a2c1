package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/ir"
)

// writeFamily writes files (name -> content) into a new directory and
// returns it.
func writeFamily(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return dir
}

// writeFiles writes files (by slash-separated path) below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestComponentName(t *testing.T) {
	for _, c := range []struct {
		ref, name, rest string
		ok              bool
	}{
		{"#/components/schemas/api_user_v1_User", "api_user_v1_User", "", true},
		{"#/definitions/Pet", "Pet", "", true},
		{"#/$defs/Pet/properties/name", "Pet", "/properties/name", true},
		{"#/components/schemas/Gift%20card", "Gift card", "", true},
		{"#/components/schemas/a~1b", "a/b", "", true},
		{"#/components/schemas/a~2b", "", "", false},
		{"#/components/schemas/", "", "", false},
		{"#/components/responses/Pet", "", "", false},
		{"other.json#/definitions/Pet", "", "", false},
		{"#pet", "", "", false},
	} {
		name, rest, ok := componentName(c.ref)
		if name != c.name || rest != c.rest || ok != c.ok {
			t.Errorf("componentName(%q) = %q, %q, %v; want %q, %q, %v", c.ref, name, rest, ok, c.name, c.rest, c.ok)
		}
	}
}

// TestClaimStrength checks that a leftover $id outranks a title, which
// outranks a file name, which outranks a definition in another file; that
// of equal claims the file named NAME.json wins; and that other equal
// claims are ambiguous.
func TestClaimStrength(t *testing.T) {
	node := func(src string) *document.Node {
		n, err := document.Parse([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	f := newFamily(inputs{})
	f.index("/a/pet.json", "", node(`{"title": "Animal"}`))
	f.index("/a/animal.json", "#/components/schemas/Animal", node(`{}`))
	f.index("/a/Owner.json", "", node(`{}`))
	f.index("/a/person.json", "", node(`{"title": "Owner"}`))
	f.index("/a/x.json", "", node(`{"title": "Dup"}`))
	f.index("/a/y.json", "", node(`{"title": "Dup"}`))
	f.index("/a/Error.json", "", node(`{"title": "Error"}`))
	f.index("/a/ErrorResponse.json", "", node(`{"title": "Error"}`))
	f.index("/a/common.json", "", node(`{"definitions": {"Money": {}, "a/b": {}}}`))
	f.index("/a/Money.json", "", node(`{"$defs": {"Tag": {}}}`))
	for name, want := range map[string]string{
		"Animal": "/a/animal.json", "Owner": "/a/person.json", "pet": "/a/pet.json",
		"Dup": "/a/x.json /a/y.json", "Error": "/a/Error.json", "Nobody": "",
		"Money": "/a/Money.json", "Tag": "/a/Money.json#/$defs/Tag", "a/b": "/a/common.json#/definitions/a~1b",
	} {
		var got []string
		for _, c := range f.lookup(name) {
			s := c.path
			if c.pointer != "" {
				s += "#" + c.pointer
			}
			got = append(got, s)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("lookup(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestLeftoverIDWarning checks that a lone file's leftover $id is still
// reported, but not once it names a component that a reference across
// files uses.
func TestLeftoverIDWarning(t *testing.T) {
	dir := writeFamily(t, map[string]string{
		"lone/pet.json":  `{"$id": "#/components/schemas/Pet", "type": "object", "properties": {"name": {"type": "string"}}}`,
		"fam/pet.json":   `{"$id": "#/components/schemas/Pet", "type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}}`,
		"fam/owner.json": `{"$id": "#/components/schemas/Owner", "type": "object", "properties": {"name": {"type": "string"}}}`,
	})
	build := func(paths ...string) []string {
		var warnings []string
		cfg := Config{Package: "p", Warn: func(msg string) { warnings = append(warnings, msg) }}
		if _, err := Build(cfg, paths); err != nil {
			t.Fatal(err)
		}
		return warnings
	}
	if w := build(filepath.Join(dir, "lone/pet.json")); len(w) != 1 || !strings.Contains(w[0], `ignoring $id "#/components/schemas/Pet"`) {
		t.Errorf("lone file: warnings %q, want the one about its $id", w)
	}
	if w := build(filepath.Join(dir, "fam/pet.json"), filepath.Join(dir, "fam/owner.json")); len(w) != 0 {
		t.Errorf("family: warnings %q, want none", w)
	}
	if w := build(filepath.Join(dir, "fam/pet.json")); len(w) != 0 {
		t.Errorf("family found from one file: warnings %q, want none", w)
	}
}

// TestFamilyOracle checks that Compile, the tests' oracle, resolves a
// component reference to the sibling file as Build does: the sibling's
// constraints apply.
func TestFamilyOracle(t *testing.T) {
	dir := writeFamily(t, map[string]string{
		"pet.json":   `{"$id": "#/components/schemas/Pet", "type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}}`,
		"owner.json": `{"title": "Owner", "type": "object", "properties": {"age": {"type": "integer", "minimum": 0}}, "required": ["age"]}`,
	})
	s, err := Compile(Config{}, filepath.Join(dir, "pet.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(map[string]any{"owner": map[string]any{"age": 3}}); err != nil {
		t.Errorf("valid instance: %v", err)
	}
	if err := s.Validate(map[string]any{"owner": map[string]any{}}); err == nil {
		t.Errorf("an owner without age is accepted")
	}
}

// TestFamilyKeepsLocalTargets checks that a component reference whose
// target exists in its own document (an OpenAPI document, a file with
// "definitions") is not rewritten, even when another file claims the name.
func TestFamilyKeepsLocalTargets(t *testing.T) {
	dir := writeFamily(t, map[string]string{
		"api.json":   `{"type": "object", "properties": {"pet": {"$ref": "#/components/schemas/Pet"}}, "components": {"schemas": {"Pet": {"type": "string"}}}}`,
		"pet.json":   `{"$id": "#/components/schemas/Pet", "type": "integer"}`,
		"defs.json":  `{"type": "object", "properties": {"pet": {"$ref": "#/definitions/Pet"}}, "definitions": {"Pet": {"type": "boolean"}}}`,
		"other.json": `{"title": "Pet", "type": "number"}`,
	})
	pkg, err := Build(Config{Package: "p"}, []string{filepath.Join(dir, "api.json"), filepath.Join(dir, "defs.json")})
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, d := range pkg.Decls {
		s, ok := d.Type.(*ir.Struct)
		if !ok {
			continue
		}
		for _, f := range s.Fields {
			if f.JSONName == "pet" {
				found = append(found, filepath.Base(f.Type.TypeOrigin().File)+"#"+f.Type.TypeOrigin().Pointer)
			}
		}
	}
	if got, want := strings.Join(found, " "), "api.json#/components/schemas/Pet defs.json#/definitions/Pet"; got != want {
		t.Errorf("the pet fields' schemas are %q, want %q", got, want)
	}
}

// TestOverlayInputsSkipped checks that a glob such as schemas/*.json, which
// names the overlays too, generates each schema once, its overlay merged.
func TestOverlayInputsSkipped(t *testing.T) {
	dir := writeFamily(t, map[string]string{
		"pet.json":         `{"title": "Pet", "type": "object", "properties": {"name": {"type": "string"}}}`,
		"pet.overlay.json": `{"properties": {"name": {"maxLength": 5}}}`,
	})
	pkg, err := Build(Config{Package: "p"}, []string{filepath.Join(dir, "pet.json"), filepath.Join(dir, "pet.overlay.json")})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkg.Sources) != 1 || !strings.HasSuffix(pkg.Sources[0].Overlay, "pet.overlay.json") {
		t.Errorf("sources %+v, want pet.json with its overlay", pkg.Sources)
	}
}

// TestRelativeComponentRef checks a reference to a sibling by its file name
// with the component's fragment, which the sibling, being the component,
// does not hold: "Category.json#/definitions/Category" is Category.json.
func TestRelativeComponentRef(t *testing.T) {
	dir := writeFamily(t, map[string]string{
		"Pet.json":      `{"title": "Pet", "type": "object", "properties": {"cat": {"$ref": "Category.json#/definitions/Category"}}}`,
		"Category.json": `{"type": "object", "properties": {"n": {"type": "string", "maxLength": 3}}}`,
	})
	s, err := Compile(Config{}, filepath.Join(dir, "Pet.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(map[string]any{"cat": map[string]any{"n": "abcd"}}); err == nil {
		t.Errorf("the category's maxLength does not apply")
	}
	if _, err := Build(Config{Package: "p"}, []string{filepath.Join(dir, "Pet.json")}); err != nil {
		t.Error(err)
	}
}

// TestNestedFolder checks a Swagger-style folder split into directories:
// draft-04 files with leftover "id"s, titles with spaces, absolute "$id"s
// with fragment and relative references, and a cycle across directories.
// Each file alone and all together resolve.
func TestNestedFolder(t *testing.T) {
	dir := writeFamily(t, map[string]string{
		"models/pet/Pet.json": `{"$schema": "http://json-schema.org/draft-04/schema#", "id": "#/definitions/Pet", "title": "A pet", "type": "object",
			"required": ["name"], "properties": {"name": {"type": "string"}, "category": {"$ref": "#/definitions/Category"},
			"tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}}, "owner": {"$ref": "#/definitions/Owner"}}}`,
		"models/pet/Category.json": `{"$schema": "http://json-schema.org/draft-04/schema#", "id": "#/definitions/Category", "title": "Pet category",
			"type": "object", "properties": {"id": {"type": "integer"}, "parent": {"$ref": "#/definitions/Category"}}}`,
		"models/common/Tag.json": `{"$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://example.com/schemas/common/Tag.json",
			"title": "Pet tag", "type": "object", "properties": {"name": {"type": "string", "maxLength": 10}, "owner": {"$ref": "#/definitions/Owner"}}}`,
		"models/common/Owner.json": `{"$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://example.com/schemas/common/Owner.json",
			"title": "Owner", "type": "object", "properties": {"email": {"type": "string"}, "pets": {"type": "array", "items": {"$ref": "../pet/Pet.json"}}}}`,
	})
	var all []string
	for _, f := range []string{"models/pet/Pet.json", "models/pet/Category.json", "models/common/Tag.json", "models/common/Owner.json"} {
		p := filepath.Join(dir, filepath.FromSlash(f))
		all = append(all, p)
		if _, err := Compile(Config{}, p); err != nil {
			t.Errorf("%s alone: %v", f, err)
		}
	}
	s, err := Compile(Config{}, all[0])
	if err != nil {
		t.Fatal(err)
	}
	long := map[string]any{"name": "rex", "tags": []any{map[string]any{"name": "a tag too long"}}}
	if err := s.Validate(long); err == nil {
		t.Errorf("the tag's maxLength does not apply through the pet")
	}
	pkg, err := Build(Config{Package: "p", Warn: func(msg string) { t.Errorf("warning: %s", msg) }}, all)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range pkg.Decls {
		names = append(names, d.Name)
	}
	if got := strings.Join(names, " "); !strings.Contains(got, "APet") || !strings.Contains(got, "PetCategory") || !strings.Contains(got, "PetTag") || !strings.Contains(got, "Owner") {
		t.Errorf("types %s", got)
	}
}

// TestEmbeddedResourceFragments checks that a fragment reference inside an
// embedded resource (a schema with its own "$id") is relative to that
// resource, not a component of another file.
func TestEmbeddedResourceFragments(t *testing.T) {
	dir := writeFamily(t, map[string]string{
		"a/schema.json": `{"$id": "http://example.com/root.json", "properties": {
			"foo": {"$id": "nested.json", "$defs": {"inner": {"type": "string"}}, "properties": {"bar": {"$ref": "#/$defs/inner"}}}}}`,
		"b/inner.json": `{"title": "inner", "type": "integer"}`,
	})
	s, err := Compile(Config{}, filepath.Join(dir, "a/schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(map[string]any{"foo": map[string]any{"bar": "text"}}); err != nil {
		t.Errorf("the embedded definition does not apply: %v", err)
	}
}

// TestYAMLSiblings checks that a family's files may be YAML: a sibling
// found by itself, and its overlay, which is not taken for a schema.
func TestYAMLSiblings(t *testing.T) {
	dir := writeFamily(t, map[string]string{
		"pet.json":          `{"title": "Pet", "type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}}`,
		"owner.yaml":        "title: Owner\ntype: object\nproperties:\n  name: {type: string}\n",
		"owner.overlay.yml": "properties:\n  name: {maxLength: 3}\n",
	})
	s, err := Compile(Config{}, filepath.Join(dir, "pet.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(map[string]any{"owner": map[string]any{"name": "abcd"}}); err == nil {
		t.Errorf("the YAML sibling's overlay does not apply")
	}
	pkg, err := Build(Config{Package: "p"}, []string{filepath.Join(dir, "pet.json")})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, src := range pkg.Sources {
		files = append(files, filepath.Base(src.Path))
	}
	if strings.Join(files, " ") != "pet.json owner.yaml" {
		t.Errorf("sources %v, want pet.json and the sibling owner.yaml", files)
	}
}
