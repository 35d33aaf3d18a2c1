package generator

import (
	"bytes"
	"errors"
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/ir"
)

// This file gives typed Go to the two ways API descriptions use allOf that
// JSON Schema reads exactly as a plain type: a wrapper around one schema,
// and an object made of object schemas (OpenAPI's composition, where a
// component extends another). Any other allOf stays raw JSON checked by its
// Check.

// allOfType returns the type of s, apart from null, and whether s also
// accepts null (as shape does), when s is one of those uses of allOf, or
// nil.
func (b *builder) allOfType(s *jsonschema.Schema, hint string) (ir.Type, bool) {
	if len(s.AllOf) == 0 || b.dynamicDocument(s) || b.assertsFormat(s) {
		return nil, false
	}
	if wrapsOne(s) {
		// allOf: [X] beside annotations only, such as the description a
		// 3.0 document cannot put beside a $ref: it is X, null included.
		t := b.use(s.AllOf[0], hint)
		if n, ok := t.(*ir.Nullable); ok {
			return n.Elem, true
		}
		return t, false
	}
	if b.merging[s] {
		// s is among the properties of its own parts, not behind a
		// reference that a declaration ends: raw JSON here, checked.
		return nil, false
	}
	parts, props := b.objectParts(s, 0)
	typed := slices.ContainsFunc(parts, saysObject)
	// Without "type": "object" in any part, the parts' keywords apply to
	// objects only, and any other value is valid: the struct keeps it in
	// NonObject, as for properties without a type (see untypedObject).
	untyped := !typed && !closedByUnevaluated(s) && slices.ContainsFunc(parts, func(p *jsonschema.Schema) bool { return len(p.Properties) > 0 })
	if !typed && !untyped {
		return nil, false
	}
	b.merging[s] = true
	defer delete(b.merging, s)
	o := b.origin(s)
	if !closedByUnevaluated(s) {
		st := b.structOf(o, common(s), parts, props, b.additional(s, o, hint), -1, -1, hint)
		if untyped {
			st.NonObject = nonObjectField
		}
		return st, false
	}
	// unevaluatedProperties: false sees what every part evaluated: the
	// properties they name, and those their patterns name.
	var extra ir.Type
	var only []ir.NamePattern
	for _, p := range parts {
		for _, np := range b.propertyNamePatterns(p) {
			if !slices.Contains(only, np) {
				only = append(only, np)
			}
		}
	}
	if len(only) > 0 {
		slices.SortFunc(only, func(a, b ir.NamePattern) int { return strings.Compare(a.Pattern, b.Pattern) })
		extra = &ir.Raw{Origin: o, Common: ir.Common{MaxEncodedSize: -1}}
	}
	st := b.structOf(o, common(s), parts, props, extra, -1, -1, hint)
	st.Unevaluated = true
	if st.Extra != nil {
		st.Extra.Only = only
	}
	return st, false
}

// wrapsOne reports whether s is allOf: [X] beside annotations only.
func wrapsOne(s *jsonschema.Schema) bool {
	own := *s
	own.AllOf = nil
	return len(s.AllOf) == 1 && s.Ref == nil && !constrains(&own)
}

// saysObject reports whether s says "type": "object" and no other type.
func saysObject(s *jsonschema.Schema) bool {
	return slices.Equal(s.Types, []string{"object"})
}

// objectAllOf returns the parts of the allOf of s and the schema of each
// property they describe (see objectParts) when allOfType makes s a struct
// that holds objects only (one part says "type": "object"), or nil.
func (b *builder) objectAllOf(s *jsonschema.Schema) ([]*jsonschema.Schema, map[string]*jsonschema.Schema) {
	if len(s.AllOf) == 0 || b.dynamicDocument(s) || b.assertsFormat(s) || wrapsOne(s) {
		return nil, nil
	}
	if parts, props := b.objectParts(s, 0); slices.ContainsFunc(parts, saysObject) {
		return parts, props
	}
	return nil, nil
}

// closedByUnevaluated reports whether s says "unevaluatedProperties": false.
func closedByUnevaluated(s *jsonschema.Schema) bool {
	u := s.UnevaluatedProperties
	return u != nil && u.Always != nil && !*u.Always
}

// maxAllOfDepth bounds how deep objectParts follows allOf within allOf.
const maxAllOfDepth = 16

// objectParts returns, in order, the schemas the allOf branches of s stand
// for (following references and nested allOf), and s, when each has nothing
// but properties, required, annotations and, if any, the type "object", and
// one schema of each property says what all those the parts give it say
// together: that schema, by property, is the map it returns (see
// propertySchemas; only at depth 0, where the parts are all known).
// Otherwise nil. If one of them says "type": "object", their allOf is
// exactly the object with all their properties, requiring what any of them
// requires, and any other property.
func (b *builder) objectParts(s *jsonschema.Schema, depth int) ([]*jsonschema.Schema, map[string]*jsonschema.Schema) {
	top := s
	if depth == 0 && closedByUnevaluated(s) {
		open := *s
		open.UnevaluatedProperties = nil // the struct's Unevaluated (see allOfType)
		top = &open
	}
	if depth > maxAllOfDepth || !b.plainObjectPart(top) {
		return nil, nil
	}
	var parts []*jsonschema.Schema
	for _, branch := range s.AllOf {
		branch = b.followRefs(branch)
		sub := []*jsonschema.Schema{branch}
		if len(branch.AllOf) > 0 {
			sub, _ = b.objectParts(branch, depth+1)
		} else if !b.plainObjectPart(branch) {
			return nil, nil
		}
		if sub == nil {
			return nil, nil
		}
		parts = append(parts, sub...)
	}
	parts = append(parts, s) // what s adds to what it extends comes after it
	if depth > 0 {
		return parts, nil
	}
	props, ok := b.propertySchemas(parts)
	if !ok {
		return nil, nil // two schemas for one property, both of which apply
	}
	return parts, props
}

