package generator

import (
	"slices"
	"strconv"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/generator/naming"
)

// branchesType returns the type of a schema whose oneOf (or anyOf)
// branches each have a Go type of their own, and whether it allows null, or
// nil. A branch that allows null and nothing else ({"type": "null"}, the
// usual way to make a union or a reference nullable) is left out, provided
// nothing else in s could reject null: the type is then nullable. The type
// is a union of the other branches, or, when one is left and nothing but
// annotations is beside oneOf or anyOf, its shape.
func (b *builder) branchesType(s *jsonschema.Schema, hint string) (ir.Type, bool) {
	keyword, others, nullable := b.typedBranches(s)
	if others == nil {
		return nil, false
	}
	if len(others) == 1 {
		if !b.onlyApplicator(s) {
			return nil, false
		}
		// One branch (and perhaps null) is what the schema accepts, as
		// one schema in an allOf is. The branch's shape is the schema's:
		// a declaration, if it needs one, is the schema's, not a second
		// one for the branch.
		t, _ := b.shape(others[0], hint)
		return t, nullable
	}
	return b.union(s, keyword, others, hint), nullable
}

// typedBranches returns the keyword of s (oneOf or anyOf) and its branches
// but a null one, and whether there is a null one, when each of those
// branches gets a Go type of its own (see typedBranch); else nil branches.
func (b *builder) typedBranches(s *jsonschema.Schema) (keyword string, others []*jsonschema.Schema, nullable bool) {
	keyword, branches := "oneOf", s.OneOf
	if len(branches) == 0 {
		keyword, branches = "anyOf", s.AnyOf
	} else if len(s.AnyOf) > 0 {
		return "", nil, false
	}
	if b.dynamicDocument(s) {
		return "", nil, false
	}
	others = slices.DeleteFunc(slices.Clone(branches), onlyNull)
	nullable = len(others) == len(branches)-1
	if nullable && !b.onlyApplicator(s) || len(others) < len(branches)-1 || len(others) == 0 {
		return "", nil, false
	}
	for _, br := range others {
		if !b.typedBranch(br) {
			return "", nil, false
		}
	}
	return keyword, others, nullable
}

// unionOfBranches reports whether s is a union (see branchesType) of two
// or more typed branches and no null one, which can then be a branch of
// another union (OpenAI's stream events are a oneOf of such oneOfs), and
// returns that union's discriminator, if it has one. A schema that is
// among its own branches, at any depth, is not such a union.
func (b *builder) unionOfBranches(s *jsonschema.Schema) (bool, *ir.Discriminator) {
	if u, ok := b.unionBranch[s]; ok {
		return u.is, u.tag
	}
	b.unionBranch[s] = unionBranch{} // not one, while its branches are looked at
	var u unionBranch
	if _, others, nullable := b.typedBranches(s); len(others) >= 2 && !nullable {
		u = unionBranch{is: true, tag: b.discriminator(others)}
	}
	b.unionBranch[s] = u
	return u.is, u.tag
}

// unwrap returns the schema that s stands for when it is nothing but a
// reference (see pureRef), or one schema in an allOf, oneOf or anyOf beside
// annotations only, through at most maxAllOfDepth of them.
func (b *builder) unwrap(s *jsonschema.Schema) *jsonschema.Schema {
	for hop := 0; hop <= maxAllOfDepth; hop++ {
		if t, ok := b.pureRef(s); ok {
			s = t
			continue
		}
		var one []*jsonschema.Schema
		switch {
		case wrapsOne(s):
			one = s.AllOf
		case len(s.OneOf) == 1 && len(s.AnyOf) == 0 && b.onlyApplicator(s) && !b.dynamicDocument(s):
			one = s.OneOf
		case len(s.AnyOf) == 1 && len(s.OneOf) == 0 && b.onlyApplicator(s) && !b.dynamicDocument(s):
			one = s.AnyOf
		default:
			return s
		}
		s = one[0]
	}
	return s
}

// A unionBranch is what unionOfBranches finds of a schema.
type unionBranch struct {
	is  bool
	tag *ir.Discriminator
}

// union returns the *ir.Union of typed branches, those of the keyword of s
// that are not the null schema. The union's Check validates the whole
// schema, so other keywords beside oneOf are allowed: the typed variants
// are a view of the value, not its only validation.
func (b *builder) union(s *jsonschema.Schema, keyword string, branches []*jsonschema.Schema, hint string) *ir.Union {
	u := &ir.Union{Origin: b.origin(s), Keyword: keyword, Check: b.check(s), Discriminator: b.discriminator(branches)}
	for i, br := range branches {
		t := b.use(br, childHint(hint, variantHint(u.Discriminator, i)))
		u.Variants = append(u.Variants, &ir.Variant{Name: variantName(t, i), Type: t, Check: b.check(br)})
	}
	u.ByVariant = b.onlyApplicator(s) && (keyword == "anyOf" || u.Discriminator != nil)
	return u
}

// variantHint is the name that the type of the union's variant i wants,
// after its parent's, when it needs a declaration of its own (an inline
// branch): the discriminator's value that selects it, when only one does
// and it makes a short name (RunEventThreadRunCreated for
// "thread.run.created"), else its position (RunEventVariant0).
func variantHint(d *ir.Discriminator, i int) string {
	if d != nil && len(d.Values[i]) == 1 {
		if name := naming.GoName(d.Values[i][0]); len(name) <= maxHint/2 {
			return name
		}
	}
	return "Variant" + strconv.Itoa(i)
}

