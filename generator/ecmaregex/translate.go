// Package ecmaregex translates the ECMA-262 regular expressions of JSON
// Schema's "pattern" and "patternProperties" keywords into Go (RE2) regular
// expressions that match exactly the same strings, or says why it cannot.
//
// JSON Schema 2020-12 reads patterns as ECMA-262 regular expressions with
// the u (unicode) flag and no other, searched for anywhere in the instance
// string. Go's regexp differs in places where a pattern copied as it is
// would compile but match other strings: \s, . and the Unicode property
// names, for example. Translate rewrites each construct into RE2 syntax
// with the ECMA-262 meaning, keeps the constructs whose meaning coincides,
// and rejects with an *Error those RE2 cannot express (lookaround,
// backreferences) and everything that is not valid in ECMA-262's unicode
// mode (such as a lone { or ], which only the legacy non-unicode grammar
// reads as literals).
//
// Matching is compared on valid UTF-8 strings, which is what a JSON string
// decodes to: such strings hold no lone surrogates, so escapes that denote
// one (\uD800 alone, \u{DC00}) are rejected. Unicode property escapes
// resolve against the tables of Go's unicode package (unicode.Version), as
// ECMA-262 engines resolve them against the Unicode version they ship.
package ecmaregex

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// An Error says which construct of an ECMA-262 pattern cannot be translated
// exactly, and where.
type Error struct {
	Offset    int    // byte offset of the construct in the pattern
	Construct string // the construct, such as "lookahead (?="
	Msg       string // what is wrong with it, such as "has no RE2 equivalent"
}

// Error formats e as "ecmaregex: CONSTRUCT at offset N MSG".
func (e *Error) Error() string {
	return fmt.Sprintf("ecmaregex: %s at offset %d %s", e.Construct, e.Offset, e.Msg)
}

// Messages shared by many errors.
const (
	noRE2      = "has no RE2 equivalent"
	notUnicode = "is not valid ECMA-262 in unicode mode (the u flag JSON Schema uses)"
)

// maxDepth bounds the nesting of groups, as Go's regexp bounds it anyway.
const maxDepth = 1000

// maxRepeat is the largest count Go's regexp accepts in {n,m}; larger
// counts are rewritten (see repeat).
const maxRepeat = 1000

// maxCount is the largest count translated: beyond it the rewritten
// pattern would be larger than Go's regexp compiles.
const maxCount = 100_000

// Translate returns an RE2 (Go regexp) pattern that matches exactly the
// strings the ECMA-262 pattern src matches, with JSON Schema's unanchored
// search semantics: a pattern matches if it matches anywhere. When src
// cannot be translated exactly, Translate returns an *Error saying what and
// where, such as "lookahead (?= at offset 4 has no RE2 equivalent"; it
// never returns a pattern that accepts more or fewer strings than src.
//
// Capturing groups keep their numbers. Named groups keep their names where
// Go's regexp allows the name, written (?P<name>...), and become unnamed
// groups otherwise.
func Translate(src string) (out string, err error) {
	out, _, err = translate(src, false)
	return out, err
}

// translate is Translate, and TranslateLookahead when lookaheads is set.
func translate(src string, lookaheads bool) (out string, found bool, err error) {
	p := &parser{src: src, names: map[string][][]altStep{}, lookaheads: lookaheads}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			out, found, err = "", false, e
		}
	}()
	if i := invalidUTF8(src); i >= 0 {
		p.fail(i, "byte "+fmt.Sprintf("%#x", src[i]), "is not valid UTF-8")
	}
	p.disjunction()
	if p.pos < len(src) { // only an unmatched ) stops a top-level disjunction
		p.fail(p.pos, ")", "has no matching ( and "+notUnicode)
	}
	out = p.out.String()
	parts := []string{out}
	if p.found {
		parts = p.parts
	}
	for _, part := range parts {
		if _, cerr := regexp.Compile(part); cerr != nil {
			p.fail(0, "pattern", "is rejected by Go's regexp once translated: "+cerr.Error())
		}
	}
	return out, p.found, nil
}

