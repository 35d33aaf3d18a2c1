package openapi

import (
	"net/url"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// A union is a discriminator beside oneOf or anyOf, waiting for Translate
// to make it explicit once every schema is translated.
type union struct {
	n       *document.Node // the schema with the discriminator
	at      int            // the discriminator's offset
	prop    string         // its propertyName
	rules   []rule         // its values, in order
	targets map[string]*document.Node
}

// A rule says that the discriminator value selects the schema at ref.
type rule struct{ value, ref string }

// discriminator removes a discriminator and, beside oneOf or anyOf, records
// it for explicit.
func (t *translator) discriminator(n *document.Node, ptr string) {
	d := n.Get("discriminator")
	if d == nil {
		return
	}
	n.Delete("discriminator")
	var branches []*document.Node
	for _, kw := range []string{"oneOf", "anyOf"} {
		if arr := n.Get(kw); arr != nil && arr.Kind == document.Array {
			branches = append(branches, arr.Items...)
		}
	}
	if len(branches) == 0 {
		return
	}
	prop := d.Get("propertyName")
	if d.Kind != document.Object || prop == nil || prop.Kind != document.String {
		t.fail(d, ptr+"/discriminator", "a discriminator needs a propertyName string")
		return
	}
	u := &union{n: n, at: d.Offset, prop: prop.String}
	mapped := map[string]bool{}
	if mapping := d.Get("mapping"); mapping != nil && mapping.Kind == document.Object {
		for _, m := range mapping.Members {
			if m.Value.Kind != document.String {
				t.fail(m.Value, ptr+"/discriminator/mapping/"+document.EscapeToken(m.Name), "a discriminator mapping value must be a string")
				continue
			}
			ref := m.Value.String
			if !strings.ContainsAny(ref, "#/") {
				ref = "#" + SchemasPointer + "/" + document.EscapeToken(ref)
			}
			if strings.HasPrefix(ref, "#/") && t.resources == 0 {
				// Checked as the $refs are, so that a missing target is
				// reported here, not in the schema explicit writes.
				t.refs = append(t.refs, localRef{&document.Node{Kind: document.String, String: ref, Offset: m.Value.Offset},
					ptr + "/discriminator/mapping/" + document.EscapeToken(m.Name)})
			}
			u.rules = append(u.rules, rule{m.Name, ref})
			mapped[ref] = true
		}
	}
	for _, br := range branches {
		ref := br.Get("$ref")
		if ref == nil || ref.Kind != document.String || mapped[ref.String] {
			continue
		}
		if name, ok := componentName(ref.String); ok {
			u.rules = append(u.rules, rule{name, ref.String})
		}
	}
	if len(u.rules) > 0 {
		t.unions = append(t.unions, u)
	}
}

// explicit makes the discriminators explicit in JSON Schema terms, after
// every schema of the document is translated.
//
// The usual case: each value selects a component of the same document that
// no other discriminator maps. The component's discriminator property then
// gets an enum of the values that select it (and becomes required), so the
// branches exclude each other as OpenAPI means them to, oneOf holds, and
// schemagen decodes the union by that property. This makes the component
// stricter on its own too, which is what the discriminator says of it.
//
// Otherwise (a component two discriminators map, or a reference to another
// document), the union itself says it: its property must be one of the
// values, each value's schema must hold (an allOf of if/then), and oneOf
// becomes anyOf, since branches that the discriminator tells apart may
// still both match.
func (t *translator) explicit(root *document.Node) {
	uses := map[*document.Node]int{}
	for _, u := range t.unions {
		u.targets = map[string]*document.Node{}
		for _, r := range u.rules {
			if _, seen := u.targets[r.ref]; seen {
				continue
			}
			var target *document.Node
			if strings.HasPrefix(r.ref, "#") {
				if ptr, err := url.PathUnescape(r.ref[1:]); err == nil {
					target, _ = root.Lookup(ptr)
				}
			}
			u.targets[r.ref] = target
			if target != nil {
				uses[target]++
			}
		}
	}
	for _, u := range t.unions {
		clean := true
		for _, target := range u.targets {
			if target == nil || target.Kind != document.Object || uses[target] > 1 || target.Get("$ref") != nil {
				clean = false
			}
		}
		if clean {
			for ref, target := range u.targets {
				var values []string
				for _, r := range u.rules {
					if r.ref == ref {
						values = append(values, r.value)
					}
				}
				constrain(target, u.prop, values, u.at)
			}
			continue
		}
		u.dispatch()
	}
}

// constrain makes the property prop of the object schema target required and
// limited to values.
func constrain(target *document.Node, prop string, values []string, at int) {
	enum := &document.Node{Kind: document.Array, Offset: at}
	for _, v := range values {
		enum.Items = append(enum.Items, &document.Node{Kind: document.String, String: v, Offset: at})
	}
	props := target.Get("properties")
	if props == nil || props.Kind != document.Object {
		props = &document.Node{Kind: document.Object, Offset: at}
		target.Set("properties", props)
	}
	p := props.Get(prop)
	if p == nil || p.Kind != document.Object {
		p = &document.Node{Kind: document.Object, Offset: at}
		props.Set(prop, p)
	}
	p.Set("enum", enum)
	req := target.Get("required")
	if req == nil || req.Kind != document.Array {
		req = &document.Node{Kind: document.Array, Offset: at}
		target.Set("required", req)
	}
	for _, r := range req.Items {
		if r.Kind == document.String && r.String == prop {
			return
		}
	}
	req.Items = append(req.Items, &document.Node{Kind: document.String, String: prop, Offset: at})
}

// dispatch states the discriminator on the union itself.
func (u *union) dispatch() {
	n, at := u.n, u.at
	str := func(s string) *document.Node { return &document.Node{Kind: document.String, String: s, Offset: at} }
	obj := func(members ...document.Member) *document.Node {
		return &document.Node{Kind: document.Object, Offset: at, Members: members}
	}
	all := &document.Node{Kind: document.Array, Offset: at}
	if old := n.Get("allOf"); old != nil && old.Kind == document.Array {
		all.Items = append(all.Items, old.Items...)
		all.Offset = old.Offset
	}
	enum := &document.Node{Kind: document.Array, Offset: at}
	for _, r := range u.rules {
		enum.Items = append(enum.Items, str(r.value))
		cond := obj(
			document.Member{Name: "properties", Value: obj(document.Member{Name: u.prop, Value: obj(document.Member{Name: "const", Value: str(r.value)})})},
			document.Member{Name: "required", Value: &document.Node{Kind: document.Array, Items: []*document.Node{str(u.prop)}, Offset: at}})
		all.Items = append(all.Items, obj(document.Member{Name: "if", Value: cond}, document.Member{Name: "then", Value: obj(document.Member{Name: "$ref", Value: str(r.ref)})}))
	}
	n.Set("allOf", all)
	constrain(n, u.prop, nil, at)
	p, _ := n.Lookup("/properties/" + document.EscapeToken(u.prop))
	p.Set("enum", enum)
	if one := n.Get("oneOf"); one != nil && n.Get("anyOf") == nil {
		for i, m := range n.Members {
			if m.Name == "oneOf" {
				n.Members[i].Name = "anyOf"
			}
		}
	}
}

// componentName returns NAME for a reference "#/components/schemas/NAME" (or
// "file#/components/schemas/NAME").
func componentName(ref string) (string, bool) {
	_, frag, ok := strings.Cut(ref, "#")
	if !ok {
		return "", false
	}
	if f, err := url.PathUnescape(frag); err == nil {
		frag = f
	}
	rest, ok := strings.CutPrefix(frag, SchemasPointer+"/")
	if !ok || strings.Contains(rest, "/") {
		return "", false
	}
	return document.UnescapeToken(rest)
}
