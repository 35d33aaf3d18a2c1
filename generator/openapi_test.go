package generator

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/ir"
)

// buildText writes files (by slash-separated path) to a temporary directory
// and builds main there, with cfg (package "p" unless it names one).
func buildText(t *testing.T, cfg Config, main string, files map[string]string) (*ir.Package, error) {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	t.Chdir(dir)
	if cfg.Package == "" {
		cfg.Package = "p"
	}
	return Build(cfg, []string{main})
}

// TestOpenAPIErrors checks that what schemagen cannot read in OpenAPI and
// YAML input is a clear error naming the file, the pointer and, for YAML
// and OpenAPI 3.0 schemas, the line.
func TestOpenAPIErrors(t *testing.T) {
	const head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"type list", "api.yaml", head + "    A:\n      type: [string, 'null']\n",
			[]string{"api.yaml#/components/schemas/A/type: line 7:", "allows one type"}},
		{"unknown type", "api.yaml", head + "    A: {type: int}\n",
			[]string{"api.yaml#/components/schemas/A/type: line 6:", `no type "int"`}},
		{"$anchor", "api.yaml", head + "    A:\n      properties:\n        b:\n          $anchor: x\n",
			[]string{"api.yaml#/components/schemas/A/properties/b/$anchor: line 9:", "not a keyword of OpenAPI 3.0"}},
		{"items list", "api.yaml", head + "    A: {type: array, items: [{type: string}]}\n",
			[]string{"api.yaml#/components/schemas/A/items: line 6:", "must be one schema"}},
		{"not a schema", "api.yaml", head + "    A: 5\n",
			[]string{"api.yaml#/components/schemas/A: line 6:", "must be an object"}},
		{"ref to a response", "api.yaml", head + "    B: {properties: {a: {$ref: '#/components/schemas/A'}}}\n    A: {$ref: '#/components/responses/R'}\n  responses:\n    R: {description: r}\n",
			[]string{"api.yaml#/components/schemas/A/$ref: line 7: #/components/responses/R is not a schema"}},
		{"ref into paths", "api.yaml", head + "    A: {$ref: '#/paths/~1x/get'}\n",
			[]string{"api.yaml#/components/schemas/A/$ref: line 6: reference target #/paths/~1x/get not found"}},
		{"lookbehind", "api.yaml", head + "    A: {type: string, pattern: '^\\p{L}+(?<!x)$'}\n    B: {type: string, pattern: '^.*(?<!x)a$'}\n",
			[]string{"api.yaml#/components/schemas/B/pattern: pattern", `{"components": {"schemas": {"B": {"pattern": "REPLACEMENT"}}}}`}},
		{"no components", "api.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n",
			[]string{"api.yaml#/components/schemas:", "neither components.schemas nor JSON request or response bodies", "no types to generate"}},
		{"no inline bodies", "api.yaml", "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n        200:\n" +
			"          content: {application/json: {}, text/plain: {schema: {type: string}}}\n",
			[]string{"api.yaml#/components/schemas:", "no types to generate"}},
		{"a body's file is missing", "api.yaml", "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n        200:\n" +
			"          content: {application/json: {schema: {$ref: 'other.yaml#/S'}}}\n",
			[]string{"api.yaml#/paths/~1a/get/responses/200/content/application~1json/schema/$ref: cannot load the referenced schema: other.yaml"}},
		{"swagger", "api.json", `{"swagger": "2.0", "definitions": {}}`,
			[]string{"api.json#/swagger:", "documents in Swagger 2.0 are not supported"}},
		{"openapi 4", "api.yaml", "openapi: 4.0.0\n",
			[]string{"api.yaml#/openapi:", "OpenAPI 4.0.0 is not supported"}},
		{"dialect", "api.yaml", "openapi: 3.1.0\njsonSchemaDialect: https://example.com/mine\ncomponents: {schemas: {A: {}}}\n",
			[]string{"api.yaml#/jsonSchemaDialect:", "not a JSON Schema draft"}},
		{"malformed YAML", "s.yaml", "type: object\nproperties:\n  a: {type: string\n",
			[]string{"s.yaml#: not valid YAML: line 3, column"}},
		{"duplicate key", "s.yml", "type: object\ntype: string\n",
			[]string{"s.yml#: not valid YAML: line 2, column 1:", "already defined"}},
		{"custom tag", "s.yaml", "properties:\n  a: !!binary aGk=\n",
			[]string{"s.yaml#: not valid YAML: line 2, column 6:", "(at /properties/a)"}},
		{"non-string key", "s.yaml", "enum: [1]\nproperties:\n  {a: 1}: {}\n",
			[]string{"s.yaml#: not valid YAML: line 3"}},
		{"malformed overlay", "s.yaml", "type: object\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{tt.file: tt.text}
			want := tt.want
			if tt.name == "malformed overlay" {
				files["s.overlay.yaml"] = "a: [\n"
				want = []string{"s.overlay.yaml#: not valid YAML: line 1, column"}
			}
			_, err := buildText(t, Config{}, tt.file, files)
			if err == nil {
				t.Fatal("Build succeeded")
			}
			for _, w := range want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not contain %q:\n%v", w, err)
				}
			}
		})
	}
}

