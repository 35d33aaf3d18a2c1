// Package batch builds many generated packages at once and runs sample
// instances through them, for tests that check generated code on many small
// schemas.
//
// Building one Go package per schema costs a "go" invocation each, which is
// far too slow for dozens of cases on a small machine. Run instead writes all
// packages into one temporary module, next to one generated driver program
// that imports every package, and builds and runs it with a single "go vet"
// and a single "go build". The driver applies the contract schemagen
// promises to each instance:
//
//	var v T
//	err := json.Unmarshal(data, &v)
//	if err == nil {
//		err = v.Validate()
//	}
//
// and, for accepted instances, checks that json.Marshal(&v) is the same JSON
// value as data (jsonrt.EqualJSON). It prints one JSON line per instance,
// which Run parses into Results.
package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/templates"
)

// Module is the module path of the temporary module; package Dir is
// imported as Module + "/" + Dir.
const Module = "schemagen.test/batch"

// repoModule is the module whose code the generated packages use.
const repoModule = "github.com/schemagen/schemagen"

// A Package is one generated package to build: its directory inside the
// temporary module, the files schemagen rendered, and the instances to run
// through its root type.
type Package struct {
	Dir       string           // e.g. "c003_minimum": letters, digits, '_', '-' and '.', not starting with '.' or '_'
	Name      string           // Go package name, as the files declare it; not "main"
	Files     []templates.File // from templates.Render
	RootType  string           // exported Go type to decode instances into
	Instances []Instance
	// Types, when set, gives the exported Go type to decode some
	// instances into instead of RootType, by instance ID: an OpenAPI
	// document's package has one type per component.
	Types map[string]string
}

// An Instance is one JSON document to run through a package's root type.
type Instance struct {
	ID   string // names the instance in Results, e.g. "valid[0]"
	Data []byte // the document, passed to json.Unmarshal as is
}

// A Result says what the generated code did with one instance.
type Result struct {
	Package  string // the Package's Dir
	Instance string // the Instance's ID
	// Accepted reports json.Unmarshal(data, &v) == nil && v.Validate() == nil.
	Accepted bool
	// RoundTrip reports, for an accepted instance, that json.Marshal(&v)
	// succeeded and is JSON-equal (jsonrt.EqualJSON) to the instance.
	RoundTrip bool
	// Marshaled is json.Marshal(&v) for an accepted instance.
	Marshaled string
	// ValidationError reports that a rejected instance's error is a
	// *jsonrt.ValidationError; Locations and Keywords are then its sorted,
	// distinct instance locations and keyword locations.
	ValidationError bool
	Locations       []string
	Keywords        []string
	// Err is the error text of a rejected instance, or of a failed
	// json.Marshal of an accepted one.
	Err string
	// Panic is the value the generated code panicked with, if it did; the
	// instance then counts as rejected.
	Panic string
}

// Run builds pkgs in one temporary module, runs every instance through its
// package's root type, and returns one Result per instance, in the order of
// pkgs and of their instances. It is Build, then Driver.Run, then
// Driver.Close.
func Run(ctx context.Context, pkgs []Package) ([]Result, error) {
	d, err := Build(ctx, pkgs)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	return d.Run(ctx)
}

// A Driver is the built driver program of a set of packages, in its
// temporary module. Close removes the module.
type Driver struct {
	dir, bin string
	pkgs     []Package
}

// Build writes pkgs into one temporary module and builds the driver
// program that runs their instances.
//
// The module requires github.com/schemagen/schemagen, replaced by the
// repository that holds the working directory (found by walking up to its
// go.mod), and copies that repository's go.sum. Every Go file must be
// gofmt-formatted, and the whole module must pass "go vet"; failures are
// returned as a *BuildError naming the packages. The go commands run with the
// inherited environment, except that GOFLAGS gets -mod=mod (replacing any
// -mod flag) and GOWORK is off, so that the temporary module stands alone.
// They use -trimpath, so that the build cache serves packages whose files
// did not change although the module's directory did.
func Build(ctx context.Context, pkgs []Package) (*Driver, error) {
	if err := check(pkgs); err != nil {
		return nil, err
	}
	if bad, err := checkFormat(pkgs); err != nil {
		return nil, &BuildError{Packages: bad, Output: err.Error(), err: err}
	}
	root, err := RepoRoot()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "schemagen-batch-")
	if err != nil {
		return nil, err
	}
	d := &Driver{dir: dir, bin: filepath.Join(dir, "driver.bin"), pkgs: pkgs}
	if runtime.GOOS == "windows" {
		d.bin += ".exe"
	}
	if err := d.build(ctx, root); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// build writes the module and vets and builds it.
func (d *Driver) build(ctx context.Context, root string) error {
	if err := writeModule(d.dir, root, d.pkgs); err != nil {
		return err
	}
	if out, err := goCommand(ctx, d.dir, "vet", "-trimpath", "./..."); err != nil {
		return vetError(d.pkgs, out, err)
	}
	if out, err := goCommand(ctx, d.dir, "build", "-trimpath", "-o", d.bin, "."); err != nil {
		return fmt.Errorf("batch: building the driver failed: %v\n%s", err, out)
	}
	return nil
}

// Run runs every instance through its package's root type and returns one
// Result per instance, in the order of the packages and of their
// instances. If the driver dies (a crash that no recover catches), Run
// returns the results before the crash and a *DriverError.
func (d *Driver) Run(ctx context.Context) ([]Result, error) {
	return runDriver(ctx, d.dir, d.bin, d.pkgs)
}

