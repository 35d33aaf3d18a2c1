package templates

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// emitStruct emits a Go struct for a JSON object with named properties:
//
//	type Pet struct {
//		// Name is ...
//		Name string `json:"name"`
//		Age  *int64 `json:"age,omitempty"`
//		// AdditionalProperties holds the properties the schema does not name.
//		AdditionalProperties map[string]json.RawMessage `json:"-"`
//	}
//
// with its properties' defaults (see emitDefaults) and its methods (see
// commonMethods and internalMethods).
func (c *emitter) emitStruct(o output, d *ir.Decl, st *ir.Struct) {
	var fields []jen.Code
	for _, fd := range st.Fields {
		fields = append(fields, comment(fieldDoc(d.Name, fd))...)
		fields = append(fields, jen.Id(fd.Name).Add(fieldType(fd)).Add(fieldTag(fd)))
	}
	if st.Extra != nil {
		doc := append([]string{st.Extra.Name + " holds the properties the schema does not name, by name."}, namesText("Their names", st.Extra.Only)...)
		doc = append(doc, checkedText("Those", st.Extra.Checked)...)
		fields = append(fields, comment(strings.Join(doc, " "))...)
		fields = append(fields, jen.Id(st.Extra.Name).Map(jen.String()).Add(goType(st.Extra.Value)).Tag(map[string]string{"json": "-"}))
	}
	if st.NonObject != "" {
		fields = append(fields, comment(st.NonObject+` holds a value that is not a JSON object, as it is: the schema does not say "type": "object", so it accepts any such value. The other fields are then empty.`)...)
		fields = append(fields, jen.Id(st.NonObject).Qual("encoding/json", "RawMessage").Tag(map[string]string{"json": "-"}))
	}
	addComment(o.api, declDoc(d))
	o.api.Type().Id(d.Name).Struct(fields...)
	o.api.Line()
	emitDefaults(o.api, d, st)
	commonMethods(o.api, d.Name, structDocs(st))
	// The methods of a struct of many fields are megabytes of code: each
	// one's syntax tree is rendered and dropped before the next is built,
	// rather than all three being alive at once.
	many := len(st.Fields) >= declsPerFlush
	if many {
		o.flush()
	}
	decodeMethod(o.codec, d.Name, c.decodeStruct(st))
	if many {
		o.flush()
	}
	encodeMethod(o.codec, d.Name, encodeStruct(st))
	if many {
		o.flush()
	}
	validateMethod(o.codec, d.Name, c.validateStruct(st))
}

// fieldTag returns the json struct tag that documents a field's property
// for readers and other tools (the generated methods do not need it), or
// nothing when encoding/json could not express the name in a tag.
//
//	`json:"name"`, `json:"age,omitempty"`, `json:"nick,omitzero"` (jsonrt.Optional)
func fieldTag(fd *ir.Field) jen.Code {
	if !validTagName(fd.JSONName) {
		return jen.Null()
	}
	tag := fd.JSONName
	_, nullable := fd.Type.(*ir.Nullable)
	switch {
	case fd.Required:
	case nullable:
		tag += ",omitzero"
	default:
		tag += ",omitempty"
	}
	return jen.Tag(map[string]string{"json": tag})
}

// validTagName reports whether encoding/json accepts name in a struct tag:
// not empty, and only letters, digits and a few punctuation characters.
func validTagName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) {
			return false
		}
	}
	return true
}

