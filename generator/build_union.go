package generator

import (
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
	u := &ir.Union{Origin: b.origin(s), Keyword: keyword, Check: b.check(s)}
	for i, br := range branches {
		t := b.use(br, childHint(hint, "Variant"+strconv.Itoa(i)))
		u.Variants = append(u.Variants, &ir.Variant{Name: variantName(t, i), Type: t, Check: b.check(br)})
	}
	return u
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
	return !b.assertFormat || s.Format == "" || s.Format == "int32" || s.Format == "int64"
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