// Close removes the temporary module.
func (d *Driver) Close() error {
	return os.RemoveAll(d.dir)
}

// A BuildError reports packages whose files are not gofmt-formatted or that
// "go vet" (or the compiler it runs) rejects.
type BuildError struct {
	Packages []string // the directories of the packages at fault, sorted; none for a batch bug
	Output   string   // what gofmt or go vet said
	err      error
}

func (e *BuildError) Error() string { return e.err.Error() }

// Unwrap returns the underlying error.
func (e *BuildError) Unwrap() error { return e.err }

// validDir matches the package directories Run accepts.
var validDir = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// check rejects packages that cannot be laid out in one module.
func check(pkgs []Package) error {
	seen := map[string]bool{}
	for _, p := range pkgs {
		switch {
		case !validDir.MatchString(p.Dir) || p.Dir == "data" || p.Dir == "testdata" || p.Dir == "vendor":
			return fmt.Errorf("batch: package directory %q is not a plain import path element", p.Dir)
		case seen[p.Dir]:
			return fmt.Errorf("batch: two packages in directory %q", p.Dir)
		case !token.IsIdentifier(p.Name) || p.Name == "main" || p.Name == "_":
			return fmt.Errorf("batch: %s: package name %q cannot be imported", p.Dir, p.Name)
		case !token.IsExported(p.RootType) || !token.IsIdentifier(p.RootType):
			return fmt.Errorf("batch: %s: root type %q is not an exported identifier", p.Dir, p.RootType)
		case slices.ContainsFunc(slices.Collect(maps.Values(p.Types)), func(t string) bool {
			return !token.IsExported(t) || !token.IsIdentifier(t)
		}):
			return fmt.Errorf("batch: %s: an instance's type is not an exported identifier", p.Dir)
		case len(p.Files) == 0:
			return fmt.Errorf("batch: %s: no files", p.Dir)
		}
		seen[p.Dir] = true
		names := map[string]bool{}
		for _, f := range p.Files {
			if f.Name != filepath.Base(f.Name) || !filepath.IsLocal(f.Name) || names[f.Name] {
				return fmt.Errorf("batch: %s: bad or repeated file name %q", p.Dir, f.Name)
			}
			names[f.Name] = true
		}
	}
	return nil
}

// CheckFormat reports every Go file of pkgs that gofmt would change.
func CheckFormat(pkgs []Package) error {
	_, err := checkFormat(pkgs)
	return err
}

// checkFormat is CheckFormat, also returning the directories of the
// packages at fault.
func checkFormat(pkgs []Package) ([]string, error) {
	var errs []error
	var bad []string
	for _, p := range pkgs {
		n := len(errs)
		for _, f := range p.Files {
			if !strings.HasSuffix(f.Name, ".go") {
				continue
			}
			got, err := format.Source(f.Content)
			if err != nil {
				errs = append(errs, fmt.Errorf("batch: %s/%s does not parse: %v", p.Dir, f.Name, err))
			} else if !bytes.Equal(got, f.Content) {
				errs = append(errs, fmt.Errorf("batch: %s/%s is not gofmt-formatted", p.Dir, f.Name))
			}
		}
		if len(errs) > n {
			bad = append(bad, p.Dir)
		}
	}
	sort.Strings(bad)
	return bad, errors.Join(errs...)
}

// RepoRoot returns the directory of the go.mod of module
// github.com/schemagen/schemagen that holds the working directory.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && modulePath(data) == repoModule {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("batch: no go.mod of module %s above the working directory", repoModule)
		}
		dir = parent
	}
}

// modulePath returns the path on a go.mod file's module line.
func modulePath(gomod []byte) string {
	return directive(gomod, "module")
}

// directive returns the argument of the first go.mod line that starts with
// the word name, unquoted, or "".
func directive(gomod []byte, name string) string {
	for _, line := range strings.Split(string(gomod), "\n") {
		line, _, _ = strings.Cut(line, "//")
		fields := strings.Fields(line)
		if len(fields) == 2 && fields[0] == name {
			return strings.Trim(fields[1], "\"`")
		}
	}
	return ""
}

// writeModule lays out the temporary module in dir: go.mod, go.sum, the
// packages, the instance data and the driver.
func writeModule(dir, root string, pkgs []Package) error {
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return err
	}
	goVersion := directive(gomod, "go")
	if goVersion == "" {
		goVersion = "1.24"
	}
	mod := fmt.Sprintf("module %s\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		Module, goVersion, repoModule, repoModule, quoteModPath(root))
	files := map[string][]byte{"go.mod": []byte(mod)}
	if sum, err := os.ReadFile(filepath.Join(root, "go.sum")); err == nil {
		files["go.sum"] = sum
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	for _, p := range pkgs {
		for _, f := range p.Files {
			files[filepath.Join(p.Dir, f.Name)] = f.Content
		}
	}
	driver, data := driverSource(pkgs)
	files["main.go"] = driver
	for name, content := range data {
		files[filepath.Join("data", name)] = content
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// quoteModPath writes a file path for a go.mod replace directive, quoted
// when it holds characters go.mod syntax treats specially.
func quoteModPath(p string) string {
	p = filepath.ToSlash(p)
	if strings.ContainsAny(p, " \t\"'`()[]{}") {
		return strconv.Quote(p)
	}
	return p
}
