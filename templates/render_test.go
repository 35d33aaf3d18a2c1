package templates

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/internal/golden"
)

// irLiteral is a package built by hand, as the builder would build it for
//
//	pet.json: {"title": "Pet", "type": "object", "additionalProperties": false,
//	  "properties": {"name": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 20},
//	                 "kind": {"$ref": "#/$defs/Kind"}},
//	  "required": ["name"], "$defs": {"Kind": {"enum": ["CAT", "DOG"]}}}
//
// so that the templates are tested on their own: a change to the builder
// cannot move these goldens.
func irLiteral() *ir.Package {
	at := func(ptr string) ir.Origin { return ir.Origin{File: "pet.json", Pointer: ptr} }
	none := ir.Common{MaxEncodedSize: -1}
	kind := &ir.Decl{Name: "Kind", Origin: at("/$defs/Kind"), Type: &ir.Enum{
		Origin: at("/$defs/Kind"),
		Base: &ir.String{Origin: at("/$defs/Kind"), MinLength: -1, MaxLength: -1,
			Common: ir.Common{Enum: []ir.Value{ir.Value(`"CAT"`), ir.Value(`"DOG"`)}, MaxEncodedSize: -1}},
		Values:    []ir.EnumValue{{Name: "KindCat", Value: ir.Value(`"CAT"`)}, {Name: "KindDog", Value: ir.Value(`"DOG"`)}},
		ValuesVar: "kindValues",
	}}
	pet := &ir.Decl{Name: "Pet", Origin: at(""), Doc: ir.Doc{Title: "Pet"}, Type: &ir.Struct{
		Origin: at(""), Common: none, MinProperties: -1, MaxProperties: -1,
		Fields: []*ir.Field{
			{Name: "Name", JSONName: "name", Origin: at("/properties/name"), Required: true, Type: &ir.String{
				Origin: at("/properties/name"), Common: none, MinLength: -1, MaxLength: 20,
				Pattern: "^[a-z]+$", RE2: "^[a-z]+$"}},
			{Name: "Kind", JSONName: "kind", Origin: at("/properties/kind"), Type: &ir.Named{Decl: kind}},
		},
	}, Patterns: []ir.PatternVar{{RE2: "^[a-z]+$", Name: "petPattern0", Source: "^[a-z]+$", Text: "^[a-z]+$"}}}
	return &ir.Package{Name: "pets", Sources: []ir.Source{{Path: "pet.json"}}, Decls: []*ir.Decl{pet, kind}}
}

// TestRenderGolden renders irLiteral and compares each file with
// testdata/<name>.golden (-update rewrites them).
func TestRenderGolden(t *testing.T) {
	files, err := Render(irLiteral())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
		golden.Check(t, filepath.Join("testdata", f.Name+".golden"), f.Content)
	}
	if got := strings.Join(names, " "); got != "pet_gen.go pet_json_gen.go" {
		t.Errorf("files %s, want pet_gen.go pet_json_gen.go", got)
	}
}

// TestFileNames checks the names of the two files of each document, also
// when one document's name is another's codec file name.
func TestFileNames(t *testing.T) {
	got := fileNames([]string{"a/pet.json", "b/pet_json.json", "Order Item.yaml"})
	want := map[string]fileNamePair{
		// Both want pet_json: the key "a/pet.json" sorts first and wins.
		"a/pet.json":      {"pet_gen.go", "pet_json_gen.go"},
		"b/pet_json.json": {"pet_json2_gen.go", "pet_json_json_gen.go"},
		"Order Item.yaml": {"order_item_gen.go", "order_item_json_gen.go"},
	}
	for doc, w := range want {
		if got[doc] != w {
			t.Errorf("%s: got %v, want %v", doc, got[doc], w)
		}
	}
}

// TestGroupImports checks the goimports grouping on jennifer's block.
func TestGroupImports(t *testing.T) {
	in := "package p\n\nimport (\n\t\"encoding/json\"\n\tjsonrt \"github.com/x/jsonrt\"\n\t\"strconv\"\n)\n"
	want := "package p\n\nimport (\n\t\"encoding/json\"\n\t\"strconv\"\n\n\tjsonrt \"github.com/x/jsonrt\"\n)\n"
	if got := string(groupImports([]byte(in))); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// With room to spare, as formatSource leaves it: rewritten in place.
	roomy := append(make([]byte, 0, len(in)+8), in...)
	if got := string(groupImports(roomy)); got != want {
		t.Errorf("in place, got\n%s\nwant\n%s", got, want)
	}
	single := "package p\n\nimport \"strconv\"\n"
	if got := string(groupImports([]byte(single))); got != single {
		t.Errorf("a single import changed:\n%s", got)
	}
}

// TestMessages checks that every keyword's message fills its placeholders.
func TestMessages(t *testing.T) {
	if got, want := message("pattern", "'^a$'"), "does not match pattern '^a$'"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := message("minimum", ">=", "5"), "must be >= 5 but found %v"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := message("enum", `"{}"`), `value must be one of "{}"`; got != want {
		t.Errorf("an argument holding {} was expanded: got %q, want %q", got, want)
	}
}
