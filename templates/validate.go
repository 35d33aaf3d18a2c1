package templates

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// An emitter is the state of emitting one declaration's methods or one
// check function: the statements that validate values against their
// schemas, and the package-level regular expressions they use, which are
// the declaration's or check's and which the naming pass named (patterns
// collects them for the file).
type emitter struct {
	vars     []ir.PatternVar // the Decl's or the Check's
	patterns []string        // RE2 sources, in order of first use
	// named is set when the value checked at depth 1 has a named Go type
	// (an enum's or a defined type's receiver), which string functions
	// take only after a conversion; every other string is a plain string.
	named bool
	// member, while the checks of a leaf property are emitted (see
	// validateField), is its name: they record their violations in it
	// with AddIn and AddfIn rather than after entering it.
	member string
}

// violation returns e.Add(...) or e.Addf(...) for keyword kw of the schema
// at o, or e.AddIn(...) or e.AddfIn(...) in the member c.member names.
//
//	e.Addf("pet.json#/properties/age/minimum", "minimum", "must be >= %v but found %v", 0, v)
//	e.AddfIn("age", "pet.json#/properties/age/minimum", "minimum", "must be >= %v but found %v", 0, v)
func (c *emitter) violation(o ir.Origin, kw string, format string, args ...jen.Code) jen.Code {
	head := []jen.Code{jen.Lit(o.Keyword(kw)), jen.Lit(kw), jen.Lit(format)}
	add := "Add"
	if len(args) > 0 {
		add = "Addf"
	}
	if c.member != "" {
		add += "In"
		head = append([]jen.Code{jen.Lit(c.member)}, head...)
	}
	return jen.Id("e").Dot(add).Call(append(head, args...)...)
}

// validateValue returns statements that check v, an addressable expression of
// t's Go type, against every constraint of t, recording violations in e at
// the current instance location. It returns nothing when t has nothing to
// check.
func (c *emitter) validateValue(t ir.Type, v *jen.Statement, depth int) []jen.Code {
	switch t := t.(type) {
	case *ir.Named:
		return []jen.Code{receiver(v).Dot("validate").Call(jen.Id("e"))}
	case *ir.Nullable:
		elem := v
		if !nilable(t.Elem) {
			elem = deref(v)
		}
		inner := c.validateValue(t.Elem, elem, depth)
		if len(inner) == 0 {
			return nil
		}
		return []jen.Code{jen.If(v.Clone().Op("!=").Nil()).Block(inner...)}
	case *ir.String:
		s := v
		if c.named && depth == 1 {
			s = jen.String().Call(v)
		}
		return append(c.validateString(t, s), c.validateCommon(t.Origin, t.Common, v, stringLits)...)
	case *ir.Formatted:
		return c.validateText(t, v)
	case *ir.External:
		if t.Check == nil {
			return nil
		}
		// jsonrt.CheckRaw(e, jsonrt.Encode(&x.Amount), checkPropertiesAmount)
		return []jen.Code{rt("CheckRaw").Call(jen.Id("e"), rt("Encode").Call(address(v)), jen.Id(t.Check.Func))}
	case *ir.Integer:
		return append(c.validateInteger(t, v), c.validateCommon(t.Origin, t.Common, v, integerLits(t.Bits))...)
	case *ir.Number:
		return append(c.validateNumber(t, v), c.validateCommon(t.Origin, t.Common, v, numberLits)...)
	case *ir.Boolean:
		return c.validateCommon(t.Origin, t.Common, v, booleanLits)
	case *ir.Raw:
		if t.Check != nil {
			// jsonrt.CheckRaw(e, x.Value, checkPropertiesValue)
			return []jen.Code{rt("CheckRaw").Call(jen.Id("e"), jen.Qual("encoding/json", "RawMessage").Call(v), jen.Id(t.Check.Func))}
		}
		return c.validateCommon(t.Origin, t.Common, v, nil)
	case *ir.Slice:
		return append(c.validateSlice(t, v, depth), c.validateCommon(t.Origin, t.Common, v, nil)...)
	case *ir.Map:
		return append(c.validateMap(t, v, depth), c.validateCommon(t.Origin, t.Common, v, nil)...)
	}
	panic(unnamed(t))
}

