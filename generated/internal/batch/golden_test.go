package batch_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generated/internal/batch"
	"github.com/schemagen/schemagen/generated/internal/roundtrip"
	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// goldenRoot holds the golden cases of cmd/schemagen (see its
// golden_test.go). TestGolden there checks that schemagen writes exactly the
// files in each case's want/; this file checks what that code does. It lives
// here because cmd/schemagen may not import generated/internal packages.
const goldenRoot = "../../../cmd/schemagen/testdata/golden"

// A goldenExpect is what one instance of a case should do.
type goldenExpect struct {
	valid bool
	doc   []byte // the instance
	// For invalid instances: the instance as instances.json gives it (why
	// it is wrong, the expected violations), and jsonschema/v5's error.
	invalid roundtrip.Invalid
	oracle  error
}

// TestGoldenBehaviour builds every golden case's package in one module and
// runs its instances through the root type: valid ones must be accepted and
// round-trip, invalid ones rejected with the expected violation locations
// (and keyword locations, where instances.json gives them), and
// jsonschema/v5 (schemagen's oracle) must agree with every expectation.
func TestGoldenBehaviour(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every golden case's generated package")
	}
	dirs, err := filepath.Glob(filepath.Join(goldenRoot, "*", "schema.json"))
	yamlDirs, err2 := filepath.Glob(filepath.Join(goldenRoot, "*", "schema.yaml"))
	dirs = append(dirs, yamlDirs...)
	sort.Strings(dirs)
	if err != nil || err2 != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases in %s (%v)", goldenRoot, err)
	}
	var pkgs []batch.Package
	expect := map[string]map[string]goldenExpect{} // by package dir and instance ID
	t.Run("oracle", func(t *testing.T) {
		for _, schema := range dirs {
			dir, _ := filepath.Abs(filepath.Dir(schema))
			t.Run(filepath.Base(dir), func(t *testing.T) {
				p, e := goldenPrepare(t, dir)
				pkgs = append(pkgs, p)
				expect[p.Dir] = e
			})
		}
	})
	if len(pkgs) == 0 {
		t.Fatal("no case generated a package")
	}
	results, err := batch.Run(t.Context(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	byPackage := map[string][]batch.Result{}
	for _, r := range results {
		byPackage[r.Package] = append(byPackage[r.Package], r)
	}
	t.Run("generated", func(t *testing.T) {
		for _, p := range pkgs {
			t.Run(p.Dir, func(t *testing.T) {
				for _, r := range byPackage[p.Dir] {
					goldenCheckResult(t, r, expect[p.Dir][r.Instance])
				}
			})
		}
	})
}

// goldenPrepare generates the package of the case in dir, as schemagen run
// there with the case's args would, and reads its instances, checking each
// against the oracle: jsonschema/v5 as schemagen configures it.
func goldenPrepare(t *testing.T, dir string) (batch.Package, map[string]goldenExpect) {
	t.Chdir(dir)
	input := "schema.json"
	if _, err := os.Stat("schema.yaml"); err == nil {
		input = "schema.yaml"
	}
	p, cfg, components := goldenGenerate(t, input)
	p.Dir = filepath.Base(dir)
	data, err := os.ReadFile("instances.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(components) > 0 {
		return p, goldenComponents(t, &p, cfg, input, components, data)
	}
	var inst roundtrip.Instances
	if err := json.Unmarshal(data, &inst); err != nil {
		t.Fatalf("instances.json: %v", err)
	}
	oracle, err := generator.Compile(cfg, input)
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	expect := map[string]goldenExpect{}
	goldenInstances(t, &p, expect, "", oracle, inst)
	return p, expect
}

// goldenComponents reads the instances of an OpenAPI document's case: an
// object whose members name components (as the document does), or are the
// JSON Pointers of operations' inline body schemas, and hold each one's
// instances, checked against the oracle's compilation of that schema and
// run through its Go type (components, by name or pointer).
func goldenComponents(t *testing.T, p *batch.Package, cfg generator.Config, input string, components map[string]string, data []byte) map[string]goldenExpect {
	var byComponent map[string]roundtrip.Instances
	if err := json.Unmarshal(data, &byComponent); err != nil {
		t.Fatalf("instances.json: %v", err)
	}
	names := make([]string, 0, len(byComponent))
	for name := range byComponent {
		names = append(names, name)
	}
	sort.Strings(names)
	expect := map[string]goldenExpect{}
	p.Types = map[string]string{}
	for _, name := range names {
		goType, ok := components[name]
		if !ok {
			t.Errorf("instances.json: no Go type for component %q", name)
			continue
		}
		ptr := name
		if !strings.HasPrefix(name, "/") {
			ptr = "/components/schemas/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(name)
		}
		oracle, err := generator.CompileComponent(cfg, input, ptr)
		if err != nil {
			t.Fatalf("oracle for %s: %v", name, err)
		}
		before := len(p.Instances)
		goldenInstances(t, p, expect, name+" ", oracle, byComponent[name])
		for _, inst := range p.Instances[before:] {
			p.Types[inst.ID] = goType
		}
	}
	for name := range components {
		if _, ok := byComponent[name]; !ok {
			t.Errorf("instances.json: no instances for component %q", name)
		}
	}
	return expect
}

// goldenInstances checks a schema's instances against the oracle and adds
// them to p, with IDs that start with prefix.
func goldenInstances(t *testing.T, p *batch.Package, expect map[string]goldenExpect, prefix string, oracle *jsonschema.Schema, inst roundtrip.Instances) {
	if len(inst.Valid) == 0 || len(inst.Invalid) == 0 {
		t.Errorf("instances.json: %swant both valid and invalid instances", prefix)
	}
	accepts := func(doc []byte) error {
		var v any
		dec := json.NewDecoder(bytes.NewReader(doc))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("instance %s: %v", doc, err)
		}
		return oracle.Validate(v)
	}
	add := func(id string, e goldenExpect) {
		id = prefix + id
		expect[id] = e
		p.Instances = append(p.Instances, batch.Instance{ID: id, Data: e.doc})
	}
	for i, doc := range inst.Valid {
		if err := accepts(doc); err != nil {
			t.Errorf("valid[%d] %s: jsonschema/v5 rejects it: %v", i, doc, err)
		}
		add("valid["+strconv.Itoa(i)+"]", goldenExpect{valid: true, doc: doc})
	}
	for i, bad := range inst.Invalid {
		oracleErr := accepts(bad.Instance)
		if oracleErr == nil {
			t.Errorf("invalid[%d] (%s) %s: jsonschema/v5 accepts it", i, bad.Why, bad.Instance)
		}
		if len(bad.Errors) == 0 {
			t.Errorf("invalid[%d] (%s): no expected error locations", i, bad.Why)
		}
		add("invalid["+strconv.Itoa(i)+"]", goldenExpect{doc: bad.Instance, invalid: bad, oracle: oracleErr})
	}
}