// invalidUTF8 returns the offset of the first byte of s that is not valid
// UTF-8, or -1.
func invalidUTF8(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return -1
}

// altStep is one step of the path from the root of a pattern to a group:
// the alternative taken in one disjunction.
type altStep struct{ disj, alt int }

// parser translates one pattern. Its methods panic with an *Error, which
// Translate recovers.
type parser struct {
	src   string
	pos   int // byte offset of the next unread character
	out   strings.Builder
	depth int
	// path is the alternative taken in each enclosing disjunction; disjs
	// counts the disjunctions seen, to number them.
	path  []altStep
	disjs int
	// names holds the paths of the named groups seen so far, by name.
	names map[string][][]altStep
	// captures counts the capturing groups opened so far.
	captures int
	// lookaheads allows lookaheads right after the ^ that starts a
	// top-level alternative (TranslateLookahead); parts then collects the
	// RE2 expressions the translation is made of, once it has any.
	lookaheads bool
	parts      []string
	found      bool // whether any lookahead was read
	// alt is the top-level alternative being read, with TranslateLookahead:
	// the offsets in out where it starts and where its rest, after the ^
	// and the lookaheads that lead it, starts, and whether the rest is
	// anchored at the start of the string by those lookaheads.
	alt struct {
		start, rest int
		anchored    bool
	}
}

// fail stops the translation with an *Error.
func (p *parser) fail(off int, construct, msg string) {
	panic(&Error{Offset: off, Construct: construct, Msg: msg})
}

// eof reports whether the whole pattern has been read.
func (p *parser) eof() bool { return p.pos >= len(p.src) }

