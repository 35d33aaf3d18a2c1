package irdiff

import (
	"slices"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator/ir"
)

// compareCheck compares the validation of two values that the Go type keeps
// as raw JSON. The keywords that limit a value on their own (type, bounds,
// lengths, pattern, required, ...) are ordered as tighter or looser, and so
// are properties, items and additionalProperties, recursively. Any other
// keyword (allOf, if/then/else, $ref, ...) is compared as a whole and, when
// it changed, reported as a ChangedValidation.
func (d *differ) compareCheck(s site, o, n *ir.Check) {
	switch {
	case o == nil && n == nil:
		return
	case o == nil:
		d.report(s, Tightened, true, "", "validation", "validation added")
		return
	case n == nil:
		d.report(s, Loosened, false, "validation", "", "validation removed")
		return
	}
	if d.checks[[2]*ir.Check{o, n}] {
		return // a cycle: this pair is being compared further up
	}
	d.checks[[2]*ir.Check{o, n}] = true
	if o.Always != nil || n.Always != nil {
		d.compareAlways(s, o, n)
		return
	}
	d.compareJSONTypes(s, o.Types, n.Types)
	d.compareCommon(s, ir.Common{Const: o.Const, Enum: o.Enum, MaxEncodedSize: o.MaxEncodedSize},
		ir.Common{Const: n.Const, Enum: n.Enum, MaxEncodedSize: n.MaxEncodedSize}, true)
	if d.old.AssertFormat || d.new.AssertFormat {
		d.compareFormat(s, o.Format, n.Format)
	}
	d.compareBounds(s, o.Bounds, n.Bounds)
	d.compareMin(s, "minLength", o.MinLength, n.MinLength)
	d.compareMax(s, "maxLength", o.MaxLength, n.MaxLength)
	d.comparePattern(s, o.Pattern, n.Pattern)
	d.compareMin(s, "minItems", o.MinItems, n.MinItems)
	d.compareMax(s, "maxItems", o.MaxItems, n.MaxItems)
	d.compareFlag(s, "uniqueItems", o.UniqueItems, n.UniqueItems)
	d.compareMin(s, "minProperties", o.MinProperties, n.MinProperties)
	d.compareMax(s, "maxProperties", o.MaxProperties, n.MaxProperties)
	d.compareRequiredNames(s, o.Required, n.Required)
	d.compareSub(s, "items", "[i]", o.Items, n.Items)
	d.compareSub(s, "additionalProperties", "[key]", o.AdditionalProperties, n.AdditionalProperties)
	d.compareCheckProperties(s, o.Properties, n.Properties)
	for _, p := range checkParts() {
		if !p.opaque {
			continue
		}
		if before, after := d.print(p.print, o, d.oldRefKey), d.print(p.print, n, d.newRefKey); before != after {
			d.report(s, ChangedValidation, true, "", "", "keyword "+strconv.Quote(p.keyword)+" changed")
		}
	}
}

// compareAlways compares two checks of which at least one is a boolean
// schema: true, a schema, false, from loosest to tightest.
func (d *differ) compareAlways(s site, o, n *ir.Check) {
	rank := func(c *ir.Check) (int, string) {
		switch {
		case c.Always == nil:
			return 1, "a schema"
		case *c.Always:
			return 2, "true"
		}
		return 0, "false"
	}
	or, os := rank(o)
	nr, ns := rank(n)
	switch {
	case nr > or:
		d.report(s, Loosened, false, "schema "+os, "schema "+ns, "schema loosened from "+os+" to "+ns)
	case nr < or:
		d.report(s, Tightened, true, "schema "+os, "schema "+ns, "schema tightened from "+os+" to "+ns)
	}
}

// compareJSONTypes compares type keywords; no types allows every type.
func (d *differ) compareJSONTypes(s site, o, n []string) {
	subset := func(a, b []string) bool { // every type a allows, b allows
		if len(b) == 0 {
			return true
		}
		return len(a) > 0 && !slices.ContainsFunc(a, func(t string) bool { return !slices.Contains(b, t) })
	}
	render := func(ts []string) string {
		if len(ts) == 0 {
			return "type any"
		}
		return "type " + strings.Join(ts, ", ")
	}
	before, after := render(o), render(n)
	switch {
	case subset(o, n) && subset(n, o):
	case subset(o, n):
		d.report(s, Loosened, false, before, after, "type loosened from "+before[5:]+" to "+after[5:])
	default:
		d.report(s, Tightened, true, before, after, "type tightened from "+before[5:]+" to "+after[5:])
	}
}

// compareFormat compares asserted formats. Any new format counts as
// tighter.
func (d *differ) compareFormat(s site, o, n string) {
	switch {
	case o == n:
	case o == "":
		d.report(s, Tightened, true, "", "format "+n, "format "+n+" added")
	case n == "":
		d.report(s, Loosened, false, "format "+o, "", "format "+o+" removed")
	default:
		d.report(s, Tightened, true, "format "+o, "format "+n, "format changed from "+o+" to "+n)
	}
}

// compareRequiredNames compares the required keywords of two checks.
func (d *differ) compareRequiredNames(s site, o, n []string) {
	quote := func(names []string) string {
		q := make([]string, len(names))
		for i, name := range names {
			q[i] = strconv.Quote(name)
		}
		return strings.Join(q, ", ")
	}
	diff := func(a, b []string) []string {
		var out []string
		for _, x := range a {
			if !slices.Contains(b, x) {
				out = append(out, x)
			}
		}
		return out
	}
	if added := diff(n, o); len(added) > 0 {
		d.report(s, Tightened, true, "", "required "+quote(added), "now required: "+quote(added))
	}
	if removed := diff(o, n); len(removed) > 0 {
		d.report(s, Loosened, false, "required "+quote(removed), "", "no longer required: "+quote(removed))
	}
}

// compareSub compares a subschema that applies to part of the value; what
// names it in messages and suffix extends the path.
func (d *differ) compareSub(s site, what, suffix string, o, n *ir.Check) {
	switch {
	case o == nil && n == nil:
	case o == nil:
		d.report(s, Tightened, true, "", what, what+" schema added")
	case n == nil:
		d.report(s, Loosened, false, what, "", what+" schema removed")
	default:
		d.compareCheck(s.at(suffix, n.Origin.Location()), o, n)
	}
}

// compareCheckProperties compares the properties keywords of two checks,
// property by property.
func (d *differ) compareCheckProperties(s site, o, n []ir.NamedCheck) {
	old := map[string]*ir.Check{}
	for _, p := range o {
		old[p.Name] = p.Check
	}
	for _, p := range n {
		oc, ok := old[p.Name]
		delete(old, p.Name)
		if !ok {
			oc = nil
		}
		d.compareSub(s, "property "+strconv.Quote(p.Name), "."+p.Name, oc, p.Check)
	}
	for _, p := range o {
		if _, ok := old[p.Name]; ok {
			d.compareSub(s, "property "+strconv.Quote(p.Name), "."+p.Name, p.Check, nil)
		}
	}
}

// newRefKey returns the key of a schema location a new check refers to.
func (d *differ) newRefKey(o ir.Origin) string { return d.newKey(o) }

// oldRefKey returns the key of a schema location an old check refers to: the
// new key of the declaration it matched, if it is a declaration's, so that a
// reference to a moved type is the same reference.
func (d *differ) oldRefKey(o ir.Origin) string {
	k := d.oldKey(o)
	for od, nd := range d.match {
		if d.oldKey(od.Origin) == k {
			return d.newKey(nd.Origin)
		}
	}
	return k
}
