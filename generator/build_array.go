package generator

import (
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
)

// array builds the type of a JSON array whose items share one schema.
func (b *builder) array(s *jsonschema.Schema, o ir.Origin, c ir.Common, hint string) ir.Type {
	var elem ir.Type
	if item := itemsOf(s); item != nil {
		elem = b.use(item, childHint(hint, "Item"))
	} else {
		elem = &ir.Raw{Origin: o, Common: ir.Common{MaxEncodedSize: -1}}
	}
	return &ir.Slice{Origin: o, Common: c, Elem: elem, MinItems: s.MinItems, MaxItems: s.MaxItems, UniqueItems: s.UniqueItems}
}

// itemsOf returns the schema every item must match: "items" holding one
// schema (draft 2020-12 keeps it in Items2020, earlier drafts in Items), or
// nil.
func itemsOf(s *jsonschema.Schema) *jsonschema.Schema {
	if s.Items2020 != nil {
		return s.Items2020
	}
	item, _ := s.Items.(*jsonschema.Schema)
	return item
}
