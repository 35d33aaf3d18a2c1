package realworld

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator"
	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
	"github.com/schemagen/schemagen/templates"
)

// CorpusEnv names the directories (separated as in PATH) searched for
// OpenAPI 3.0 documents; TestCorpus is skipped without it.
const CorpusEnv = "SCHEMAGEN_OPENAPI_CORPUS"

// maxSize skips larger documents, to keep the test's cost in CI down: the
// largest held-out documents are 1.5 MB.
const maxSize = 2 << 20

// openapi30 recognises an OpenAPI 3.0 document by its version line, in
// YAML or JSON.
var openapi30 = regexp.MustCompile(`(?m)^openapi: *["']?3\.0|"openapi": *"3\.0`)

// An expectation is a document that is expected to fail to generate: a
// text its path contains ("*" for every document) and a substring of the
// error.
type expectation struct{ path, err string }

// expectedFailures reads testdata/expected_failures.txt: one expectation a
// line, the path's text, a tab and the error's text; # starts a comment
// line.
func expectedFailures(t *testing.T) []expectation {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "expected_failures.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []expectation
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, msg, ok := strings.Cut(line, "\t")
		if !ok || path == "" || msg == "" {
			t.Fatalf("testdata/expected_failures.txt:%d: want PATH_TEXT<tab>ERROR_TEXT", n)
		}
		out = append(out, expectation{path, msg})
	}
	return out
}

// check compares the outcome of generating the document at path with the
// expectations: it returns what is wrong, or "".
func check(path string, genErr error, expected []expectation) string {
	listed := false // named by path, not only by "*"
	for _, e := range expected {
		if e.path != "*" && !strings.Contains(filepath.ToSlash(path), e.path) {
			continue
		}
		listed = listed || e.path != "*"
		if genErr != nil && strings.Contains(genErr.Error(), e.err) {
			return ""
		}
	}
	switch {
	case genErr == nil && listed:
		return "generates now; remove it from testdata/expected_failures.txt"
	case genErr == nil:
		return ""
	case listed:
		return fmt.Sprintf("fails otherwise than testdata/expected_failures.txt says: %v", genErr)
	}
	return fmt.Sprintf("%v\n(a document that cannot be generated must be listed in testdata/expected_failures.txt, with why)", genErr)
}

// corpus returns the OpenAPI 3.0 documents under dirs, sorted, and how
// many it left out because they have x-go-type: the Go types those name
// are in modules the scratch module does not have, so their code cannot
// build there.
func corpus(t *testing.T, dirs []string) (docs []string, goTypes int) {
	t.Helper()
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch filepath.Ext(p) {
			case ".json", ".yaml", ".yml":
			default:
				return nil
			}
			info, err := d.Info()
			if err != nil || !info.Mode().IsRegular() || info.Size() > maxSize {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			switch {
			case !openapi30.Match(data):
			case bytes.Contains(data, []byte("x-go-type")):
				goTypes++
			default:
				docs = append(docs, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(docs)
	return docs, goTypes
}

// TestCorpus generates each OpenAPI 3.0 document of the corpus into a
// package of its own in one scratch module, then builds and vets them all
// at once. A document that fails to generate must be expected to, by
// testdata/expected_failures.txt, and a document listed there by its path
// must still fail so.
func TestCorpus(t *testing.T) {
	env := os.Getenv(CorpusEnv)
	if env == "" {
		t.Skipf("%s is not set: it lists the directories of OpenAPI documents to test", CorpusEnv)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	docs, goTypes := corpus(t, filepath.SplitList(env))
	if len(docs) == 0 {
		t.Fatalf("no OpenAPI 3.0 document under %s", env)
	}
	expected := expectedFailures(t)
	module := t.TempDir()
	gomod := fmt.Sprintf("module realworld\n\ngo 1.24\n\nrequire github.com/schemagen/schemagen v0.0.0\n\nreplace github.com/schemagen/schemagen => %s\n", root)
	if err := os.WriteFile(filepath.Join(module, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	generated, failed := 0, 0
	for i, doc := range docs {
		pkg := fmt.Sprintf("p%03d", i)
		genErr := generate(filepath.Join(module, pkg), pkg, doc)
		if msg := check(doc, genErr, expected); msg != "" {
			t.Errorf("%s: %s", doc, msg)
		}
		if genErr == nil {
			generated++
		} else {
			failed++
		}
	}
	t.Logf("%d OpenAPI 3.0 documents (and %d with x-go-type left out): %d generated, %d failed to generate", len(docs), goTypes, generated, failed)
	if generated == 0 {
		return
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = module
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s in the scratch module: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// generate writes the Go package name generated from the document at path
// into dir, with the types of operations' inline bodies (--operations), so
// that those schemas are generated, built and vetted too.
func generate(dir, name, path string) error {
	pkg, err := generator.Build(generator.Config{Package: name, Operations: true}, []string{path})
	if err != nil {
		return err
	}
	files, err := templates.Render(pkg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Content, 0o644); err != nil {
			return err
		}
	}
	return nil
}