// propertySchemas returns, for each property that parts describe, the one
// schema that says what all of their schemas for it say together (see
// narrowest), and false when a property has no such schema.
func (b *builder) propertySchemas(parts []*jsonschema.Schema) (map[string]*jsonschema.Schema, bool) {
	all := map[string][]*jsonschema.Schema{}
	for _, p := range parts {
		for name, ps := range p.Properties {
			all[name] = append(all[name], ps)
		}
	}
	out := make(map[string]*jsonschema.Schema, len(all))
	for name, list := range all {
		s := b.narrowest(list)
		if s == nil {
			return nil, false
		}
		out[name] = s
	}
	return out, true
}

// narrowest returns the schema of list (a property's schemas in the parts
// of an allOf, in order) that accepts exactly what all of them accept
// together: the first, when they all say the same (see sameSchema); or one
// that lists its values (enum or const) when each of the values it accepts
// is accepted by all the others, as when OpenAPI's discriminator limits
// the "type" property that a base component declares a string. Otherwise
// nil.
func (b *builder) narrowest(list []*jsonschema.Schema) *jsonschema.Schema {
	if !slices.ContainsFunc(list[1:], func(s *jsonschema.Schema) bool { return !b.sameSchema(list[0], s) }) {
		return list[0]
	}
	for _, s := range list {
		if valuesWithin(s, list) {
			return s
		}
	}
	return nil
}

// valuesWithin reports whether s lists its values and every schema of
// list accepts each value that s accepts, by jsonschema/v5's verdict. A
// value that sends a schema into an endless loop accepts nothing known.
func valuesWithin(s *jsonschema.Schema, list []*jsonschema.Schema) bool {
	values := s.Enum
	if s.Constant != nil {
		values = s.Constant
	}
	if values == nil {
		return false
	}
	// accepts is jsonschema/v5's verdict; ok is false when it has none.
	accepts := func(s *jsonschema.Schema, v any) (accepted, ok bool) {
		var invalid *jsonschema.ValidationError
		switch err := s.Validate(v); {
		case err == nil:
			return true, true
		case errors.As(err, &invalid):
			return false, true
		}
		return false, false
	}
	for _, v := range values {
		switch in, ok := accepts(s, v); {
		case !ok:
			return false
		case !in:
			continue // listed, but another keyword of s rejects it
		}
		for _, other := range list {
			if in, ok := accepts(other, v); other != s && (!in || !ok) {
				return false
			}
		}
	}
	return true
}

// plainObjectPart reports whether s, apart from its allOf, has nothing but
// properties, required, annotations, patternProperties whose schemas allow
// any value (the "^x-": {} of extensions, which constrain nothing without
// additionalProperties) and, if any, the type "object" (no $ref either:
// beside other keywords, it is one more schema that applies; and it is not
// a boolean schema).
func (b *builder) plainObjectPart(s *jsonschema.Schema) bool {
	if s.Ref != nil || s.Always != nil || len(s.Types) > 1 || len(s.Types) == 1 && s.Types[0] != "object" || b.assertsFormat(s) || b.dynamicDocument(s) {
		return false
	}
	rest := *s
	rest.AllOf, rest.Types, rest.Properties, rest.Required = nil, nil, nil, nil
	if s.AdditionalProperties == nil && openPatterns(s) {
		rest.PatternProperties = nil
	}
	return !constrains(&rest)
}

// followRefs returns the schema that s stands for when it is nothing but a
// reference (see pureRef), through at most maxAllOfDepth of them.
func (b *builder) followRefs(s *jsonschema.Schema) *jsonschema.Schema {
	for hop := 0; hop <= maxAllOfDepth; hop++ {
		t, ok := b.pureRef(s)
		if !ok {
			break
		}
		s = t
	}
	return s
}

// sameSchema reports whether two schemas that parts of an allOf give one
// property say the same, so that the property's field can follow either:
// they are one schema, or references to one schema, or the same
// JSON in one schema resource of one document (where the same references
// find the same schemas), apart from the annotations beside their keywords
// and the order of those keywords. A base schema and the component that
// extends it often both describe a property so, the extension in its own
// words.
func (b *builder) sameSchema(x, y *jsonschema.Schema) bool {
	x, y = b.followRefs(x), b.followRefs(y)
	if x == y {
		return true
	}
	dx, px, nx := b.load.source(x)
	dy, py, ny := b.load.source(y)
	if nx == nil || ny == nil || dx != dy || resourceRoot(dx.root, px) != resourceRoot(dy.root, py) {
		return false
	}
	return bytes.Equal(keywordsOnly(nx).Encode(), keywordsOnly(ny).Encode())
}

// annotationKeywords are the keywords sameSchema leaves out: they document
// a schema and change neither what it accepts nor the Go type it makes.
var annotationKeywords = []string{"$comment", "description", "example", "examples", "title"}

// keywordsOnly returns the schema object n without its annotationKeywords,
// its members sorted by name; n itself when it is not an object.
func keywordsOnly(n *document.Node) *document.Node {
	if n.Kind != document.Object {
		return n
	}
	out := &document.Node{Kind: document.Object}
	for _, m := range n.Members {
		if !slices.Contains(annotationKeywords, m.Name) {
			out.Members = append(out.Members, m)
		}
	}
	slices.SortFunc(out.Members, func(a, b document.Member) int { return strings.Compare(a.Name, b.Name) })
	return out
}
