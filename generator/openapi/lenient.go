package openapi

import (
	"fmt"

	"github.com/schemagen/schemagen/generator/document"
)

// lenient30 are the JSON Schema keywords that an OpenAPI 3.0 Schema Object
// lacks but that real documents use, meaning what JSON Schema means by
// them, which the draft translated 3.0 schemas are read in (2019-09) reads
// the same way: they are kept, with a warning.
var lenient30 = []string{"const", "examples", "$comment", "$defs", "if", "then", "else", "contains", "minContains",
	"maxContains", "patternProperties", "propertyNames", "dependentRequired", "dependentSchemas",
	"unevaluatedProperties", "unevaluatedItems", "contentEncoding", "contentMediaType", "contentSchema"}

// annotations30 are the keywords of lenient30 that only annotate, with the
// kind of value JSON Schema gives them. A value of another kind (a map of
// OpenAPI Example Objects under examples, which documents write by mistake)
// is removed, with a warning: it changes nothing that is checked, and the
// schema library would refuse the schema.
var annotations30 = map[string]document.Kind{"examples": document.Array, "$comment": document.String,
	"contentEncoding": document.String, "contentMediaType": document.String}

// annotationKinds30 are 3.0's annotation keywords (format annotates unless
// formats are asserted) with the kind of value each takes, in the order
// legacy30 checks them.
var annotationKinds30 = []struct {
	kw   string
	kind document.Kind
}{{"title", document.String}, {"description", document.String}, {"format", document.String},
	{"deprecated", document.Bool}, {"readOnly", document.Bool}, {"writeOnly", document.Bool}}

// ignored30 are the JSON Schema keywords that an OpenAPI 3.0 Schema Object
// lacks and that would change how the document is read: a 3.0 document has
// one dialect, and its references resolve against the document, not
// against an $id. They are removed, with a warning, as 3.0 tools ignore
// them.
var ignored30 = []string{"$schema", "$id"}

// A lenientUse is a keyword that 3.0 lacks, read or removed: where it is
// first used and how many times.
type lenientUse struct {
	first *Error
	count int
}

// lenient30 keeps the keywords of lenient30 and removes those of ignored30
// in the 3.0 schema n, recording a warning for each.
func (t *translator) lenient30(n *document.Node, ptr string) {
	for _, kw := range lenient30 {
		v := n.Get(kw)
		if v == nil {
			continue
		}
		if kind, ok := annotations30[kw]; ok && v.Kind != kind {
			t.warn(v, ptr, kw, fmt.Sprintf("%s is not a keyword of OpenAPI 3.0 schemas; ignored: its value is of type %s, where JSON Schema's %s takes type %s", kw, v.Kind, kw, kind))
			n.Delete(kw)
			continue
		}
		t.warn(v, ptr, kw, kw+" is not a keyword of OpenAPI 3.0 schemas; read as JSON Schema's "+kw)
	}
	for _, kw := range ignored30 {
		if v := n.Get(kw); v != nil {
			t.warn(v, ptr, kw, kw+" is not a keyword of OpenAPI 3.0 schemas; ignored, as OpenAPI 3.0 tools ignore it")
			n.Delete(kw)
		}
	}
}

// warn records the warning msg about the keyword kw, whose value is v, in
// the schema at ptr.
func (t *translator) warn(v *document.Node, ptr, kw, msg string) {
	if t.lenient == nil {
		t.lenient = map[string]*lenientUse{}
	}
	u := t.lenient[msg] // one entry per message, which names the keyword
	if u == nil {
		u = &lenientUse{first: &Error{Pointer: ptr + "/" + document.EscapeToken(kw), Offset: v.Offset,
			Msg: msg}}
		t.lenient[msg] = u
		t.lenientAt = append(t.lenientAt, msg)
	}
	u.count++
}

// warnings returns one warning per keyword and fate recorded by warn, in
// order of first use, counting the other uses.
func (t *translator) warnings() []*Error {
	var out []*Error
	for _, key := range t.lenientAt {
		u := t.lenient[key]
		w := *u.first
		if u.count > 1 {
			w.Msg += fmt.Sprintf(" (here and %d more times in this document)", u.count-1)
		}
		out = append(out, &w)
	}
	return out
}

// legacy30 repairs, each with a warning, what 3.0 documents get wrong in
// ways whose meaning is plain, mostly left from Swagger 2.0:
//
//   - a boolean required (a parameter's required, written in a schema,
//     which JSON Schema refuses) is removed;
//   - names listed twice in required are kept once (JSON Schema wants them
//     unique; the schema means the same);
//   - type: file (Swagger 2.0's) becomes type: string with format: binary,
//     3.0's way to say it;
//   - an empty allOf, which requires nothing (and which JSON Schema
//     refuses), is removed, and so is an empty anyOf or oneOf, which
//     JSON Schema refuses too and documents write as a placeholder;
//   - type: "null" (3.0 says null with nullable) is read as JSON Schema's
//     null type;
//   - an annotation whose value is of another kind than the keyword takes
//     (title: null, readOnly: "true") is removed: it changes nothing that
//     is checked, and the schema library would refuse the schema.
func (t *translator) legacy30(n *document.Node, ptr string) {
	for _, a := range annotationKinds30 {
		if v := n.Get(a.kw); v != nil && v.Kind != a.kind {
			t.warn(v, ptr, a.kw, fmt.Sprintf("%s takes a %s, not a %s; ignored", a.kw, a.kind, v.Kind))
			n.Delete(a.kw)
		}
	}
	if typ := n.Get("type"); typ != nil && typ.Kind == document.String && typ.String == "null" {
		t.warn(typ, ptr, "type", `OpenAPI 3.0 has no type "null" (it writes nullable: true); read as JSON Schema's null type`)
	}
	for _, kw := range []string{"anyOf", "oneOf"} {
		if v := n.Get(kw); v != nil && v.Kind == document.Array && len(v.Items) == 0 {
			t.warn(v, ptr, kw, "an empty "+kw+", which JSON Schema refuses, is read as no constraint, as documents mean it; removed")
			n.Delete(kw)
		}
	}
	if typ := n.Get("type"); typ != nil && typ.Kind == document.String && typ.String == "file" {
		t.warn(typ, ptr, "type", "type: file is Swagger 2.0's; read as OpenAPI 3.0's type: string, format: binary")
		n.Set("type", &document.Node{Kind: document.String, String: "string", Offset: typ.Offset})
		if n.Get("format") == nil {
			n.Set("format", &document.Node{Kind: document.String, String: "binary", Offset: typ.Offset})
		}
	}
	if all := n.Get("allOf"); all != nil && all.Kind == document.Array && len(all.Items) == 0 {
		t.warn(all, ptr, "allOf", "an empty allOf requires nothing; removed")
		n.Delete("allOf")
	}
	req := n.Get("required")
	switch {
	case req == nil:
	case req.Kind == document.Bool:
		t.warn(req, ptr, "required", "required must list property names; a boolean, as parameters write it, is ignored")
		n.Delete("required")
	case req.Kind == document.Array:
		seen := map[string]bool{}
		var names []*document.Node
		for _, r := range req.Items {
			if r.Kind == document.String && seen[r.String] {
				continue
			}
			seen[r.String] = r.Kind == document.String
			names = append(names, r)
		}
		if len(names) < len(req.Items) {
			t.warn(req, ptr, "required", "required lists a name more than once; it is kept once")
			n.Set("required", &document.Node{Kind: document.Array, Items: names, Offset: req.Offset})
		}
	}
}