// validateString checks the lengths, in code points, and the pattern of s, an
// expression of type string.
//
//	if n := jsonrt.CodePoints(s); n < 1 { e.Addf(...) } else if n > 9 { e.Addf(...) }
//	if !petNamePattern.MatchString(s) { e.Add(...) }
func (c *emitter) validateString(t *ir.String, s *jen.Statement) []jen.Code {
	var out []jen.Code
	if length := c.validateLength(t, s); length != nil {
		out = append(out, length)
	}
	if t.Format != "" {
		out = append(out, jen.If(jen.Op("!").Add(rt("FormatString")).Call(jen.Lit(t.Format), s)).Block(
			c.violation(t.Origin, "format", message("format", "%s", quote(t.Format)), rt("Describe").Call(s))))
	}
	if t.Pattern != "" {
		re := c.pattern(t.RE2)
		out = append(out, jen.If(jen.Op("!").Id(re).Dot("MatchString").Call(s)).Block(
			c.violation(t.Origin, "pattern", message("pattern", quote(t.Pattern)))))
	}
	return out
}

// validateLength checks the length of s in code points against minLength
// and maxLength, or returns nil when t has neither.
func (c *emitter) validateLength(t *ir.String, s *jen.Statement) jen.Code {
	if t.MinLength < 0 && t.MaxLength < 0 {
		return nil
	}
	n := jen.Id("n")
	count := n.Clone().Op(":=").Add(rt("CodePoints")).Call(s)
	fail := func(kw string, limit int) jen.Code {
		return c.violation(t.Origin, kw, message(kw), jen.Lit(limit), n)
	}
	switch {
	case t.MinLength >= 0 && t.MaxLength >= 0:
		return jen.If(count, n.Clone().Op("<").Lit(t.MinLength)).Block(fail("minLength", t.MinLength)).
			Else().If(n.Clone().Op(">").Lit(t.MaxLength)).Block(fail("maxLength", t.MaxLength))
	case t.MinLength >= 0:
		return jen.If(count, n.Clone().Op("<").Lit(t.MinLength)).Block(fail("minLength", t.MinLength))
	}
	return jen.If(count, n.Clone().Op(">").Lit(t.MaxLength)).Block(fail("maxLength", t.MaxLength))
}

// validateText checks a value that a runtime type holds with its string: that
// the string it encodes is valid for its format (a value set since decoding
// may not be), and the string's keywords.
//
//	if !x.At.Valid() { e.Addf(".../format", "format", "%s is not valid 'date-time'", jsonrt.Describe(x.At.String())) }
//	if n := jsonrt.CodePoints(x.At.String()); n > 30 { e.Addf(...) }
func (c *emitter) validateText(t *ir.Formatted, v *jen.Statement) []jen.Code {
	text := receiver(v).Dot("String").Call()
	out := []jen.Code{jen.If(jen.Op("!").Add(receiver(v).Dot("Valid").Call())).Block(
		c.violation(t.Origin, "format", message("format", "%s", quote(t.Format)), rt("Describe").Call(text)))}
	out = append(out, c.validateString(t.Text, text)...)
	return append(out, c.validateCommon(t.Origin, t.Text.Common, text, stringLits)...)
}

// pattern returns the name of the package-level variable holding the
// compiled regular expression src. The naming pass names one for every
// expression a Decl's or a Check's code uses; a missing one is a bug.
func (c *emitter) pattern(src string) string {
	name := ir.PatternName(c.vars, src)
	if name == "" {
		panic(fmt.Sprintf("templates: the naming pass gave pattern %q no variable", src))
	}
	if !slices.Contains(c.patterns, src) {
		c.patterns = append(c.patterns, src)
	}
	return name
}

