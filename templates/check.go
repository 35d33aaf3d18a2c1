package templates

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// resolverName is the package-level function that resolves dynamic anchors;
// the naming pass keeps Check functions (all "check...") clear of it.
const resolverName = "resolveDynamicAnchor"

// A checkEmitter writes the function of one Check:
//
//	// checkPropertiesFoo validates a value against schema.json#/properties/foo.
//	func checkPropertiesFoo(v any, c *jsonrt.Ctx, ann *jsonrt.Ann) bool {
//		ok := true
//		... one block per keyword, each setting ok = false and calling
//		    c.Fail on a violation ...
//		return ok
//	}
//
// ann, when not nil, collects the properties and items the schema evaluated,
// for unevaluatedProperties and unevaluatedItems further up.
type checkEmitter struct {
	*emitter
	ck      *ir.Check
	dynamic bool // the package resolves $dynamicRef, so resources extend the scope
	assert  bool // format is an assertion
	// ann is the variable collecting what this schema's keywords evaluate:
	// the parameter ann, or a fresh local one when unevaluatedProperties or
	// unevaluatedItems must see this schema's annotations only.
	ann *jen.Statement
}

func (c *emitter) emitCheck(f *jen.File, ck *ir.Check, dynamic, assert bool) {
	e := &checkEmitter{emitter: c, ck: ck, dynamic: dynamic, assert: assert, ann: jen.Id("ann")}
	if hasUnevaluated(ck) {
		e.ann = jen.Id("local")
	}
	f.Commentf("// %s validates a value against %s.", ck.Func, oneLine(ck.Origin.Location()))
	f.Func().Id(ck.Func).Params(
		jen.Id("v").Any(), jen.Id("c").Op("*").Add(rt("Ctx")), jen.Id("ann").Op("*").Add(rt("Ann")),
	).Bool().Block(e.body()...)
	f.Line()
}

// fail returns the statements for a violation of keyword kw.
func (e *checkEmitter) fail(kw, format string, args ...jen.Code) jen.Code {
	call := append([]jen.Code{jen.Lit(e.ck.Origin.Keyword(kw)), jen.Lit(kw), jen.Lit(format)}, args...)
	return jen.Id("ok").Op("=").False().Line().Id("c").Dot("Fail").Call(call...)
}

// call returns "if !fn(value, c, ann) { ok = false }".
func call(fn string, value, ann jen.Code) jen.Code {
	return jen.If(jen.Op("!").Id(fn).Call(value, jen.Id("c"), ann)).Block(jen.Id("ok").Op("=").False())
}

func (e *checkEmitter) body() []jen.Code {
	ck := e.ck
	if ck.Always != nil {
		if *ck.Always {
			return []jen.Code{jen.Return(jen.True())}
		}
		return []jen.Code{
			jen.Id("c").Dot("Fail").Call(jen.Lit(ck.Origin.Location()), jen.Lit("false"), jen.Lit(message("false"))),
			jen.Return(jen.False()),
		}
	}
	var out []jen.Code
	if ck.Resource >= 0 && e.dynamic {
		out = append(out, jen.Id("c").Dot("PushScope").Call(jen.Lit(ck.Resource)), jen.Defer().Id("c").Dot("PopScope").Call())
	}
	if ck.Recursive && (ck.Ref != nil || ck.DynamicRef != nil) {
		kw := "$ref"
		if ck.Ref == nil {
			kw = ck.DynamicRef.Keyword
		}
		out = append(out,
			jen.If(jen.Op("!").Id("c").Dot("Descend").Call()).Block(
				jen.Id("c").Dot("Fail").Call(jen.Lit(ck.Origin.Keyword(kw)), jen.Lit(kw), jen.Lit("schema recursion too deep")),
				jen.Return(jen.False())),
			jen.Defer().Id("c").Dot("Ascend").Call())
	}
	out = append(out, jen.Id("ok").Op(":=").True())
	if hasUnevaluated(ck) {
		// Unevaluated keywords see only this schema's own annotations.
		out = append(out, e.ann.Clone().Op(":=").New(rt("Ann")))
	}
	out = append(out, e.anyType()...)
	out = append(out, e.typed()...)
	out = append(out, e.applicators()...)
	out = append(out, e.unevaluated()...)
	if hasUnevaluated(ck) {
		out = append(out, jen.If(jen.Id("ok")).Block(jen.Id("ann").Dot("Merge").Call(e.ann.Clone())))
	}
	return append(out, jen.Return(jen.Id("ok")))
}

func hasUnevaluated(ck *ir.Check) bool {
	return ck.UnevaluatedItems != nil || ck.UnevaluatedProperties != nil
}