// typesUnion returns the union of a schema whose "type" lists several
// scalar types, such as ["string", "integer"] (common in configuration
// schemas): a variant for each, chosen by the value's JSON type. It also
// reports whether the schema allows null. The union's Check validates the
// whole schema, so the variants hold their values unconstrained. It
// returns nil when "type" lists fewer than two types besides null, or an
// object or array type, whose keywords would need a shape of their own.
func (b *builder) typesUnion(s *jsonschema.Schema) (*ir.Union, bool) {
	types, nullable := splitNull(s.Types)
	structured := func(t string) bool { return t == "object" || t == "array" }
	if len(types) < 2 || slices.ContainsFunc(types, structured) || s.Ref != nil || b.dynamicDocument(s) {
		return nil, false
	}
	o := b.origin(s)
	u := &ir.Union{Origin: o, Keyword: "type", Check: b.check(s)}
	for i, jt := range types {
		t := plainScalar(o, jt)
		u.Variants = append(u.Variants, &ir.Variant{Name: variantName(t, i), Type: t, JSONType: jt})
	}
	return u, nullable && allowsNull(s)
}

// plainScalar returns the Go type of the JSON scalar type jt, without
// constraints, for a schema at o.
func plainScalar(o ir.Origin, jt string) ir.Type {
	c := ir.Common{MaxEncodedSize: -1}
	switch jt {
	case "string":
		return &ir.String{Origin: o, Common: c, MinLength: -1, MaxLength: -1}
	case "integer":
		return &ir.Integer{Origin: o, Common: c, Bits: 64}
	case "number":
		return &ir.Number{Origin: o, Common: c}
	}
	return &ir.Boolean{Origin: o, Common: c}
}

// onlyNull reports whether a schema allows null and nothing else:
// {"type": "null"}, {"enum": [null]} or {"const": null}, the last two
// beside a type list that allows null too (OpenAPI 3.0's {"type":
// "object", "nullable": true, "enum": [null]}).
func onlyNull(s *jsonschema.Schema) bool {
	rest := *s
	rest.Types, rest.Enum, rest.Constant = nil, nil, nil
	if s.Always != nil || constrains(&rest) || s.Types == nil && s.Enum == nil && s.Constant == nil {
		return false
	}
	listsNull := s.Enum != nil || s.Constant != nil
	return (s.Types == nil || slices.Equal(s.Types, []string{"null"}) || listsNull && slices.Contains(s.Types, "null")) &&
		(s.Enum == nil || slices.Contains(s.Enum, nil) && !slices.ContainsFunc(s.Enum, func(v any) bool { return v != nil })) &&
		(s.Constant == nil || s.Constant[0] == nil)
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
// other branch allows. A branch is an object schema; an allOf that makes a
// struct of objects (OpenAPI's inheritance, see objectAllOf), whose parts
// together require and describe the property; or a union whose own
// discriminator is that property (see unionOfBranches), which allows the
// values of all its branches. It tries the first branch's required
// properties in order and returns nil when none qualifies.
func (b *builder) discriminator(branches []*jsonschema.Schema) *ir.Discriminator {
	objects := make([]tagSource, len(branches))
	unions := make([]*ir.Discriminator, len(branches))
	for i, br := range branches {
		br = b.unwrap(br)
		if parts, props := b.objectAllOf(br); parts != nil {
			objects[i] = tagSource{parts, props}
		} else if saysObject(br) {
			objects[i] = tagSource{[]*jsonschema.Schema{br}, br.Properties}
		} else if is, tag := b.unionOfBranches(br); is && tag != nil {
			unions[i] = tag
		} else {
			return nil
		}
	}
	var names []string
	if unions[0] != nil {
		names = []string{unions[0].Property}
	}
	for _, p := range objects[0].parts {
		names = append(names, p.Required...)
	}
	for _, name := range names {
		if values := b.tagValues(objects, unions, name); values != nil {
			return &ir.Discriminator{Property: name, Values: values}
		}
	}
	return nil
}

// A tagSource is an object branch of a union, as discriminator reads it:
// the schemas whose properties and required make it, and the schema of
// each property.
type tagSource struct {
	parts []*jsonschema.Schema
	props map[string]*jsonschema.Schema
}

// tagValues returns, by branch, the strings that each branch allows for the
// required property name, or nil unless no string is allowed by two
// branches. A branch is an object (objects) or a union (unions, its
// discriminator).
func (b *builder) tagValues(objects []tagSource, unions []*ir.Discriminator, name string) [][]string {
	seen := map[string]bool{}
	values := make([][]string, len(objects))
	for i, o := range objects {
		var allowed []any
		if u := unions[i]; u != nil {
			if u.Property != name {
				return nil
			}
			for _, vs := range u.Values {
				for _, v := range vs {
					allowed = append(allowed, v)
				}
			}
		} else {
			prop, ok := o.props[name]
			if !ok || !slices.ContainsFunc(o.parts, func(p *jsonschema.Schema) bool { return slices.Contains(p.Required, name) }) {
				return nil
			}
			if target, ok := b.pureRef(prop); ok {
				prop = target
			}
			allowed = prop.Enum
			if prop.Constant != nil {
				allowed = prop.Constant
			}
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
// (not null), and nothing a static type cannot express; or an allOf that
// makes a struct of objects (see objectAllOf); or a union of such branches
// (see unionOfBranches).
func (b *builder) typedBranch(s *jsonschema.Schema) bool {
	s = b.unwrap(s)
	if parts, _ := b.objectAllOf(s); parts != nil {
		return true
	}
	if is, _ := b.unionOfBranches(s); is {
		return true
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
