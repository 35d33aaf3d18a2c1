package templates

import (
	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// arrays emits the array keywords, x being the []any:
//
//	if len(x) > 0 { c.EnterIndex(0); if !checkPrefixItems0(x[0], c, nil) { ok = false }; c.Leave() }
//	for i := 1; i < len(x); i++ { c.EnterIndex(i); ...; c.Leave() }
//
// (for i := range x when there are no prefixItems).
func (e *checkEmitter) arrays() []jen.Code {
	ck := e.ck
	x, n := jen.Id("x"), jen.Len(jen.Id("x"))
	var out []jen.Code
	if ck.MinItems >= 0 {
		out = append(out, jen.If(n.Clone().Op("<").Lit(ck.MinItems)).Block(
			e.fail("minItems", message("minItems"), jen.Lit(ck.MinItems), n)))
	}
	if ck.MaxItems >= 0 {
		out = append(out, jen.If(n.Clone().Op(">").Lit(ck.MaxItems)).Block(
			e.fail("maxItems", message("maxItems"), jen.Lit(ck.MaxItems), n)))
	}
	if ck.UniqueItems {
		out = append(out, jen.If(jen.List(jen.Id("i"), jen.Id("j"), jen.Id("unique")).Op(":=").Add(rt("Unique")).Call(x), jen.Op("!").Id("unique")).Block(
			e.fail("uniqueItems", message("uniqueItems"), jen.Id("i"), jen.Id("j"))))
	}
	for i, p := range ck.PrefixItems {
		out = append(out, jen.If(n.Clone().Op(">").Lit(i)).Block(
			jen.Id("c").Dot("EnterIndex").Call(jen.Lit(i)),
			call(p.Func, x.Clone().Index(jen.Lit(i)), jen.Nil()),
			jen.Id("c").Dot("Leave").Call(),
			e.ann.Clone().Dot("Item").Call(jen.Lit(i)),
		))
	}
	switch {
	case rejects(ck.Items): // additionalItems: false, one violation at the array, as jsonschema/v5 reports it
		prefix := jen.Lit(len(ck.PrefixItems))
		out = append(out, jen.If(n.Clone().Op(">").Add(prefix)).Block(
			e.fail("additionalItems", message("additionalItems"), prefix.Clone(), n)))
	case ck.Items != nil:
		i := jen.Id("i")
		loop := []jen.Code{i.Clone().Op(":=").Range().Add(x.Clone())}
		if n := len(ck.PrefixItems); n > 0 {
			loop = []jen.Code{i.Clone().Op(":=").Lit(n), i.Clone().Op("<").Len(x.Clone()), i.Clone().Op("++")}
		}
		out = append(out, jen.For(loop...).Block(
			jen.Id("c").Dot("EnterIndex").Call(i),
			call(ck.Items.Func, x.Clone().Index(i), jen.Nil()),
			jen.Id("c").Dot("Leave").Call(),
			e.ann.Clone().Dot("Item").Call(i),
		))
	}
	if ck.Contains != nil {
		out = append(out, e.contains()...)
	}
	return out
}

// rejects tells whether ck is the false of additionalProperties or
// additionalItems, which has no function of its own: the check of the
// object or array reports what it rejects in one violation.
func rejects(ck *ir.Check) bool {
	return ck != nil && ck.Always != nil && !*ck.Always && ck.Func == ""
}

// contains counts the items that match, quietly, and checks the count.
func (e *checkEmitter) contains() []jen.Code {
	ck := e.ck
	m := jen.Id("matched")
	out := []jen.Code{m.Clone().Op(":=").Add(rt("Contains")).Call(jen.Id("x"), jen.Id("c"), e.ann.Clone(), jen.Id(ck.Contains.Func), jen.Lit(ck.ContainsEval))}
	if ck.MinContains > 0 {
		kw := "minContains"
		if ck.MinContains == 1 {
			kw = "contains"
		}
		out = append(out, jen.If(m.Clone().Op("<").Lit(ck.MinContains)).Block(
			e.fail(kw, message(kw), jen.Lit(ck.MinContains), m)))
	}
	if ck.MaxContains >= 0 {
		out = append(out, jen.If(m.Clone().Op(">").Lit(ck.MaxContains)).Block(
			e.fail("maxContains", message("maxContains"), jen.Lit(ck.MaxContains), m)))
	}
	if ck.MinContains <= 0 && ck.MaxContains < 0 {
		out = append(out, jen.Id("_").Op("=").Add(m)) // counted for the annotations only
	}
	return out
}

// objects emits the object keywords, x being the map[string]any.
func (e *checkEmitter) objects() []jen.Code {
	ck := e.ck
	x := jen.Id("x")
	var out []jen.Code
	out = append(out, checkCountKeywords(e, jen.Len(x))...)
	if len(ck.Required) > 0 {
		out = append(out, e.required("required", ck.Required, nil)...)
	}
	for _, d := range ck.DependentRequired {
		out = append(out, jen.If(jen.List(jen.Id("_"), jen.Id("has")).Op(":=").Add(x.Clone().Index(jen.Lit(d.Name))), jen.Id("has")).Block(
			e.required("dependentRequired", d.Required, &d.Name)...))
	}
	for _, p := range ck.Properties {
		out = append(out, jen.If(jen.List(jen.Id("pv"), jen.Id("has")).Op(":=").Add(x.Clone().Index(jen.Lit(p.Name))), jen.Id("has")).Block(
			jen.Id("c").Dot("Enter").Call(jen.Lit(p.Name)),
			call(p.Check.Func, jen.Id("pv"), jen.Nil()),
			jen.Id("c").Dot("Leave").Call(),
			e.ann.Clone().Dot("Prop").Call(jen.Lit(p.Name)),
		))
	}
	if len(ck.PatternProperties) > 0 || ck.AdditionalProperties != nil || ck.PropertyNames != nil {
		out = append(out, e.members()...)
	}
	for _, d := range ck.DependentSchemas {
		out = append(out, jen.If(jen.List(jen.Id("_"), jen.Id("has")).Op(":=").Add(x.Clone().Index(jen.Lit(d.Name))), jen.Id("has")).Block(
			call(d.Check.Func, jen.Id("v"), e.ann.Clone())))
	}
	return out
}

func checkCountKeywords(e *checkEmitter, n *jen.Statement) []jen.Code {
	var out []jen.Code
	if e.ck.MinProperties >= 0 {
		out = append(out, jen.If(n.Clone().Op("<").Lit(e.ck.MinProperties)).Block(
			e.fail("minProperties", message("minProperties"), jen.Lit(e.ck.MinProperties), n)))
	}
	if e.ck.MaxProperties >= 0 {
		out = append(out, jen.If(n.Clone().Op(">").Lit(e.ck.MaxProperties)).Block(
			e.fail("maxProperties", message("maxProperties"), jen.Lit(e.ck.MaxProperties), n)))
	}
	return out
}

// required reports the listed properties x lacks, in one violation.
func (e *checkEmitter) required(kw string, names []string, because *string) []jen.Code {
	out := []jen.Code{jen.Var().Id("missing").Index().String()}
	for _, r := range names {
		out = append(out, jen.If(jen.List(jen.Id("_"), jen.Id("has")).Op(":=").Id("x").Index(jen.Lit(r)), jen.Op("!").Id("has")).Block(
			jen.Id("missing").Op("=").Append(jen.Id("missing"), jen.Lit(r))))
	}
	msg := message("required", "%s")
	if because != nil {
		msg += ", required because " + quote(*because) + " is present"
	}
	return append(out, jen.If(jen.Len(jen.Id("missing")).Op(">").Lit(0)).Block(
		e.fail(kw, msg, rt("QuoteList").Call(jen.Id("missing")))))
}

// members walks the members in name order for patternProperties,
// additionalProperties and propertyNames. As jsonschema/v5 does,
// "additionalProperties": false rejects the properties it applies to in
// one violation at the object, which names them all:
//
//	var rejected []string
//	for _, k := range jsonrt.SortedKeys(x) { ...; if !matched { rejected = append(rejected, k); ann.Prop(k) } }
//	if len(rejected) > 0 { ok = false; c.Fail(".../additionalProperties", ...) }
func (e *checkEmitter) members() []jen.Code {
	ck := e.ck
	k, x := jen.Id("k"), jen.Id("x")
	var body []jen.Code
	enter := func(fn string) []jen.Code {
		return []jen.Code{
			jen.Id("c").Dot("Enter").Call(k), call(fn, x.Clone().Index(k), jen.Nil()),
			jen.Id("c").Dot("Leave").Call(), e.ann.Clone().Dot("Prop").Call(k),
		}
	}
	ap := ck.AdditionalProperties
	closed := rejects(ap)
	var before, after []jen.Code
	if closed {
		before = []jen.Code{jen.Var().Id("rejected").Index().String()}
		after = []jen.Code{jen.If(jen.Len(jen.Id("rejected")).Op(">").Lit(0)).Block(
			e.fail("additionalProperties", message("additionalProperties", "%s"), rt("QuoteList").Call(jen.Id("rejected"))))}
	}
	// additional applies additionalProperties to the member k.
	additional := func() []jen.Code {
		if closed {
			return []jen.Code{jen.Id("rejected").Op("=").Append(jen.Id("rejected"), k), e.ann.Clone().Dot("Prop").Call(k)}
		}
		return enter(ap.Func)
	}
	if ck.PropertyNames != nil {
		body = append(body, jen.Id("c").Dot("Enter").Call(k), call(ck.PropertyNames.Func, k, jen.Nil()), jen.Id("c").Dot("Leave").Call())
	}
	tracked := ck.AdditionalProperties != nil && (len(ck.Properties) > 0 || len(ck.PatternProperties) > 0)
	if tracked {
		body = append(body, jen.Id("matched").Op(":=").False())
		if len(ck.Properties) > 0 {
			var names []jen.Code
			for _, p := range ck.Properties {
				names = append(names, jen.Lit(p.Name))
			}
			body = append(body, jen.Switch(k).Block(jen.Case(names...).Block(jen.Id("matched").Op("=").True())))
		}
	}
	for _, p := range ck.PatternProperties {
		inner := enter(p.Check.Func)
		if tracked {
			inner = append([]jen.Code{jen.Id("matched").Op("=").True()}, inner...)
		}
		body = append(body, jen.If(jen.Id(e.pattern(p.RE2)).Dot("MatchString").Call(k)).Block(inner...))
	}
	switch {
	case tracked:
		body = append(body, jen.If(jen.Op("!").Id("matched")).Block(additional()...))
	case ap != nil:
		body = append(body, additional()...)
	}
	loop := jen.For(jen.List(jen.Id("_"), k).Op(":=").Range().Add(rt("SortedKeys")).Call(x)).Block(body...)
	return append(append(before, loop), after...)
}

// applicators emits allOf, anyOf, oneOf, not, if/then/else, $ref and
// $dynamicRef, which apply other schemas to the same value.
func (e *checkEmitter) applicators() []jen.Code {
	ck := e.ck
	v, c, ann := jen.Id("v"), jen.Id("c"), e.ann
	var out []jen.Code
	for _, a := range ck.AllOf {
		out = append(out, call(a.Func, v, ann))
	}
	if len(ck.AnyOf) > 0 {
		out = append(out, jen.If(jen.Op("!").Add(rt("AnyOf")).Call(append([]jen.Code{v, c, ann}, funcs(ck.AnyOf)...)...)).Block(
			e.fail("anyOf", "anyOf failed")))
	}
	if len(ck.OneOf) > 0 {
		out = append(out, jen.If(jen.Id("n").Op(":=").Add(rt("OneOf")).Call(append([]jen.Code{v, c, ann}, funcs(ck.OneOf)...)...), jen.Id("n").Op("!=").Lit(1)).Block(
			e.fail("oneOf", message("oneOf"), jen.Id("n"))))
	}
	if ck.Not != nil {
		out = append(out, jen.If(rt("Passes").Call(v, c, jen.Id(ck.Not.Func))).Block(e.fail("not", "not failed")))
	}
	if ck.If != nil {
		out = append(out, e.ifThenElse())
	}
	if ck.Ref != nil {
		out = append(out, call(ck.Ref.Func, v, ann))
	}
	if r := ck.DynamicRef; r != nil {
		fn := jen.Id("fn")
		stmts := []jen.Code{fn.Clone().Op(":=").Add(rt("CheckFunc")).Call(jen.Id(r.Static.Func))}
		if r.Anchor != "" {
			stmts = append(stmts, jen.If(jen.Id("f").Op(":=").Id(resolverName).Call(c.Clone().Dot("Scope").Call(), jen.Lit(r.Anchor)), jen.Id("f").Op("!=").Nil()).Block(
				fn.Clone().Op("=").Id("f")))
		}
		stmts = append(stmts, jen.If(jen.Op("!").Add(fn).Call(v, c, ann)).Block(jen.Id("ok").Op("=").False()))
		out = append(out, jen.Block(stmts...))
	}
	return out
}

// ifThenElse applies then or else depending on whether the value passes if.
//
//	if jsonrt.If(v, c, ann, checkIf) {
//		if !checkThen(v, c, ann) { ok = false }
//	} else if !checkElse(v, c, ann) {
//		ok = false
//	}
func (e *checkEmitter) ifThenElse() jen.Code {
	ck := e.ck
	v, ann := jen.Id("v"), e.ann
	cond := rt("If").Call(v, jen.Id("c"), ann, jen.Id(ck.If.Func))
	switch {
	case ck.Then != nil && ck.Else != nil:
		return jen.If(cond).Block(call(ck.Then.Func, v, ann)).Else().Add(call(ck.Else.Func, v, ann))
	case ck.Then != nil:
		return jen.If(cond).Block(call(ck.Then.Func, v, ann))
	case ck.Else != nil:
		return jen.If(jen.Op("!").Add(cond)).Block(call(ck.Else.Func, v, ann))
	}
	return cond // no then or else: "if" still contributes its annotations
}

func funcs(checks []*ir.Check) []jen.Code {
	out := make([]jen.Code, len(checks))
	for i, c := range checks {
		out[i] = jen.Id(c.Func)
	}
	return out
}

// unevaluated emits unevaluatedItems and unevaluatedProperties, which see
// what every other keyword of this schema evaluated.
func (e *checkEmitter) unevaluated() []jen.Code {
	ck := e.ck
	x, ann := jen.Id("x"), e.ann
	var out []jen.Code
	if u := ck.UnevaluatedItems; u != nil {
		i := jen.Id("i")
		out = append(out, jen.If(jen.List(x.Clone(), jen.Id("isArray")).Op(":=").Id("v").Assert(jen.Index().Any()), jen.Id("isArray")).Block(
			jen.For(i.Clone().Op(":=").Range().Add(x)).Block(jen.If(jen.Op("!").Add(ann).Dot("HasItem").Call(i)).Block(
				jen.Id("c").Dot("EnterIndex").Call(i), call(u.Func, x.Clone().Index(i), jen.Nil()),
				jen.Id("c").Dot("Leave").Call(), ann.Clone().Dot("Item").Call(i)))))
	}
	if u := ck.UnevaluatedProperties; u != nil {
		k := jen.Id("k")
		out = append(out, jen.If(jen.List(x.Clone(), jen.Id("isObject")).Op(":=").Id("v").Assert(jen.Map(jen.String()).Any()), jen.Id("isObject")).Block(
			jen.For(jen.List(jen.Id("_"), k).Op(":=").Range().Add(rt("SortedKeys")).Call(x)).Block(jen.If(jen.Op("!").Add(ann).Dot("HasProp").Call(k)).Block(
				jen.Id("c").Dot("Enter").Call(k), call(u.Func, x.Clone().Index(k), jen.Nil()),
				jen.Id("c").Dot("Leave").Call(), ann.Clone().Dot("Prop").Call(k)))))
	}
	return out
}

// emitResolver emits the function that resolves a $dynamicRef's anchor
// against the dynamic scope (the resources entered so far, outermost first):
//
//	func resolveDynamicAnchor(scope []int, name string) jsonrt.CheckFunc {
//		for _, r := range scope {
//			switch r {
//			case 0:
//				switch name {
//				case "meta":
//					return checkRoot
//				}
//			}
//		}
//		return nil
//	}
func emitResolver(f *jen.File, resources []*ir.Resource) {
	var cases []jen.Code
	for i, r := range resources {
		if len(r.Anchors) == 0 {
			continue
		}
		var names []jen.Code
		for _, a := range r.Anchors {
			names = append(names, jen.Case(jen.Lit(a.Name)).Block(jen.Return(jen.Id(a.Check.Func))))
		}
		cases = append(cases, jen.Case(jen.Lit(i)).Block(jen.Switch(jen.Id("name")).Block(names...)))
	}
	f.Commentf("// %s returns the check of the outermost resource in the dynamic scope", resolverName)
	f.Comment("// that declares the dynamic anchor name, or nil.")
	body := []jen.Code{jen.Return(jen.Nil())}
	if len(cases) > 0 {
		body = []jen.Code{
			jen.For(jen.List(jen.Id("_"), jen.Id("r")).Op(":=").Range().Id("scope")).Block(jen.Switch(jen.Id("r")).Block(cases...)),
			jen.Return(jen.Nil()),
		}
	}
	f.Func().Id(resolverName).Params(jen.Id("scope").Index().Int(), jen.Id("name").String()).Add(rt("CheckFunc")).Block(body...)
	f.Line()
}