// peek returns the next character, or -1 at the end of the pattern.
func (p *parser) peek() rune {
	if p.eof() {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	return r
}

// next reads and returns the next character. At the end of the pattern it
// fails, blaming the construct being read, which starts at offset at.
func (p *parser) next(at int, reading string) rune {
	if p.eof() {
		p.fail(at, reading, "is cut short by the end of the pattern")
	}
	r, size := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += size
	return r
}

// lookingAt reports whether the unread text starts with s.
func (p *parser) lookingAt(s string) bool { return strings.HasPrefix(p.src[p.pos:], s) }

// disjunction translates Alternative ( | Alternative )* up to the end of
// the pattern or an unmatched ).
func (p *parser) disjunction() {
	p.path = append(p.path, altStep{disj: p.disjs})
	p.disjs++
	for {
		p.alternative()
		if p.peek() != '|' {
			break
		}
		p.pos++
		p.out.WriteByte('|')
		p.path[len(p.path)-1].alt++
	}
	p.path = p.path[:len(p.path)-1]
}

// alternative translates a sequence of terms.
func (p *parser) alternative() {
	top := p.lookaheads && p.depth == 0
	if top {
		p.alt.start = p.out.Len()
		p.alt.rest, p.alt.anchored = p.leadingLookaheads()
	}
	for !p.eof() && p.peek() != '|' && p.peek() != ')' {
		if top && (p.lookingAt("(?<=") || p.lookingAt("(?<!")) {
			p.trailingLookbehinds()
			continue
		}
		p.term()
	}
	if top {
		rest := p.out.String()[p.alt.rest:]
		if p.alt.anchored {
			rest = "^" + rest
		}
		p.parts = append(p.parts, rest)
	}
}

// term translates an assertion, or an atom and its quantifier.
func (p *parser) term() {
	start := p.pos
	switch c := p.peek(); {
	case c == '^' || c == '$':
		p.pos++
		p.out.WriteRune(c)
		p.noQuantifier(start)
		return
	case p.lookingAt(`\b`) || p.lookingAt(`\B`):
		p.out.WriteString(p.src[p.pos : p.pos+2])
		p.pos += 2
		p.noQuantifier(start)
		return
	}
	atom, captures := p.out.Len(), p.captures
	if p.peek() == '(' {
		p.group()
	} else {
		p.atom()
	}
	p.quantifier(atom, captures)
}

// noQuantifier fails if a quantifier follows the assertion at start: in
// unicode mode assertions cannot be quantified.
func (p *parser) noQuantifier(start int) {
	if c := p.peek(); c == '*' || c == '+' || c == '?' || c == '{' {
		p.fail(p.pos, "quantifier "+string(c)+" after assertion "+p.src[start:p.pos], notUnicode)
	}
}

// atom translates an atom other than a group.
func (p *parser) atom() {
	start := p.pos
	switch c := p.next(start, "atom"); c {
	case '.':
		charClass{neg: true, set: lineTerminators}.write(&p.out)
	case '[':
		p.bracket(start).write(&p.out)
	case '\\':
		p.atomEscape(start)
	case '*', '+', '?':
		p.fail(start, "quantifier "+string(c), "has nothing to repeat")
	case '{':
		if _, _, end, ok := p.braces(start); ok {
			p.fail(start, "quantifier "+p.src[start:end], "has nothing to repeat")
		}
		p.fail(start, "lone {", notUnicode+"; write \\{ for a literal brace")
	case '}', ']':
		p.fail(start, "lone "+string(c), notUnicode+"; write \\"+string(c)+" for a literal")
	default:
		writeRune(&p.out, c, false)
	}
}

// quantifier translates the quantifier, if any, that follows the atom
// whose translation starts at offset atom in p.out, and after which
// p.captures capturing groups were open.
func (p *parser) quantifier(atom, captures int) {
	q := ""
	switch c := p.peek(); c {
	case '*', '+', '?':
		p.pos++
		q = string(c)
	case '{':
		lo, hi, end, ok := p.braces(p.pos)
		construct := "quantifier " + p.src[p.pos:end]
		switch {
		case !ok:
			p.fail(p.pos, "lone {", notUnicode+"; write \\{ for a literal brace")
		case hi >= 0 && lo > hi:
			p.fail(p.pos, construct, "has its bounds out of order, which "+notUnicode)
		case lo > maxCount || hi > maxCount:
			p.fail(p.pos, construct, fmt.Sprintf("repeats more than %d times, more than Go's regexp can compile", maxCount))
		case lo > maxRepeat || hi > maxRepeat:
			if p.captures > captures {
				p.fail(p.pos, construct, fmt.Sprintf("repeats a capturing group more than %d times, the most Go's regexp allows; write (?: for (", maxRepeat))
			}
			p.pos = end
			if p.peek() == '?' { // lazy: the same strings match
				p.pos++
			}
			p.repeat(atom, lo, hi)
			return
		case hi < 0:
			q = fmt.Sprintf("{%d,}", lo)
		case hi == lo:
			q = fmt.Sprintf("{%d}", lo)
		default:
			q = fmt.Sprintf("{%d,%d}", lo, hi)
		}
		p.pos = end
	default:
		return
	}
	if p.peek() == '?' { // lazy: the same strings match
		p.pos++
		q += "?"
	}
	p.out.WriteString(q)
}

// braces reads a quantifier {n}, {n,} or {n,m} at offset at, without
// moving. It returns the bounds, hi being -1 for {n,}, and the offset just
// past the }, or ok false if the text at at is not such a quantifier. Bounds
// above maxCount come back as maxCount+1.
func (p *parser) braces(at int) (lo, hi, end int, ok bool) {
	digits := func(i int) (n, next int) {
		for next = i; next < len(p.src) && p.src[next] >= '0' && p.src[next] <= '9'; next++ {
			n = min(n*10+int(p.src[next]-'0'), maxCount+1)
		}
		return n, next
	}
	lo, i := digits(at + 1)
	if i == at+1 || i >= len(p.src) {
		return 0, 0, at + 1, false
	}
	hi = lo
	if p.src[i] == ',' {
		j := i + 1
		if hi, i = digits(j); i == j {
			hi = -1
		}
	}
	if i >= len(p.src) || p.src[i] != '}' {
		return 0, 0, at + 1, false
	}
	return lo, hi, i + 1, true
}
