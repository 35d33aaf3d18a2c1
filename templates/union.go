package templates

import (
	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// emitUnion emits a struct with one field per variant of a oneOf or anyOf:
//
//	// Pet is one of its variants; decoding sets the first whose schema the
//	// value matches.
//	type Pet struct {
//		Cat *Cat
//		Dog *Dog
//	}
//
// decoded by trying each variant's check in order, encoded from the variant
// that is set, and validated against the whole schema.
func (c *checker) emitUnion(f *jen.File, d *ir.Decl, u *ir.Union) {
	var fields []jen.Code
	for _, v := range u.Variants {
		fields = append(fields, comment(v.Name+" is set when the value matches "+v.Check.Origin.Location()+".")...)
		fields = append(fields, jen.Id(v.Name).Add(variantType(v)))
	}
	addComment(f, paragraphs(declDoc(d), "It holds one of the "+u.Keyword+" variants below: decoding sets the first whose schema the value matches."))
	f.Type().Id(d.Name).Struct(fields...)
	f.Line()
	commonMethods(f, d.Name)
	validate := []jen.Code{rt("CheckRaw").Call(jen.Id("e"), jen.Id("x").Dot("appendJSON").Call(jen.Nil()), jen.Id(u.Check.Func))}
	internalMethods(f, d.Name, decodeUnion(u), encodeUnion(u), validate)
}

// variantType is the Go type of a variant's field: a pointer, unless nil
// already means unset.
func variantType(v *ir.Variant) *jen.Statement {
	if nilable(v.Type) {
		return goType(v.Type)
	}
	return jen.Op("*").Add(goType(v.Type))
}

// decodeUnion reads the value once, then decodes it as the first variant it
// matches:
//
//	raw := d.Raw()
//	v, _ := jsonrt.Parse(raw)
//	switch {
//	case jsonrt.Matches(v, checkOneOf0):
//		d.DecodeSub(raw, func(d *jsonrt.Decoder) { var t Cat; t.decodeJSON(d); x.Cat = &t })
//	default:
//		d.Add(..., "oneOf", "matches none of the oneOf schemas")
//	}
func decodeUnion(u *ir.Union) []jen.Code {
	var cases []jen.Code
	for _, v := range u.Variants {
		field := jen.Id("x").Dot(v.Name)
		body := decodeNew(v.Type, "t", 1)
		if nilable(v.Type) {
			body = append(body, field.Clone().Op("=").Id("t"))
		} else {
			body = append(body, field.Clone().Op("=").Op("&").Id("t"))
		}
		cases = append(cases, jen.Case(rt("Matches").Call(jen.Id("v"), jen.Id(v.Check.Func))).Block(
			jen.Id("d").Dot("DecodeSub").Call(jen.Id("raw"), jen.Func().Params(jen.Id("d").Op("*").Add(rt("Decoder"))).Block(body...))))
	}
	cases = append(cases, jen.Default().Block(jen.Id("d").Dot("Add").Call(
		jen.Lit(u.Origin.Keyword(u.Keyword)), jen.Lit(u.Keyword), jen.Lit("matches none of the "+u.Keyword+" schemas"))))
	return []jen.Code{
		jen.Id("raw").Op(":=").Id("d").Dot("Raw").Call(),
		jen.List(jen.Id("v"), jen.Id("_")).Op(":=").Add(rt("Parse")).Call(jen.Id("raw")),
		jen.Switch().Block(cases...),
	}
}

// encodeUnion writes the variant that is set (null when none is).
func encodeUnion(u *ir.Union) []jen.Code {
	var cases []jen.Code
	for _, v := range u.Variants {
		field := jen.Id("x").Dot(v.Name)
		value := field.Clone()
		if !nilable(v.Type) {
			value = deref(field.Clone())
		}
		cases = append(cases, jen.Case(field.Clone().Op("!=").Nil()).Block(encodeValue(v.Type, value, nil, 1)...))
	}
	cases = append(cases, jen.Default().Block(appendTo(jen.Append(jen.Id("b"), jen.Lit("null").Op("...")))))
	return []jen.Code{jen.Switch().Block(cases...)}
}
