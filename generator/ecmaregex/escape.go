package ecmaregex

import (
	"strconv"
	"strings"
	"unicode"
)

// syntaxChars are the characters ECMA-262 lets a backslash make literal in
// unicode mode, besides /.
const syntaxChars = `^$\.*+?()[]{}|`

// atomEscape translates an escape outside a bracket expression whose
// backslash is at start; \b and \B are read as assertions before this.
func (p *parser) atomEscape(start int) {
	switch c := p.next(start, `escape \`); c {
	case 'd', 'D', 's', 'S', 'w', 'W':
		perlClass(c).write(&p.out)
	case 'p', 'P':
		p.property(start, c).write(&p.out)
	case 'k':
		p.fail(start, `named backreference \k`, noRE2)
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		p.fail(start, "backreference "+p.src[start:p.digitsEnd()], noRE2)
	default:
		writeRune(&p.out, p.charEscape(start, c), false)
	}
}

// classEscape reads an escape inside a bracket expression whose backslash
// is at start. It returns the class for a class escape such as \d, or else
// the one character the escape stands for.
func (p *parser) classEscape(start int) (r rune, class *charClass) {
	switch c := p.next(start, `escape \`); c {
	case 'b':
		return '\b', nil
	case '-':
		return '-', nil
	case 'd', 'D', 's', 'S', 'w', 'W':
		cc := perlClass(c)
		return 0, &cc
	case 'p', 'P':
		cc := p.property(start, c)
		return 0, &cc
	case 'B', 'k', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		p.fail(start, `escape \`+string(c)+" in a class", notUnicode)
	default:
		return p.charEscape(start, c), nil
	}
	panic("unreachable")
}

// digitsEnd returns the offset just past the decimal digits at p.pos.
func (p *parser) digitsEnd() int {
	i := p.pos
	for i < len(p.src) && p.src[i] >= '0' && p.src[i] <= '9' {
		i++
	}
	return i
}

// perlClass returns the class of the escape \c, one of dDsSwW.
func perlClass(c rune) charClass {
	set := map[rune]runeSet{'d': digitSet, 's': spaceSet, 'w': wordSet}[unicode.ToLower(c)]
	return charClass{neg: unicode.IsUpper(c), set: set}
}

// charEscape returns the character the escape \c stands for (a
// CharacterEscape of ECMA-262), whose backslash is at start.
func (p *parser) charEscape(start int, c rune) rune {
	switch c {
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'v':
		return '\v'
	case 'c':
		if l := p.peek(); l >= 'A' && l <= 'Z' || l >= 'a' && l <= 'z' {
			p.pos++
			return l % 32
		}
		p.fail(start, `control escape \c`, "must be followed by an ASCII letter in unicode mode")
	case '0':
		if d := p.peek(); d >= '0' && d <= '9' {
			p.fail(start, "octal escape "+p.src[start:p.digitsEnd()], notUnicode)
		}
		return 0
	case 'x':
		if v, ok := p.hex(2); ok {
			return v
		}
		p.fail(start, `escape \x`, "must be followed by two hexadecimal digits in unicode mode")
	case 'u':
		return p.unicodeEscape(start)
	}
	if c == '/' || c < unicode.MaxASCII && strings.ContainsRune(syntaxChars, c) {
		return c
	}
	p.fail(start, `escape \`+string(c), notUnicode)
	panic("unreachable")
}

// unicodeEscape returns the code point of a \u escape whose backslash is at
// start, p.pos being just past the u: \uXXXX, a surrogate pair
// \uXXXX\uXXXX, or \u{X...}. A lone surrogate matches only strings that are
// not well-formed Unicode, which Go strings from JSON never are, so it is
// rejected rather than translated.
func (p *parser) unicodeEscape(start int) rune {
	if p.lookingAt("{") {
		p.pos++
		v, n := rune(0), 0
		for ; isHex(p.peek()); n++ {
			v = min(v*16+hexVal(p.next(start, `escape \u{`)), unicode.MaxRune+1)
		}
		if n == 0 || p.peek() != '}' || v > unicode.MaxRune {
			p.fail(start, `escape \u{`, "must hold the hexadecimal value of a code point up to 10FFFF and a closing }")
		}
		p.pos++
		p.noSurrogate(start, v)
		return v
	}
	v, ok := p.hex(4)
	if !ok {
		p.fail(start, `escape \u`, "must be followed by four hexadecimal digits or {…}")
	}
	if v >= 0xD800 && v <= 0xDBFF && p.lookingAt(`\u`) {
		save := p.pos
		p.pos += 2
		if lo, ok := p.hex(4); ok && lo >= 0xDC00 && lo <= 0xDFFF {
			return 0x10000 + (v-0xD800)<<10 + (lo - 0xDC00)
		}
		p.pos = save
	}
	p.noSurrogate(start, v)
	return v
}

// noSurrogate fails if the escape at start denotes the lone surrogate v.
func (p *parser) noSurrogate(start int, v rune) {
	if v >= 0xD800 && v <= 0xDFFF {
		p.fail(start, "lone surrogate "+p.src[start:p.pos], noRE2+": Go strings hold no lone surrogates")
	}
}

// hex reads exactly n hexadecimal digits at p.pos; it does not move unless
// they are there.
func (p *parser) hex(n int) (rune, bool) {
	if len(p.src)-p.pos < n {
		return 0, false
	}
	v := rune(0)
	for _, c := range p.src[p.pos : p.pos+n] {
		if !isHex(c) {
			return 0, false
		}
		v = v*16 + hexVal(c)
	}
	p.pos += n
	return v, true
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// hexVal returns the value of the hexadecimal digit c.
func hexVal(c rune) rune {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// quoteRune returns c quoted for an error message.
func quoteRune(c rune) string { return strconv.QuoteRune(c) }
