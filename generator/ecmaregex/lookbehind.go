package ecmaregex

import "strings"

// anyString is the RE2 translation of [^], any string.
const anyString = `[\x{0}-\x{10ffff}]*`

// trailingLookbehinds translates lookbehinds at p.pos, at the top level
// of a pattern read by TranslateLookahead, where they end their
// alternative, followed only by $: there a lookbehind is a condition on
// the end of the string, as a lookahead after ^ is on its start.
// ^C(?<!B)$ matches s exactly when ^C$ matches s and s does not end with
// a match of B, that is when ^(?:[^]*(?:B)$) does not match s; (?<=B)$
// likewise. So ^[a-z0-9-]+(?<!-)$ becomes the lookahead form
// ^(?![\x{0}-\x{10ffff}]*(?:-)$)[\-0-9a-z]+$ that jsonrt.CompilePattern
// reads. The alternative must start with ^, so that the lookahead can
// lead it; lookbehinds anywhere else are refused, as Translate refuses
// them.
func (p *parser) trailingLookbehinds() {
	first := p.pos
	anchoredAlt := p.alt.anchored || strings.HasPrefix(p.out.String()[p.alt.start:], "^")
	var heads []string
	for p.lookingAt("(?<=") || p.lookingAt("(?<!") {
		start := p.pos
		kind := p.src[p.pos : p.pos+4]
		p.pos += 4
		p.depth++
		body := p.out.Len()
		p.disjunction()
		if p.peek() != ')' {
			p.fail(start, "lookbehind "+kind, "has no closing )")
		}
		p.pos++
		p.depth--
		p.noQuantifier(start)
		out := p.out.String()
		translated := anyString + "(?:" + out[body:] + ")$"
		p.out.Reset()
		p.out.WriteString(out[:body])
		p.parts = append(p.parts, "^(?:"+translated+")")
		heads = append(heads, "(?"+kind[3:]+translated+")")
	}
	if !p.lookingAt("$") || !(p.pos+1 == len(p.src) || p.src[p.pos+1] == '|') || !anchoredAlt {
		what := "lookbehind " + p.src[first:first+4]
		if p.src[first+3] == '!' {
			what = "negative " + what
		}
		p.fail(first, what, noRE2+" (only lookbehinds right before the $ that ends a pattern starting with ^ are translated)")
	}
	// Lead the alternative with the lookaheads: after its lookaheads, or
	// after its ^.
	at := p.alt.rest
	if !p.alt.anchored {
		at++ // past the ^
	}
	out := p.out.String()
	p.out.Reset()
	p.out.WriteString(out[:at])
	for _, h := range heads {
		p.out.WriteString(h)
	}
	p.out.WriteString(out[at:])
	p.alt.rest = at + len(strings.Join(heads, ""))
	p.alt.anchored = true
	p.found = true
}
