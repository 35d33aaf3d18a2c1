package lint

import (
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// pointer returns the JSON Pointer of reference tokens.
func pointer(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1"))
	}
	return b.String()
}

// buildPatch returns the merge patch, from the document root, that sets
// keyword to value in the object at tokens. It does not modify root.
//
// A merge patch cannot address an element of an array (RFC 7396 replaces
// arrays whole), so for a schema inside "allOf", "anyOf", "oneOf",
// "prefixItems" or an array-form "items", the patch replaces that array with
// a copy of it in which the schema has the keyword.
func buildPatch(root *document.Node, tokens []string, keyword string, value *document.Node) *document.Node {
	patch := &document.Node{Kind: document.Object}
	cur, src := patch, root
	for i, tok := range tokens {
		next := src.Get(tok)
		if next != nil && next.Kind == document.Array {
			arr := next.Clone()
			cur.Set(tok, arr)
			target, _ := arr.Lookup(pointer(tokens[i+1:]))
			target.Set(keyword, value)
			return patch
		}
		child := &document.Node{Kind: document.Object}
		cur.Set(tok, child)
		cur, src = child, next
	}
	cur.Set(keyword, value)
	return patch
}

// MergePatches combines the patches of findings into one overlay: an RFC
// 7396 merge patch that encodes them all. If existing, the current overlay,
// is an object, the result is existing with the patches merged into it;
// nil starts from an empty overlay. Neither existing nor the findings are
// modified.
//
// Patches are combined member by member, with two exceptions for arrays,
// which a merge patch can only replace whole: "required" arrays are
// united, keeping order, so that two required properties of one object
// both stay required; and two arrays of the same length are combined
// element by element, so that findings for different schemas of one
// "allOf" (whose patches each copy the whole array) are all kept.
func MergePatches(existing *document.Node, findings []Finding) *document.Node {
	out := &document.Node{Kind: document.Object}
	if existing != nil && existing.Kind == document.Object {
		out = existing.Clone()
	}
	for _, f := range findings {
		if f.Patch != nil {
			out = combine(out, f.Patch, "")
		}
	}
	return out
}

// combine returns patch b merged into patch a, where name is the member
// name both are the value of. It modifies neither.
func combine(a, b *document.Node, name string) *document.Node {
	switch {
	case a == nil || b == nil || a.Kind != b.Kind:
		return b.Clone()
	case a.Kind == document.Object:
		out := a.Clone()
		for _, m := range b.Members {
			out.Set(m.Name, combine(out.Get(m.Name), m.Value, m.Name))
		}
		return out
	case a.Kind == document.Array && name == "required":
		out := a.Clone()
		for _, item := range b.Items {
			if !containsNode(out.Items, item) {
				out.Items = append(out.Items, item.Clone())
			}
		}
		return out
	case a.Kind == document.Array && len(a.Items) == len(b.Items):
		out := &document.Node{Kind: document.Array, Items: make([]*document.Node, len(a.Items))}
		for i := range a.Items {
			out.Items[i] = combine(a.Items[i], b.Items[i], "")
		}
		return out
	}
	return b.Clone()
}

// containsNode reports whether items holds a value encoded as n is.
func containsNode(items []*document.Node, n *document.Node) bool {
	enc := string(n.Encode())
	for _, item := range items {
		if string(item.Encode()) == enc {
			return true
		}
	}
	return false
}
