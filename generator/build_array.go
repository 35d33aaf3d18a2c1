package generator

import (
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
)

// array builds the type of a JSON array whose items share one schema.
func (b *builder) array(s *jsonschema.Schema, o ir.Origin, c ir.Common, hint string) ir.Type {
	var elem ir.Type
	if item, ok := s.Items.(*jsonschema.Schema); ok {
		elem = b.use(item, hint+"Item")
	} else {
		elem = &ir.Raw{Origin: o, Common: ir.Common{MaxEncodedSize: -1}}
	}
	return &ir.Slice{Origin: o, Common: c, Elem: elem, MinItems: s.MinItems, MaxItems: s.MaxItems, UniqueItems: s.UniqueItems}
}
