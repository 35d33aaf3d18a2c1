package generator_test

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/templates"
)

// An fsCase is a run over files (by slash-separated path) with cfg, on the
// inputs named.
type fsCase struct {
	name   string
	files  map[string]string
	cfg    generator.Config
	inputs []string
	want   []string // in the generated code, or in the error
}

var fsCases = []fsCase{{
	// Every kind of read: a sibling found by listing the directory
	// (Customer.json), an overlay, a YAML file, a --map'ed remote reference
	// (without extension), and a component that an --import directory
	// holds.
	name: "family",
	files: map[string]string{
		"schemas/order.json": `{"title": "Order", "type": "object", "properties": {
			"customer": {"$ref": "#/components/schemas/Customer"},
			"note": {"type": "string"},
			"item": {"$ref": "item.yaml"},
			"currency": {"$ref": "https://example.com/common/currency"},
			"total": {"$ref": "#/components/schemas/Money"}}}`,
		"schemas/order.overlay.json":       `{"properties": {"note": {"maxLength": 80}}}`,
		"schemas/Customer.json":            `{"type": "object", "properties": {"name": {"type": "string"}}}`,
		"schemas/item.yaml":                "type: object\nproperties:\n  sku:\n    type: string\n    pattern: '^[A-Z]+$'\n",
		"third_party/common/currency.json": `{"type": "string", "enum": ["USD", "EUR"]}`,
		"shared/Money.json":                `{"type": "object", "properties": {"cents": {"type": "integer"}}}`,
	},
	cfg: generator.Config{
		Maps:    []generator.Mapping{{Prefix: "https://example.com/common/", Dir: "third_party/common"}},
		Imports: []generator.Import{{Prefix: "shared/", Path: "example.com/shared"}},
	},
	inputs: []string{"schemas/order.json"},
	want: []string{"type Customer struct", "Must be at most 80 characters long.", "Sku *string", `"^[A-Z]+$"`,
		`CurrencyUSD Currency = "USD"`, "shared.Money", "source: schemas/Customer.json", "schemas/order.overlay.json"},
}, {
	name: "openapi",
	files: map[string]string{
		"api/openapi.yaml": "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" +
			"    Pet:\n      type: object\n      properties:\n        tag:\n          $ref: tag.json\n",
		"api/tag.json": `{"type": "string", "minLength": 1}`,
	},
	inputs: []string{"api/openapi.yaml"},
	want:   []string{"type Pet struct", "MinLength: 1", "source: api/openapi.yaml"},
}, {
	name: "error",
	files: map[string]string{
		"schemas/a.json":     `{"type": "object", "properties": {"b": {"$ref": "sub/b.json"}}}`,
		"schemas/sub/b.json": `{"type": "object", "properties": {"c": {"$ref": "missing.json"}}}`,
	},
	inputs: []string{"./schemas/a.json"},
	want:   []string{"schemas/sub/b.json#/properties/c/$ref", "schemas/sub/missing.json"},
}}

// TestFS checks that a run that reads its inputs from Config.FS generates
// what the same run generates from the same files on disk, and fails, when
// it fails, with the same error, naming the files as given.
func TestFS(t *testing.T) {
	for _, c := range fsCases {
		t.Run(c.name, func(t *testing.T) {
			mem := fstest.MapFS{}
			for name, content := range c.files {
				mem[name] = &fstest.MapFile{Data: []byte(content)}
			}
			cfg := c.cfg
			cfg.Package = "p"
			cfg.FS = mem
			fromFS, errFS := buildAndRender(cfg, c.inputs)

			dir := t.TempDir()
			generator.WriteFiles(t, dir, c.files)
			t.Chdir(dir)
			cfg.FS = nil
			fromDisk, errDisk := buildAndRender(cfg, c.inputs)
			// The one difference: the file systems' words for a missing file.
			errDisk = strings.ReplaceAll(errDisk, "no such file or directory", fs.ErrNotExist.Error())

			if errFS != errDisk {
				t.Fatalf("from FS:\n%s\nfrom disk:\n%s", errFS, errDisk)
			}
			if fromFS != fromDisk {
				t.Errorf("from FS:\n%s\nfrom disk:\n%s", fromFS, fromDisk)
			}
			got := fromFS + errFS
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("no %q in\n%s", w, got)
				}
			}
		})
	}
}

// buildAndRender runs Build and Render and returns the IR dump and the files, or
// the error's text.
func buildAndRender(cfg generator.Config, inputs []string) (out, errText string) {
	pkg, err := generator.Build(cfg, inputs)
	if err != nil {
		return "", err.Error()
	}
	files, err := templates.Render(pkg)
	if err != nil {
		return "", err.Error()
	}
	var b bytes.Buffer
	b.WriteString(ir.Dump(pkg))
	for _, f := range files {
		b.WriteString("\n-- " + f.Name + " --\n")
		b.Write(f.Content)
	}
	return b.String(), ""
}

// TestFSRoot checks that within Config.FS the working directory is the
// root: "/", "./" and ".." lead nowhere else. The sources keep the paths
// as given.
func TestFSRoot(t *testing.T) {
	mem := fstest.MapFS{"pet.json": &fstest.MapFile{Data: []byte(`{"type": "object", "properties": {"up": {"$ref": "../../pet.json"}}}`)}}
	var dumps []string
	for _, p := range []string{"pet.json", "./pet.json", "/pet.json", "x/../pet.json"} {
		pkg, err := generator.Build(generator.Config{Package: "p", FS: mem}, []string{p})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if len(pkg.Sources) != 1 || pkg.Sources[0].Path != path.Clean(p) {
			t.Errorf("%s: sources %v", p, pkg.Sources)
		}
		pkg.Sources = nil
		dumps = append(dumps, ir.Dump(pkg))
	}
	for i, d := range dumps[1:] {
		if d != dumps[0] {
			t.Errorf("input %d reads another file:\n%s\nwant\n%s", i+1, d, dumps[0])
		}
	}
	if _, err := generator.Build(generator.Config{Package: "p", FS: mem}, []string{"../pet.json"}); err != nil {
		t.Errorf("../pet.json from the root: %v", err)
	}
}
