package generator

import (
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// A vendor's schema family is a folder of files, each cut out of one OpenAPI
// (or Swagger) document, that refer to each other with the references of
// that document: "$ref": "#/components/schemas/User" points at the file that
// stands for component User, not into the referring file. This file indexes
// which file stands for which component; family.go finds the siblings a run
// needs and rewrites each reference to its sibling in the loaded document,
// so that jsonschema/v5 (the generator's compiler and the tests' oracle
// alike) resolves it exactly as the generator does.

// componentPrefixes are the JSON Pointers under which OpenAPI 3, Swagger 2
// and JSON Schema keep named schemas.
var componentPrefixes = []string{"/components/schemas/", "/definitions/", "/$defs/"}

// Claim strengths: a file stands for component NAME because its leftover
// root "$id" is "#/components/schemas/NAME" (or "#/definitions/NAME",
// "#/$defs/NAME"), else because its title is NAME, else because its file
// name is NAME.json; failing all those, a schema NAME among the definitions
// of a file ("definitions", "$defs", "components/schemas") stands for it.
// Only the strongest claims on a NAME count.
const (
	claimByID = iota
	claimByTitle
	claimByFile
	claimByDef
)

// A claim says that a schema of a file stands for a component.
type claim struct {
	path     string // the file, absolute
	pointer  string // the schema in the file: "" for the root
	strength int
}

// A family indexes the components that schema files claim.
type family struct {
	files   inputs             // how directories and files are read
	ids     map[string]string  // files by their root's absolute "$id", without fragment
	claims  map[string][]claim // by component NAME
	claimed map[string]bool    // the files indexed, absolute
	dirs    map[string]bool    // the directories indexed, absolute
	trees   map[string]bool    // the directories whose subdirectories are indexed, absolute
	broken  map[string]*Error  // the files indexDir could not read as JSON, absolute
}

func newFamily(files inputs) *family {
	return &family{files: files, ids: map[string]string{}, claims: map[string][]claim{}, claimed: map[string]bool{}, dirs: map[string]bool{}, trees: map[string]bool{}, broken: map[string]*Error{}}
}

// index records the components a schema file claims, given its root's
// leftover "$id" (before repairs removed it) and its root, with the overlay
// merged.
func (f *family) index(path, id string, root *document.Node) {
	if f.claimed[path] {
		return
	}
	f.claimed[path] = true
	add := func(name string, strength int) {
		for _, c := range f.claims[name] {
			if c.path == path && c.pointer == "" {
				return
			}
		}
		f.claims[name] = append(f.claims[name], claim{path: path, strength: strength})
	}
	title := stringMember(root, "title")
	if name, rest, ok := componentName(id); ok && rest == "" {
		add(name, claimByID)
	}
	if title != "" {
		add(title, claimByTitle)
	}
	stem := schemaStem(path)
	add(stem, claimByFile)
	if s, ok := strings.CutSuffix(stem, ".schema"); ok && s != "" {
		add(s, claimByFile) // Pet.schema.json
	}
	for _, at := range []string{"/definitions", "/$defs", "/components/schemas"} {
		defs, _ := root.Lookup(at)
		if defs == nil || defs.Kind != document.Object {
			continue
		}
		for _, m := range defs.Members {
			ptr := at + "/" + document.EscapeToken(m.Name)
			f.claims[m.Name] = append(f.claims[m.Name], claim{path: path, pointer: ptr, strength: claimByDef})
		}
	}
}

// lookup returns the schemas that claim NAME most strongly, sorted. Of
// several equal claims, those of a file named NAME.json win.
func (f *family) lookup(name string) []claim {
	best := -1
	var out []claim
	for _, c := range f.claims[name] {
		switch {
		case best < 0 || c.strength < best:
			best, out = c.strength, []claim{c}
		case c.strength == best:
			out = append(out, c)
		}
	}
	if len(out) > 1 && best < claimByFile {
		var named []claim
		for _, c := range out {
			if stem := schemaStem(c.path); stem == name || stem == name+".schema" {
				named = append(named, c)
			}
		}
		if len(named) == 1 {
			return named
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].path != out[j].path {
			return out[i].path < out[j].path
		}
		return out[i].pointer < out[j].pointer
	})
	return out
}

