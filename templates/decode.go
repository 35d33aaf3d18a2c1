package templates

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// A decodeTarget is where decoded statements store a value: an addressable
// Go expression and, for a named scalar, the conversion to its type.
type decodeTarget struct {
	dst  *jen.Statement // e.g. x.Name, *x, v1
	conv *jen.Statement // e.g. Status for "*x = Status(d.String(...))"; nil for none
	// define declares dst, a new variable, with the value: "v := ...".
	define bool
}

func (t decodeTarget) assign(value jen.Code) jen.Code {
	if t.conv != nil {
		value = jen.Add(t.conv).Call(value)
	}
	if t.define {
		return jen.Add(t.dst).Op(":=").Add(value)
	}
	return jen.Add(t.dst).Op("=").Add(value)
}

// decodeValue returns statements that read the next JSON value from d into
// the target. JSON type mismatches are recorded in d and leave the zero value.
//
//	x.Name = d.String("pet.json#/properties/name/type")
//	if d.BeginArray(...) { var s1 jsonrt.Elements[T]; for d.NextElement() { ... add to s1 ... }; x.Tags = s1.Slice() }
func decodeValue(t ir.Type, to decodeTarget, depth int) []jen.Code {
	if read, ok := scalarRead(t); ok {
		return []jen.Code{to.assign(read)}
	}
	kw := jen.Lit(ir.TypeLocation(t))
	d := jen.Id("d")
	switch t := t.(type) {
	case *ir.Named:
		if e, ok := t.Decl.Type.(*ir.Enum); ok {
			// The enum's own decodeJSON, inline: one statement, which
			// costs less than a call.
			return decodeEnum(withoutEnum(e.Base), e, decodeTarget{dst: to.dst, conv: jen.Id(t.Decl.Name), define: to.define})
		}
		return []jen.Code{jen.Add(to.dst).Dot("decodeJSON").Call(d)}
	case *ir.Nullable:
		return decodeNullable(t, to, depth)
	case *ir.Slice:
		s := local("s", depth)
		return []jen.Code{jen.If(d.Clone().Dot("BeginArray").Call(kw)).Block(
			jen.Var().Id(s).Add(rt("Elements")).Types(goType(t.Elem)),
			jen.For(d.Clone().Dot("NextElement").Call()).Block(decodeElement(t.Elem, s, depth)...),
			to.assign(jen.Id(s).Dot("Slice").Call()),
		)}
	case *ir.Formatted:
		// x.At.DecodeJSON(d, "event.json#/properties/at/type")
		return []jen.Code{receiver(to.dst).Dot("DecodeJSON").Call(d, kw)}
	case *ir.External:
		// d.Unmarshal("ledger.json#/properties/amount/x-go-type", &x.Amount)
		return []jen.Code{d.Clone().Dot("Unmarshal").Call(jen.Lit(t.Origin.Keyword("x-go-type")), address(to.dst))}
	case *ir.Map:
		if _, raw := t.Value.(*ir.Raw); raw {
			// if d.BeginObject(...) { x.Claims = d.RawMembers() }
			return []jen.Code{jen.If(d.Clone().Dot("BeginObject").Call(kw)).Block(
				to.assign(d.Clone().Dot("RawMembers").Call()))}
		}
		m := local("m", depth)
		return []jen.Code{jen.If(d.Clone().Dot("BeginObject").Call(kw)).Block(
			jen.Id(m).Op(":=").Add(goType(t)).Values(),
			jen.For(d.Clone().Dot("NextMember").Call()).Block(
				decodeMember(t.Value, jen.Id(m), depth+1)...),
			to.assign(jen.Id(m)),
		)}
	}
	panic(unnamed(t))
}

// scalarRead returns the expression that reads a scalar of type t:
//
//	d.String("pet.json#/properties/name/type")
func scalarRead(t ir.Type) (*jen.Statement, bool) {
	kw := jen.Lit(ir.TypeLocation(t))
	d := jen.Id("d")
	switch t := t.(type) {
	case *ir.String:
		return d.Dot("String").Call(kw), true
	case *ir.Integer:
		if t.Bits == 32 {
			return d.Dot("Int32").Call(kw), true
		}
		return d.Dot("Int64").Call(kw), true
	case *ir.Number:
		return d.Dot("Float64").Call(kw), true
	case *ir.Boolean:
		return d.Dot("Bool").Call(kw), true
	case *ir.Raw:
		return d.Dot("Raw").Call(), true
	}
	return nil, false
}

// decodeNew declares a new variable named v and decodes the next value into
// it: "v := d.String(...)" for scalars and enums, else "var v T" and
// decodeValue.
func decodeNew(t ir.Type, v string, depth int) []jen.Code {
	if read, ok := scalarRead(t); ok {
		return []jen.Code{jen.Id(v).Op(":=").Add(read)}
	}
	if n, ok := t.(*ir.Named); ok {
		if _, ok := n.Decl.Type.(*ir.Enum); ok {
			return decodeValue(t, decodeTarget{dst: jen.Id(v), define: true}, depth)
		}
	}
	return append([]jen.Code{jen.Var().Id(v).Add(goType(t))}, decodeValue(t, decodeTarget{dst: jen.Id(v)}, depth)...)
}

