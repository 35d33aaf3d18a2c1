// Package openapi recognises OpenAPI documents and makes their schemas JSON
// Schema 2020-12, so that the rest of schemagen (and jsonschema/v5, its
// oracle) reads them like any other schema document.
//
// The translation works in place on the document tree and keeps its shape:
// a component stays at /components/schemas/NAME, where the document's own
// "#/components/schemas/NAME" references find it by plain JSON Pointer, and
// every error pointer points into the user's file.
//
// OpenAPI 3.1 schemas already are JSON Schema 2020-12, or the draft that
// jsonSchemaDialect or a schema's $schema names: a schema in an older draft
// is rewritten to 2020-12 (see older), since the schema library reads one
// document in one dialect. readOnly, writeOnly and discriminator are
// translated as in 3.0 below.
// OpenAPI 3.0's Schema Object is not JSON Schema; Translate rewrites it:
//
//   - nullable: true beside type adds "null" to the type, and to the enum if
//     there is one (so null is allowed beside an enum, as the issue on
//     OpenAPI input asks). Without type it has no effect, as the 3.0.3
//     clarification says.
//   - Boolean exclusiveMinimum/exclusiveMaximum become the numeric
//     keywords of 2020-12, taking the value of minimum/maximum.
//   - A $ref's siblings are ignored by 3.0, so they are removed (title and
//     description, which only document, are kept).
//   - discriminator beside oneOf or anyOf becomes explicit (see explicit):
//     usually an enum of the values that select each component on that
//     component's property, so that the branches exclude each other and
//     the union decodes by the property. Mapping values may be references
//     or bare component names; without a mapping, a branch's component name
//     is its value. A discriminator with neither oneOf nor anyOf (the allOf
//     inheritance pattern) only documents and is removed.
//   - readOnly and writeOnly are kept and stated in the description, which
//     becomes the field's doc comment.
//   - example, xml and externalDocs are removed; x-* extensions are kept
//     (schemagen's own, such as x-go-type, keep working; oapi-codegen's
//     x-go-type with x-go-type-import becomes schemagen's form, see
//     goTypeImport).
//   - Formats keep their names: int32 and int64 choose Go integer sizes,
//     the others are annotations unless formats are asserted.
//   - JSON Schema keywords that 3.0 lacks but whose meaning is unambiguous
//     (const, examples, if, patternProperties, $defs, ...; see lenient30)
//     are read as JSON Schema's, and $schema and $id, which would change
//     the dialect or how references resolve in a document that has one of
//     each, are removed; either way with a warning naming the line and
//     pointer, since real documents use them and mean them so.
//   - What 3.0 contradicts is an error naming the line and pointer: a type
//     list or the type "null", items that is not a schema (and so
//     prefixItems and additionalItems), and the references and anchors of
//     later drafts ($anchor, $dynamicRef, $recursiveRef, ...).
//
// Schemas are translated wherever the document has them: every entry of
// components.schemas, and every "schema" member elsewhere (parameters,
// headers, media types under paths and components).
//
// Swagger 2.0 documents are not supported: Detect reports them, and the
// loader says so.
package openapi

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// Version classifies a document.
type Version int

// The kinds of documents Detect tells apart.
const (
	NotOpenAPI Version = iota // a plain JSON Schema
	V30                       // OpenAPI 3.0.x
	V31                       // OpenAPI 3.1.x
	Swagger2                  // Swagger 2.0, not supported
	Unknown                   // an "openapi" member naming another version
)

// Detect tells an OpenAPI document from a JSON Schema by its root's
// "openapi" (or "swagger") member, and returns the version text.
func Detect(root *document.Node) (Version, string) {
	if root == nil || root.Kind != document.Object {
		return NotOpenAPI, ""
	}
	if s := root.Get("swagger"); s != nil && s.Kind == document.String {
		return Swagger2, s.String
	}
	v := root.Get("openapi")
	if v == nil || v.Kind != document.String {
		return NotOpenAPI, ""
	}
	switch {
	case strings.HasPrefix(v.String, "3.0."), v.String == "3.0":
		return V30, v.String
	case strings.HasPrefix(v.String, "3.1."), v.String == "3.1":
		return V31, v.String
	}
	return Unknown, v.String
}