// emitPatterns declares the variables of the regular expressions the
// emitter used, in order of first use.
func (c *emitter) emitPatterns(f *jen.File) {
	for _, p := range c.patterns {
		name := ir.PatternName(c.vars, p)
		text, source := ir.PatternText(c.vars, p)
		if source != text {
			f.Commentf("// %s is the schema's pattern %s, in RE2 syntax.", name, oneLine(source))
		}
		f.Var().Id(name).Op("=").Add(rt("MustCompilePattern")).Call(patternLit(text))
	}
}

// patternLit writes a regular expression as a raw string when it can be
// one (no back quote, no carriage return, which raw strings drop, and valid
// UTF-8), so that it reads as the schema writes it: `^B-[0-9]{8}$` rather
// than "^B-[0-9]{8}$" with every backslash doubled.
func patternLit(text string) jen.Code {
	if utf8.ValidString(text) && !strings.ContainsAny(text, "`\r") && !strings.ContainsFunc(text, unicode.IsControl) {
		return jen.Op("`" + text + "`")
	}
	return jen.Lit(text)
}

// validateSlice checks the item count, uniqueness and every item.
func (c *emitter) validateSlice(t *ir.Slice, v *jen.Statement, depth int) []jen.Code {
	var out []jen.Code
	n := jen.Len(v)
	if t.MinItems >= 0 {
		out = append(out, jen.If(n.Clone().Op("<").Lit(t.MinItems)).Block(
			c.violation(t.Origin, "minItems", message("minItems"), jen.Lit(t.MinItems), n)))
	}
	if t.MaxItems >= 0 {
		out = append(out, jen.If(n.Clone().Op(">").Lit(t.MaxItems)).Block(
			c.violation(t.Origin, "maxItems", message("maxItems"), jen.Lit(t.MaxItems), n)))
	}
	if t.UniqueItems {
		out = append(out, c.checkUnique(t, v))
	}
	i := local("i", depth)
	inner := c.validateValue(t.Elem, operand(v).Index(jen.Id(i)), depth+1)
	if len(inner) > 0 {
		body := append(append([]jen.Code{jen.Id("e").Dot("EnterIndex").Call(jen.Id(i))}, inner...), jen.Id("e").Dot("Leave").Call())
		out = append(out, jen.For(jen.Id(i).Op(":=").Range().Add(v)).Block(body...))
	}
	return out
}

// checkUnique reports the first pair of equal items: with == for Go types
// that compare like JSON values, else by their JSON encodings.
func (c *emitter) checkUnique(t *ir.Slice, v *jen.Statement) jen.Code {
	call := rt("UniqueComparable").Call(v)
	if !comparable(t.Elem) {
		call = rt("UniqueJSON").Call(rt("EncodeEach").Call(v))
	}
	return jen.If(jen.List(jen.Id("i"), jen.Id("j"), jen.Id("ok")).Op(":=").Add(call), jen.Op("!").Id("ok")).Block(
		c.violation(t.Origin, "uniqueItems", message("uniqueItems"), jen.Id("i"), jen.Id("j")))
}

// comparable reports whether == on the Go type of t is JSON equality.
func comparable(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.String, *ir.Integer, *ir.Number, *ir.Boolean:
		return true
	case *ir.Named:
		switch t.Decl.Type.(type) {
		case *ir.String, *ir.Integer, *ir.Number, *ir.Boolean, *ir.Enum:
			return true
		}
	}
	return false
}

// validateMap checks the member count and the members.
func (c *emitter) validateMap(t *ir.Map, v *jen.Statement, depth int) []jen.Code {
	out := c.validateCount(t.Origin, t.MinProperties, t.MaxProperties, jen.Len(v))
	return append(out, c.validateMembers(t.Origin, v, t.Value, t.Names, t.Checked, nil, depth)...)
}

