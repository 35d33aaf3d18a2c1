package jsonrt

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// AppendString is used by generated code: it appends s as a JSON string
// literal. It escapes '"', '\\' and the control characters (as \b, \f, \n, \r,
// \t or \u00XX), U+2028 and U+2029 (as \u2028 and \u2029) and each byte of
// invalid UTF-8 (as \ufffd); all else is appended as raw UTF-8. The result is
// what an encoding/json Encoder with SetEscapeHTML(false) writes.
func AppendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscapedByte(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendEscapedByte appends the escape sequence of an ASCII character that
// must be escaped in a string literal.
func appendEscapedByte(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
}

// AppendRaw is used by generated code: it appends the JSON value raw without
// insignificant whitespace. An empty (or all-whitespace) raw appends null. raw
// is assumed to be valid JSON.
func AppendRaw(b []byte, raw json.RawMessage) []byte {
	n := len(b)
	start := 0
	inString := false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if inString {
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case ' ', '\t', '\n', '\r':
			b = append(b, raw[start:i]...)
			start = i + 1
		}
	}
	b = append(b, raw[start:]...)
	if len(b) == n {
		b = append(b, "null"...)
	}
	return b
}

// AppendFloat is used by generated code: it appends f formatted as
// encoding/json formats a float64: the shortest representation that parses
// back to f, in plain decimal notation, or in exponent notation (with at least
// one exponent digit, as in 1e-7 or 1e+21) when |f| < 1e-6 or |f| >= 1e21. NaN
// and infinities, which JSON cannot represent, are appended as null.
func AppendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	if r, k, ok := shortDecimal(f); ok {
		return appendDecimal(b, r, k)
	}
	if a := math.Abs(f); a == 0 || (a >= 1e-6 && a < 1e21) {
		return strconv.AppendFloat(b, f, 'f', -1, 64)
	}
	start := len(b)
	b = strconv.AppendFloat(b, f, 'e', -1, 64)
	// strconv writes at least two exponent digits; drop leading zeros.
	e := start
	for b[e] != 'e' {
		e++
	}
	first := e + 2 // past 'e' and the sign
	end := first
	for end < len(b)-1 && b[end] == '0' {
		end++
	}
	return append(b[:first], b[end:]...)
}
