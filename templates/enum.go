package templates

import (
	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// emitEnum emits a named string or integer type with one constant per value:
//
//	type Status string
//
//	// Values of Status.
//	const (
//		StatusActive  Status = "active"
//		StatusRetired Status = "retired"
//	)
//
// Validate accepts exactly those values (and checks the base type's other
// constraints, if any).
func (c *emitter) emitEnum(o output, d *ir.Decl, e *ir.Enum) {
	f := o.api
	addComment(f, declDoc(d))
	f.Type().Id(d.Name).Add(goType(e.Base))
	f.Line()
	var consts, values []jen.Code
	lits := stringLits
	if i, ok := e.Base.(*ir.Integer); ok {
		lits = integerLits(i.Bits)
	}
	for _, v := range e.Values {
		lit, _ := lits(v.Value)
		consts = append(consts, jen.Id(v.Name).Id(d.Name).Op("=").Add(lit))
		values = append(values, lit)
	}
	f.Commentf("// Values of %s.", d.Name)
	f.Const().Defs(consts...)
	f.Line()
	commonMethods(f, d.Name, enumDocs)
	x := deref(jen.Id("x"))
	validate := []jen.Code{c.enumSwitch(e, x.Clone())}
	base := withoutEnum(e.Base)
	c.named = true
	validate = append(validate, c.validateValue(base, x.Clone(), 1)...)
	internalMethods(o.codec, d.Name,
		decodeEnum(base, e, decodeTarget{dst: x.Clone(), conv: jen.Id(d.Name)}),
		encodeValue(base, x.Clone(), goType(base), 1),
		validate)
	emitLookedUp(o.codec, d, e, values)
}

// enumSwitch checks that v, of the enum's type, is one of its values:
//
//	switch v { case StatusActive, StatusRetired: default: e.Add(...) }
func (c *emitter) enumSwitch(e *ir.Enum, v *jen.Statement) jen.Code {
	var names []jen.Code
	for _, val := range e.Values {
		names = append(names, jen.Id(val.Name))
	}
	return jen.Switch(v).Block(
		jen.Case(names...),
		jen.Default().Block(c.violation(e.Origin, "enum", message("enum", joinValues(enumValues(e))))),
	)
}

// onlyEnum returns the enum that t names when its values are all it checks,
// else nil. The base's checks are built as emitEnum builds them, by an
// emitter of the enum's own declaration: a pattern among them has a
// variable in that declaration's names, not in the caller's.
func onlyEnum(t ir.Type) *ir.Enum {
	n, ok := t.(*ir.Named)
	if !ok {
		return nil
	}
	e, ok := n.Decl.Type.(*ir.Enum)
	if !ok {
		return nil
	}
	own := &emitter{vars: n.Decl.Patterns, named: true}
	if len(own.validateValue(withoutEnum(e.Base), jen.Id("x"), 1)) > 0 {
		return nil
	}
	return e
}

// decodeEnum reads a value of an enum whose base type, without the enum,
// is base. A string that is one of the values the decoder looks up (see
// ir.Enum.LookedUp) comes back as the value itself, without a copy:
//
//	*x = Status(d.StringOf("status.json#/type", statusValues...))
func decodeEnum(base ir.Type, e *ir.Enum, to decodeTarget) []jen.Code {
	if e.ValuesVar == "" {
		return decodeValue(base, to, 1)
	}
	return []jen.Code{to.assign(jen.Id("d").Dot("StringOf").Call(jen.Lit(ir.TypeLocation(base)), jen.Id(e.ValuesVar).Op("...")))}
}

// emitLookedUp declares the variable of the values that decoding looks up,
// if any, with the literals of the enum's constants:
//
//	var statusValues = []string{"active", "retired"}
func emitLookedUp(f *jen.File, d *ir.Decl, e *ir.Enum, values []jen.Code) {
	if e.ValuesVar == "" {
		return
	}
	f.Commentf("// %s are the values of %s that decoding looks up.", e.ValuesVar, d.Name)
	f.Var().Id(e.ValuesVar).Op("=").Index().String().Values(values...)
	f.Line()
}

func enumValues(e *ir.Enum) []ir.Value {
	out := make([]ir.Value, len(e.Values))
	for i, v := range e.Values {
		out[i] = v.Value
	}
	return out
}

// withoutEnum returns a copy of an enum's base type without the enum keyword,
// which the enum's own switch checks.
func withoutEnum(t ir.Type) ir.Type {
	switch t := t.(type) {
	case *ir.String:
		c := *t
		c.Common.Enum = nil
		return &c
	case *ir.Integer:
		c := *t
		c.Common.Enum = nil
		return &c
	}
	return t
}
