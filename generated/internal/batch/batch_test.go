package batch

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// generate renders the package for one schema document.
func generate(t *testing.T, name, schema string) ([]templates.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	pkg, err := generator.Build(generator.Config{Package: name, RootName: "Root"}, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	files, err := templates.Render(pkg)
	if err != nil {
		t.Fatal(err)
	}
	return files, "Root"
}

// boomSource is a package whose type panics when decoding.
const boomSource = `package boom

// Boom panics in UnmarshalJSON.
type Boom struct{}

// UnmarshalJSON panics.
func (*Boom) UnmarshalJSON([]byte) error { panic("boom") }

// MarshalJSON is never reached.
func (Boom) MarshalJSON() ([]byte, error) { return []byte("{}"), nil }

// Validate is never reached.
func (*Boom) Validate() error { return nil }
`

func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module")
	}
	files, root := generate(t, "small", `{"type": "object", "required": ["n"],
		"properties": {"n": {"type": "integer", "minimum": 1}, "s": {"type": "string"}}}`)
	pkgs := []Package{
		{Dir: "small", Name: "small", Files: files, RootType: root, Instances: []Instance{
			{"ok", []byte(`{"s": "x\u00e9", "n": 2.0}`)},
			{"low", []byte(`{"n": 0}`)},
			{"wrong types", []byte(`{"n": "1", "s": 1}`)},
			{"malformed", []byte(`{"n": `)},
		}},
		{Dir: "empty", Name: "small", Files: files, RootType: root},
		{Dir: "boom", Name: "boom", Files: []templates.File{{Name: "boom.go", Content: []byte(boomSource)}},
			RootType: "Boom", Instances: []Instance{{"panics", []byte(`1`)}}},
	}
	got, err := Run(t.Context(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	want := []Result{
		{Package: "small", Instance: "ok", Accepted: true, RoundTrip: true, Marshaled: `{"n":2,"s":"xé"}`},
		{Package: "small", Instance: "low", ValidationError: true, Locations: []string{"/n"}, Keywords: []string{"schema.json#/properties/n/minimum"}, Err: "/n: must be >= 1 but found 0 (schema.json#/properties/n/minimum)"},
		{Package: "small", Instance: "wrong types", ValidationError: true, Locations: []string{"/n", "/s"},
			Keywords: []string{"schema.json#/properties/n/type", "schema.json#/properties/s/type"}},
		{Package: "small", Instance: "malformed"},
		{Package: "boom", Instance: "panics", Panic: "boom"},
	}
	ignoreErr := func(p cmp.Path) bool { return p.Last().String() == ".Err" }
	if diff := cmp.Diff(want, got, cmp.FilterPath(ignoreErr, cmp.Ignore())); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	if len(got) == len(want) {
		if got[1].Err != want[1].Err {
			t.Errorf("error text = %q, want %q", got[1].Err, want[1].Err)
		}
		if !strings.Contains(got[3].Err, "unexpected end") {
			t.Errorf("malformed instance: error %q, want a syntax error", got[3].Err)
		}
	}
}

func TestRunReportsBrokenPackage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module")
	}
	good, root := generate(t, "good", `{"type": "string"}`)
	bad := []templates.File{{Name: "x_gen.go", Content: []byte("package bad\n\ntype Root int\n\nvar _ = undefinedName\n")}}
	_, err := Run(t.Context(), []Package{
		{Dir: "good", Name: "good", Files: good, RootType: root},
		{Dir: "bad", Name: "bad", Files: bad, RootType: "Root"},
	})
	if err == nil || !strings.Contains(err.Error(), "go vet failed") || !strings.Contains(err.Error(), "package(s) bad:") {
		t.Fatalf("Run = %v, want a vet failure naming only package bad", err)
	}
	var be *BuildError
	if !errors.As(err, &be) || !slices.Equal(be.Packages, []string{"bad"}) || !strings.Contains(be.Output, "undefinedName") {
		t.Errorf("Run error %#v, want a *BuildError for package bad with vet's output", err)
	}
	ugly := []templates.File{{Name: "x_gen.go", Content: []byte("package ugly\ntype Root  int\n")}}
	_, err = Build(t.Context(), []Package{{Dir: "ugly", Name: "ugly", Files: ugly, RootType: "Root"}})
	if !errors.As(err, &be) || !slices.Equal(be.Packages, []string{"ugly"}) {
		t.Errorf("Build(unformatted package) = %v, want a *BuildError for package ugly", err)
	}
}