// validateMembers checks the members of m, a Go map of the object at o
// whose values are of type value: their names, when patterns restrict
// them, and their values. A member whose name no pattern matches is
// reported (see rejectName), and its value is not checked, as no schema
// applies to it. The raw value of a member whose name matches a checked
// pattern is checked against its schema. When m holds the extra
// properties of st, the loop passes over those a field has (see
// skipNamed):
//
//	for k1, v1 := range m {
//		if !composePattern0.MatchString(k1) { e.Addf(...); continue }
//		e.Enter(k1); ...; e.Leave()
//		if metricsPattern1.MatchString(k1) { e.Enter(k1); jsonrt.CheckRaw(e, v1, checkPatternPropertiesCount); e.Leave() }
//	}
func (c *emitter) validateMembers(o ir.Origin, m *jen.Statement, value ir.Type, names []ir.NamePattern, checked []ir.PatternCheck, st *ir.Struct, depth int) []jen.Code {
	k, v := local("k", depth), local("v", depth)
	if st != nil {
		k, v = "k", "v" // as encodeStruct names them
	}
	vars, body := jen.Id(k), []jen.Code(nil)
	if inner := c.validateValue(value, jen.Id(v), depth+1); len(inner) > 0 {
		body = append(append([]jen.Code{jen.Id("e").Dot("Enter").Call(jen.Id(k))}, inner...), jen.Id("e").Dot("Leave").Call())
	}
	for _, p := range checked {
		body = append(body, jen.If(jen.Id(c.pattern(p.RE2)).Dot("MatchString").Call(jen.Id(k))).Block(
			jen.Id("e").Dot("Enter").Call(jen.Id(k)),
			rt("CheckRaw").Call(jen.Id("e"), jen.Id(v), jen.Id(p.Check.Func)),
			jen.Id("e").Dot("Leave").Call()))
	}
	if len(body) > 0 {
		vars = jen.List(jen.Id(k), jen.Id(v))
	}
	if len(names) > 0 {
		var then []jen.Code
		if len(body) > 0 {
			then = append(then, jen.Continue())
		}
		body = append([]jen.Code{c.unmatchedName(o, st != nil && st.Unevaluated, names, jen.Id(k), then...)}, body...)
	}
	if len(body) == 0 {
		return nil
	}
	if st != nil {
		body = append(skipNamed(st), body...)
	}
	return sortedLoop(depth, jen.For(vars.Op(":=").Range().Add(m)).Block(body...))
}

// sortedLoop wraps a loop over a Go map so that the violations it records
// come out sorted by location, whatever order the map is walked in:
//
//	start1 := e.Len()
//	for k, v := range m { ... }
//	e.SortFrom(start1)
func sortedLoop(depth int, loop jen.Code) []jen.Code {
	start := local("start", depth)
	return []jen.Code{
		jen.Id(start).Op(":=").Id("e").Dot("Len").Call(),
		loop,
		jen.Id("e").Dot("SortFrom").Call(jen.Id(start)),
	}
}

// validateCount checks minProperties and maxProperties against n.
func (c *emitter) validateCount(o ir.Origin, min, max int, n *jen.Statement) []jen.Code {
	var out []jen.Code
	if min >= 0 {
		out = append(out, jen.If(n.Clone().Op("<").Lit(min)).Block(
			c.violation(o, "minProperties", message("minProperties"), jen.Lit(min), n)))
	}
	if max >= 0 {
		out = append(out, jen.If(n.Clone().Op(">").Lit(max)).Block(
			c.violation(o, "maxProperties", message("maxProperties"), jen.Lit(max), n)))
	}
	return out
}

// quote renders a string for a message as jsonschema/v5 does.
func quote(s string) string {
	data, _ := json.Marshal(s)
	q := string(data)
	return "'" + strings.ReplaceAll(q[1:len(q)-1], `'`, `\'`) + "'"
}
