package openapi

import (
	"slices"

	"github.com/schemagen/schemagen/generator/document"
)

// forbidden30 are the JSON Schema keywords that an OpenAPI 3.0 Schema
// Object does not have and that contradict it: items is one schema in 3.0,
// and the anchors and dynamic references of later drafts resolve in ways a
// 3.0 document cannot mean. dependencies, of drafts before 2019-09, is
// among them since the draft translated 3.0 schemas are read in lacks it.
var forbidden30 = []string{"$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor",
	"prefixItems", "additionalItems", "dependencies"}

// types30 are the values of "type" in OpenAPI 3.0.
var types30 = map[string]bool{"string": true, "number": true, "integer": true, "boolean": true, "array": true, "object": true}

// schema30 translates the keywords of one OpenAPI 3.0 Schema Object (not
// its subschemas). It reports whether the subschemas are to be translated
// too, which they are not for a $ref.
func (t *translator) schema30(n *document.Node, ptr string) bool {
	if ref := n.Get("$ref"); ref != nil {
		for _, k := range n.Keys() {
			switch k {
			case "$ref", "title", "description":
			default:
				n.Delete(k)
			}
		}
		return false
	}
	t.lenient30(n, ptr)
	t.legacy30(n, ptr)
	ok := true
	for _, kw := range forbidden30 {
		if v := n.Get(kw); v != nil {
			t.fail(v, ptr+"/"+document.EscapeToken(kw), "%s is not a keyword of OpenAPI 3.0 schemas, and has no meaning there (it is JSON Schema's, which OpenAPI 3.1 uses)", kw)
			ok = false
		}
	}
	if typ := n.Get("type"); typ != nil {
		switch {
		case typ.Kind == document.Array:
			t.fail(typ, ptr+"/type", "OpenAPI 3.0 allows one type, not a list; use nullable: true for null, or oneOf")
			ok = false
		case typ.Kind != document.String || !types30[typ.String] && typ.String != "null":
			t.fail(typ, ptr+"/type", "OpenAPI 3.0 has no type %s; the types are string, number, integer, boolean, array and object", typ.Encode())
			ok = false
		}
	}
	if items := n.Get("items"); items != nil && items.Kind != document.Object {
		t.fail(items, ptr+"/items", "OpenAPI 3.0 items must be one schema, not %s", items.Kind)
		ok = false
	}
	if !ok {
		return false
	}
	t.nullable(n)
	exclusive(n, "exclusiveMinimum", "minimum")
	exclusive(n, "exclusiveMaximum", "maximum")
	for _, kw := range []string{"example", "xml", "externalDocs"} {
		n.Delete(kw)
	}
	return true
}

// nullable translates nullable: true. Beside type, it adds null to the type
// (and to enum). Without type, where OpenAPI 3.0.3 says it has no effect,
// it is read as 3.0.0 to 3.0.2 word it ("allows sending a null value for
// the defined schema") and as documents use it, to make a reference or a
// union nullable: null joins enum and, as a branch that allows only null,
// anyOf or oneOf; an allOf of one schema becomes an anyOf of it and that
// branch. (An allOf of several schemas still rejects null.)
func (t *translator) nullable(n *document.Node) {
	v := n.Get("nullable")
	n.Delete("nullable")
	if v == nil || v.Kind != document.Bool || !v.Bool {
		return
	}
	null := &document.Node{Kind: document.String, String: "null", Offset: v.Offset}
	typ := n.Get("type")
	switch {
	case typ != nil && typ.String == "null":
		return
	case typ != nil:
		n.Set("type", &document.Node{Kind: document.Array, Items: []*document.Node{typ, null}, Offset: typ.Offset})
	default:
		if all := n.Get("allOf"); all != nil && len(all.Items) == 1 && n.Get("anyOf") == nil && n.Get("oneOf") == nil {
			n.Members[slices.IndexFunc(n.Members, func(m document.Member) bool { return m.Name == "allOf" })].Name = "anyOf"
		}
		for _, kw := range []string{"anyOf", "oneOf"} {
			if branches := n.Get(kw); branches != nil && branches.Kind == document.Array {
				branch := &document.Node{Kind: document.Object, Members: []document.Member{{Name: "type", Value: null}}, Offset: v.Offset}
				branches.Items = append(branches.Items, branch)
				t.schemas[branch] = true // JSON Schema already: no 3.0 "null" type to warn of
			}
		}
	}
	if enum := n.Get("enum"); enum != nil && enum.Kind == document.Array {
		for _, item := range enum.Items {
			if item.Kind == document.Null {
				return
			}
		}
		items := append(append([]*document.Node(nil), enum.Items...), &document.Node{Kind: document.Null, Offset: v.Offset})
		n.Set("enum", &document.Node{Kind: document.Array, Items: items, Offset: enum.Offset})
	}
}

// exclusive translates a boolean exclusiveMinimum (or exclusiveMaximum).
func exclusive(n *document.Node, kw, bound string) {
	v := n.Get(kw)
	if v == nil || v.Kind != document.Bool {
		return
	}
	b := n.Get(bound)
	if !v.Bool || b == nil {
		n.Delete(kw)
		return
	}
	n.Set(kw, b)
	n.Delete(bound)
}