// anyType emits the keywords that apply to values of every type.
func (e *checkEmitter) anyType() []jen.Code {
	ck := e.ck
	var out []jen.Code
	if len(ck.Types) > 0 {
		var conds []jen.Code
		for _, t := range ck.Types {
			conds = append(conds, rt("HasType").Call(jen.Id("v"), jen.Lit(t)))
		}
		out = append(out, jen.If(none(conds)).Block(
			e.fail("type", message("type"), jen.Lit(strings.Join(ck.Types, " or ")), rt("TypeOf").Call(jen.Id("v")))))
	}
	if ck.Const != nil {
		out = append(out, jen.If(jen.Op("!").Add(rt("Equal")).Call(jen.Id("v"), genericLit(ck.Const))).Block(
			e.fail("const", message("const", oneLine(string(ck.Const))))))
	}
	if ck.Enum != nil {
		fail := e.fail("enum", message("enum", oneLine(joinValues(ck.Enum))))
		var conds []jen.Code
		for _, v := range ck.Enum {
			conds = append(conds, rt("Equal").Call(jen.Id("v"), genericLit(v)))
		}
		if len(conds) == 0 {
			out = append(out, fail) // an empty enum allows nothing
		} else {
			out = append(out, jen.If(none(conds)).Block(fail))
		}
	}
	if ck.Format == "int32" || ck.Format == "int64" {
		// schemagen holds such integers in Go integers: always asserted.
		bits := 32
		if ck.Format == "int64" {
			bits = 64
		}
		out = append(out, jen.If(jen.Op("!").Add(rt("FitsInt")).Call(jen.Id("v"), jen.Lit(bits))).Block(
			e.fail("format", "%v is out of range for "+ck.Format, jen.Id("v"))))
	} else if ck.Format != "" && e.assert {
		out = append(out, jen.If(jen.Op("!").Add(rt("Format")).Call(jen.Lit(ck.Format), jen.Id("v"))).Block(
			e.fail("format", message("format", "%v", quote(ck.Format)), rt("Show").Call(jen.Id("v")))))
	}
	if ck.MaxEncodedSize >= 0 {
		out = append(out, jen.If(jen.Id("n").Op(":=").Add(rt("EncodedSizeOver")).Call(jen.Id("v"), jen.Lit(ck.MaxEncodedSize)), jen.Id("n").Op(">").Lit(0)).Block(
			e.fail("x-maxEncodedSize", message("x-maxEncodedSize"), jen.Lit(ck.MaxEncodedSize), jen.Id("n"))))
	}
	return out
}

// typed emits the keywords that apply to one JSON type, in a type switch:
//
//	switch x := v.(type) {
//	case json.Number: ...
//	case string: ...
//	case []any: ...
//	case map[string]any: ...
//	}
func (e *checkEmitter) typed() []jen.Code {
	var cases []jen.Code
	add := func(typ jen.Code, body []jen.Code) {
		if len(body) > 0 {
			cases = append(cases, jen.Case(typ).Block(body...))
		}
	}
	add(jen.Qual("encoding/json", "Number"), e.numbers())
	add(jen.String(), e.strings())
	add(jen.Index().Any(), e.arrays())
	add(jen.Map(jen.String()).Any(), e.objects())
	if len(cases) == 0 {
		return nil
	}
	return []jen.Code{jen.Switch(jen.Id("x").Op(":=").Id("v").Assert(jen.Type())).Block(cases...)}
}

func (e *checkEmitter) numbers() []jen.Code {
	ck := e.ck
	var out []jen.Code
	for _, b := range boundsOf(ck.Bounds) {
		out = append(out, jen.If(rt("CompareNumber").Call(jen.Id("x"), jen.Lit(ratString(b.limit))).Op(failOp[b.op]).Lit(0)).Block(
			e.fail(b.keyword, message(b.keyword, b.op, ratString(b.limit)), jen.Id("x"))))
	}
	if m := ck.Bounds.MultipleOf; m != nil {
		out = append(out, jen.If(jen.Op("!").Add(rt("MultipleOf")).Call(jen.Id("x"), jen.Lit(ratString(m)))).Block(
			e.fail("multipleOf", message("multipleOf", ratString(m)), jen.Id("x"))))
	}
	return out
}

func (e *checkEmitter) strings() []jen.Code {
	ck := e.ck
	var out []jen.Code
	n := jen.Id("n")
	if ck.MinLength >= 0 || ck.MaxLength >= 0 {
		var conds []jen.Code
		if ck.MinLength >= 0 {
			conds = append(conds, jen.If(n.Clone().Op("<").Lit(ck.MinLength)).Block(
				e.fail("minLength", message("minLength"), jen.Lit(ck.MinLength), n)))
		}
		if ck.MaxLength >= 0 {
			conds = append(conds, jen.If(n.Clone().Op(">").Lit(ck.MaxLength)).Block(
				e.fail("maxLength", message("maxLength"), jen.Lit(ck.MaxLength), n)))
		}
		out = append(out, n.Clone().Op(":=").Add(rt("CodePoints")).Call(jen.Id("x")))
		out = append(out, conds...)
	}
	if ck.Pattern != "" {
		out = append(out, jen.If(jen.Op("!").Id(e.pattern(ck.RE2)).Dot("MatchString").Call(jen.Id("x"))).Block(
			e.fail("pattern", message("pattern", quote(ck.Pattern)))))
	}
	return out
}
