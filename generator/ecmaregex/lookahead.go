package ecmaregex

// TranslateLookahead is Translate for patterns whose top-level alternatives
// may start with ^ followed by one or more lookaheads, (?=A) or (?!A), the
// only place where a lookahead is a condition on the whole string: at the
// start of the string, ^(?!A)(?=B)C matches s exactly when ^C matches s,
// ^(?:A) does not and ^(?:B) does. (Without flags, ^ means the start of
// the input, and a lookahead's body is matched from there, without what
// follows the lookahead.)
//
// The result keeps those lookaheads, with their bodies and the rest of the
// pattern translated into RE2 exactly as Translate translates them:
// ^(?!@@)[@a-zA-Z0-9_-]+$ stays ^(?!@@)[@a-zA-Z0-9_-]+$, and
// ^(?!(?:meta|local)$).*$ becomes ^(?!(?:meta|local)$)[^\n\r\x{2028}\x{2029}]*$.
// That is the syntax jsonrt.CompilePattern reads. lookahead reports whether
// the result has any lookahead; if not, it is plain RE2, what Translate
// returns. Lookbehinds right before the $ that ends such an alternative
// become lookaheads of that form (see trailingLookbehinds). Lookarounds
// anywhere else are refused as Translate refuses them, and so is
// everything else Translate refuses.
func TranslateLookahead(src string) (out string, lookahead bool, err error) {
	return translate(src, true)
}

// leadingLookaheads translates the ^ and the lookaheads that start a
// top-level alternative, if it starts with ^ and a lookahead, and adds the
// RE2 expression of each lookahead's body, anchored at the start, to
// p.parts. It returns the offset in p.out where the rest of the alternative
// starts, and whether it read any lookahead, so that the rest must be
// anchored at the start of the string.
func (p *parser) leadingLookaheads() (int, bool) {
	if !p.lookingAt("^(?=") && !p.lookingAt("^(?!") {
		return p.out.Len(), false
	}
	p.pos++
	p.out.WriteByte('^')
	for p.lookingAt("(?=") || p.lookingAt("(?!") {
		start := p.pos
		p.found = true
		p.out.WriteString(p.src[p.pos : p.pos+3])
		p.pos += 3
		p.depth++
		body := p.out.Len()
		p.disjunction()
		if p.peek() != ')' {
			p.fail(start, "lookahead "+p.src[start:start+3], "has no closing )")
		}
		p.parts = append(p.parts, "^(?:"+p.out.String()[body:]+")")
		p.pos++
		p.out.WriteByte(')')
		p.depth--
		p.noQuantifier(start)
	}
	return p.out.Len(), true
}