// goldenGenerate renders the package schemagen writes for the case in the
// working directory: "schemagen ARGS -o DIR INPUT", where ARGS (the args
// file) may use -p, --type, --format-types, --draft and --operations. It also returns the
// configuration, with which jsonschema/v5 must agree, and, for an OpenAPI
// document, the Go type of each component by the component's name (or, for
// a component that only refers to another file's schema, by the name of the
// type of that schema) and of each operation's inline body schema by its
// pointer.
func goldenGenerate(t *testing.T, input string) (batch.Package, generator.Config, map[string]string) {
	t.Helper()
	args, err := os.ReadFile("args")
	if err != nil {
		t.Fatal(err)
	}
	var cfg generator.Config
	fs := flag.NewFlagSet("args", flag.ContinueOnError)
	fs.StringVar(&cfg.Package, "p", "", "package name")
	fs.StringVar(&cfg.RootName, "type", "", "root type name")
	fs.Var(formatTypes{&cfg.FormatTypes}, "format-types", "formats Go types hold")
	fs.StringVar(&cfg.Draft, "draft", "", "the dialect of files without $schema")
	fs.BoolVar(&cfg.Operations, "operations", false, "types for operations' inline bodies")
	if err := fs.Parse(strings.Fields(string(args))); err != nil || fs.NArg() > 0 || cfg.Package == "" {
		t.Fatalf("args %q: want -p NAME and optionally --type NAME, --format-types[=LIST], --draft D and --operations (%v)", args, err)
	}
	pkg, err := generator.Build(cfg, []string{input})
	if err != nil {
		t.Fatal(err)
	}
	p := batch.Package{Name: pkg.Name}
	components := map[string]string{}
	fileRoots := map[string]string{} // other files' root schemas, which components that only refer to them name
	for _, d := range pkg.Decls {
		if d.Origin.File == input && d.Origin.Pointer == "" {
			p.RootType = d.Name
		}
		key := ""
		if name, ok := strings.CutPrefix(d.Origin.Pointer, "/components/schemas/"); ok && !strings.Contains(name, "/") {
			key = strings.NewReplacer("~1", "/", "~0", "~").Replace(name)
		} else if bodyPointer.MatchString(d.Origin.Pointer) {
			key = d.Origin.Pointer
		} else if d.Origin.File != input && d.Origin.Pointer == "" {
			fileRoots[d.Name] = d.Name
		}
		if key != "" {
			components[key] = d.Name
			if p.RootType == "" {
				p.RootType = d.Name // the driver wants one; instances name theirs
			}
		}
	}
	if len(components) > 0 {
		maps.Copy(components, fileRoots)
	}
	if p.RootType == "" {
		t.Fatal("no type for the root schema")
	}
	if p.Files, err = templates.Render(pkg); err != nil {
		t.Fatal(err)
	}
	if len(components) > 0 && pkg.Decls[0].Origin.Pointer == "" {
		components = nil // a schema with definitions, not an OpenAPI document
	}
	return p, cfg, components
}