// decodeStruct reads an object member by member:
//
//	if d.Kind() != jsonrt.Object { x.NonObject = d.Raw(); return } // when the schema accepts other values
//	if !d.BeginObject(...) { return }
//	var ptrString jsonrt.Block[string] // when two or more optional fields are strings
//	var has struct{ Name bool } // marks the required properties seen
//	for d.NextMember() {
//		switch string(d.Key()) {
//		case "name": has.Name = true; x.Name = d.String(...)
//		default: ... extra property ...
//		}
//	}
//	var missing []string
//	if !has.Name { missing = append(missing, "name") } // many behind one test (see grouper)
//	if len(missing) > 0 { d.Addf(..., "required", "missing properties: %s", jsonrt.QuoteList(missing)) }
//	// (again, from missing[:0], for each other part of an allOf that requires properties)
//
// The flags are fields of one struct rather than separate booleans: the
// compiler keeps separate booleans in registers across the loop and moves
// them all around every call, which costs more than the member for a struct
// of many required properties.
func (c *emitter) decodeStruct(st *ir.Struct) []jen.Code {
	x := jen.Id("x")
	var out []jen.Code
	if st.NonObject != "" {
		// if d.Kind() != jsonrt.Object { x.NonObject = d.Raw(); return }
		out = append(out, jen.If(jen.Id("d").Dot("Kind").Call().Op("!=").Add(rt("Object"))).Block(
			x.Clone().Dot(st.NonObject).Op("=").Id("d").Dot("Raw").Call(), jen.Return()))
	}
	out = append(out, jen.If(jen.Op("!").Id("d").Dot("BeginObject").Call(jen.Lit(st.ObjectOrigin().Keyword("type")))).Block(jen.Return()))
	var has []jen.Code
	var cases []jen.Code
	blocks, byField := pointerBlocks(st)
	for _, b := range blocks {
		out = append(out, jen.Var().Id(b.name).Add(rt("Block").Types(jenType(b.elem))))
	}
	for _, fd := range st.Fields {
		body := decodeField(fd, x, byField)
		if fd.Required {
			has = append(has, jen.Id(fd.Name))
			body = append([]jen.Code{jen.Id("has").Dot(fd.Name).Op("=").True()}, body...)
		}
		cases = append(cases, jen.Case(jen.Lit(fd.JSONName)).Block(body...))
	}
	cases = append(cases, jen.Default().Block(c.decodeExtra(st)...))
	if len(has) > 0 {
		out = append(out, jen.Comment("has marks the required properties seen."),
			jen.Var().Id("has").Struct(jen.List(has...).Bool()))
	}
	out = append(out, jen.For(jen.Id("d").Dot("NextMember").Call()).Block(
		jen.Switch(jen.String().Call(jen.Id("d").Dot("Key").Call())).Block(cases...)))
	if len(has) == 0 {
		return out
	}
	out = append(out, jen.Var().Id("missing").Index().String())
	checkMissing := grouper{why: []string{
		"This test and each like it below skip the tests of several required",
		"properties at once when all are present; the function literal keeps their",
		"code out of the way of the code run on each call.",
	}}
	for i, at := range requiredOrigins(st) {
		if i > 0 {
			out = append(out, jen.Id("missing").Op("=").Id("missing").Index(jen.Empty(), jen.Lit(0)))
		}
		var run []guarded
		for _, fd := range st.Fields {
			if fd.Required && st.RequiredOrigin(fd) == at {
				absent := jen.Op("!").Id("has").Dot(fd.Name)
				run = append(run, guarded{absent, []jen.Code{jen.If(absent).Block(
					jen.Id("missing").Op("=").Append(jen.Id("missing"), jen.Lit(fd.JSONName)))}})
			}
		}
		out = append(out, checkMissing.group(run)...)
		out = append(out, jen.If(jen.Len(jen.Id("missing")).Op(">").Lit(0)).Block(
			jen.Id("d").Dot("Addf").Call(jen.Lit(at.Keyword("required")), jen.Lit("required"),
				jen.Lit(message("required", "%s")), rt("QuoteList").Call(jen.Id("missing")))))
	}
	return out
}

// requiredOrigins returns the schemas whose "required" lists fields of st,
// in the order of their first field: one, but for an allOf made one struct
// each part that requires something, whose violation is its own.
func requiredOrigins(st *ir.Struct) []ir.Origin {
	var at []ir.Origin
	for _, fd := range st.Fields {
		if o := st.RequiredOrigin(fd); fd.Required && !slices.Contains(at, o) {
			at = append(at, o)
		}
	}
	return at
}

