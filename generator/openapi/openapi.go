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
//     list, items that is not a schema (and so
//     prefixItems and additionalItems), and the references and anchors of
//     later drafts ($anchor, $dynamicRef, $recursiveRef, ...).
//
// Schemas are translated wherever the document has them: every entry of
// components.schemas, and every "schema" member elsewhere (parameters,
// headers, media types under paths and components).
//
// A 3.0 document's references into other files that are not OpenAPI
// documents reach 3.0 schemas too: TranslateSchemas translates those.
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
// first use of each keyword and count the others, to keep them few. For a
// 3.0 document it also returns the references its schemas make to other
// files, as written, in document order: the schemas there are 3.0 schemas
// too (see TranslateSchemas).
func Translate(root *document.Node, v Version) (errs, warnings []*Error, external []string) {
	t := &translator{version: v, draft: draftNow, schemas: map[*document.Node]bool{}}
	if d := root.Get("jsonSchemaDialect"); v == V31 && d != nil {
		if d.Kind == document.String {
			t.draft = draftOf(d.String)
		}
		if t.draft == 0 {
			t.fail(d, "/jsonSchemaDialect", "the dialect %s is not a JSON Schema draft schemagen knows (drafts 4, 6, 7, 2019-09 and 2020-12)", d.Encode())
			return t.errs, nil, nil
		}
	}
	for _, r := range Roots(root) {
		t.schema(r.Node, r.Pointer)
	}
	t.checkRefs(root)
	t.explicit(root)
	return t.errs, t.warnings(), t.external
}

type translator struct {
	version   Version
	draft     int // the JSON Schema draft of the 3.1 schema being translated
	errs      []*Error
	unions    []*union                // discriminators to make explicit
	schemas   map[*document.Node]bool // every schema translated
	refs      []localRef
	external  []string               // a 3.0 document's references to other files, as written (see Translate)
	resources int                    // how many enclosing schemas have an $id
	lenient   map[string]*lenientUse // the warnings about 3.0 keywords, by message
	lenientAt []string               // their messages, in order of first use
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

// schema translates one schema and its subschemas.
func (t *translator) schema(n *document.Node, ptr string) {
	if n == nil || n.Kind != document.Object {
		if t.version == V30 && n != nil && n.Kind != document.Object {
			t.fail(n, ptr, "an OpenAPI 3.0 schema must be an object, not %s", n.Kind)
		}
		return
	}
	if t.schemas[n] {
		return // reached again, by TranslateSchemas (a schema is translated once)
	}
	t.schemas[n] = true
	if id := n.Get("$id"); id != nil && t.version == V31 {
		// A schema resource of its own: "#/..." references in it are
		// relative to it, and the schema library checks them.
		t.resources++
		defer func() { t.resources-- }()
	}
	if ref := n.Get("$ref"); ref != nil && ref.Kind == document.String {
		switch {
		case t.resources == 0 && strings.HasPrefix(ref.String, "#/"):
			t.refs = append(t.refs, localRef{ref, ptr + "/$ref"})
		case t.version == V30 && !strings.HasPrefix(ref.String, "#"):
			t.external = append(t.external, ref.String)
		}
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
