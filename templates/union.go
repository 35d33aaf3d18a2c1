package templates

import (
	"strconv"
	"strings"

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
func (c *emitter) emitUnion(o output, d *ir.Decl, u *ir.Union) {
	f := o.api
	var fields []jen.Code
	for _, v := range u.Variants {
		var when string
		if v.JSONType != "" {
			when = "is " + withArticle(v.JSONType)
		} else {
			when = "matches " + v.Check.Origin.Location()
		}
		fields = append(fields, comment(v.Name+" is set when the value "+when+".")...)
		fields = append(fields, jen.Id(v.Name).Add(variantType(v)))
	}
	holds := "It holds one of the " + u.Keyword + " variants below: decoding sets the first whose schema the value matches."
	switch {
	case u.Keyword == "type":
		holds = "It holds a value of one of the JSON types its schema's \"type\" lists: decoding sets the variant of the value's type."
	case discriminated(u):
		holds = "It holds one of the " + u.Keyword + " variants below: decoding sets the one its " + strconv.Quote(u.Discriminator.Property) +
			" property names, or else the first whose schema the value matches."
	}
	addComment(f, paragraphs(declDoc(d), holds))
	f.Type().Id(d.Name).Struct(fields...)
	f.Line()
	commonMethods(f, d.Name, unionDocs)
	internalMethods(o.codec, d.Name, decodeUnion(u), encodeUnion(u), validateUnion(u))
}

// namedVariants reports whether every variant of u is a declared type, with
// decodeJSON and validate methods of its own.
func namedVariants(u *ir.Union) bool {
	for _, v := range u.Variants {
		if _, ok := v.Type.(*ir.Named); !ok {
			return false
		}
	}
	return true
}

// discriminated reports whether u decodes by its discriminator.
func discriminated(u *ir.Union) bool {
	return u.Discriminator != nil && namedVariants(u)
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
	return append(decodeByDiscriminator(u), decodeByMatch(u)...)
}

// decodeByDiscriminator decodes the value as the variant its discriminator
// names, when there is one, and goes back for decodeByMatch when the value
// does not decode cleanly as that variant:
//
//	if tag, ok := d.PeekMember("type"); ok {
//		mark := d.Mark()
//		switch string(tag) {
//		case "cat":
//			var t Cat
//			if t.decodeJSON(d); d.CleanSince(mark) {
//				x.Cat = &t
//				return
//			}
//		}
//		d.Rewind(mark)
//	}
func decodeByDiscriminator(u *ir.Union) []jen.Code {
	if !discriminated(u) {
		return nil
	}
	var cases []jen.Code
	for i, v := range u.Variants {
		var tags []jen.Code
		for _, tag := range u.Discriminator.Values[i] {
			tags = append(tags, jen.Lit(tag))
		}
		cases = append(cases, jen.Case(tags...).Block(
			jen.Var().Id("t").Add(goType(v.Type)),
			jen.If(jen.Id("t").Dot("decodeJSON").Call(jen.Id("d")), jen.Id("d").Dot("CleanSince").Call(jen.Id("mark"))).Block(
				jen.Id("x").Dot(v.Name).Op("=").Op("&").Id("t"),
				jen.Return(),
			),
		))
	}
	return []jen.Code{
		jen.If(jen.List(jen.Id("tag"), jen.Id("ok")).Op(":=").Id("d").Dot("PeekMember").Call(jen.Lit(u.Discriminator.Property)), jen.Id("ok")).Block(
			jen.Id("mark").Op(":=").Id("d").Dot("Mark").Call(),
			jen.Switch(jen.String().Call(jen.Id("tag"))).Block(cases...),
			jen.Id("d").Dot("Rewind").Call(jen.Id("mark")),
		),
	}
}

// decodeByMatch reads the value once and tries each variant's schema, or,
// in a union of "type", its JSON type.
func decodeByMatch(u *ir.Union) []jen.Code {
	var cases []jen.Code
	for _, v := range u.Variants {
		field := jen.Id("x").Dot(v.Name)
		body := decodeNew(v.Type, "t", 1)
		if nilable(v.Type) {
			body = append(body, field.Clone().Op("=").Id("t"))
		} else {
			body = append(body, field.Clone().Op("=").Op("&").Id("t"))
		}
		matches := rt("HasType").Call(jen.Id("v"), jen.Lit(v.JSONType))
		if v.JSONType == "" {
			matches = rt("Matches").Call(jen.Id("v"), jen.Id(v.Check.Func))
		}
		cases = append(cases, jen.Case(matches).Block(
			jen.Id("d").Dot("DecodeSub").Call(jen.Id("raw"), jen.Func().Params(jen.Id("d").Op("*").Add(rt("Decoder"))).Block(body...))))
	}
	none := jen.Id("d").Dot("Add").Call(jen.Lit(u.Origin.Keyword(u.Keyword)), jen.Lit(u.Keyword), jen.Lit("matches none of the "+u.Keyword+" schemas"))
	if u.Keyword == "type" {
		none = jen.Id("d").Dot("Addf").Call(jen.Lit(u.Origin.Keyword("type")), jen.Lit("type"), jen.Lit(message("type")),
			jen.Lit(strings.Join(u.Check.Types, " or ")), rt("TypeOf").Call(jen.Id("v")))
	}
	cases = append(cases, jen.Default().Block(none))
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

// validateUnion checks the value against the union's whole schema. When a
// variant that passes its own schema is enough (ir.Union.ByVariant), it
// checks the variant that is set first, which costs no allocation, and only
// checks the whole schema, to report what is wrong, when that fails:
//
//	start := e.Len()
//	switch {
//	case x.Cat != nil:
//		if x.Cat.validate(e); e.Len() == start {
//			return
//		}
//	}
//	e.Truncate(start)
//	jsonrt.CheckRaw(e, x.appendJSON(nil), checkPet)
func validateUnion(u *ir.Union) []jen.Code {
	whole := rt("CheckRaw").Call(jen.Id("e"), jen.Id("x").Dot("appendJSON").Call(jen.Nil()), jen.Id(u.Check.Func))
	if !u.ByVariant || !namedVariants(u) {
		return []jen.Code{whole}
	}
	var cases []jen.Code
	for _, v := range u.Variants {
		field := jen.Id("x").Dot(v.Name)
		cases = append(cases, jen.Case(field.Clone().Op("!=").Nil()).Block(
			jen.If(field.Clone().Dot("validate").Call(jen.Id("e")), jen.Id("e").Dot("Len").Call().Op("==").Id("start")).Block(jen.Return()),
		))
	}
	return []jen.Code{
		jen.Id("start").Op(":=").Id("e").Dot("Len").Call(),
		jen.Switch().Block(cases...),
		jen.Id("e").Dot("Truncate").Call(jen.Id("start")),
		whole,
	}
}

// withArticle puts "a" or "an" before a JSON type's name: "an integer".
func withArticle(jsonType string) string {
	if strings.ContainsRune("aeiou", rune(jsonType[0])) {
		return "an " + jsonType
	}
	return "a " + jsonType
}
