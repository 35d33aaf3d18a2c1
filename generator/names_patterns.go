package generator

import (
	"regexp/syntax"
	"slices"
	"strconv"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/generator/naming"
)

// namePatterns names the package-level variables that hold compiled regular
// expressions, after the type or function whose code matches them
// (checkPropertiesNamePattern0), through the same scope as every other
// package-level name, so that they can collide with nothing: not with each
// other when a type's unexported name equals a check function's, nor with a
// check function whose location ends in "Pattern0". Each Decl and each Check
// gets one variable per distinct expression its code uses.
func namePatterns(scope *naming.Scope, decls []*ir.Decl, checks []*ir.Check) {
	var cands []naming.Candidate
	var targets []*ir.PatternVar
	add := func(owner, key string, vars []ir.PatternVar) {
		for i := range vars {
			cands = append(cands, naming.Candidate{
				Want: owner + "Pattern" + strconv.Itoa(i),
				Key:  key + "\x00" + vars[i].RE2,
			})
			targets = append(targets, &vars[i])
		}
	}
	for _, d := range decls {
		d.Patterns = typePatterns(d.Type, nil)
		add(naming.Unexported(d.Name), "type "+d.Name, d.Patterns)
	}
	for _, c := range checks {
		c.Patterns = nil
		if c.Pattern != "" {
			c.Patterns = addPattern(c.Patterns, c.RE2, c.Pattern)
		}
		for _, p := range c.PatternProperties {
			c.Patterns = addPattern(c.Patterns, p.RE2, p.Pattern)
		}
		add(c.Func, "func "+c.Func, c.Patterns)
	}
	for i, name := range scope.Assign(cands) {
		targets[i].Name = name
	}
}

// typePatterns appends to vars the regular expressions of the strings in t
// that a Decl's own code checks: those of t and of its fields, items,
// values and variants, but not those behind a *ir.Named (another Decl's) or
// a Check (a function of its own).
func typePatterns(t ir.Type, vars []ir.PatternVar) []ir.PatternVar {
	switch t := t.(type) {
	case *ir.String:
		if t.Pattern != "" {
			vars = addPattern(vars, t.RE2, t.Pattern)
		}
	case *ir.Formatted:
		if t.Text != nil {
			vars = typePatterns(t.Text, vars)
		}
	case *ir.Enum:
		vars = typePatterns(t.Base, vars)
	case *ir.Nullable:
		vars = typePatterns(t.Elem, vars)
	case *ir.Slice:
		vars = typePatterns(t.Elem, vars)
	case *ir.Map:
		vars = typePatterns(t.Value, vars)
		for _, p := range t.Names {
			vars = addPattern(vars, p.RE2, p.Pattern)
		}
		for _, p := range t.Checked {
			vars = addPattern(vars, p.RE2, p.Pattern)
		}
	case *ir.Struct:
		for _, f := range t.Fields {
			vars = typePatterns(f.Type, vars)
		}
		if t.Extra != nil {
			vars = typePatterns(t.Extra.Value, vars)
			for _, p := range t.Extra.Only {
				vars = addPattern(vars, p.RE2, p.Pattern)
			}
			for _, p := range t.Extra.Checked {
				vars = addPattern(vars, p.RE2, p.Pattern)
			}
		}
	case *ir.Union:
		for _, v := range t.Variants {
			vars = typePatterns(v.Type, vars)
		}
	}
	return vars
}

// addPattern appends re2, the translation of the schema's pattern src, to
// vars unless it is there already.
func addPattern(vars []ir.PatternVar, re2, src string) []ir.PatternVar {
	if slices.ContainsFunc(vars, func(v ir.PatternVar) bool { return v.RE2 == re2 }) {
		return vars
	}
	text := re2
	if sameRegexp(src, re2) {
		text = src
	}
	return append(vars, ir.PatternVar{RE2: re2, Source: src, Text: text})
}

// sameRegexp reports whether Go's regexp parses the schema's pattern src
// into the same expression as its translation re2, so that the generated
// code can show the pattern as the schema writes it ("^B-[0-9]{8}$" rather
// than the translation's `^B-\d{8}$`). Equal parse trees compile to the
// same program; a pattern whose meaning differs in Go (ECMA-262's \s or
// ".") parses into another tree and keeps its translation.
func sameRegexp(src, re2 string) bool {
	if src == re2 {
		return true
	}
	a, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return false
	}
	b, err := syntax.Parse(re2, syntax.Perl)
	return err == nil && a.Equal(b)
}
