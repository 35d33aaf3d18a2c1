package generator

import (
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/generator/naming"
)

// object builds the type of a JSON object: a *ir.Struct when the schema names
// properties, else a *ir.Map of its additional properties.
func (b *builder) object(s *jsonschema.Schema, o ir.Origin, c ir.Common, hint string) ir.Type {
	extra := b.additional(s, o, hint)
	names := b.load.propertyOrder(s)
	if len(names) == 0 && len(s.Required) == 0 && extra != nil {
		return &ir.Map{Origin: o, Common: c, Value: extra, MinProperties: s.MinProperties, MaxProperties: s.MaxProperties}
	}
	st := &ir.Struct{Origin: o, Common: c, MinProperties: s.MinProperties, MaxProperties: s.MaxProperties}
	required := map[string]bool{}
	for _, r := range s.Required {
		required[r] = true
	}
	for _, name := range names {
		ps := s.Properties[name]
		f := &ir.Field{
			Name:     b.goName(ps, naming.GoName(name)),
			JSONName: name,
			Origin:   b.origin(ps),
			Doc:      docOf(ps),
			Type:     b.use(ps, childHint(hint, naming.GoName(name))),
			Required: required[name],
		}
		f.Default = fieldDefault(ps, f)
		st.Fields = append(st.Fields, f)
	}
	// A required property the schema does not describe may hold any value
	// (or whatever additionalProperties allows); it gets a field so that its
	// presence is part of the Go type.
	seen := map[string]bool{}
	for _, name := range s.Required {
		if _, ok := s.Properties[name]; ok || seen[name] {
			continue
		}
		seen[name] = true
		st.Fields = append(st.Fields, &ir.Field{
			Name: naming.GoName(name), JSONName: name, Origin: o, Type: extra, Required: true,
		})
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