// indexDir indexes every schema file in dir, once. Files that cannot be read
// or parsed are skipped: they claim nothing, and a reference that needs one
// of them is reported as unresolved.
func (f *family) indexDir(dir string) {
	if f.dirs[dir] {
		return
	}
	f.dirs[dir] = true
	entries, err := f.files.readDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !IsSchemaFile(name) {
			continue
		}
		path := filepath.Join(dir, name)
		if f.claimed[path] {
			continue
		}
		data, err := f.files.readSchema(path)
		if err != nil {
			continue
		}
		root, err := ParseSchema(path, data)
		if err != nil {
			f.broken[path] = &Error{File: path, Err: err}
			continue
		}
		doc := &loadedDoc{file: path, root: root}
		if err := applyOverlay(doc, f.files); err != nil {
			f.broken[path] = err.(*Error)
			continue
		}
		f.index(path, leftoverID(doc.root), doc.root)
		if id := strings.TrimSuffix(stringMember(doc.root, "$id"), "#"); strings.Contains(id, "://") && !strings.HasPrefix(id, "file:") {
			if _, taken := f.ids[id]; !taken {
				f.ids[id] = path
			}
		}
	}
}

// leftoverID returns the root's "$id" (draft 4: "id") when it is a fragment
// such as "#/components/schemas/Pet", else "".
func leftoverID(root *document.Node) string {
	for _, kw := range []string{"$id", "id"} {
		if id := stringMember(root, kw); strings.HasPrefix(id, "#/") {
			return id
		}
	}
	return ""
}

// stringMember returns the string value of an object's member, or "".
func stringMember(n *document.Node, name string) string {
	if v := n.Get(name); v != nil && v.Kind == document.String {
		return v.String
	}
	return ""
}

// maxSiblingDirs bounds the directories indexSubdirs reads.
const maxSiblingDirs = 100

// indexSubdirs indexes the schema files of the directories in dir (not
// below them), once, skipping hidden ones and stopping after
// maxSiblingDirs: a folder split by area, such as models/pets and
// models/common.
func (f *family) indexSubdirs(dir string) {
	if f.trees[dir] {
		return
	}
	f.trees[dir] = true
	entries, err := f.files.readDir(dir)
	if err != nil {
		return
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if n++; n > maxSiblingDirs {
			return
		}
		f.indexDir(filepath.Join(dir, e.Name()))
	}
}

// componentName splits a reference or identifier "#/components/schemas/NAME"
// (or "#/definitions/NAME", "#/$defs/NAME"), optionally followed by a pointer
// into the component, into NAME and that pointer.
func componentName(ref string) (name, rest string, ok bool) {
	frag, ok := strings.CutPrefix(ref, "#")
	if !ok {
		return "", "", false
	}
	if f, err := url.PathUnescape(frag); err == nil {
		frag = f
	}
	for _, p := range componentPrefixes {
		tail, ok := strings.CutPrefix(frag, p)
		if !ok || tail == "" {
			continue
		}
		tok, rest, _ := strings.Cut(tail, "/")
		if rest != "" {
			rest = "/" + rest
		}
		name, ok := document.UnescapeToken(tok)
		if !ok || name == "" {
			return "", "", false
		}
		return name, rest, true
	}
	return "", "", false
}

// brokenFor returns the problem of a file named NAME.json (or
// NAME.schema.json) that indexDir could not read as JSON, or nil.
func (f *family) brokenFor(name string) *Error {
	for _, p := range sortedKeys(f.broken) {
		if stem := schemaStem(p); stem == name || stem == name+".schema" {
			return f.broken[p]
		}
	}
	return nil
}
