package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/schemagen/schemagen/internal/golden"
)

// update rewrites golden files instead of comparing with them (the gofmt
// idiom): go test ./cmd/schemagen -run Golden -update. Other test files of
// this package may use it; only this file defines it.
var update = golden.Update // -update: rewrite golden files

// goldenRoot holds one directory per golden case: schema.json or schema.yaml (with any
// overlay or referenced files), args (the extra command-line flags, one
// line: -p NAME and optionally --type NAME), want/ (the generated files,
// exactly as written) and instances.json (in the format of
// generated/internal/roundtrip.Instances). TestGolden checks the files;
// TestGoldenBehaviour in generated/internal/batch, which may use the
// generated/internal packages that this one may not import, builds them and
// checks what they do with the instances.
const goldenRoot = "testdata/golden"

// goldenWarnings lists what stderr must contain for cases that warn; every
// other case must print nothing.
var goldenWarnings = map[string][]string{
	"030_openapi_id": {"warning", "schema.json#/$id", "schema.json#/properties/owner/$id"},
	"123_openapi30_realworld": {"schema.yaml#/components/schemas/Error/properties/code/const: warning: line 30:",
		"read as JSON Schema's const (here and 1 more times in this document)",
		"schema.yaml#/components/schemas/Error/properties/kind/examples: warning: line 34:",
		"schema.yaml#/components/schemas/Copied/$schema: warning: line 37:", "schema.yaml#/components/schemas/Copied/$id: warning: line 38:",
		"schema.yaml#/components/schemas/Legacy/required: warning: line 77:", "schema.yaml#/components/schemas/Legacy/properties/a/required: warning: line 81:",
		"schema.yaml#/components/schemas/Legacy/properties/a/examples: warning: line 83:"},
}

// A goldenCase is one directory under goldenRoot.
type goldenCase struct {
	name string   // the directory's name, e.g. "001_type_object"
	dir  string   // absolute path of the directory
	args []string // the flags from the args file
}

// goldenCases lists the cases, sorted by name.
func goldenCases(t *testing.T) []goldenCase {
	t.Helper()
	entries, err := os.ReadDir(goldenRoot)
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir, err := filepath.Abs(filepath.Join(goldenRoot, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		args, err := os.ReadFile(filepath.Join(dir, "args"))
		if err != nil {
			t.Fatalf("case %s: %v", e.Name(), err)
		}
		cases = append(cases, goldenCase{name: e.Name(), dir: dir, args: strings.Fields(string(args))})
	}
	if len(cases) == 0 {
		t.Fatalf("no golden cases in %s", goldenRoot)
	}
	return cases
}

// goldenGenerate runs schemagen for a case, from the case's directory (the
// caller's working directory), into out, and returns the files written and
// what it printed on stderr.
func goldenGenerate(t *testing.T, c goldenCase, out string) (map[string][]byte, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args := append(append([]string(nil), c.args...), "-o", out, goldenInput(t))
	if code := run(args, &stdout, &stderr); code != exitOK {
		t.Fatalf("schemagen %s: exit %d\n%s%s", strings.Join(args, " "), code, stderr.String(), stdout.String())
	}
	if stdout.Len() > 0 {
		t.Errorf("schemagen printed on stdout: %s", stdout.String())
	}
	return goldenReadDir(t, out), stderr.String()
}

// goldenInput returns the input file of the case in the working directory:
// schema.json, or schema.yaml for the cases of YAML files and OpenAPI
// documents.
func goldenInput(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("schema.yaml"); err == nil {
		return "schema.yaml"
	}
	return "schema.json"
}

// goldenReadDir returns the regular files in dir by name; a missing
// directory has none.
func goldenReadDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = data
	}
	return files
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			t.Chdir(c.dir)
			got, stderr := goldenGenerate(t, c, t.TempDir())
			again, stderr2 := goldenGenerate(t, c, t.TempDir())
			if diff := cmp.Diff(got, again); diff != "" || stderr != stderr2 {
				t.Errorf("two runs differ (-first +second):\n%s\nstderr:\n%s\n%s", diff, stderr, stderr2)
			}
			goldenCheckStderr(t, c.name, stderr)
			if *update {
				goldenWrite(t, "want", got)
				return
			}
			want := goldenReadDir(t, "want")
			if len(want) == 0 {
				t.Fatalf("no golden files in %s/want; run go test ./cmd/schemagen -run TestGolden -update", c.dir)
			}
			for _, name := range goldenNames(want, got) {
				w, inWant := want[name]
				g, inGot := got[name]
				switch {
				case !inGot:
					t.Errorf("%s: golden file not generated", name)
				case !inWant:
					t.Errorf("%s: generated file has no golden (run with -update)", name)
				default:
					if diff := cmp.Diff(string(w), string(g)); diff != "" {
						t.Errorf("%s differs from golden (-want +got):\n%s", name, diff)
					}
				}
			}
		})
	}
}

// goldenCheckStderr checks stderr against goldenWarnings.
func goldenCheckStderr(t *testing.T, name, stderr string) {
	t.Helper()
	want, ok := goldenWarnings[name]
	if !ok && stderr != "" {
		t.Errorf("unexpected stderr:\n%s", stderr)
	}
	for _, s := range want {
		if !strings.Contains(stderr, s) {
			t.Errorf("stderr does not contain %q:\n%s", s, stderr)
		}
	}
}

// goldenWrite makes dir hold exactly files.
func goldenWrite(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name := range goldenReadDir(t, dir) {
		if _, ok := files[name]; !ok {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// goldenNames returns the sorted union of the maps' keys.
func goldenNames(a, b map[string][]byte) []string {
	seen := map[string]bool{}
	var names []string
	for _, m := range []map[string][]byte{a, b} {
		for name := range m {
			if !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	sort.Strings(names)
	return names
}
