package generator

import (
	"bufio"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/generator/naming"
)

// compileRoots compiles every input and records the Go name each root asks
// for, so that a reference from one input to another's root gets the name
// the other input gives it, whichever is built first. A file that fails is
// reported and left out (nil); the others are still compiled, so that one
// run reports every failing file. A failure to load a document that prepare
// already reported is reported only there, once, not at every file that
// refers to it; so is a reference that prepare could not resolve.
func (b *builder) compileRoots(paths []string) ([]*jsonschema.Schema, []*loadedDoc) {
	reported := map[string]bool{} // files and file#pointers
	for _, e := range b.errs {
		reported[e.File] = true
		reported[e.File+"#"+e.Pointer] = true
	}
	roots := make([]*jsonschema.Schema, len(paths))
	docs := make([]*loadedDoc, len(paths))
	b.load.single = len(paths) == 1
	for i, p := range paths {
		root, doc, err := b.load.compileRoot(p)
		if err != nil {
			for _, e := range asErrors(err) {
				var inner *Error
				if errors.As(e.Err, &inner) && inner.File != e.File && reported[inner.File] || reported[e.File+"#"+e.Pointer] || b.load.unresolved[e.File+"#"+e.Pointer] {
					continue // the root cause is reported already
				}
				b.errs = append(b.errs, e)
			}
			continue
		}
		roots[i], docs[i] = root, doc
		if _, ok := b.rootNames[root]; !ok {
			b.rootNames[root] = rootWant(root, doc, "")
		}
	}
	return roots, docs
}

// rootWant is the name a document's root schema asks for: the name given,
// else its title, else its file name.
func rootWant(s *jsonschema.Schema, doc *loadedDoc, rootName string) string {
	switch {
	case rootName != "":
		return rootName
	case s.Title != "":
		return s.Title
	}
	return schemaStem(doc.file)
}

// importOf returns the --import that covers a document, or nil: the first
// whose prefix is a prefix of the document's file path (both made absolute)
// or of its URL or root "$id".
func (b *builder) importOf(doc *loadedDoc) *Import {
	if doc == nil {
		return nil
	}
	for i := range b.load.cfg.Imports {
		imp := &b.load.cfg.Imports[i]
		if strings.Contains(imp.Prefix, "://") {
			if strings.HasPrefix(doc.url, imp.Prefix) || strings.HasPrefix(rootID(doc), imp.Prefix) {
				return imp
			}
			continue
		}
		prefix, err := b.load.files.abs(imp.Prefix)
		if err != nil {
			continue
		}
		if strings.HasSuffix(imp.Prefix, "/") || strings.HasSuffix(imp.Prefix, string(filepath.Separator)) {
			prefix += string(filepath.Separator)
		}
		file, err := b.load.files.abs(filepathFromDisplay(doc.file, doc.url))
		if err == nil && strings.HasPrefix(file, prefix) {
			return imp
		}
	}
	return nil
}

// imported reports whether a document's types come from an imported
// package, so that this run does not generate them.
func (b *builder) imported(doc *loadedDoc) bool { return b.importOf(doc) != nil }

// importedType returns the type of a reference to target when target lies
// in an imported document: the Go type schemagen declared for it in that
// package, whose values Validate checks with a Check function compiled from
// the schema, as for x-go-type. Only a document's root and its $defs or
// definitions entries declare types there; a reference to anything else in
// an imported document is an error.
func (b *builder) importedType(target *jsonschema.Schema) (ir.Type, bool) {
	u, frag, _ := strings.Cut(target.Location, "#")
	doc := b.load.doc(u)
	imp := b.importOf(doc)
	if imp == nil {
		return nil, false
	}
	ptr, _ := url.PathUnescape(frag)
	origin := b.origin(target)
	var name string
	switch {
	case ptr == "":
		name = b.goName(target, naming.GoName(rootWant(target, doc, "")))
	case strings.Count(ptr, "/") == 2 && (strings.HasPrefix(ptr, "/$defs/") || strings.HasPrefix(ptr, "/definitions/")):
		name = b.goName(target, naming.GoName(lastToken(ptr)))
	default:
		b.errs.add(origin.File, origin.Pointer, fmt.Errorf(
			"a reference into %s, which --import serves from %s, must name the file's root or one of its $defs: only those are types there", doc.file, imp.Path))
		return nil, false
	}
	if err := b.checkImported(imp, name); err != nil {
		b.errs.add(origin.File, origin.Pointer, err)
	}
	t := &ir.External{Origin: origin, ImportPath: imp.Path, Name: name, Check: b.check(target)}
	if _, nullable := splitNull(target.Types); nullable && allowsNull(target) {
		return ir.NewNullable(origin, t), true
	}
	return t, true
}

// checkImported checks, when the imported package lies in the main module
// (found from the working directory), that its generated files declare the
// type name. A package outside the module is not checked here: the Go
// compiler reports a name it lacks.
func (b *builder) checkImported(imp *Import, name string) error {
	if b.importedNames == nil {
		b.importedNames = map[string]map[string]bool{}
	}
	names, ok := b.importedNames[imp.Path]
	if !ok {
		names = declaredTypes(b.load.files, imp.Path)
		b.importedNames[imp.Path] = names
	}
	if names == nil || names[name] {
		return nil
	}
	return fmt.Errorf("--import serves this schema from %s, whose generated files declare no type %s: generate that package from the same schema files first (a type renamed there by x-go-name or numbered for a name collision needs the same x-go-name here)", imp.Path, name)
}

// declaredTypes returns the type names declared in the _gen.go files of the
// package at importPath, when it lies in the module that holds the working
// directory; nil when it does not or cannot be read. It reads through files.
func declaredTypes(files inputs, importPath string) map[string]bool {
	dir, ok := moduleDir(files, importPath)
	if !ok {
		return nil
	}
	entries, err := files.readDir(dir)
	if err != nil {
		return map[string]bool{} // in the module but not generated: nothing declared
	}
	names := map[string]bool{}
	fset := token.NewFileSet()
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), "_gen.go") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		src, err := files.readFile(p)
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(fset, p, src, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				for _, s := range g.Specs {
					names[s.(*ast.TypeSpec).Name.Name] = true
				}
			}
		}
	}
	return names
}

// moduleDir maps an import path to its directory when it lies in the
// module whose go.mod is in the working directory or above it.
func moduleDir(files inputs, importPath string) (string, bool) {
	dir, err := files.wd()
	if err != nil {
		return "", false
	}
	for {
		if mod, ok := modulePath(files, filepath.Join(dir, "go.mod")); ok {
			if importPath == mod {
				return dir, true
			}
			if rest, ok := strings.CutPrefix(importPath, mod+"/"); ok {
				return filepath.Join(dir, filepath.FromSlash(rest)), true
			}
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// modulePath reads the module path of a go.mod file.
func modulePath(files inputs, gomod string) (string, bool) {
	f, err := files.open(gomod)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), true
		}
	}
	return "", false
}