// bodyPointer matches the pointer of an operation's request or response
// body schema in an OpenAPI document.
var bodyPointer = regexp.MustCompile(`^/paths/[^/]+/[^/]+/(requestBody|responses/[^/]+)/content/[^/]+/schema$`)

// formatTypes is schemagen's --format-types: alone, every format; with a
// value, the formats it lists.
type formatTypes struct{ formats *[]string }

// IsBoolFlag lets the flag stand alone.
func (f formatTypes) IsBoolFlag() bool { return true }

// String implements flag.Value.
func (f formatTypes) String() string { return "" }

// Set implements flag.Value: "true" when the flag stands alone.
func (f formatTypes) Set(v string) error {
	if v == "true" {
		*f.formats = generator.TextFormats()
	} else {
		*f.formats = strings.Split(v, ",")
	}
	return nil
}

// goldenCheckResult compares what the generated code did with an instance
// with what the case expects.
func goldenCheckResult(t *testing.T, r batch.Result, e goldenExpect) {
	t.Helper()
	switch {
	case e.doc == nil:
		t.Errorf("result for unknown instance %s", r.Instance)
	case r.Panic != "":
		t.Errorf("%s %s: generated code panicked: %s", r.Instance, e.doc, r.Panic)
	case e.valid && !r.Accepted:
		t.Errorf("%s %s rejected: %s", r.Instance, e.doc, r.Err)
	case e.valid && !r.RoundTrip:
		t.Errorf("%s: round trip changed the value:\n in: %s\nout: %s %s", r.Instance, e.doc, r.Marshaled, r.Err)
	case !e.valid && r.Accepted:
		t.Errorf("%s (%s) %s accepted", r.Instance, e.invalid.Why, e.doc)
	case !e.valid && !r.ValidationError:
		t.Errorf("%s (%s) %s: error is not a *jsonrt.ValidationError: %s", r.Instance, e.invalid.Why, e.doc, r.Err)
	case !e.valid:
		if diff := cmp.Diff(e.invalid.Errors, r.Locations); diff != "" {
			t.Errorf("%s (%s) %s: violation locations (-want +got):\n%s\nerror: %s", r.Instance, e.invalid.Why, e.doc, diff, r.Err)
		}
		roundtrip.CheckKeywords(t, e.invalid, r.Keywords, e.oracle)
		roundtrip.CheckMessage(t, e.invalid, r.Err)
	}
}
