package generator

import (
	"net/url"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/ir"
)

// recursiveAnchor is the anchor name under which a draft 2019-09
// "$recursiveAnchor": true is recorded; it cannot clash with a
// $dynamicAnchor, whose names start with a letter or underscore.
const recursiveAnchor = "#recursive"

// resource returns the index in the package's resources of the schema
// resource s belongs to: the nearest enclosing schema with an identifier.
// Evaluating any schema of a resource, not only its root, puts the resource
// in the dynamic scope. A resource is registered with every dynamic anchor
// it declares, so that $dynamicRef can find them whichever way it is
// entered.
func (b *builder) resource(s *jsonschema.Schema) int {
	u, frag, _ := strings.Cut(s.Location, "#")
	own, _ := url.PathUnescape(frag)
	doc := b.load.doc(u)
	ptr := own
	for ptr != "" && (doc == nil || !isResourceRoot(doc, ptr)) {
		ptr = ptr[:strings.LastIndex(ptr, "/")]
	}
	if ptr != own && doc == nil {
		// A subschema of a document the schema library carries: its
		// resource is the document, whose root knows its anchors.
		root, err := b.load.compiler.Compile(u)
		if err != nil {
			return -1
		}
		s = root
	}
	key := u + "#" + ptr
	if i, ok := b.resourceIndex[key]; ok {
		return i
	}
	r := &ir.Resource{Origin: ir.Origin{File: b.origin(s).File, Pointer: ptr}}
	i := len(b.resources)
	b.resources = append(b.resources, r)
	b.resourceIndex[key] = i
	for _, a := range b.anchorsOf(s, doc, ptr) {
		r.Anchors = append(r.Anchors, ir.NamedCheck{Name: a.name, Check: b.check(a.schema)})
	}
	sort.SliceStable(r.Anchors, func(i, j int) bool { return r.Anchors[i].Name < r.Anchors[j].Name })
	return i
}

type anchor struct {
	name   string
	schema *jsonschema.Schema
}

// anchorsOf lists the dynamic anchors of the resource rooted at s (at ptr in
// doc). Documents schemagen did not read (the metaschemas the schema library
// carries) have their anchors at resource roots, where the compiled schema
// knows them.
func (b *builder) anchorsOf(s *jsonschema.Schema, doc *loadedDoc, ptr string) []anchor {
	if doc == nil {
		var out []anchor
		if s.DynamicAnchor != "" {
			out = append(out, anchor{s.DynamicAnchor, s})
		}
		if s.RecursiveAnchor {
			out = append(out, anchor{recursiveAnchor, s})
		}
		return out
	}
	root, ok := doc.lookup(ptr)
	if !ok {
		return nil
	}
	var out []anchor
	walkSchemas(root, ptr, func(n *document.Node, at string) {
		if at != ptr && isResourceRoot(doc, at) || !withinResource(doc, ptr, at) {
			return
		}
		name := ""
		if a := n.Get("$dynamicAnchor"); a != nil && a.Kind == document.String {
			name = a.String
		} else if ra := n.Get("$recursiveAnchor"); ra != nil && ra.Kind == document.Bool && ra.Bool && at == ptr {
			name = recursiveAnchor
		}
		if name == "" {
			return
		}
		target, err := b.load.compiler.Compile(doc.url + "#" + (&url.URL{Fragment: at}).EscapedFragment())
		if err == nil {
			out = append(out, anchor{name, target})
		}
	})
	return out
}

// entersDynamicScope reports whether s is the root of a schema resource in
// a document that declares dynamic anchors.
func (b *builder) entersDynamicScope(s *jsonschema.Schema) bool {
	u, frag, _ := strings.Cut(s.Location, "#")
	ptr, _ := url.PathUnescape(frag)
	doc := b.load.doc(u)
	return doc != nil && isResourceRoot(doc, ptr) && b.dynamicDocument(s)
}

// dynamicDocument reports whether the document of s declares dynamic
// anchors. Its schemas are validated by Checks only: typed Go code does not
// track the dynamic scope that $dynamicRef resolves against.
func (b *builder) dynamicDocument(s *jsonschema.Schema) bool {
	u, _, _ := strings.Cut(s.Location, "#")
	if found, ok := b.dynamicDocs[u]; ok {
		return found
	}
	found := false
	if doc := b.load.doc(u); doc != nil {
		walkSchemas(doc.root, "", func(n *document.Node, _ string) {
			found = found || n.Get("$dynamicAnchor") != nil || n.Get("$recursiveAnchor") != nil
		})
	}
	b.dynamicDocs[u] = found
	return found
}

// withinResource reports whether the schema at ptr belongs to the resource
// rooted at root: no schema between them starts a resource of its own.
func withinResource(doc *loadedDoc, root, ptr string) bool {
	for p := ptr; len(p) > len(root); p = p[:strings.LastIndex(p, "/")] {
		if p != ptr && isResourceRoot(doc, p) {
			return false
		}
	}
	return true
}

// isResourceRoot reports whether the schema at ptr in doc has an identifier
// of its own ("$id", or draft 4 "id", that is not just a fragment). The
// answers are kept: the builder asks about every ancestor of every schema,
// which for deeply nested schemas would otherwise take time growing with
// the cube of the depth.
func isResourceRoot(doc *loadedDoc, ptr string) bool {
	if ptr == "" {
		return true
	}
	is, ok := doc.resourceRoots[ptr]
	if !ok {
		is = hasOwnID(doc, ptr)
		if doc.resourceRoots == nil {
			doc.resourceRoots = map[string]bool{}
		}
		doc.resourceRoots[ptr] = is
	}
	return is
}

// hasOwnID is isResourceRoot without the kept answers, for a non-empty ptr.
func hasOwnID(doc *loadedDoc, ptr string) bool {
	n, ok := doc.lookup(ptr)
	if !ok || n.Kind != document.Object {
		return false
	}
	for _, kw := range []string{"$id", "id"} {
		if id := n.Get(kw); id != nil && id.Kind == document.String && !strings.HasPrefix(id.String, "#") {
			return true
		}
	}
	return false
}

// dynamicAnchorOf returns the anchor a $dynamicRef in s resolves
// dynamically, or "" when it behaves like $ref: its fragment must be a plain
// name that the statically resolved schema declares as a dynamic anchor.
func (b *builder) dynamicAnchorOf(s *jsonschema.Schema) string {
	target := s.DynamicRef.DynamicAnchor
	u, frag, _ := strings.Cut(s.Location, "#")
	ptr, _ := url.PathUnescape(frag)
	doc := b.load.doc(u)
	if doc == nil {
		return target // a metaschema: "$dynamicRef": "#meta" to "$dynamicAnchor": "meta"
	}
	n, ok := doc.lookup(ptr)
	if !ok {
		return ""
	}
	ref := n.Get("$dynamicRef")
	if ref == nil || ref.Kind != document.String {
		return ""
	}
	_, name, _ := strings.Cut(ref.String, "#")
	if name == "" || strings.HasPrefix(name, "/") || name != target {
		return ""
	}
	return name
}