// SchemasPointer is where an OpenAPI 3 document keeps its named schemas.
const SchemasPointer = "/components/schemas"

// An Error is a schema that cannot be translated, or, among the warnings
// Translate returns, a keyword it read or removed although 3.0 lacks it.
type Error struct {
	Pointer string // the JSON Pointer of the offending value
	Offset  int    // its byte offset in the source
	Msg     string
}

// Error returns the message.
func (e *Error) Error() string { return e.Msg }

// Translate makes every schema of an OpenAPI 3.0 or 3.1 document JSON Schema
// 2020-12 in place (see the package documentation) and returns the problems
// found and the warnings, each in document order. The warnings name the
// first use of each keyword and count the others, to keep them few.
func Translate(root *document.Node, v Version) (errs, warnings []*Error) {
	t := &translator{version: v, draft: draftNow, schemas: map[*document.Node]bool{}}
	if d := root.Get("jsonSchemaDialect"); v == V31 && d != nil {
		if d.Kind == document.String {
			t.draft = draftOf(d.String)
		}
		if t.draft == 0 {
			t.fail(d, "/jsonSchemaDialect", "the dialect %s is not a JSON Schema draft schemagen knows (drafts 4, 6, 7, 2019-09 and 2020-12)", d.Encode())
			return t.errs, nil
		}
	}
	for _, r := range Roots(root) {
		t.schema(r.Node, r.Pointer)
	}
	t.checkRefs(root)
	t.explicit(root)
	return t.errs, t.warnings()
}

type translator struct {
	version   Version
	draft     int // the JSON Schema draft of the 3.1 schema being translated
	errs      []*Error
	unions    []*union                // discriminators to make explicit
	schemas   map[*document.Node]bool // every schema translated
	refs      []localRef
	resources int                    // how many enclosing schemas have an $id
	lenient   map[string]*lenientUse // 3.0 keywords read or removed with a warning, by keyword
	lenientAt []string               // their keywords in order of first use
}

// A localRef is a $ref within the document, checked once every schema is
// known.
type localRef struct {
	n   *document.Node // the reference's value
	ptr string         // the pointer of the $ref keyword
}

// checkRefs reports local references whose target is missing or is not a
// schema (a response, a parameter, an operation): the schema library would
// read any object as a schema, so a wrong reference would silently accept
// anything.
func (t *translator) checkRefs(root *document.Node) {
	for _, r := range t.refs {
		frag, err := url.PathUnescape(r.n.String[1:])
		if err != nil {
			continue
		}
		target, ok := root.Lookup(frag)
		switch {
		case !ok:
			t.fail(r.n, r.ptr, "reference target %s not found", r.n.String)
		case target.Kind == document.Bool && t.version == V31:
		case !t.schemas[target]:
			t.fail(r.n, r.ptr, "%s is not a schema; OpenAPI schemas are under #/components/schemas (or \"schema\" in parameters and media types)", r.n.String)
		}
	}
}

func (t *translator) fail(n *document.Node, ptr, format string, args ...any) {
	t.errs = append(t.errs, &Error{Pointer: ptr, Offset: n.Offset, Msg: fmt.Sprintf(format, args...)})
}

// forbidden30 are the JSON Schema keywords that an OpenAPI 3.0 Schema
// Object does not have and that contradict it: items is one schema in 3.0,
// and the anchors and dynamic references of later drafts resolve in ways a
// 3.0 document cannot mean. dependencies, of drafts before 2019-09, is
// among them since the draft translated 3.0 schemas are read in lacks it.
var forbidden30 = []string{"$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor",
	"prefixItems", "additionalItems", "dependencies"}

