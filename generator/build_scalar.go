package generator

import (
	"encoding/json"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
)

// str builds the type of a JSON string: an *ir.Formatted when a Go type
// holds its format, else an *ir.Enum for a string enum, else an *ir.String.
func (b *builder) str(s *jsonschema.Schema, o ir.Origin, c ir.Common) ir.Type {
	t := &ir.String{Origin: o, Common: c, MinLength: s.MinLength, MaxLength: s.MaxLength}
	if re := schemaPattern(s); re != "" {
		t.Pattern, t.RE2 = b.load.pattern(re)
	}
	if runtime := b.formatTypes[s.Format]; runtime != "" {
		return &ir.Formatted{Origin: o, Format: s.Format, Type: runtime, Text: t}
	}
	if b.stringFormat(s) {
		t.Format = s.Format
	}
	if e := enumOf(o, t, s.Enum, "string"); e != nil {
		return e
	}
	return t
}

// number builds the type of a JSON number. An integer is an int64, or an
// int32 when the schema says "format": "int32"; an integer enum becomes an
// *ir.Enum.
func (b *builder) number(s *jsonschema.Schema, o ir.Origin, c ir.Common, typ string) ir.Type {
	bounds := ir.Bounds{
		Minimum: s.Minimum, Maximum: s.Maximum,
		ExclusiveMinimum: s.ExclusiveMinimum, ExclusiveMaximum: s.ExclusiveMaximum,
		MultipleOf: s.MultipleOf,
	}
	if typ == "number" {
		return &ir.Number{Origin: o, Common: c, Bounds: bounds}
	}
	bits := 64
	if s.Format == "int32" {
		bits = 32
	}
	t := &ir.Integer{Origin: o, Common: c, Bits: bits, Bounds: bounds}
	if e := enumOf(o, t, representable(s.Enum, bits), "integer"); e != nil {
		return e
	}
	return t
}

func (b *builder) boolean(o ir.Origin, c ir.Common) ir.Type {
	return &ir.Boolean{Origin: o, Common: c}
}

// representable keeps the enum values that fit in a Go integer of the given
// width; no decoded value can equal the others.
func representable(values []any, bits int) []any {
	var out []any
	for _, v := range values {
		n, ok := v.(json.Number)
		if !ok {
			out = append(out, v)
			continue
		}
		if i, err := n.Int64(); err == nil && (bits == 64 || i == int64(int32(i))) {
			out = append(out, v)
		}
	}
	return out
}

// enumOf returns an *ir.Enum over base when every enum value has the JSON
// type typ, so that each can be a typed Go constant; else nil, and the base
// type checks the enum itself.
func enumOf(o ir.Origin, base ir.Type, values []any, typ string) *ir.Enum {
	if len(values) == 0 {
		return nil
	}
	e := &ir.Enum{Origin: o, Base: base}
	for _, v := range values {
		if jsonType(v) != typ {
			return nil
		}
		e.Values = append(e.Values, ir.EnumValue{Value: encodeValue(v)})
	}
	return e
}
