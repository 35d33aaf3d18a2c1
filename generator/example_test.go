package generator_test

import (
	"fmt"
	"log"
	"testing/fstest"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// A tool that embeds schemagen keeps its schemas in its binary (an
// embed.FS; here an fstest.MapFS) and generates code from them without
// touching the disk: Config.FS serves every read, overlays and the
// siblings of a family included, and errors name the files as given.
func ExampleBuild_fs() {
	schemas := fstest.MapFS{
		"schemas/pet.json": {Data: []byte(`{"title": "Pet", "type": "object", "required": ["name"],
			"properties": {"name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}}}`)},
		"schemas/pet.overlay.json": {Data: []byte(`{"properties": {"name": {"maxLength": 40}}}`)},
		"schemas/Owner.json":       {Data: []byte(`{"type": "object", "properties": {"email": {"type": "string"}}}`)},
		"broken/a.json":            {Data: []byte(`{"$ref": "b.json"}`)},
	}
	cfg := generator.Config{
		Package: "pets",
		FS:      schemas,
		Note:    func(msg string) { fmt.Println("note:", msg) },
	}
	pkg, err := generator.Build(cfg, []string{"schemas/pet.json"})
	if err != nil {
		log.Fatal(err)
	}
	files, err := templates.Render(pkg)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range files {
		fmt.Println(f.Name)
	}

	_, err = generator.Build(cfg, []string{"broken/a.json"})
	fmt.Println(err)
	// Output:
	// note: also generating schemas/Owner.json, component Owner of schemas/pet.json#/properties/owner/$ref
	// pet_gen.go
	// pet_json_gen.go
	// owner_gen.go
	// owner_json_gen.go
	// broken/a.json#/$ref: cannot load the referenced schema: broken/b.json#: cannot read: file does not exist
}
