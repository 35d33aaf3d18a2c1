package templates

import (
	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// emitDefined emits a named type over a Go type that is not a struct or an
// enum, for a definition such as {"type": "string", "format": "email"} or
// {"type": "array", "items": {...}}:
//
//	type Email string
//	type Tags []string
//	type Anything json.RawMessage
//	type Timestamp jsonrt.DateTime // with --format-types
//	type Amount big.Int            // a root schema with x-go-type
func (c *emitter) emitDefined(o output, d *ir.Decl) {
	addComment(o.api, declDoc(d))
	o.api.Type().Id(d.Name).Add(goType(d.Type))
	o.api.Line()
	commonMethods(o.api, d.Name, definedDocs(d.Type))
	c.named = true
	x := deref(jen.Id("x"))
	var base *jen.Statement
	switch d.Type.(type) {
	case *ir.Slice, *ir.Map:
	case *ir.Formatted, *ir.External:
		// The named type has none of the methods of the type it is defined
		// over, which decoding, encoding and checking call: they go through
		// a pointer to that type.
		//
		//	(*jsonrt.DateTime)(x).DecodeJSON(d, "event.json#/$defs/Timestamp/type")
		x = deref(jen.Parens(jen.Op("*").Add(goType(d.Type))).Call(jen.Id("x")))
		internalMethods(o.codec, d.Name, decodeValue(d.Type, decodeTarget{dst: x}, 1), encodeValue(d.Type, x, nil, 1), c.validateValue(d.Type, x, 1))
		return
	default:
		base = goType(d.Type)
	}
	internalMethods(o.codec, d.Name,
		decodeValue(d.Type, decodeTarget{dst: x.Clone(), conv: jen.Id(d.Name)}, 1),
		encodeValue(d.Type, x.Clone(), base, 1),
		c.validateValue(d.Type, x.Clone(), 1))
}
