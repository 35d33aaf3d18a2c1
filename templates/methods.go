package templates

import (
	"github.com/dave/jennifer/jen"
)

// commonMethods emits the exported methods every generated type has:
//
//	// UnmarshalJSON decodes JSON into x, ...
//	func (x *T) UnmarshalJSON(data []byte) error {
//		d := jsonrt.NewDecoder(data)
//		var v T
//		v.decodeJSON(d)
//		if err := d.Finish(); err != nil {
//			return err
//		}
//		*x = v
//		return nil
//	}
//
//	// MarshalJSON encodes x as JSON.
//	func (x T) MarshalJSON() ([]byte, error) { return x.appendJSON(nil), nil }
//
//	// Validate reports every constraint of the schema that x breaks ...
//	func (x *T) Validate() error {
//		var e jsonrt.Errors
//		x.validate(&e)
//		return e.Err()
//	}
func commonMethods(f *jen.File, name string) {
	recv := jen.Id("x").Op("*").Id(name)
	f.Comment("// UnmarshalJSON decodes JSON into x. What decoding finds wrong (a JSON type")
	f.Comment("// the Go type cannot hold, a missing required property) comes back as a")
	f.Comment("// *jsonrt.ValidationError, and x is left unchanged; Validate checks the rest.")
	f.Func().Params(recv.Clone()).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Id("d").Op(":=").Add(rt("NewDecoder")).Call(jen.Id("data")),
		jen.Var().Id("v").Id(name),
		jen.Id("v").Dot("decodeJSON").Call(jen.Id("d")),
		jen.If(jen.Err().Op(":=").Id("d").Dot("Finish").Call(), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Op("*").Id("x").Op("=").Id("v"),
		jen.Return(jen.Nil()),
	)
	f.Line()
	f.Comment("// MarshalJSON encodes x as JSON; object properties come in schema order,")
	f.Comment("// then the ones the schema does not name.")
	f.Func().Params(jen.Id("x").Id(name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Id("x").Dot("appendJSON").Call(jen.Nil()), jen.Nil()),
	)
	f.Line()
	f.Comment("// Validate reports every constraint of the schema that x breaks, as a")
	f.Comment("// *jsonrt.ValidationError, or nil.")
	f.Func().Params(recv.Clone()).Id("Validate").Params().Error().Block(
		jen.Var().Id("e").Add(rt("Errors")),
		jen.Id("x").Dot("validate").Call(jen.Op("&").Id("e")),
		jen.Return(jen.Id("e").Dot("Err").Call()),
	)
	f.Line()
}

// internalMethods emits the unexported methods through which generated
// types decode, encode and check one another:
//
//	func (x *T) decodeJSON(d *jsonrt.Decoder) { ... }
//	func (x *T) appendJSON(b []byte) []byte { ...; return b }
//	func (x *T) validate(e *jsonrt.Errors) { ... }
func internalMethods(f *jen.File, name string, decode, encode, validate []jen.Code) {
	recv := jen.Id("x").Op("*").Id(name)
	f.Func().Params(recv.Clone()).Id("decodeJSON").Params(jen.Id("d").Op("*").Add(rt("Decoder"))).Block(decode...)
	f.Line()
	f.Func().Params(recv.Clone()).Id("appendJSON").Params(jen.Id("b").Index().Byte()).Index().Byte().Block(
		append(encode, jen.Return(jen.Id("b")))...)
	f.Line()
	f.Func().Params(recv.Clone()).Id("validate").Params(jen.Id("e").Op("*").Add(rt("Errors"))).Block(validate...)
	f.Line()
}