// decodeExtra handles a property the schema does not name: kept in the
// extra field, or reported when additionalProperties (or
// unevaluatedProperties) is false (beside patterns that allow any value,
// when its name matches none of them).
func (c *emitter) decodeExtra(st *ir.Struct) []jen.Code {
	d := jen.Id("d")
	report := d.Clone().Dot("AddToParentf").Call(jen.Lit(st.Origin.Keyword("additionalProperties")), jen.Lit("additionalProperties"),
		jen.Lit(message("additionalProperties", "%s")), rt("Quote").Call(jen.String().Call(d.Clone().Dot("Key").Call())))
	if st.Unevaluated {
		// d.Add("schema.json#/unevaluatedProperties", "false", "not allowed")
		report = d.Clone().Dot("Add").Call(jen.Lit(st.Origin.Keyword("unevaluatedProperties")), jen.Lit("false"), jen.Lit(message("false")))
	}
	unknown := []jen.Code{report, d.Clone().Dot("Skip").Call()}
	if st.Extra == nil {
		return unknown
	}
	var out []jen.Code
	if len(st.Extra.Only) > 0 {
		// if !composePattern0.MatchString(string(d.Key())) { ...report it...; continue }
		out = append(out, jen.If(c.nameUnmatched(st.Extra.Only, jen.String().Call(jen.Id("d").Dot("Key").Call()))).Block(
			append(unknown, jen.Continue())...))
	}
	extra := jen.Id("x").Dot(st.Extra.Name)
	out = append(out, jen.If(extra.Clone().Op("==").Nil()).Block(
		extra.Clone().Op("=").Map(jen.String()).Add(goType(st.Extra.Value)).Values()))
	return append(out, decodeMember(st.Extra.Value, extra, 1)...)
}

// nameUnmatched returns the condition that the property name matches none
// of the patterns.
//
//	!composePattern0.MatchString(k)
//	!(composePattern0.MatchString(k) || composePattern1.MatchString(k))
func (c *emitter) nameUnmatched(patterns []ir.NamePattern, name *jen.Statement) *jen.Statement {
	matched := jen.Null()
	for i, p := range patterns {
		if i > 0 {
			matched.Op("||")
		}
		matched.Id(c.pattern(p.RE2)).Dot("MatchString").Call(name.Clone())
	}
	if len(patterns) == 1 {
		return jen.Op("!").Add(matched)
	}
	return jen.Op("!").Parens(matched)
}

// unmatchedName reports a property of the object at o whose name k
// matches none of the patterns as one the object does not allow (see
// rejectName), then runs then:
//
//	if !composePattern0.MatchString(k) { e.Addf(..., "additionalProperties", ...) }
func (c *emitter) unmatchedName(o ir.Origin, unevaluated bool, patterns []ir.NamePattern, k *jen.Statement, then ...jen.Code) jen.Code {
	return jen.If(c.nameUnmatched(patterns, k)).Block(append([]jen.Code{c.rejectName(o, unevaluated, k)}, then...)...)
}

// rejectName reports the property named k as one the object at o does not
// allow: at the object, as additionalProperties does, or, when
// unevaluatedProperties rejects it, at the property, as its false schema
// does.
func (c *emitter) rejectName(o ir.Origin, unevaluated bool, k *jen.Statement) jen.Code {
	if unevaluated {
		return jen.Id("e").Dot("AddIn").Call(k.Clone(), jen.Lit(o.Keyword("unevaluatedProperties")), jen.Lit("false"), jen.Lit(message("false")))
	}
	return c.violation(o, "additionalProperties", message("additionalProperties", "%s"), rt("Quote").Call(k.Clone()))
}

// encodeStruct writes the named properties in schema order, then the extra
// ones sorted by name (skipping any that a field already wrote), or the
// value that is not an object when the struct holds one. An object that
// allows no property at all is always {}.
func encodeStruct(st *ir.Struct) []jen.Code {
	if len(st.Fields) == 0 && st.Extra == nil {
		return []jen.Code{appendTo(jen.Append(jen.Id("b"), jen.Lit("{}").Op("...")))}
	}
	x := jen.Id("x")
	var out []jen.Code
	if st.NonObject != "" {
		// if x.NonObject != nil { b = jsonrt.AppendRaw(b, x.NonObject); return b }
		nonObject := x.Clone().Dot(st.NonObject)
		out = append(out, jen.If(nonObject.Clone().Op("!=").Nil()).Block(
			appendTo(rt("AppendRaw").Call(jen.Id("b"), nonObject)), jen.Return(jen.Id("b"))))
	}
	out = append(out,
		jen.Id("open").Op(":=").Len(jen.Id("b")),
		appendTo(jen.Append(jen.Id("b"), jen.LitRune('{'))),
	)
	for _, fd := range st.Fields {
		out = append(out, encodeField(fd, x)...)
	}
	if st.Extra != nil {
		extra := x.Clone().Dot(st.Extra.Name)
		body := append([]jen.Code{}, skipNamed(st)...)
		body = append(body,
			appendTo(rt("AppendKey").Call(jen.Id("b"), jen.Id("open"), jen.Lit(""))),
			appendTo(rt("AppendString").Call(jen.Id("b"), jen.Id("k"))),
			appendTo(jen.Append(jen.Id("b"), jen.LitRune(':'))),
			jen.Id("v").Op(":=").Add(extra.Clone()).Index(jen.Id("k")),
		)
		body = append(body, encodeValue(st.Extra.Value, jen.Id("v"), nil, 1)...)
		out = append(out, jen.For(jen.List(jen.Id("_"), jen.Id("k")).Op(":=").Range().Add(rt("SortedKeys").Call(extra))).Block(body...))
	}
	return append(out, appendTo(jen.Append(jen.Id("b"), jen.LitRune('}'))))
}

