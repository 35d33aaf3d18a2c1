package irdiff

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/schemagen/schemagen/generator/ir"
)

// A printer writes a check as text that two checks share exactly when they
// validate alike. A reference is written as the location it goes to, not as
// the schema there, which is compared where it is declared.
type printer struct {
	b   strings.Builder
	key func(ir.Origin) string // the key of a referenced location
	ids map[*ir.Check]int      // the checks written so far, numbered
}

// print returns what f writes about c.
func (d *differ) print(f func(*printer, *ir.Check), c *ir.Check, key func(ir.Origin) string) string {
	p := &printer{key: key, ids: map[*ir.Check]int{}}
	f(p, c)
	return p.b.String()
}

// A part is a keyword, or a group of keywords, of a check.
type part struct {
	keyword string
	opaque  bool // compared as a whole, not ordered as tighter or looser
	print   func(*printer, *ir.Check)
}

// checkParts lists every part of a check.
func checkParts() []part {
	return []part{
		{"scalars", false, (*printer).scalars},
		{"properties", false, func(p *printer, c *ir.Check) { p.named(c.Properties) }},
		{"items", false, func(p *printer, c *ir.Check) { p.check(c.Items) }},
		{"additionalProperties", false, func(p *printer, c *ir.Check) { p.check(c.AdditionalProperties) }},
		{"prefixItems", true, func(p *printer, c *ir.Check) { p.list(c.PrefixItems) }},
		{"contains", true, func(p *printer, c *ir.Check) {
			p.check(c.Contains)
			fmt.Fprint(&p.b, c.MinContains, c.MaxContains, c.ContainsEval)
		}},
		{"unevaluatedItems", true, func(p *printer, c *ir.Check) { p.check(c.UnevaluatedItems) }},
		{"patternProperties", true, func(p *printer, c *ir.Check) {
			for _, pc := range c.PatternProperties {
				fmt.Fprintf(&p.b, "%q:", pc.Pattern)
				p.check(pc.Check)
			}
		}},
		{"propertyNames", true, func(p *printer, c *ir.Check) { p.check(c.PropertyNames) }},
		{"dependentRequired", true, func(p *printer, c *ir.Check) {
			for _, dep := range c.DependentRequired {
				fmt.Fprintf(&p.b, "%q:%q", dep.Name, dep.Required)
			}
		}},
		{"dependentSchemas", true, func(p *printer, c *ir.Check) { p.named(c.DependentSchemas) }},
		{"unevaluatedProperties", true, func(p *printer, c *ir.Check) { p.check(c.UnevaluatedProperties) }},
		{"allOf", true, func(p *printer, c *ir.Check) { p.list(c.AllOf) }},
		{"anyOf", true, func(p *printer, c *ir.Check) { p.list(c.AnyOf) }},
		{"oneOf", true, func(p *printer, c *ir.Check) { p.list(c.OneOf) }},
		{"not", true, func(p *printer, c *ir.Check) { p.check(c.Not) }},
		{"if/then/else", true, func(p *printer, c *ir.Check) { p.list([]*ir.Check{c.If, c.Then, c.Else}) }},
		{"$ref", true, func(p *printer, c *ir.Check) { p.ref(c.Ref) }},
		{"$dynamicRef", true, func(p *printer, c *ir.Check) {
			if r := c.DynamicRef; r != nil {
				fmt.Fprintf(&p.b, "%s %q ", r.Keyword, r.Anchor)
				p.ref(r.Static)
			}
		}},
	}
}

// check writes a whole check.
func (p *printer) check(c *ir.Check) {
	if c == nil {
		p.b.WriteString("-")
		return
	}
	if id, ok := p.ids[c]; ok {
		fmt.Fprintf(&p.b, "#%d", id)
		return
	}
	p.ids[c] = len(p.ids)
	p.b.WriteString("{")
	for _, part := range checkParts() {
		p.b.WriteString(part.keyword + ":")
		part.print(p, c)
		p.b.WriteString(";")
	}
	p.b.WriteString("}")
}

// scalars writes the keywords of a check that hold no schema.
func (p *printer) scalars(c *ir.Check) {
	always := "-"
	if c.Always != nil {
		always = fmt.Sprint(*c.Always)
	}
	fmt.Fprintf(&p.b, "%s %q %q %q %q %d ", always, c.Types, c.Const, c.Enum, c.Format, c.MaxEncodedSize)
	for _, r := range []*big.Rat{c.Bounds.Minimum, c.Bounds.Maximum, c.Bounds.ExclusiveMinimum, c.Bounds.ExclusiveMaximum, c.Bounds.MultipleOf} {
		if r == nil {
			p.b.WriteString("- ")
		} else {
			p.b.WriteString(r.RatString() + " ")
		}
	}
	fmt.Fprintf(&p.b, "%d %d %q %d %d %t %d %d %q",
		c.MinLength, c.MaxLength, c.Pattern, c.MinItems, c.MaxItems, c.UniqueItems,
		c.MinProperties, c.MaxProperties, c.Required)
}

// list writes checks in order.
func (p *printer) list(cs []*ir.Check) {
	p.b.WriteString("[")
	for _, c := range cs {
		p.check(c)
		p.b.WriteString(",")
	}
	p.b.WriteString("]")
}

// named writes checks with their names.
func (p *printer) named(ns []ir.NamedCheck) {
	for _, n := range ns {
		fmt.Fprintf(&p.b, "%q:", n.Name)
		p.check(n.Check)
		p.b.WriteString(",")
	}
}

// ref writes the location a reference goes to.
func (p *printer) ref(c *ir.Check) {
	if c == nil {
		p.b.WriteString("-")
		return
	}
	p.b.WriteString("ref(" + p.key(c.Origin) + ")")
}
