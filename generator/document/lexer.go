package document

import (
	"unicode/utf16"
	"unicode/utf8"
)

// str parses the string literal starting at p.pos and returns its
// unescaped value. Runs without escapes are copied in one piece.
func (p *parser) str() (string, *SyntaxError) {
	i := p.pos + 1
	start := i
	var buf []byte // nil until the first escape
	for i < len(p.data) {
		c := p.data[i]
		switch {
		case c == '"':
			p.pos = i + 1
			if buf == nil {
				return p.intern(p.data[start:i]), nil
			}
			return string(append(buf, p.data[start:i]...)), nil
		case c == '\\':
			buf = append(buf, p.data[start:i]...)
			var err *SyntaxError
			if buf, i, err = p.escape(buf, i); err != nil {
				return "", err
			}
			start = i
		case c < 0x20:
			return "", p.invalid(i, "in string literal")
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(p.data[i:])
			if r == utf8.RuneError && size == 1 {
				return "", p.errorAt(i, "invalid UTF-8 in string literal")
			}
			i += size
		}
	}
	return "", p.eof()
}

// escape decodes the escape sequence at data[i] == '\\', appends its value
// to buf and returns the offset after it.
func (p *parser) escape(buf []byte, i int) ([]byte, int, *SyntaxError) {
	if i+1 >= len(p.data) {
		return nil, 0, p.eof()
	}
	var c byte
	switch p.data[i+1] {
	case '"', '\\', '/':
		c = p.data[i+1]
	case 'b':
		c = '\b'
	case 'f':
		c = '\f'
	case 'n':
		c = '\n'
	case 'r':
		c = '\r'
	case 't':
		c = '\t'
	case 'u':
		return p.unicodeEscape(buf, i)
	default:
		return nil, 0, p.invalid(i+1, "in string escape code")
	}
	return append(buf, c), i + 2, nil
}

// unicodeEscape decodes the \uXXXX escape at data[i], combining it with a
// following low surrogate escape. Like encoding/json, it replaces a
// surrogate that is not part of a valid pair with U+FFFD.
func (p *parser) unicodeEscape(buf []byte, i int) ([]byte, int, *SyntaxError) {
	r, err := p.hex4(i)
	if err != nil {
		return nil, 0, err
	}
	i += 6
	if utf16.IsSurrogate(r) {
		next := rune(-1)
		if i+1 < len(p.data) && p.data[i] == '\\' && p.data[i+1] == 'u' {
			if r2, err := p.hex4(i); err == nil {
				next = r2
			}
		}
		r = utf16.DecodeRune(r, next)
		if r != utf8.RuneError {
			i += 6
		}
	}
	return utf8.AppendRune(buf, r), i, nil
}

// Interning limits: strings longer than maxInterned bytes are not interned,
// and the table stops growing at maxInternedStrings entries.
const (
	maxInterned        = 32
	maxInternedStrings = 4096
)

// intern returns b as a string, reusing an earlier identical string if b
// is short.
func (p *parser) intern(b []byte) string {
	if len(b) > maxInterned {
		return string(b)
	}
	if s, ok := p.names[string(b)]; ok {
		return s
	}
	s := string(b)
	if p.names == nil {
		p.names = make(map[string]string)
	}
	if len(p.names) < maxInternedStrings {
		p.names[s] = s
	}
	return s
}

// hex4 decodes the four hexadecimal digits of the \u escape at data[i].
func (p *parser) hex4(i int) (rune, *SyntaxError) {
	var r rune
	for j := i + 2; j < i+6; j++ {
		if j >= len(p.data) {
			return 0, p.eof()
		}
		c := p.data[j]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, p.errorAt(i, `invalid \u escape`)
		}
		r = r<<4 | rune(c)
	}
	return r, nil
}

// number parses the number literal starting at p.pos, keeping its text.
func (p *parser) number() (*Node, *SyntaxError) {
	start := p.pos
	i := start
	if p.data[i] == '-' {
		i++
	}
	if i >= len(p.data) {
		return nil, p.eof()
	}
	switch c := p.data[i]; {
	case c == '0':
		i++
		if i < len(p.data) && isDigit(p.data[i]) {
			return nil, p.invalid(i, "after leading zero in numeric literal")
		}
	case isDigit(c):
		i = skipDigits(p.data, i)
	default:
		return nil, p.invalid(i, "in numeric literal")
	}
	var err *SyntaxError
	if i < len(p.data) && p.data[i] == '.' {
		if i, err = p.digits(i + 1); err != nil {
			return nil, err
		}
	}
	if i < len(p.data) && (p.data[i] == 'e' || p.data[i] == 'E') {
		i++
		if i < len(p.data) && (p.data[i] == '+' || p.data[i] == '-') {
			i++
		}
		if i, err = p.digits(i); err != nil {
			return nil, err
		}
	}
	p.pos = i
	n := p.node(Number, start)
	n.Number = p.intern(p.data[start:i])
	return n, nil
}

// digits skips the one or more digits a fraction or exponent needs at i.
func (p *parser) digits(i int) (int, *SyntaxError) {
	if i >= len(p.data) {
		return 0, p.eof()
	}
	if !isDigit(p.data[i]) {
		return 0, p.invalid(i, "in numeric literal")
	}
	return skipDigits(p.data, i), nil
}

// skipDigits returns the offset of the first non-digit at or after i.
func skipDigits(data []byte, i int) int {
	for i < len(data) && isDigit(data[i]) {
		i++
	}
	return i
}

// isDigit reports whether c is an ASCII decimal digit.
func isDigit(c byte) bool {
	return '0' <= c && c <= '9'
}
