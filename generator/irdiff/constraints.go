package irdiff

import (
	"bytes"
	"math/big"
	"slices"
	"strings"

	"github.com/schemagen/schemagen/generator/ir"
)

// compareCommon compares the keywords every type has. withEnum is false when
// the enum belongs to an *ir.Enum, whose values compareEnum compares.
func (d *differ) compareCommon(s site, o, n ir.Common, withEnum bool) {
	d.compareConst(s, o.Const, n.Const)
	if withEnum {
		d.compareEnumKeyword(s, o.Enum, n.Enum)
	}
	d.compareMax(s, "x-maxEncodedSize", o.MaxEncodedSize, n.MaxEncodedSize)
}

// compareConst compares const keywords.
func (d *differ) compareConst(s site, o, n ir.Value) {
	switch {
	case bytes.Equal(o, n):
	case o == nil:
		d.report(s, Tightened, true, "", "const "+string(n), "const "+string(n)+" added")
	case n == nil:
		d.report(s, Loosened, false, "const "+string(o), "", "const "+string(o)+" removed")
	default:
		d.report(s, Tightened, true, "const "+string(o), "const "+string(n),
			"const changed from "+string(o)+" to "+string(n))
	}
}

// compareEnumKeyword compares enum keywords that are not an *ir.Enum.
func (d *differ) compareEnumKeyword(s site, o, n []ir.Value) {
	switch {
	case o == nil && n == nil:
	case o == nil:
		d.report(s, Tightened, true, "", "enum "+valuesString(n), "enum added: "+valuesString(n))
	case n == nil:
		d.report(s, Loosened, false, "enum "+valuesString(o), "", "enum removed, was "+valuesString(o))
	default:
		d.compareEnumValues(s, o, n)
	}
}

// compareEnumValues reports the values an enum gained and lost; the order of
// the values does not matter.
func (d *differ) compareEnumValues(s site, o, n []ir.Value) {
	if added := missing(n, o); len(added) > 0 {
		d.report(s, EnumValuesAdded, false, "", valuesString(added), "enum values added: "+valuesString(added))
	}
	if removed := missing(o, n); len(removed) > 0 {
		d.report(s, EnumValuesRemoved, true, valuesString(removed), "", "enum values removed: "+valuesString(removed))
	}
}

// missing returns the values of vs that are not in from, in order.
func missing(vs, from []ir.Value) []ir.Value {
	have := map[string]bool{}
	for _, v := range from {
		have[string(v)] = true
	}
	var out []ir.Value
	for _, v := range vs {
		if !have[string(v)] {
			out = append(out, v)
		}
	}
	return out
}

// compareMin compares a lower limit on a count (minLength, minItems, ...);
// -1 is absent, which limits no more than 0.
func (d *differ) compareMin(s site, kw string, o, n int) {
	o, n = max(o, 0), max(n, 0)
	switch {
	case o == n:
	case o == 0:
		d.report(s, Tightened, true, "", kw+" "+intString(n), kw+" "+intString(n)+" added")
	case n == 0:
		d.report(s, Loosened, false, kw+" "+intString(o), "", kw+" "+intString(o)+" removed")
	case n > o:
		d.reportTighter(s, kw, intString(o), intString(n))
	default:
		d.reportLooser(s, kw, intString(o), intString(n))
	}
}

// compareMax compares an upper limit on a count (maxLength, maxItems, ...);
// -1 is absent.
func (d *differ) compareMax(s site, kw string, o, n int) {
	switch {
	case o == n:
	case o < 0:
		d.report(s, Tightened, true, "", kw+" "+intString(n), kw+" "+intString(n)+" added")
	case n < 0:
		d.report(s, Loosened, false, kw+" "+intString(o), "", kw+" "+intString(o)+" removed")
	case n < o:
		d.reportTighter(s, kw, intString(o), intString(n))
	default:
		d.reportLooser(s, kw, intString(o), intString(n))
	}
}

// compareFlag compares a keyword that restricts values when true, such as
// uniqueItems.
func (d *differ) compareFlag(s site, kw string, o, n bool) {
	switch {
	case o == n:
	case n:
		d.report(s, Tightened, true, "", kw, kw+" added")
	default:
		d.report(s, Loosened, false, kw, "", kw+" removed")
	}
}

// comparePattern compares pattern keywords. Any new pattern counts as
// tighter: two regular expressions cannot in general be ordered.
func (d *differ) comparePattern(s site, o, n string) {
	switch {
	case o == n:
	case o == "":
		d.report(s, Tightened, true, "", "pattern "+patternString(n), "pattern "+patternString(n)+" added")
	case n == "":
		d.report(s, Loosened, false, "pattern "+patternString(o), "", "pattern "+patternString(o)+" removed")
	default:
		d.report(s, Tightened, true, "pattern "+patternString(o), "pattern "+patternString(n),
			"pattern changed from "+patternString(o)+" to "+patternString(n))
	}
}