// TestWarningsOnce checks that a document which fails to load, and is so
// read again by each step that reaches it, gives each of its warnings once.
func TestWarningsOnce(t *testing.T) {
	var warnings []string
	cfg := Config{Warn: func(msg string) { warnings = append(warnings, msg) }}
	text := "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" +
		"    A: {type: string, const: a}\n    B: {type: string, pattern: '(['}\n"
	if _, err := buildText(t, cfg, "api.yaml", map[string]string{"api.yaml": text}); err == nil || !strings.Contains(err.Error(), "/components/schemas/B/pattern") {
		t.Fatalf("error %v, want the one about B's pattern", err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "api.yaml#/components/schemas/A/const: warning: line 6:") {
		t.Errorf("warnings %q, want the one about A's const, once", warnings)
	}
}

// TestOpenAPISchemaFiles checks the files of schemas that an OpenAPI 3.0
// document refers to: their schemas are 3.0 schemas, with errors that name
// the file, pointer and line, unless the file declares a JSON Schema
// dialect with "$schema".
func TestOpenAPISchemaFiles(t *testing.T) {
	const api = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: 'pet.yaml'}\n"
	_, err := buildText(t, Config{}, "api.yaml", map[string]string{"api.yaml": api,
		"pet.yaml": "type: object\nproperties:\n  name: {type: [string, 'null']}\n"})
	if err == nil || !strings.Contains(err.Error(), "pet.yaml#/properties/name/type: line 3: OpenAPI 3.0 allows one type") {
		t.Errorf("error %v, want the one about pet.yaml's type list", err)
	}
	for _, tt := range []struct {
		name, pet string
		nullOK    bool
	}{
		{"3.0", "type: object\nproperties:\n  name: {type: string, nullable: true}\n", true},
		{"JSON Schema", "$schema: 'https://json-schema.org/draft/2020-12/schema'\ntype: object\nproperties:\n  name: {type: string, nullable: true}\n", false},
	} {
		if _, err := buildText(t, Config{}, "api.yaml", map[string]string{"api.yaml": api, "pet.yaml": tt.pet}); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		s, err := CompileComponent(Config{}, "api.yaml", "/components/schemas/Pet")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(map[string]any{"name": nil}); (err == nil) != tt.nullOK {
			t.Errorf("%s: a null name: %v, want accepted %v", tt.name, err, tt.nullOK)
		}
	}
}

// TestOpenAPIOnly checks --only: the components named and what they need.
func TestOpenAPIOnly(t *testing.T) {
	const doc = "openapi: 3.0.3\ncomponents:\n  schemas:\n" +
		"    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}\n" +
		"    B: {type: object, properties: {n: {type: integer}}}\n" +
		"    C: {type: string, enum: [x]}\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "api.yaml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for only, want := range map[string]string{"A": "A B", "B": "B", "C,B": "B C", "": "A B C"} {
		cfg := Config{Package: "p"}
		if only != "" {
			cfg.Only = strings.Split(only, ",")
		}
		pkg, err := Build(cfg, []string{"api.yaml"})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, d := range pkg.Decls {
			names = append(names, d.Name)
		}
		if got := strings.Join(names, " "); got != want {
			t.Errorf("--only %s: types %s, want %s", only, got, want)
		}
	}
	if _, err := Build(Config{Package: "p", RootName: "Root"}, []string{"api.yaml"}); err == nil || !strings.Contains(err.Error(), "an OpenAPI document has none") {
		t.Errorf("--type Root: %v", err)
	}
	_, err := Build(Config{Package: "p", Only: []string{"A", "Z"}}, []string{"api.yaml"})
	if err == nil || !strings.Contains(err.Error(), `--only: no component "Z"`) {
		t.Errorf("--only Z: %v", err)
	}
}