// validateStruct checks every present field, the property count, the extra
// properties and the object-wide keywords; a value that is not an object
// (see ir.Struct.NonObject) has nothing to check.
func (c *emitter) validateStruct(st *ir.Struct) []jen.Code {
	x := jen.Id("x")
	var out []jen.Code
	if st.NonObject != "" {
		// A value that is not an object meets every keyword of the schema.
		out = append(out, jen.If(x.Clone().Dot(st.NonObject).Op("!=").Nil()).Block(jen.Return()))
	}
	var run []guarded // consecutive optional fields with checks
	skipAbsent := grouper{why: []string{
		"This test and each like it below skip the checks of several optional",
		"properties at once when none is present; the function literal keeps their",
		"code out of the way of the code run on each call.",
	}}
	for _, fd := range st.Fields {
		checks, present := c.validateField(st, fd, x)
		switch {
		case present != nil:
			run = append(run, guarded{present, checks})
			continue
		case len(checks) == 0:
			continue
		}
		out = append(append(out, skipAbsent.group(run)...), checks...)
		run = nil
	}
	out = append(out, skipAbsent.group(run)...)
	if st.MinProperties >= 0 || st.MaxProperties >= 0 {
		out = append(out, countProperties(st)...)
		out = append(out, c.validateCount(st.Origin, st.MinProperties, st.MaxProperties, jen.Id("n"))...)
	}
	if st.Extra != nil {
		out = append(out, c.validateMembers(st.Origin, x.Clone().Dot(st.Extra.Name), st.Extra.Value, st.Extra.Only, st.Extra.Checked, st, 0)...)
	}
	return append(out, c.validateCommon(st.Origin, st.Common, x, nil)...)
}

// A guarded is statements that do something only when a test holds: the
// checks of an optional field (if x.A != nil { ... }) or the recording of
// a missing required property (if !has.A { ... }).
type guarded struct {
	test jen.Code
	code []jen.Code
}

// minGrouped and maxGrouped are the fewest and the most consecutive
// guarded statements that a grouper puts behind one test: a longer run is
// cut into groups of maxGrouped, so that no condition grows with the number
// of properties.
const (
	minGrouped = 8
	maxGrouped = 16
)

// A grouper puts the statements of runs of guarded statements, those of
// each group of many behind one test of whether any of their tests holds,
// in a function literal called in place:
//
//	// why (above the first group only)
//	if x.A != nil || x.B != nil || ... { func() { if x.A != nil { ... }; if x.B != nil { ... }; ... }() }
//
// The compiler lays out the statements of each test between it and the
// next test: without the outer test, validating a value with few of many
// optional properties would run through the code of all their checks, and
// decoding one with all of many required properties through the code
// that records each missing one, which takes more time in fetching
// instructions than in running them. The function literal, compiled as a
// function of its own, takes the statements out of the caller's code, so
// that the tests of a wide struct sit back to back in a few cache lines
// instead of one every few kilobytes.
//
// A function groups with one grouper, which explains the groups once.
type grouper struct {
	why []string // the comment above the first group; emptied once written
}

// group returns the statements of run, grouped.
func (g *grouper) group(run []guarded) []jen.Code {
	var out []jen.Code
	for group := range slices.Chunk(run, maxGrouped) {
		var code []jen.Code
		for _, r := range group {
			code = append(code, r.code...)
		}
		if len(group) < minGrouped {
			out = append(out, code...)
			continue
		}
		anyHolds := jen.Add(group[0].test)
		for i, r := range group[1:] {
			anyHolds.Op("||")
			if i%4 == 3 {
				anyHolds.Line()
			}
			anyHolds.Add(r.test)
		}
		for _, line := range g.why {
			out = append(out, jen.Comment(line))
		}
		g.why = nil
		out = append(out, jen.If(anyHolds).Block(jen.Func().Params().Block(code...).Call()))
	}
	return out
}

