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
func (c *checker) emitDefined(f *jen.File, d *ir.Decl) {
	addComment(f, declDoc(d))
	f.Type().Id(d.Name).Add(goType(d.Type))
	f.Line()
	commonMethods(f, d.Name)
	x := deref(jen.Id("x"))
	var base *jen.Statement
	switch d.Type.(type) {
	case *ir.Slice, *ir.Map:
	default:
		base = goType(d.Type)
	}
	internalMethods(f, d.Name,
		decodeValue(d.Type, decodeTarget{dst: x.Clone(), conv: jen.Id(d.Name)}, 1),
		encodeValue(d.Type, x.Clone(), base, 1),
		c.checkValue(d.Type, x.Clone(), 1))
}
