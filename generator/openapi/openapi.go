// Package openapi recognises OpenAPI documents and makes their schemas JSON
// Schema 2020-12, so that the rest of schemagen (and jsonschema/v5, its
// oracle) reads them like any other schema document.
//
// The translation works in place on the document tree and keeps its shape:
// a component stays at /components/schemas/NAME, where the document's own
// "#/components/schemas/NAME" references find it by plain JSON Pointer, and
// every error pointer points into the user's file.
//
// OpenAPI 3.1 schemas already are JSON Schema 2020-12 (or the dialect that
// jsonSchemaDialect or a schema's $schema names); they are only annotated.
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
//   - discriminator beside oneOf or anyOf becomes explicit: for each value
//     the mapping (or, without one, a branch's component name) gives, an
//     allOf entry "if the property is this value, then the instance is that
//     schema". Mapping values may be references or bare component names.
//     The oneOf itself is unchanged, so the union keeps its Go shape. A
//     discriminator with neither oneOf nor anyOf (the allOf inheritance
//     pattern) only documents and is removed.
//   - readOnly and writeOnly are kept and stated in the description, which
//     becomes the field's doc comment.
//   - example, xml and externalDocs are removed; x-* extensions are kept
//     (schemagen's own, such as x-go-type, keep working).
//   - Formats keep their names: int32 and int64 choose Go integer sizes,
//     the others are annotations unless formats are asserted.
//   - What 3.0 forbids is an error naming the line and pointer: a type list
//     or the type "null", items that is not a schema, and the keywords 3.0
//     does not have ($schema, $id, const, if, prefixItems, ...).
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

// An Error is a schema that cannot be translated.
type Error struct {
	Pointer string // the JSON Pointer of the offending value
	Offset  int    // its byte offset in the source
	Msg     string
}

// Error returns the message.
func (e *Error) Error() string { return e.Msg }

// Translate makes every schema of an OpenAPI 3.0 or 3.1 document JSON Schema
// 2020-12 in place (see the package documentation) and returns the problems
// found, in document order.
func Translate(root *document.Node, v Version) []*Error {
	t := &translator{version: v}
	t.document(root, "")
	return t.errs
}

type translator struct {
	version Version
	errs    []*Error
}

func (t *translator) fail(n *document.Node, ptr, format string, args ...any) {
	t.errs = append(t.errs, &Error{Pointer: ptr, Offset: n.Offset, Msg: fmt.Sprintf(format, args...)})
}

// document walks the non-schema parts of the document looking for schemas.
func (t *translator) document(n *document.Node, ptr string) {
	if n == nil {
		return
	}
	switch n.Kind {
	case document.Object:
		for _, m := range n.Members {
			p := ptr + "/" + escape(m.Name)
			switch {
			case m.Name == "example" || m.Name == "examples" || strings.HasPrefix(m.Name, "x-"):
			case p == SchemasPointer && m.Value.Kind == document.Object:
				for _, s := range m.Value.Members {
					t.schema(s.Value, p+"/"+escape(s.Name))
				}
			case m.Name == "schema" && m.Value.Kind == document.Object:
				t.schema(m.Value, p)
			default:
				t.document(m.Value, p)
			}
		}
	case document.Array:
		for i, item := range n.Items {
			t.document(item, ptr+"/"+strconv.Itoa(i))
		}
	}
}

// forbidden30 are the JSON Schema keywords that an OpenAPI 3.0 Schema
// Object does not have.
var forbidden30 = []string{"$schema", "$id", "$anchor", "$defs", "$dynamicRef", "$dynamicAnchor", "$recursiveRef",
	"$recursiveAnchor", "$comment", "const", "if", "then", "else", "prefixItems", "contains", "minContains", "maxContains",
	"patternProperties", "propertyNames", "dependentRequired", "dependentSchemas", "dependencies",
	"unevaluatedProperties", "unevaluatedItems", "additionalItems", "contentEncoding", "contentMediaType", "contentSchema"}

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
	t.readWrite(n)
	if t.version == V30 {
		if !t.schema30(n, ptr) {
			return
		}
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
				t.schema(mem.Value, ptr+"/"+kw+"/"+escape(mem.Name))
			}
		}
	}
	if t.version == V30 {
		// After the subschemas: the allOf entries it adds are JSON Schema.
		t.discriminator(n, ptr)
	}
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
	ok := true
	for _, kw := range forbidden30 {
		if v := n.Get(kw); v != nil {
			t.fail(v, ptr+"/"+escape(kw), "%s is not a keyword of OpenAPI 3.0 schemas (it is JSON Schema's, which OpenAPI 3.1 uses)", kw)
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

// discriminator makes a discriminator beside oneOf or anyOf explicit.
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
	type rule struct{ value, ref string }
	var rules []rule
	mapped := map[string]bool{}
	if mapping := d.Get("mapping"); mapping != nil && mapping.Kind == document.Object {
		for _, m := range mapping.Members {
			if m.Value.Kind != document.String {
				t.fail(m.Value, ptr+"/discriminator/mapping/"+escape(m.Name), "a discriminator mapping value must be a string")
				continue
			}
			ref := m.Value.String
			if !strings.ContainsAny(ref, "#/") {
				ref = "#" + SchemasPointer + "/" + escape(ref)
			}
			rules = append(rules, rule{m.Name, ref})
			mapped[ref] = true
		}
	}
	for _, br := range branches {
		ref := br.Get("$ref")
		if ref == nil || ref.Kind != document.String || mapped[ref.String] {
			continue
		}
		name, ok := componentName(ref.String)
		if !ok {
			continue
		}
		rules = append(rules, rule{name, ref.String})
	}
	if len(rules) == 0 {
		return
	}
	str := func(s string) *document.Node {
		return &document.Node{Kind: document.String, String: s, Offset: d.Offset}
	}
	all := n.Get("allOf")
	if all == nil || all.Kind != document.Array {
		all = &document.Node{Kind: document.Array, Offset: d.Offset}
	} else {
		all = &document.Node{Kind: document.Array, Items: append([]*document.Node(nil), all.Items...), Offset: all.Offset}
	}
	for _, r := range rules {
		cond := &document.Node{Kind: document.Object, Offset: d.Offset}
		props := &document.Node{Kind: document.Object, Offset: d.Offset}
		props.Set(prop.String, &document.Node{Kind: document.Object, Offset: d.Offset, Members: []document.Member{{Name: "const", Value: str(r.value)}}})
		cond.Set("properties", props)
		cond.Set("required", &document.Node{Kind: document.Array, Items: []*document.Node{str(prop.String)}, Offset: d.Offset})
		then := &document.Node{Kind: document.Object, Offset: d.Offset, Members: []document.Member{{Name: "$ref", Value: str(r.ref)}}}
		all.Items = append(all.Items, &document.Node{Kind: document.Object, Offset: d.Offset, Members: []document.Member{
			{Name: "if", Value: cond}, {Name: "then", Value: then}}})
	}
	n.Set("allOf", all)
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
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(rest), true
}

// escape escapes one JSON Pointer reference token.
func escape(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// Dialect returns the JSON Schema dialect a 3.1 document's schemas use by
// default: its jsonSchemaDialect, or "" for the OpenAPI default (2020-12
// with the OpenAPI vocabulary, which adds only annotations).
func Dialect(root *document.Node) string {
	d := root.Get("jsonSchemaDialect")
	if d == nil || d.Kind != document.String || strings.HasPrefix(d.String, "https://spec.openapis.org/oas/3.1/dialect/") {
		return ""
	}
	return d.String
}
