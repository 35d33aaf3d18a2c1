package templates

import (
	"encoding/json"
	"unicode/utf8"

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
	var consts []jen.Code
	lits := stringLits
	if i, ok := e.Base.(*ir.Integer); ok {
		lits = integerLits(i.Bits)
	}
	for _, v := range e.Values {
		lit, _ := lits(v.Value)
		consts = append(consts, jen.Id(v.Name).Id(d.Name).Op("=").Add(lit))
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

// maxSharedValues is the most values of a string enum that decoding looks
// up (see decodeEnum): it compares the string with each in turn, which
// costs more than a copy past a few values.
const maxSharedValues = 16

// decodeEnum reads a value of an enum whose base type, without the enum,
// is base. A string that is one of a few values, each written in JSON as
// it is (see writtenAsIs), comes back as the value itself, without a copy:
//
//	*x = Status(d.StringOf("status.json#/type", "active", "retired"))
func decodeEnum(base ir.Type, e *ir.Enum, to decodeTarget) []jen.Code {
	if _, ok := base.(*ir.String); !ok || len(e.Values) > maxSharedValues {
		return decodeValue(base, to, 1)
	}
	args := []jen.Code{jen.Lit(ir.TypeLocation(base))}
	for _, v := range e.Values {
		var s string
		if json.Unmarshal(v.Value, &s) != nil || !writtenAsIs(s) {
			return decodeValue(base, to, 1)
		}
		args = append(args, jen.Lit(s))
	}
	return []jen.Code{to.assign(jen.Id("d").Dot("StringOf").Call(args...))}
}

// writtenAsIs reports whether s is valid UTF-8 with no character that a
// JSON string must escape ('"', '\\' and the controls below U+0020), so
// that the bytes of s between quotes are a literal of s and of nothing
// else, which Decoder.StringOf requires of the values it knows.
func writtenAsIs(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			return false
		}
	}
	return true
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
