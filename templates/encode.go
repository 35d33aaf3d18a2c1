package templates

import (
	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/templates/jsonrt"
)

// appendTo returns "b = <value appended to b>".
func appendTo(value jen.Code) jen.Code { return jen.Id("b").Op("=").Add(value) }

// encodeValue returns statements that append the JSON encoding of v, an
// addressable expression of t's Go type, to b. base converts a named scalar
// to its underlying type (nil when v already has it).
//
//	b = jsonrt.AppendString(b, x.Name)
//	b = append(b, '['); for i1 := range x.Tags { if i1 > 0 { b = append(b, ',') }; ... }; b = append(b, ']')
//	b = x.At.AppendJSON(b)
//	b = jsonrt.AppendRaw(b, jsonrt.Encode(&x.Amount))
func encodeValue(t ir.Type, v *jen.Statement, base *jen.Statement, depth int) []jen.Code {
	conv := func(e *jen.Statement) jen.Code {
		if base != nil {
			return jen.Add(base).Call(e)
		}
		return e
	}
	b := jen.Id("b")
	switch t := t.(type) {
	case *ir.Named:
		return []jen.Code{appendTo(receiver(v).Dot("appendJSON").Call(b))}
	case *ir.Nullable:
		null := appendTo(jen.Append(b, jen.Lit("null").Op("...")))
		elem := v
		if !nilable(t.Elem) {
			elem = deref(v)
		}
		return []jen.Code{jen.If(v.Clone().Op("==").Nil()).Block(null).Else().Block(
			encodeValue(t.Elem, elem, nil, depth)...)}
	case *ir.String:
		return []jen.Code{appendTo(rt("AppendString").Call(b, conv(v)))}
	case *ir.Integer:
		n := conv(v)
		if t.Bits == 32 || base != nil {
			n = jen.Int64().Call(v)
		}
		return []jen.Code{appendTo(jen.Qual("strconv", "AppendInt").Call(b, n, jen.Lit(10)))}
	case *ir.Number:
		return []jen.Code{appendTo(rt("AppendFloat").Call(b, conv(v)))}
	case *ir.Boolean:
		return []jen.Code{appendTo(jen.Qual("strconv", "AppendBool").Call(b, conv(v)))}
	case *ir.Raw:
		return []jen.Code{appendTo(rt("AppendRaw").Call(b, conv(v)))}
	case *ir.Formatted:
		return []jen.Code{appendTo(receiver(v).Dot("AppendJSON").Call(b))}
	case *ir.External:
		return []jen.Code{appendTo(rt("AppendRaw").Call(b, rt("Encode").Call(address(v))))}
	case *ir.Slice:
		return encodeSlice(t, v, depth)
	case *ir.Map:
		return encodeMap(t, v, depth)
	}
	panic(unnamed(t))
}

// encodeSlice appends a JSON array.
func encodeSlice(t *ir.Slice, v *jen.Statement, depth int) []jen.Code {
	i := local("i", depth)
	b := jen.Id("b")
	return []jen.Code{
		appendTo(jen.Append(b, jen.LitRune('['))),
		jen.For(jen.Id(i).Op(":=").Range().Add(v)).Block(append([]jen.Code{
			jen.If(jen.Id(i).Op(">").Lit(0)).Block(appendTo(jen.Append(b, jen.LitRune(',')))),
		}, encodeValue(t.Elem, operand(v).Index(jen.Id(i)), nil, depth+1)...)...),
		appendTo(jen.Append(b, jen.LitRune(']'))),
	}
}

// encodeMap appends a JSON object with its members sorted by name, so that
// output is deterministic.
func encodeMap(t *ir.Map, v *jen.Statement, depth int) []jen.Code {
	open, k, val := local("open", depth), local("k", depth), local("v", depth)
	b := jen.Id("b")
	return []jen.Code{
		jen.Id(open).Op(":=").Len(b),
		appendTo(jen.Append(b, jen.LitRune('{'))),
		jen.For(jen.List(jen.Id("_"), jen.Id(k)).Op(":=").Range().Add(rt("SortedKeys").Call(v))).Block(
			append([]jen.Code{
				appendTo(rt("AppendKey").Call(b, jen.Id(open), jen.Lit(""))),
				appendTo(rt("AppendString").Call(b, jen.Id(k))),
				appendTo(jen.Append(b, jen.LitRune(':'))),
				jen.Id(val).Op(":=").Add(operand(v)).Index(jen.Id(k)),
			}, encodeValue(t.Value, jen.Id(val), nil, depth+1)...)...),
		appendTo(jen.Append(b, jen.LitRune('}'))),
	}
}

// encodeField appends a struct field as an object member, when present.
func encodeField(f *ir.Field, x jen.Code) []jen.Code {
	field := jen.Add(x).Dot(f.Name)
	key := appendTo(rt("AppendKey").Call(jen.Id("b"), jen.Id("open"), jen.Lit(encodedKey(f.JSONName))))
	_, nullable := f.Type.(*ir.Nullable)
	switch {
	case f.Required && f.Indirect:
		null := appendTo(jen.Append(jen.Id("b"), jen.Lit("null").Op("...")))
		return []jen.Code{key, jen.If(field.Clone().Op("==").Nil()).Block(null).Else().Block(
			encodeValue(f.Type, deref(field), nil, 1)...)}
	case f.Required:
		value := encodeValue(f.Type, field, nil, 1)
		if _, ok := f.Type.(*ir.Map); ok {
			// encodeMap declares its locals (open1, ...) in the statement
			// list it returns: a block keeps two map fields' apart.
			return []jen.Code{key, jen.Block(value...)}
		}
		return append([]jen.Code{key}, value...)
	case nullable:
		return []jen.Code{jen.If(field.Clone().Dot("Set")).Block(append([]jen.Code{key},
			encodeValue(f.Type, field.Clone().Dot("Value"), nil, 1)...)...)}
	case nilable(f.Type):
		return []jen.Code{jen.If(field.Clone().Op("!=").Nil()).Block(append([]jen.Code{key},
			encodeValue(f.Type, field, nil, 1)...)...)}
	}
	return []jen.Code{jen.If(field.Clone().Op("!=").Nil()).Block(append([]jen.Code{key},
		encodeValue(f.Type, deref(field), nil, 1)...)...)}
}

// encodedKey is a member name as it appears in JSON, with its colon.
func encodedKey(name string) string {
	return string(jsonrt.AppendString(nil, name)) + ":"
}