// validateField checks one field's value when it is present. The checks of
// a leaf (see leafChecks) record their violations in the property's member
// (e.AddIn); any other value's are run after entering it (e.Enter), which
// costs a little for every value, valid or not. It returns the presence
// test of an optional field whose checks are "if present { ... }", else
// nil.
func (c *emitter) validateField(st *ir.Struct, fd *ir.Field, x jen.Code) (checks []jen.Code, optional jen.Code) {
	field := jen.Add(x).Dot(fd.Name)
	_, nullable := fd.Type.(*ir.Nullable)
	var value, present *jen.Statement
	switch {
	case fd.Required && !fd.Indirect:
		value = field
	case !fd.Required && nullable:
		value, present = field.Clone().Dot("Value"), field.Clone().Dot("Set")
	case nilable(fd.Type) && !fd.Indirect:
		value, present = field, field.Clone().Op("!=").Nil()
	default:
		value, present = deref(field), field.Clone().Op("!=").Nil()
	}
	var inner []jen.Code
	leaf := leafChecks(fd.Type)
	if e := onlyEnum(fd.Type); e != nil {
		// The enum's own validate, inline: a switch, which costs less
		// than calling it in the entered member.
		leaf = true
		c.member = fd.JSONName
		inner = []jen.Code{c.enumSwitch(e, value)}
	} else {
		if leaf {
			c.member = fd.JSONName
		}
		inner = c.validateValue(fd.Type, value, 1)
	}
	c.member = ""
	var out []jen.Code
	if len(inner) > 0 {
		if !leaf {
			inner = append(append([]jen.Code{jen.Id("e").Dot("Enter").Call(jen.Lit(fd.JSONName))}, inner...), jen.Id("e").Dot("Leave").Call())
		}
		switch _, isMap := fd.Type.(*ir.Map); {
		case present != nil:
			inner = []jen.Code{jen.If(present).Block(inner...)}
		case isMap:
			// validateMap declares its locals (start1, ...) in the
			// statement list it returns: a block keeps two map fields'
			// apart.
			inner = []jen.Code{jen.Block(inner...)}
		}
		out = inner
	}
	if fd.Required && fd.Indirect {
		return append(out, jen.If(field.Clone().Op("==").Nil()).Block(
			c.violation(st.RequiredOrigin(fd), "required", message("required", quote(fd.JSONName))))), nil
	}
	if present != nil && len(out) > 0 {
		return out, present.Clone()
	}
	return out, nil
}

// leafChecks reports whether the checks of a value of type t (see
// validateValue) only record violations at its location: they call no
// method or function that records its own, and loop over no items.
func leafChecks(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.String, *ir.Integer, *ir.Number, *ir.Boolean, *ir.Formatted:
		return true
	case *ir.Raw:
		return t.Check == nil
	case *ir.Nullable:
		return leafChecks(t.Elem)
	}
	return false
}

// skipNamed skips, in a loop over the extra properties' names k, a name a
// field has: the field's value is the property's, and the extra one is
// neither encoded nor checked.
//
//	switch k { case "name", "age": continue }
func skipNamed(st *ir.Struct) []jen.Code {
	if len(st.Fields) == 0 {
		return nil
	}
	var names []jen.Code
	for _, fd := range st.Fields {
		names = append(names, jen.Lit(fd.JSONName))
	}
	return []jen.Code{jen.Switch(jen.Id("k")).Block(jen.Case(names...).Block(jen.Continue()))}
}

// countProperties sets n to the number of properties x will encode.
func countProperties(st *ir.Struct) []jen.Code {
	x := jen.Id("x")
	required := 0
	var out []jen.Code
	for _, fd := range st.Fields {
		if fd.Required {
			required++
			continue
		}
		present := x.Clone().Dot(fd.Name).Op("!=").Nil()
		if _, ok := fd.Type.(*ir.Nullable); ok {
			present = x.Clone().Dot(fd.Name).Dot("Set")
		}
		out = append(out, jen.If(present).Block(jen.Id("n").Op("++")))
	}
	n := jen.Lit(required)
	switch {
	case st.Extra != nil && required == 0:
		n = jen.Len(x.Clone().Dot(st.Extra.Name))
	case st.Extra != nil:
		n = jen.Lit(required).Op("+").Len(x.Clone().Dot(st.Extra.Name))
	}
	return append([]jen.Code{jen.Id("n").Op(":=").Add(n)}, out...)
}
