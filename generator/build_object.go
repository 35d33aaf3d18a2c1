package generator

import (
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/generator/naming"
)

// object builds the type of a JSON object: a *ir.Struct when the schema names
// properties, else a *ir.Map of its additional properties.
//
// With additionalProperties false beside patternProperties, the other
// properties are those the patterns name: of any value (see openPatterns),
// or of the type of the one pattern's schema (see typedPattern), such as
// the services of a configuration file, named by a pattern. Otherwise, the
// properties whose names match patterns whose schemas constrain are kept
// as raw JSON and checked against those schemas (see checkedPatterns).
func (b *builder) object(s *jsonschema.Schema, o ir.Origin, c ir.Common, hint string) ir.Type {
	var checked []ir.PatternCheck
	if !typedPattern(s) {
		checked = b.patternChecks(s)
	}
	var extra ir.Type
	if len(checked) == 0 || s.AdditionalProperties == false {
		extra = b.additional(s, o, hint)
	} else {
		// The checked patterns' properties are raw JSON, and so are the
		// others, which additionalProperties lets through (see
		// checkedPatterns); its own type would go unused.
		extra = &ir.Raw{Origin: o, Common: ir.Common{MaxEncodedSize: -1}}
	}
	var only []ir.NamePattern
	if extra == nil {
		if only = b.propertyNamePatterns(s); len(only) > 0 {
			extra = &ir.Raw{Origin: o, Common: ir.Common{MaxEncodedSize: -1}}
			if typedPattern(s) {
				for _, ps := range s.PatternProperties { // the one pattern
					if !allowsAny(ps) {
						extra = b.use(ps, childHint(hint, "Value"))
					}
				}
			}
		}
	}
	names := b.load.propertyOrder(s)
	if len(names) == 0 && len(s.Required) == 0 && extra != nil {
		return &ir.Map{Origin: o, Common: c, Value: extra, Names: only, Checked: checked, MinProperties: s.MinProperties, MaxProperties: s.MaxProperties}
	}
	st := b.structOf(o, c, []*jsonschema.Schema{s}, s.Properties, extra, s.MinProperties, s.MaxProperties, hint)
	if st.Extra != nil {
		st.Extra.Only = only
		st.Extra.Checked = checked
	}
	return st
}

// nonObjectField is the Go name a struct's field of values that are not
// objects asks for (see ir.Struct.NonObject).
const nonObjectField = "NonObject"

// untypedObject returns the struct of a schema that describes properties
// without saying "type": "object", or nil. Such a schema accepts any value
// that is not an object (its keywords apply to objects only), which the
// struct keeps raw in a field of its own (ir.Struct.NonObject). It must
// have nothing but what a struct of an object schema may have, and no
// keyword for values of another type.
func (b *builder) untypedObject(s *jsonschema.Schema, o ir.Origin, hint string) *ir.Struct {
	if len(s.Types) > 0 || len(s.Properties) == 0 || s.Ref != nil || s.Always != nil || s.Format != "" || b.dynamicDocument(s) {
		return nil
	}
	typed := *s
	typed.Types = []string{"object"}
	rest := *s
	rest.Properties, rest.Required, rest.PatternProperties, rest.AdditionalProperties = nil, nil, nil, nil
	rest.MinProperties, rest.MaxProperties = -1, -1
	if needsCheck(&typed) || constrains(&rest) {
		return nil
	}
	st := b.object(&typed, o, common(s), hint).(*ir.Struct) // with properties, always a struct
	st.NonObject = nonObjectField
	return st
}

// patternChecks returns the patterns of the patternProperties of s whose
// schemas constrain, with their Checks, sorted (and built in that order,
// which decides the order of the generated check functions).
func (b *builder) patternChecks(s *jsonschema.Schema) []ir.PatternCheck {
	var out []ir.PatternCheck
	for _, p := range b.sortedPatterns(s) {
		if !allowsAny(p.schema) {
			out = append(out, ir.PatternCheck{Pattern: p.Pattern, RE2: p.RE2, Check: b.check(p.schema)})
		}
	}
	return out
}