// decodeElement adds the next value to s, a jsonrt.Elements. An element of
// a struct type is decoded in place, into a zero element added first,
// rather than into a variable copied in:
//
//	s1.Next().decodeJSON(d)
//	v1 := d.String(...); s1.Append(v1)
func decodeElement(elem ir.Type, s string, depth int) []jen.Code {
	if n, ok := elem.(*ir.Named); ok && goStruct(n.Decl.Type) {
		return decodeValue(elem, decodeTarget{dst: jen.Id(s).Dot("Next").Call()}, depth+1)
	}
	v := local("v", depth)
	return append(decodeNew(elem, v, depth+1), jen.Id(s).Dot("Append").Call(jen.Id(v)))
}

// goStruct reports whether a declaration of type t is a Go struct: an
// object with named properties or a union.
func goStruct(t ir.Type) bool {
	switch t.(type) {
	case *ir.Struct, *ir.Union:
		return true
	}
	return false
}

// decodeNullable reads null as nil, and anything else as the element type.
func decodeNullable(t *ir.Nullable, to decodeTarget, depth int) []jen.Code {
	isNull := jen.Id("d").Dot("IsNull").Call()
	if nilable(t.Elem) {
		return []jen.Code{jen.If(jen.Op("!").Add(isNull)).Block(decodeValue(t.Elem, to, depth)...)}
	}
	v := local("v", depth)
	return []jen.Code{jen.If(jen.Op("!").Add(isNull)).Block(append(
		decodeNew(t.Elem, v, depth+1),
		jen.Add(to.dst).Op("=").Op("&").Id(v))...)}
}

// decodeMember reads the current object member's value into map m under its
// name. The name is taken first: reading a nested object moves d.Key on.
//
//	k1 := d.KeyString(); var v1 T; ...; m[k1] = v1
func decodeMember(value ir.Type, m jen.Code, depth int) []jen.Code {
	k, v := local("k", depth), local("v", depth)
	out := []jen.Code{jen.Id(k).Op(":=").Id("d").Dot("KeyString").Call()}
	out = append(out, decodeNew(value, v, depth+1)...)
	return append(out, jen.Add(m).Index(jen.Id(k)).Op("=").Id(v))
}

// decodeField reads a struct field, making the value present:
//
//	required:           decode into x.F
//	optional pointer:   var v1 T; ...; x.F = &v1
//	  of a block:       x.F = ptrString.New(d.String(...), 12)
//	optional nullable:  x.F.Set = true; decode into x.F.Value
func decodeField(f *ir.Field, x jen.Code, blocks map[*ir.Field]*pointerBlock) []jen.Code {
	field := jen.Add(x).Dot(f.Name)
	if _, ok := f.Type.(*ir.Nullable); ok && !f.Required {
		return append([]jen.Code{field.Clone().Dot("Set").Op("=").True()},
			decodeValue(f.Type, decodeTarget{dst: field.Clone().Dot("Value")}, 1)...)
	}
	if !pointerField(f) {
		return decodeValue(f.Type, decodeTarget{dst: field}, 1)
	}
	if b := blocks[f]; b != nil {
		read, _ := scalarRead(f.Type)
		return []jen.Code{field.Clone().Op("=").Id(b.name).Dot("New").Call(read, jen.Lit(b.limit))}
	}
	return append(decodeNew(f.Type, "v", 1), field.Clone().Op("=").Op("&").Id("v"))
}

// pointerField reports whether the Go field of f is a pointer that decoding
// makes point to a new variable.
func pointerField(f *ir.Field) bool {
	return f.Indirect || (!f.Required && !nilable(f.Type))
}

// A pointerBlock is a local variable of a struct's decoder, a jsonrt.Block,
// that hands out the pointers of the struct's optional fields of one scalar
// Go type, so that one allocation serves several of them.
type pointerBlock struct {
	name  string    // e.g. ptrString
	elem  ir.GoType // e.g. string
	limit int       // the number of fields it serves
}

// pointerBlocks returns the blocks of the scalar Go types of two or more of
// st's pointer fields, in the order of their first fields, and the block of
// each field they serve.
func pointerBlocks(st *ir.Struct) ([]*pointerBlock, map[*ir.Field]*pointerBlock) {
	var all []*pointerBlock
	byType := map[string]*pointerBlock{}
	byField := map[*ir.Field]*pointerBlock{}
	for _, f := range st.Fields {
		if _, ok := scalarRead(f.Type); !ok || !pointerField(f) {
			continue
		}
		g := ir.GoTypeOf(f.Type)
		b := byType[g.Name]
		if b == nil {
			b = &pointerBlock{name: "ptr" + strings.ToUpper(g.Name[:1]) + g.Name[1:], elem: g}
			byType[g.Name] = b
			all = append(all, b)
		}
		b.limit++
		byField[f] = b
	}
	var used []*pointerBlock
	for _, b := range all {
		if b.limit >= 2 {
			used = append(used, b)
		}
	}
	for f, b := range byField {
		if b.limit < 2 {
			delete(byField, f)
		}
	}
	return used, byField
}
