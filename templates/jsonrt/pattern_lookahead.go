package jsonrt

import "strings"

// matchAlts reports whether s matches one of the alternatives of a pattern
// with lookaheads.
func (p *Pattern) matchAlts(s string) bool {
	for _, a := range p.alts {
		if a.matchString(s) {
			return true
		}
	}
	return false
}

// matchString reports whether s matches the alternative: its rest and each
// (?= body, and no (?! body.
func (c *conjunction) matchString(s string) bool {
	if !c.rest.MatchString(s) {
		return false
	}
	for _, body := range c.must {
		if !body.MatchString(s) {
			return false
		}
	}
	for _, body := range c.mustNot {
		if body.MatchString(s) {
			return false
		}
	}
	return true
}

// alternative is one top-level alternative of an expression with
// lookaheads, as RE2 expressions: rest, anchored if lookaheads precede it,
// and the anchored bodies of its lookaheads.
type alternative struct {
	rest          string
	must, mustNot []string
}

// splitLookaheads splits expr into its top-level alternatives, and each
// alternative that starts with ^ and lookaheads into its parts. It returns
// ok false if expr has no such lookahead or its parentheses do not pair.
func splitLookaheads(expr string) (alts []alternative, ok bool) {
	found := false
	for _, alt := range splitTop(expr, '|') {
		if !strings.HasPrefix(alt, "^(?=") && !strings.HasPrefix(alt, "^(?!") {
			alts = append(alts, alternative{rest: alt})
			continue
		}
		found = true
		var a alternative
		rest := alt[1:]
		for strings.HasPrefix(rest, "(?=") || strings.HasPrefix(rest, "(?!") {
			end := closing(rest)
			if end < 0 {
				return nil, false
			}
			body := "^(?:" + rest[3:end] + ")"
			if rest[2] == '=' {
				a.must = append(a.must, body)
			} else {
				a.mustNot = append(a.mustNot, body)
			}
			rest = rest[end+1:]
		}
		a.rest = "^" + rest
		alts = append(alts, a)
	}
	return alts, found
}

// splitTop splits expr at each sep outside parentheses and bracket
// expressions.
func splitTop(expr string, sep byte) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(expr); i = skipAtom(expr, i) {
		switch expr[i] {
		case '(':
			depth++
		case ')':
			depth--
		case sep:
			if depth == 0 {
				out = append(out, expr[from:i])
				from = i + 1
			}
		}
	}
	return append(out, expr[from:])
}

// closing returns the offset of the ) that closes the ( at the start of
// expr, or -1.
func closing(expr string) int {
	depth := 0
	for i := 0; i < len(expr); i = skipAtom(expr, i) {
		switch expr[i] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// skipAtom returns the offset just past the character at i of an RE2
// expression, or past the whole escape (\Q...\E included) or bracket
// expression that starts there, in which parentheses and | are literals.
func skipAtom(expr string, i int) int {
	switch expr[i] {
	case '\\':
		if strings.HasPrefix(expr[i:], `\Q`) {
			if end := strings.Index(expr[i+2:], `\E`); end >= 0 {
				return i + 2 + end + 2
			}
			return len(expr)
		}
		return min(i+2, len(expr))
	case '[':
		j := i + 1
		if j < len(expr) && expr[j] == '^' {
			j++
		}
		if j < len(expr) && expr[j] == ']' { // a leading ] is a literal
			j++
		}
		for j < len(expr) {
			switch {
			case expr[j] == '\\':
				j += 2
			case strings.HasPrefix(expr[j:], "[:"):
				if end := strings.Index(expr[j+2:], ":]"); end >= 0 {
					j += 2 + end + 2
				} else {
					j++
				}
			case expr[j] == ']':
				return j + 1
			default:
				j++
			}
		}
		return len(expr)
	}
	return i + 1
}
