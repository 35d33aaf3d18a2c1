package generator

import (
	"errors"
	"fmt"
	"go/token"
	"maps"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/ir"
)

// GoTypeKeyword is schemagen's extension keyword that makes the values of a
// schema a Go type of the user's choice, named by its import path and its
// name: {"x-go-type": "math/big.Int"}. The type decodes and encodes itself
// with encoding/json (json.Unmarshaler and json.Marshaler, or their text
// counterparts); Validate checks its JSON encoding against the schema. A
// definition with x-go-type declares no type of its own: references to it
// use the named type.
const GoTypeKeyword = "x-go-type"

// goType is the compiled x-go-type keyword. It is an annotation for
// jsonschema/v5: it accepts every value.
type goType struct {
	importPath string // e.g. "math/big"
	name       string // e.g. "Int"
}

// Validate implements jsonschema.ExtSchema.
func (goType) Validate(jsonschema.ValidationContext, interface{}) error { return nil }

type goTypeCompiler struct{}

// Compile implements jsonschema.ExtCompiler. The keyword has no metaschema,
// which would check it only at the root of each document: Compile checks it
// wherever it is.
func (goTypeCompiler) Compile(_ jsonschema.CompilerContext, m map[string]interface{}) (jsonschema.ExtSchema, error) {
	v, ok := m[GoTypeKeyword]
	if !ok {
		return nil, nil
	}
	g, err := parseGoType(v)
	if err != nil {
		return nil, goTypeError{err}
	}
	return g, nil
}

// A goTypeError is an invalid x-go-type. The schema library reports it
// without its location, which loader.goTypeErrors finds.
type goTypeError struct{ error }

// parseGoType splits an x-go-type value into an import path and an exported
// type name, or explains what is wrong with it.
func parseGoType(v any) (goType, error) {
	s, ok := v.(string)
	if !ok {
		return goType{}, fmt.Errorf("%s must be a string such as \"math/big.Int\", not %v", GoTypeKeyword, v)
	}
	fail := func(why string) (goType, error) {
		return goType{}, fmt.Errorf("%s must be an import path, a dot and an exported type name, such as \"math/big.Int\", not %q: %s", GoTypeKeyword, s, why)
	}
	i := strings.LastIndexByte(s, '.')
	if i < 0 || strings.LastIndexByte(s, '/') > i {
		return fail("no type name")
	}
	path, name := s[:i], s[i+1:]
	if !token.IsIdentifier(name) || !token.IsExported(name) {
		return fail(fmt.Sprintf("%q is not an exported Go identifier", name))
	}
	if err := checkImportPath(path); err != nil {
		return fail(err.Error())
	}
	return goType{importPath: path, name: name}, nil
}

// checkImportPath checks the syntax of a Go import path: elements separated
// by single slashes, made of ASCII letters, digits and "-._~+", none empty,
// none starting or ending with a dot.
func checkImportPath(path string) error {
	if path == "" {
		return errors.New("no import path")
	}
	for _, elem := range strings.Split(path, "/") {
		if elem == "" || elem[0] == '.' || elem[len(elem)-1] == '.' {
			return fmt.Errorf("%q is not an import path", path)
		}
		for _, c := range []byte(elem) {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~+", c) >= 0) {
				return fmt.Errorf("import path %q has the character %q", path, c)
			}
		}
	}
	return nil
}

// goTypeOf returns the x-go-type of s, or nil.
func goTypeOf(s *jsonschema.Schema) *goType {
	if g, ok := s.Extensions[GoTypeKeyword].(goType); ok {
		return &g
	}
	return nil
}

// external builds the type of the values of s, whose x-go-type is g, apart
// from null, and reports whether s also accepts null.
func (b *builder) external(s *jsonschema.Schema, g *goType) (*ir.External, bool) {
	t := &ir.External{Origin: b.origin(s), ImportPath: g.importPath, Name: g.name}
	rest := *s
	rest.Extensions = maps.Clone(s.Extensions)
	delete(rest.Extensions, GoTypeKeyword)
	if constrains(&rest) || b.assertsFormat(s) {
		t.Check = b.check(s)
	}
	_, nullable := splitNull(s.Types)
	return t, nullable && allowsNull(s)
}

// goTypeErrors returns, when the compilation error err is an invalid
// x-go-type, an *Error for each invalid x-go-type in the loaded documents,
// naming its file and JSON Pointer; otherwise nothing.
func (l *loader) goTypeErrors(err error) errorList {
	var list errorList
	if !errors.As(err, new(goTypeError)) {
		return nil
	}
	for _, u := range sortedKeys(l.docs) {
		doc := l.docs[u]
		walkSchemas(doc.root, "", func(n *document.Node, ptr string) {
			if v := n.Get(GoTypeKeyword); v != nil {
				if _, err := parseGoType(v.Interface()); err != nil {
					list.add(doc.file, ptr+"/"+GoTypeKeyword, err)
				}
			}
		})
	}
	return list
}