// types30 are the values of "type" in OpenAPI 3.0.
var types30 = map[string]bool{"string": true, "number": true, "integer": true, "boolean": true, "array": true, "object": true}

// schema translates one schema and its subschemas.
func (t *translator) schema(n *document.Node, ptr string) {
	if n == nil || n.Kind != document.Object {
		if t.version == V30 && n != nil && n.Kind != document.Object {
			t.fail(n, ptr, "an OpenAPI 3.0 schema must be an object, not %s", n.Kind)
		}
		return
	}
	t.schemas[n] = true
	if id := n.Get("$id"); id != nil && t.version == V31 {
		// A schema resource of its own: "#/..." references in it are
		// relative to it, and the schema library checks them.
		t.resources++
		defer func() { t.resources-- }()
	}
	if ref := n.Get("$ref"); t.resources == 0 && ref != nil && ref.Kind == document.String && strings.HasPrefix(ref.String, "#/") {
		t.refs = append(t.refs, localRef{ref, ptr + "/$ref"})
	}
	t.readWrite(n)
	goTypeImport(n)
	if t.version == V30 {
		if !t.schema30(n, ptr) {
			return
		}
	} else {
		outer := t.draft
		defer func() { t.draft = outer }()
		if !t.dialect(n, ptr) {
			return
		}
		t.older(n, ptr)
	}
	for _, kw := range []string{"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
		"unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema"} {
		if sub := n.Get(kw); sub != nil && sub.Kind == document.Object {
			t.schema(sub, ptr+"/"+kw)
		}
	}
	for _, kw := range []string{"allOf", "anyOf", "oneOf", "prefixItems"} {
		if arr := n.Get(kw); arr != nil && arr.Kind == document.Array {
			for i, sub := range arr.Items {
				t.schema(sub, ptr+"/"+kw+"/"+strconv.Itoa(i))
			}
		}
	}
	for _, kw := range []string{"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"} {
		if m := n.Get(kw); m != nil && m.Kind == document.Object {
			for _, mem := range m.Members {
				t.schema(mem.Value, ptr+"/"+kw+"/"+document.EscapeToken(mem.Name))
			}
		}
	}
	// After the subschemas, and in 3.1 too, where the discriminator means
	// the same and JSON Schema alone does not state it.
	t.discriminator(n, ptr)
}

// readWrite states readOnly and writeOnly in the description.
func (t *translator) readWrite(n *document.Node) {
	var notes []string
	if ro := n.Get("readOnly"); ro != nil && ro.Kind == document.Bool && ro.Bool {
		notes = append(notes, "Read-only: sent in responses, not accepted in requests.")
	}
	if wo := n.Get("writeOnly"); wo != nil && wo.Kind == document.Bool && wo.Bool {
		notes = append(notes, "Write-only: accepted in requests, not sent in responses.")
	}
	if len(notes) == 0 {
		return
	}
	note := strings.Join(notes, " ")
	d := n.Get("description")
	if d != nil && d.Kind == document.String && d.String != "" {
		n.Set("description", &document.Node{Kind: document.String, String: d.String + "\n\n" + note, Offset: d.Offset})
	} else {
		n.Set("description", &document.Node{Kind: document.String, String: note, Offset: n.Offset})
	}
}

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
		case typ.Kind != document.String || !types30[typ.String]:
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

// nullable translates nullable: true.
func (t *translator) nullable(n *document.Node) {
	v := n.Get("nullable")
	n.Delete("nullable")
	typ := n.Get("type")
	if v == nil || v.Kind != document.Bool || !v.Bool || typ == nil {
		return
	}
	null := &document.Node{Kind: document.String, String: "null", Offset: v.Offset}
	n.Set("type", &document.Node{Kind: document.Array, Items: []*document.Node{typ, null}, Offset: typ.Offset})
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
