package generator

import (
	"slices"
	"strconv"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
)

// union returns the *ir.Union for a schema whose oneOf (or anyOf) branches
// each have a Go type of their own, or nil. The union's Check validates the
// whole schema, so other keywords beside oneOf are allowed: the typed
// variants are a view of the value, not its only validation.
func (b *builder) union(s *jsonschema.Schema, hint string) *ir.Union {
	keyword, branches := "oneOf", s.OneOf
	if len(branches) == 0 {
		keyword, branches = "anyOf", s.AnyOf
	} else if len(s.AnyOf) > 0 {
		return nil
	}
	if len(branches) < 2 || b.dynamicDocument(s) {
		return nil
	}
	for _, br := range branches {
		if !b.typedBranch(br) {
			return nil
		}
	}
	u := &ir.Union{Origin: b.origin(s), Keyword: keyword, Check: b.check(s), Discriminator: b.discriminator(branches)}
	for i, br := range branches {
		t := b.use(br, childHint(hint, "Variant"+strconv.Itoa(i)))
		u.Variants = append(u.Variants, &ir.Variant{Name: variantName(t, i), Type: t, Check: b.check(br)})
	}
	u.ByVariant = b.onlyApplicator(s) && (keyword == "anyOf" || u.Discriminator != nil)
	return u
}

// onlyApplicator reports whether oneOf or anyOf is the only keyword of s
// that constrains values.
func (b *builder) onlyApplicator(s *jsonschema.Schema) bool {
	rest := *s
	rest.OneOf, rest.AnyOf = nil, nil
	return rest.Ref == nil && !constrains(&rest) && !b.assertsFormat(s)
}

// discriminator finds a property that tells object branches apart: every
// branch requires it and allows only strings (by const or enum) that no
// other branch allows. It tries the first branch's required properties in
// order and returns nil when none qualifies.
func (b *builder) discriminator(branches []*jsonschema.Schema) *ir.Discriminator {
	objects := make([]*jsonschema.Schema, len(branches))
	for i, br := range branches {
		if target, ok := b.pureRef(br); ok {
			br = target
		}
		if len(br.Types) != 1 || br.Types[0] != "object" {
			return nil
		}
		objects[i] = br
	}
	for _, name := range objects[0].Required {
		if values := b.tagValues(objects, name); values != nil {
			return &ir.Discriminator{Property: name, Values: values}
		}
	}
	return nil
}

// tagValues returns, by branch, the strings that each branch allows for the
// required property name, or nil unless no string is allowed by two
// branches.
func (b *builder) tagValues(objects []*jsonschema.Schema, name string) [][]string {
	seen := map[string]bool{}
	values := make([][]string, len(objects))
	for i, o := range objects {
		prop, ok := o.Properties[name]
		if !ok || !slices.Contains(o.Required, name) {
			return nil
		}
		if target, ok := b.pureRef(prop); ok {
			prop = target
		}
		allowed := prop.Enum
		if prop.Constant != nil {
			allowed = prop.Constant
		}
		if len(allowed) == 0 {
			return nil
		}
		for _, v := range allowed {
			str, ok := v.(string)
			if !ok || seen[str] {
				return nil
			}
			seen[str] = true
			values[i] = append(values[i], str)
		}
	}
	return values
}

// typedBranch reports whether a branch gets a typed Go value: one JSON type
// (not null), and nothing a static type cannot express.
func (b *builder) typedBranch(s *jsonschema.Schema) bool {
	if target, ok := b.pureRef(s); ok {
		s = target
	}
	if needsCheck(s) || s.Ref != nil || b.dynamicDocument(s) || len(s.Types) != 1 || s.Types[0] == "null" {
		return false
	}
	return !b.assertsFormat(s) || b.textType(s) || b.stringFormat(s) || s.Format == "int32" || s.Format == "int64"
}

// variantName is the field name a variant wants: its type's name, or its
// JSON type.
func variantName(t ir.Type, i int) string {
	switch t := t.(type) {
	case *ir.Named:
		return t.Decl.Name
	case *ir.String:
		return "String"
	case *ir.Integer:
		return "Integer"
	case *ir.Number:
		return "Number"
	case *ir.Boolean:
		return "Boolean"
	case *ir.Slice:
		return "Array"
	case *ir.Map:
		return "Object"
	}
	return "Variant" + strconv.Itoa(i)
}