// propertyNamePatterns returns the patterns of the patternProperties of s,
// sorted.
func (b *builder) propertyNamePatterns(s *jsonschema.Schema) []ir.NamePattern {
	var out []ir.NamePattern
	for _, p := range b.sortedPatterns(s) {
		out = append(out, p.NamePattern)
	}
	return out
}

// A patternSchema is a pattern of patternProperties with its schema.
type patternSchema struct {
	ir.NamePattern
	schema *jsonschema.Schema
}

// sortedPatterns returns the patterns of the patternProperties of s, as
// the schema writes them and in RE2 syntax, with their schemas, sorted by
// pattern.
func (b *builder) sortedPatterns(s *jsonschema.Schema) []patternSchema {
	var out []patternSchema
	for re, ps := range s.PatternProperties {
		src, re2 := b.load.pattern(re.String())
		out = append(out, patternSchema{ir.NamePattern{Pattern: src, RE2: re2}, ps})
	}
	slices.SortFunc(out, func(a, b patternSchema) int { return strings.Compare(a.Pattern, b.Pattern) })
	return out
}

// structOf returns the struct of the object schema made of parts (one
// schema, or the parts of an allOf, see objectParts): a field for each
// property they describe, in their order, and for each property they
// require but do not describe; extra is the type of the other properties,
// or nil when there may be none.
func (b *builder) structOf(o ir.Origin, c ir.Common, parts []*jsonschema.Schema, props map[string]*jsonschema.Schema, extra ir.Type, minProps, maxProps int, hint string) *ir.Struct {
	st := &ir.Struct{Origin: o, Common: c, MinProperties: minProps, MaxProperties: maxProps}
	// What a part says is reported at the part: the first that requires a
	// property, and the first that says "type": "object".
	required := map[string]ir.Origin{}
	for _, p := range parts {
		for _, r := range p.Required {
			if _, ok := required[r]; !ok {
				required[r] = b.origin(p)
			}
		}
		if st.ObjectAt == (ir.Origin{}) && len(p.Types) == 1 && b.origin(p) != o {
			st.ObjectAt = b.origin(p)
		}
	}
	requiredAt := func(name string) ir.Origin {
		if at := required[name]; at != o {
			return at
		}
		return ir.Origin{}
	}
	// A property that several parts describe is a field where the first
	// describes it, documented by that part and of the schema that says
	// what all do (props, see objectParts).
	described := map[string]bool{}
	for _, p := range parts {
		for _, name := range b.load.propertyOrder(p) {
			if described[name] {
				continue
			}
			described[name] = true
			first, ps := p.Properties[name], props[name]
			f := &ir.Field{
				Name:     b.goName(first, naming.GoName(name)),
				JSONName: name,
				Origin:   b.origin(ps),
				Doc:      docOf(first),
				Type:     b.use(ps, childHint(hint, naming.GoName(name))),
			}
			_, f.Required = required[name]
			f.RequiredAt = requiredAt(name)
			f.Default = fieldDefault(ps, f)
			st.Fields = append(st.Fields, f)
		}
	}
	// A required property the schema does not describe may hold any value
	// (or whatever additionalProperties allows); it gets a field so that its
	// presence is part of the Go type.
	for _, p := range parts {
		for _, name := range p.Required {
			if described[name] {
				continue
			}
			described[name] = true
			st.Fields = append(st.Fields, &ir.Field{
				Name: naming.GoName(name), JSONName: name, Origin: o, Type: extra, Required: true, RequiredAt: requiredAt(name),
			})
		}
	}
	if extra != nil {
		st.Extra = &ir.Extra{Name: "AdditionalProperties", Value: extra}
	}
	return st
}

// additional returns the type of the properties s does not name, or nil
// when additionalProperties is false.
func (b *builder) additional(s *jsonschema.Schema, o ir.Origin, hint string) ir.Type {
	switch ap := s.AdditionalProperties.(type) {
	case bool:
		if !ap {
			return nil
		}
	case *jsonschema.Schema:
		return b.use(ap, childHint(hint, "Value"))
	}
	return &ir.Raw{Origin: o, Common: ir.Common{MaxEncodedSize: -1}}
}
