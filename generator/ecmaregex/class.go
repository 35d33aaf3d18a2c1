package ecmaregex

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// charClass is a set of code points as RE2 can write it in one bracket
// expression: the union of set, of the Go regexp Unicode classes \p{name}
// for each name in props and \P{name} for each in nprops, complemented when
// neg is set. Every name in props and nprops is a key of unicode.Categories
// or unicode.Scripts that Go's regexp has always accepted.
type charClass struct {
	neg    bool
	set    runeSet
	props  []string
	nprops []string
}

// negate returns the complement of c.
func (c charClass) negate() charClass {
	c.neg = !c.neg
	return c
}

// goTable returns the table Go's regexp uses for \p{name}.
func goTable(name string) *unicode.RangeTable {
	if t := unicode.Categories[name]; t != nil {
		return t
	}
	return unicode.Scripts[name]
}

// explicit returns the code points of c as ranges.
func (c charClass) explicit() runeSet {
	sets := []runeSet{c.set}
	for _, name := range c.props {
		sets = append(sets, tableSet(goTable(name)))
	}
	for _, name := range c.nprops {
		sets = append(sets, tableSet(goTable(name)).complement())
	}
	s := union(sets...)
	if c.neg {
		s = s.complement()
	}
	return s
}

// unionClasses returns the union of classes, as an ECMA-262 bracket
// expression builds it. Complemented members are written out as explicit
// ranges unless one stands alone, since RE2 cannot nest a complement inside
// a union.
func unionClasses(classes []charClass) charClass {
	if len(classes) == 1 {
		return classes[0]
	}
	var out charClass
	for _, c := range classes {
		if c.neg && len(c.set) == 0 && len(c.props)+len(c.nprops) == 1 {
			c = charClass{props: c.nprops, nprops: c.props} // [^\p{X}] is \P{X}
		}
		if c.neg {
			return explicitUnion(classes)
		}
		out.set = append(out.set, c.set...)
		out.props = appendNew(out.props, c.props...)
		out.nprops = appendNew(out.nprops, c.nprops...)
	}
	out.set = out.set.normalize()
	return out
}

// explicitUnion returns the union of classes as explicit ranges.
func explicitUnion(classes []charClass) charClass {
	sets := make([]runeSet, len(classes))
	for i, c := range classes {
		sets[i] = c.explicit()
	}
	return charClass{set: union(sets...)}
}

// appendNew appends the names not already in list.
func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		if !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}

// write appends c to b as one RE2 atom: a literal, a Perl class such as \d,
// a single \p{...} or \P{...}, or a bracket expression.
func (c charClass) write(b *strings.Builder) {
	named := len(c.props) + len(c.nprops)
	switch {
	case len(c.set) == 0 && named == 0 && c.neg:
		b.WriteString(`[\x{0}-\x{10ffff}]`)
	case len(c.set) == 0 && named == 0:
		b.WriteString(`[^\x{0}-\x{10ffff}]`)
	case named == 0 && c.set.isRune() && !c.neg:
		writeRune(b, c.set[0].lo, false)
	case named == 0 && slices.Equal(c.set, digitSet):
		b.WriteString(perl('d', c.neg))
	case named == 0 && slices.Equal(c.set, wordSet):
		b.WriteString(perl('w', c.neg))
	case len(c.set) == 0 && len(c.props) == 1 && len(c.nprops) == 0:
		b.WriteString(perl('p', c.neg) + "{" + c.props[0] + "}")
	case len(c.set) == 0 && len(c.props) == 0 && len(c.nprops) == 1:
		b.WriteString(perl('p', !c.neg) + "{" + c.nprops[0] + "}")
	default:
		c.writeBracket(b)
	}
}

// perl returns the escape \c, or its complement \C when neg is set.
func perl(c byte, neg bool) string {
	if neg {
		c -= 'a' - 'A'
	}
	return string([]byte{'\\', c})
}

// writeBracket writes c as an RE2 bracket expression.
func (c charClass) writeBracket(b *strings.Builder) {
	b.WriteByte('[')
	if c.neg {
		b.WriteByte('^')
	}
	for _, r := range c.set {
		writeRune(b, r.lo, true)
		if r.hi > r.lo {
			if r.hi > r.lo+1 {
				b.WriteByte('-')
			}
			writeRune(b, r.hi, true)
		}
	}
	for _, name := range c.props {
		fmt.Fprintf(b, `\p{%s}`, name)
	}
	for _, name := range c.nprops {
		fmt.Fprintf(b, `\P{%s}`, name)
	}
	b.WriteByte(']')
}

// writeRune appends r to b as an RE2 literal, inside a bracket expression
// when inClass is set. Letters, digits, punctuation and symbols stand for
// themselves, escaped where RE2 gives them a meaning; every other code point
// is written as \x{...}.
func writeRune(b *strings.Builder, r rune, inClass bool) {
	special := `\.+*?()|[]{}^$`
	if inClass {
		special = `\[]^-`
	}
	switch {
	case r < 0x80 && strings.ContainsRune(special, r):
		b.WriteByte('\\')
		b.WriteRune(r)
	case r >= ' ' && r < 0x7F:
		b.WriteRune(r)
	case r >= '\t' && r <= '\r':
		b.WriteByte('\\')
		b.WriteByte("tnvfr"[r-'\t'])
	case r >= 0x80 && unicode.In(r, unicode.L, unicode.N, unicode.P, unicode.S):
		b.WriteRune(r)
	default:
		fmt.Fprintf(b, `\x{%x}`, r)
	}
}

// bracket reads a bracket expression whose [ is at start and p.pos just
// past it, and returns the class it stands for.
func (p *parser) bracket(start int) charClass {
	neg := p.peek() == '^'
	if neg {
		p.pos++
	}
	var classes []charClass
	var set runeSet
	for {
		if p.eof() {
			p.fail(start, "class [", "has no closing ]")
		}
		if p.peek() == ']' {
			p.pos++
			break
		}
		at := p.pos
		lo, class := p.classAtom()
		if class != nil {
			classes = append(classes, *class)
		}
		if !p.lookingAt("-") || p.lookingAt("-]") || p.pos+1 >= len(p.src) {
			if class == nil {
				set = append(set, runeRange{lo, lo})
			}
			continue
		}
		p.pos++ // -
		hi, class2 := p.classAtom()
		switch {
		case class != nil || class2 != nil:
			p.fail(at, "range "+p.src[at:p.pos]+" with a class escape", notUnicode)
		case lo > hi:
			p.fail(at, "range "+p.src[at:p.pos], "is out of order, which "+notUnicode)
		}
		set = append(set, runeRange{lo, hi})
	}
	if len(set) > 0 || len(classes) == 0 {
		classes = append(classes, charClass{set: set.normalize()})
	}
	c := unionClasses(classes)
	if neg {
		c = c.negate()
	}
	return c
}

// classAtom reads one character or class escape inside a bracket
// expression.
func (p *parser) classAtom() (rune, *charClass) {
	at := p.pos
	c := p.next(at, "class")
	if c == '\\' {
		return p.classEscape(at)
	}
	return c, nil
}
