package golden

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const importPath = "github.com/schemagen/schemagen/internal/golden"

// TestEveryPackageAcceptsUpdate checks that every package of the module with
// tests imports this package from one of its test files, so that
// "go test ./... -update" does not fail in a package without golden files.
func TestEveryPackageAcceptsUpdate(t *testing.T) {
	root, _ := filepath.Abs("../..")
	importers := map[string]bool{} // directory -> imports golden from a test file
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		imported := slices.ContainsFunc(f.Imports, func(s *ast.ImportSpec) bool {
			p, _ := strconv.Unquote(s.Path.Value)
			return p == importPath
		})
		importers[dir] = importers[dir] || imported || dir == filepath.Join(root, "internal", "golden")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for dir, ok := range importers {
		if !ok {
			rel, _ := filepath.Rel(root, dir)
			t.Errorf("%s has tests but none imports %s: go test ./... -update fails there", rel, importPath)
		}
	}
	if len(importers) < 10 {
		t.Errorf("found only %d test packages under %s", len(importers), root)
	}
}