// exitSource is a package whose type exits the process when decoding 2.
const exitSource = `package exit

import "os"

// Exit exits when decoding 2.
type Exit struct{}

// UnmarshalJSON exits on 2.
func (*Exit) UnmarshalJSON(b []byte) error {
	if string(b) == "2" {
		os.Exit(3)
	}
	return nil
}

// MarshalJSON returns 1.
func (Exit) MarshalJSON() ([]byte, error) { return []byte("1"), nil }

// Validate accepts everything.
func (*Exit) Validate() error { return nil }
`

func TestRunReportsDriverCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module")
	}
	got, err := Run(t.Context(), []Package{{Dir: "exit", Name: "exit", RootType: "Exit",
		Files:     []templates.File{{Name: "exit.go", Content: []byte(exitSource)}},
		Instances: []Instance{{"one", []byte("1")}, {"two", []byte("2")}, {"three", []byte("3")}}}})
	var de *DriverError
	if !errors.As(err, &de) || de.Package != "exit" || de.Instance != "two" || de.Results != 1 {
		t.Fatalf("Run = %v, want a *DriverError at instance two after one result", err)
	}
	if len(got) != 1 || got[0].Instance != "one" || !got[0].Accepted {
		t.Errorf("results before the crash = %+v, want instance one accepted", got)
	}
}

func TestCheckFormat(t *testing.T) {
	pkgs := []Package{{Dir: "p", Files: []templates.File{
		{Name: "ok.go", Content: []byte("package p\n")},
		{Name: "ugly.go", Content: []byte("package p\nvar  x=1\n")},
		{Name: "broken.go", Content: []byte("package p\nfunc {\n")},
		{Name: "notes.txt", Content: []byte("not  go\n")},
	}}}
	err := CheckFormat(pkgs)
	if err == nil {
		t.Fatal("CheckFormat accepted unformatted files")
	}
	for _, want := range []string{"p/ugly.go is not gofmt-formatted", "p/broken.go does not parse"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("CheckFormat error %q does not say %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "ok.go") || strings.Contains(err.Error(), "notes.txt") {
		t.Errorf("CheckFormat error %q names a good file", err)
	}
}

func TestCheckRejectsBadLayout(t *testing.T) {
	file := []templates.File{{Name: "a.go", Content: []byte("package p\n")}}
	ok := Package{Dir: "c1", Name: "p", Files: file, RootType: "Root"}
	tests := map[string]func(p *Package){
		"dir with slash":   func(p *Package) { p.Dir = "a/b" },
		"dir with dot":     func(p *Package) { p.Dir = ".hidden" },
		"data dir":         func(p *Package) { p.Dir = "data" },
		"main package":     func(p *Package) { p.Name = "main" },
		"unexported root":  func(p *Package) { p.RootType = "root" },
		"file outside dir": func(p *Package) { p.Files = []templates.File{{Name: "../a.go"}} },
		"no files":         func(p *Package) { p.Files = nil },
	}
	if err := check([]Package{ok}); err != nil {
		t.Fatalf("check(good package) = %v", err)
	}
	if err := check([]Package{ok, ok}); err == nil {
		t.Error("check accepted two packages in one directory")
	}
	for name, mutate := range tests {
		p := ok
		mutate(&p)
		if err := check([]Package{p}); err == nil {
			t.Errorf("%s: check accepted %+v", name, p)
		}
	}
}

func TestDriverSourceQuotesEverything(t *testing.T) {
	hostile := "\"); os.Exit(1) //\n`"
	src, data := driverSource([]Package{{Dir: "c1", Name: "p", RootType: "Root",
		Instances: []Instance{{ID: hostile, Data: []byte(hostile)}}}})
	if !strings.Contains(string(src), `"\"); os.Exit(1) //\n`+"`\"") {
		t.Errorf("instance ID not quoted in driver:\n%s", src)
	}
	if strings.Contains(string(src), "os.Exit(1) //\n") {
		t.Errorf("raw instance text in driver:\n%s", src)
	}
	if got := string(data["0.json"]); got != hostile {
		t.Errorf("data file = %q, want %q", got, hostile)
	}
}

func TestGoEnv(t *testing.T) {
	env := goEnv([]string{"HOME=/h", "GOFLAGS=-mod=vendor -buildvcs=false", "GOWORK=/w/go.work"})
	last := map[string]string{}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		last[k] = v
	}
	want := map[string]string{"HOME": "/h", "GOFLAGS": "-buildvcs=false -mod=mod", "GOWORK": "off"}
	if diff := cmp.Diff(want, last); diff != "" {
		t.Errorf("effective environment (-want +got):\n%s", diff)
	}
}

func TestRepoRoot(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := filepath.Abs("../../.."); root != want {
		t.Errorf("RepoRoot() = %s, want %s", root, want)
	}
}
