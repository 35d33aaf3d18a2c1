package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/templates"
)

// familyDir is the seed family: Stytch's schemas cut out of its OpenAPI
// document, each with "$id": "#/components/schemas/NAME".
const familyDir = "../../../shared/seed/family"

// TestFamilyAsOpenAPI wraps the seed family back into an OpenAPI 3.0
// document (each file, without $schema and $id, as the component its $id
// names) and checks that schemagen generates from it the same Go types,
// with the same fields and the same decoding, encoding and validation code,
// as from the files themselves. Only the names of check functions and the
// schema locations in error messages, which name the files, may differ.
//
// The files resolve their "#/components/schemas/NAME" references across
// files, the document within itself.
func TestFamilyAsOpenAPI(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(familyDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seed family at %s", familyDir)
	}
	schemas := &document.Node{Kind: document.Object}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		root, err := document.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name, ok := strings.CutPrefix(root.Get("$id").String, "#/components/schemas/")
		if !ok {
			t.Fatalf("%s: no component $id", f)
		}
		root.Delete("$id")
		root.Delete("$schema")
		schemas.Set(name, root)
	}
	api := &document.Node{Kind: document.Object}
	api.Set("openapi", &document.Node{Kind: document.String, String: "3.0.3"})
	api.Set("info", &document.Node{Kind: document.Object, Members: []document.Member{
		{Name: "title", Value: &document.Node{Kind: document.String, String: "Stytch family"}},
		{Name: "version", Value: &document.Node{Kind: document.String, String: "1"}}}})
	api.Set("paths", &document.Node{Kind: document.Object})
	api.Set("components", &document.Node{Kind: document.Object, Members: []document.Member{{Name: "schemas", Value: schemas}}})
	doc := filepath.Join(t.TempDir(), "api.json")
	if err := os.WriteFile(doc, api.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}

	cfg := generator.Config{Package: "stytch"}
	fromDoc := familyDecls(t, cfg, []string{doc})
	if len(fromDoc) < len(files) {
		t.Fatalf("the document generates %d declarations for %d components", len(fromDoc), len(files))
	}
	resp := fromDoc["type APISessionV1MigrateResponse"]
	if !regexp.MustCompile(`\bUser\s+APIUserV1User\b`).MatchString(resp) {
		t.Errorf("MigrateResponse has no field User of type APIUserV1User:\n%s", resp)
	}
	fromFiles := familyDecls(t, cfg, files)
	if diff := cmp.Diff(fromFiles, fromDoc); diff != "" {
		t.Errorf("types from the files (-) and from the document (+) differ:\n%s", diff)
	}
}

var (
	locationLiteral = regexp.MustCompile(`"[^"\n]*#/[^"\n]*"`)
	checkName       = regexp.MustCompile(`\bcheck[A-Z]\w*`)
)

// familyDecls generates the package for inputs and returns its type
// declarations and methods, without comments, by "type NAME" or
// "func (RECEIVER) NAME", with schema locations and check function names
// blanked.
func familyDecls(t *testing.T, cfg generator.Config, inputs []string) map[string]string {
	t.Helper()
	pkg, err := generator.Build(cfg, inputs)
	if err != nil {
		t.Fatal(err)
	}
	out, err := templates.Render(pkg)
	if err != nil {
		t.Fatal(err)
	}
	decls := map[string]string{}
	fset := token.NewFileSet()
	for _, f := range out {
		file, err := parser.ParseFile(fset, f.Name, f.Content, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			var key string
			switch d := d.(type) {
			case *ast.GenDecl:
				if d.Tok != token.TYPE {
					continue
				}
				key = "type " + d.Specs[0].(*ast.TypeSpec).Name.Name
			case *ast.FuncDecl:
				if d.Recv == nil {
					continue // check functions, named from schema locations
				}
				var recv bytes.Buffer
				printer.Fprint(&recv, fset, d.Recv.List[0].Type)
				key = "func (" + recv.String() + ") " + d.Name.Name
			}
			var b bytes.Buffer
			if err := printer.Fprint(&b, fset, d); err != nil {
				t.Fatal(err)
			}
			text := locationLiteral.ReplaceAllString(b.String(), `""`)
			decls[key] = checkName.ReplaceAllString(text, "check")
		}
	}
	return decls
}
