package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The module's layering, as import allow-lists (beyond the standard
// library). The IR and naming are leaves; generator (which knows the schema
// library) and templates (which knows jennifer) never import each other;
// generated code needs only the runtime.
var allowedImports = map[string][]string{
	"generator/ir":     nil,
	"generator/naming": nil,
	"generator/document": {"templates/jsonrt", "github.com/goccy/go-yaml/ast", "github.com/goccy/go-yaml/parser",
		"github.com/goccy/go-yaml/token"},
	"generator/openapi":   {"generator/document"},
	"generator/lint":      {"generator/document"},
	"generator/irdiff":    {"generator/ir"},
	"generator/ecmaregex": nil,
	"templates/jsonrt":    nil,
	"generator": {"github.com/santhosh-tekuri/jsonschema/v5", "generator/ir", "generator/naming",
		"generator/document", "generator/ecmaregex", "generator/openapi", "templates/jsonrt"},
	"templates":                       {"github.com/dave/jennifer/jen", "generator/ir", "generator/naming", "templates/jsonrt"},
	"cmd/schemagen":                   {"generator", "generator/document", "generator/lint", "generator/openapi", "generator/irdiff", "templates", "cmd/schemagen/internal/textdiff"},
	"cmd/schemagen/internal/textdiff": nil,
	"internal/fuzzschema":             {"generator/naming"}, // test support: the fuzz grammar
	"internal/golden":                 nil,                  // test support: the one -update flag
	"internal/realworld":              nil,                  // a test: real OpenAPI documents
	"generated/*":                     {"templates/jsonrt"},
}

const module = "github.com/schemagen/schemagen/"

func TestImportLayering(t *testing.T) {
	root, _ := filepath.Abs("../..")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.Contains(path, "testdata") {
			return err
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		dir = filepath.ToSlash(dir)
		allowed, ok := allowedImports[dir]
		if strings.HasPrefix(dir, "generated/internal/") {
			return nil // test support, free to use anything
		}
		if !ok && strings.HasPrefix(dir, "generated/") {
			allowed, ok = allowedImports["generated/*"]
		}
		if !ok {
			t.Errorf("%s: package %s has no entry in allowedImports", path, dir)
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
				continue // standard library
			}
			if !allows(allowed, p) {
				t.Errorf("%s imports %s, which %s may not use", path, p, dir)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func allows(allowed []string, p string) bool {
	for _, a := range allowed {
		if p == a || p == module+a {
			return true
		}
	}
	return false
}