// compareNames compares the patterns that property names must match one
// of (patternProperties beside additionalProperties false; none when any
// name is allowed). More patterns, or none at all, is looser; any pattern
// gone is tighter, as two regular expressions cannot in general be
// ordered.
func (d *differ) compareNames(s site, o, n []ir.NamePattern) {
	before, after := namesString(o), namesString(n)
	switch {
	case before == after:
	case len(n) == 0:
		d.report(s, Loosened, false, before, "", "property names "+before+" removed")
	case len(o) == 0:
		d.report(s, Tightened, true, "", after, "property names restricted to "+after)
	case subset(o, n):
		d.report(s, Loosened, false, before, after, "property names loosened from "+before+" to "+after)
	default:
		d.report(s, Tightened, true, before, after, "property names changed from "+before+" to "+after)
	}
}

// comparePatternChecks compares the checked patterns of a map or of a
// struct's extra properties, pattern by pattern: a pattern's schema added
// is tighter, removed looser, and one in both is compared as a check.
func (d *differ) comparePatternChecks(s site, o, n []ir.PatternCheck) {
	old := map[string]*ir.Check{}
	for _, p := range o {
		old[p.Pattern] = p.Check
	}
	for _, p := range n {
		d.compareSub(s, "patternProperties "+patternString(p.Pattern), "[key]", old[p.Pattern], p.Check)
		delete(old, p.Pattern)
	}
	for _, p := range o {
		if c, ok := old[p.Pattern]; ok {
			d.compareSub(s, "patternProperties "+patternString(p.Pattern), "[key]", c, nil)
		}
	}
}

// namesString renders the patterns of compareNames: "matching `^x-` or `^y-`".
func namesString(patterns []ir.NamePattern) string {
	var list []string
	for _, p := range patterns {
		list = append(list, patternString(p.Pattern))
	}
	if len(list) == 0 {
		return ""
	}
	return "matching " + strings.Join(list, " or ")
}

// subset reports whether every pattern of o is one of n.
func subset(o, n []ir.NamePattern) bool {
	for _, p := range o {
		if !slices.ContainsFunc(n, func(q ir.NamePattern) bool { return q.Pattern == p.Pattern }) {
			return false
		}
	}
	return true
}

// compareBounds compares numeric bounds, keyword by keyword.
func (d *differ) compareBounds(s site, o, n ir.Bounds) {
	d.compareBound(s, "minimum", o.Minimum, n.Minimum, 1)
	d.compareBound(s, "exclusiveMinimum", o.ExclusiveMinimum, n.ExclusiveMinimum, 1)
	d.compareBound(s, "maximum", o.Maximum, n.Maximum, -1)
	d.compareBound(s, "exclusiveMaximum", o.ExclusiveMaximum, n.ExclusiveMaximum, -1)
	d.compareMultipleOf(s, o.MultipleOf, n.MultipleOf)
}

// compareBound compares one bound; tighter is 1 when a larger value is
// tighter (a lower bound) and -1 when a smaller one is (an upper bound).
func (d *differ) compareBound(s site, kw string, o, n *big.Rat, tighter int) {
	switch {
	case o == nil && n == nil:
	case o == nil:
		d.report(s, Tightened, true, "", kw+" "+ratString(n), kw+" "+ratString(n)+" added")
	case n == nil:
		d.report(s, Loosened, false, kw+" "+ratString(o), "", kw+" "+ratString(o)+" removed")
	case n.Cmp(o) == tighter:
		d.reportTighter(s, kw, ratString(o), ratString(n))
	case n.Cmp(o) == -tighter:
		d.reportLooser(s, kw, ratString(o), ratString(n))
	}
}

// compareMultipleOf compares multipleOf keywords: a multiple of the old
// divisor is tighter, a divisor of it looser, and anything else, which
// rejects values that used to be valid, tighter too.
func (d *differ) compareMultipleOf(s site, o, n *big.Rat) {
	const kw = "multipleOf"
	switch {
	case o == nil && n == nil:
	case o == nil:
		d.report(s, Tightened, true, "", kw+" "+ratString(n), kw+" "+ratString(n)+" added")
	case n == nil:
		d.report(s, Loosened, false, kw+" "+ratString(o), "", kw+" "+ratString(o)+" removed")
	case n.Cmp(o) == 0:
	case n.Sign() > 0 && new(big.Rat).Quo(o, n).IsInt():
		d.reportLooser(s, kw, ratString(o), ratString(n))
	default:
		d.reportTighter(s, kw, ratString(o), ratString(n))
	}
}

// reportTighter reports that keyword kw now allows fewer values.
func (d *differ) reportTighter(s site, kw, o, n string) {
	d.report(s, Tightened, true, kw+" "+o, kw+" "+n, kw+" tightened from "+o+" to "+n)
}

// reportLooser reports that keyword kw now allows more values.
func (d *differ) reportLooser(s site, kw, o, n string) {
	d.report(s, Loosened, false, kw+" "+o, kw+" "+n, kw+" loosened from "+o+" to "+n)
}
