package templates

import (
	"bytes"
	"math/big"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// emitDefaults makes the defaults of a struct's properties usable from Go
// (see ir.FieldDefault): a typed constant for a string, number or boolean,
// a function returning a new copy of any other value, and a getter for a
// field that may be absent.
//
//	// DefaultPetAge is the default of [Pet.Age].
//	const DefaultPetAge int32 = 1
//
//	// DefaultPetTags returns a new copy of the default of [Pet.Tags], ["new"].
//	func DefaultPetTags() []string {
//		var v []string
//		if err := json.Unmarshal([]byte(`["new"]`), &v); err != nil {
//			panic("schemagen: the default of Pet.Tags does not decode: " + err.Error())
//		}
//		return v
//	}
//
//	// AgeOrDefault returns x.Age, or [DefaultPetAge] when the property is absent.
//	func (x *Pet) AgeOrDefault() int32 {
//		if x.Age != nil {
//			return *x.Age
//		}
//		return DefaultPetAge
//	}
//
// A struct type that several declarations share gets its constants and
// functions once, with the first, and its getters with each.
func emitDefaults(f *jen.File, d *ir.Decl, st *ir.Struct) {
	for _, fd := range st.Fields {
		def := fd.Default
		if def == nil {
			continue
		}
		typ := goType(withoutNull(fd.Type))
		if def.Owner == d {
			if def.Const {
				f.Commentf("// %s is the default of [%s.%s].", def.Name, d.Name, fd.Name)
				f.Const().Id(def.Name).Add(typ.Clone()).Op("=").Add(constLit(fd.Type, fd.Doc.Default))
			} else {
				emitDefaultFunc(f, d, fd, typ.Clone())
			}
			f.Line()
		}
		if def.Getter == "" {
			continue
		}
		field := jen.Id("x").Dot(fd.Name)
		value := field.Clone()
		if !nilable(fd.Type) {
			value = deref(field.Clone())
		}
		fallback := jen.Id(def.Name)
		if !def.Const {
			fallback = fallback.Call()
		}
		f.Commentf("// %s returns x.%s, or [%s] when the property is absent.", def.Getter, fd.Name, def.Name)
		f.Func().Params(jen.Id("x").Op("*").Id(d.Name)).Id(def.Getter).Params().Add(typ).Block(
			jen.If(field.Clone().Op("!=").Nil()).Block(jen.Return(value)),
			jen.Return(fallback),
		)
		f.Line()
	}
}

// emitDefaultFunc emits the function that returns a new copy of a default
// that no constant can hold. The generator checked that the default decodes.
func emitDefaultFunc(f *jen.File, d *ir.Decl, fd *ir.Field, typ *jen.Statement) {
	def := fd.Default
	f.Commentf("// %s returns a new copy of the default of [%s.%s], %s.", def.Name, d.Name, fd.Name, oneLine(string(fd.Doc.Default)))
	f.Func().Id(def.Name).Params().Add(typ.Clone()).Block(
		jen.Var().Id("v").Add(typ),
		jen.If(
			jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Index().Byte().Call(stringLit(string(fd.Doc.Default))), jen.Op("&").Id("v")),
			jen.Err().Op("!=").Nil(),
		).Block(jen.Panic(jen.Lit("schemagen: the default of "+d.Name+"."+fd.Name+" does not decode: ").Op("+").Err().Dot("Error").Call())),
		jen.Return(jen.Id("v")),
	)
}

// defaultText is the doc comment line that shows a default and, when Go
// code can use it, where: owner is the type whose field has the default.
//
//	Default: 60; see [DefaultPetAge] and [Pet.AgeOrDefault].
func defaultText(owner string, doc ir.Doc, def *ir.FieldDefault) string {
	if doc.Default == nil {
		return ""
	}
	text := "Default: " + oneLine(string(doc.Default))
	switch {
	case def == nil:
	case def.Getter != "":
		text += "; see [" + def.Name + "] and [" + owner + "." + def.Getter + "]"
	default:
		text += "; see [" + def.Name + "]"
	}
	return text + "."
}

// withoutNull returns the type of t's values apart from null.
func withoutNull(t ir.Type) ir.Type {
	if n, ok := t.(*ir.Nullable); ok {
		return n.Elem
	}
	return t
}

// constLit returns the Go constant for v, a default of type t that the
// generator found to fit it (see ir.FieldDefault.Const): an enum's named
// constant, or an untyped literal.
func constLit(t ir.Type, v ir.Value) jen.Code {
	switch t := withoutNull(t).(type) {
	case *ir.Named:
		return constLit(t.Decl.Type, v)
	case *ir.Enum:
		for _, ev := range t.Values {
			if sameScalar(ev.Value, v) {
				return jen.Id(ev.Name)
			}
		}
		return constLit(t.Base, v)
	case *ir.Integer:
		if r, ok := new(big.Rat).SetString(string(v)); ok && r.IsInt() && r.Num().IsInt64() {
			return intLit(r.Num().Int64())
		}
	case *ir.Number:
		// The schema's own spelling: a JSON number is a Go float literal,
		// and the generator checked that float64 holds it exactly.
		return jen.Id(string(v))
	case *ir.String:
		if lit, ok := stringLits(v); ok {
			return lit
		}
	case *ir.Boolean:
		if lit, ok := booleanLits(v); ok {
			return lit
		}
	}
	panic("templates: " + t.TypeOrigin().String() + ": a constant default that does not fit its type")
}

// sameScalar reports whether two JSON strings or numbers are equal (1 and
// 1.0 are).
func sameScalar(a, b ir.Value) bool {
	x, xok := new(big.Rat).SetString(string(a))
	y, yok := new(big.Rat).SetString(string(b))
	if xok && yok {
		return x.Cmp(y) == 0
	}
	return bytes.Equal(a, b)
}

// stringLit is a Go string literal for s: raw (`...`), which reads better
// for JSON, when s is printable ASCII without a backquote.
func stringLit(s string) jen.Code {
	for _, r := range s {
		if r < ' ' || r > '~' || r == '`' {
			return jen.Lit(s)
		}
	}
	return jen.Op("`" + s + "`")
}