// TestOpenAPIBodies checks the types of operations' inline JSON bodies:
// that only --operations declares them beside components, their names,
// that a component keeps its name when a body's collides with it, that
// bodies whose names collide with each other get distinct ones, and that
// --only leaves them out.
func TestOpenAPIBodies(t *testing.T) {
	const doc = "openapi: 3.0.3\npaths:\n" +
		"  /a-b:\n    get:\n      responses:\n        200: {content: {application/json: {schema: {type: integer}}}}\n" +
		"        default: {content: {application/json: {schema: {type: boolean}}}}\n" +
		"  /a_b:\n    get:\n      responses:\n        200: {content: {application/json: {schema: {type: string}}}}\n" +
		"  /pets:\n    post:\n      operationId: pet\n" +
		"      requestBody: {content: {application/json: {schema: {type: object, properties: {n: {type: integer}}}}}}\n" +
		"      responses:\n        default: {content: {application/json: {schema: {$ref: '#/components/schemas/PetRequest'}}}}\n" +
		"components:\n  schemas:\n    PetRequest: {type: string}\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "api.yaml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, tt := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"components only", Config{}, "PetRequest:/components/schemas/PetRequest"},
		{"--operations", Config{Operations: true}, "PetRequest:/components/schemas/PetRequest " +
			"GetABResponse:/paths/~1a-b/get/responses/200/content/application~1json/schema " +
			"GetABResponseDefault:/paths/~1a-b/get/responses/default/content/application~1json/schema " +
			"GetABResponse2:/paths/~1a_b/get/responses/200/content/application~1json/schema " +
			"PetRequest2:/paths/~1pets/post/requestBody/content/application~1json/schema"},
		{"--operations --only", Config{Operations: true, Only: []string{"PetRequest"}}, "PetRequest:/components/schemas/PetRequest"},
	} {
		tt.cfg.Package = "p"
		pkg, err := Build(tt.cfg, []string{"api.yaml"})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, d := range pkg.Decls {
			names = append(names, d.Name+":"+d.Origin.Pointer)
		}
		if got := strings.Join(names, " "); got != tt.want {
			t.Errorf("%s: types\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

// TestOpenAPIBodiesWithoutComponents checks that a document without
// components.schemas gets the types of its operations' inline bodies
// without --operations, as it has nothing else to generate.
func TestOpenAPIBodiesWithoutComponents(t *testing.T) {
	const doc = "openapi: 3.0.3\npaths:\n  /pets:\n    get:\n      operationId: listPets\n" +
		"      responses:\n        200: {content: {application/json: {schema: {type: array, items: {type: string}}}}}\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "api.yaml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	pkg, err := Build(Config{Package: "p"}, []string{"api.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkg.Decls) != 1 || pkg.Decls[0].Name != "ListPetsResponse" {
		t.Errorf("types %v, want ListPetsResponse", pkg.Decls)
	}
}

// TestOpenAPIBodiesInFiles checks the bodies of a description split into
// files, without components: a body that is only a $ref to another file
// declares that file's schema, under its own name, and the schemas it
// refers to are 3.0 schemas too.
func TestOpenAPIBodiesInFiles(t *testing.T) {
	const doc = "openapi: 3.0.3\npaths:\n  /pets:\n    get:\n      operationId: listPets\n" +
		"      responses:\n        200: {content: {application/json: {schema: {$ref: schemas/PetList.yaml}}}}\n" +
		"        default: {content: {application/json: {schema: {$ref: 'common.yaml#/Error'}}}}\n"
	pkg, err := buildText(t, Config{}, "api.yaml", map[string]string{"api.yaml": doc,
		"schemas/PetList.yaml": "type: array\nitems: {$ref: Pet.yaml}\n",
		"schemas/Pet.yaml":     "type: object\nproperties:\n  name: {type: string, nullable: true}\n",
		"common.yaml":          "Error: {type: object, properties: {code: {type: integer}}}\n"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range pkg.Decls {
		names = append(names, d.Name)
	}
	if want := []string{"PetList", "Pet", "Error"}; !slices.Equal(names, want) {
		t.Fatalf("types %v, want %v", names, want)
	}
	if pet, ok := pkg.Decls[1].Type.(*ir.Struct); !ok || len(pet.Fields) != 1 {
		t.Errorf("Pet: %v, want a struct of one field", pkg.Decls[1].Type)
	} else if _, nullable := pet.Fields[0].Type.(*ir.Nullable); !nullable {
		t.Errorf("Pet.Name: %v, want a type that may be null (nullable: true, a 3.0 schema)", pet.Fields[0].Type)
	}
}

// TestYAMLOverlay checks that a YAML schema's YAML overlay is merged, and
// that a JSON overlay is used when there is no YAML one.
func TestYAMLOverlay(t *testing.T) {
	for overlay, text := range map[string]string{"s.overlay.yaml": "properties:\n  a: {maxLength: 2}\n", "s.overlay.json": `{"properties": {"a": {"maxLength": 2}}}`} {
		t.Run(overlay, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range map[string]string{"s.yaml": "type: object\nproperties:\n  a: {type: string}\n", overlay: text} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			s, err := Compile(Config{}, "s.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(map[string]any{"a": "abc"}); err == nil {
				t.Error("the overlay's maxLength is not applied")
			}
			pkg, err := Build(Config{Package: "p"}, []string{"s.yaml"})
			if err != nil {
				t.Fatal(err)
			}
			if pkg.Sources[0].Overlay != overlay {
				t.Errorf("overlay %q, want %q", pkg.Sources[0].Overlay, overlay)
			}
		})
	}
}

// TestOpenAPIFormatByte checks that format "byte" (base64) is an annotation
// by default and asserted, by jsonschema/v5 and by the generated code's
// checker alike, when formats are.
func TestOpenAPIFormatByte(t *testing.T) {
	const doc = "openapi: 3.0.3\ncomponents:\n  schemas:\n    B: {type: string, format: byte}\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "api.yaml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, assert := range []bool{false, true} {
		mode := FormatDefault
		if assert {
			mode = FormatAssert
		}
		s, err := CompileComponent(Config{FormatAssertion: mode}, "api.yaml", "/components/schemas/B")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate("aGk="); err != nil {
			t.Errorf("assert %v: base64 rejected: %v", assert, err)
		}
		if err := s.Validate("not base64!"); (err != nil) != assert {
			t.Errorf("assert %v: not base64: %v", assert, err)
		}
	}
}
