package jsonrt

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"
	"unsafe"
)

// CodePoints is used by generated code: it returns the number of Unicode code
// points in s, the length that minLength and maxLength constrain.
func CodePoints(s string) int {
	// An ASCII prefix, eight bytes at a time: one code point a byte.
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	i := 0
	for i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&msb == 0 {
		i += 8
	}
	return i + utf8.RuneCount(b[i:])
}

// EqualJSON is used by generated code: it reports whether a and b are equal
// JSON values as JSON Schema defines equality: numbers are compared by their
// exact mathematical value (1, 1.0 and 1e0 are equal), strings after
// unescaping, arrays element by element in order, and objects member by member
// regardless of order. Invalid JSON is unequal to everything, itself included.
func EqualJSON(a, b []byte) bool {
	if bytes.Equal(a, b) {
		return validJSON(a)
	}
	if kindOf(a) != kindOf(b) {
		return false
	}
	ta, ok := parseTree(a)
	if !ok {
		return false
	}
	tb, ok := parseTree(b)
	return ok && ta.equal(&tb)
}

// CompactSize is used by schemagen itself: it returns the length in bytes of
// the canonical compact encoding of the JSON value in data: no insignificant
// whitespace, numbers as their literal text, and strings escaped minimally,
// that is only '"', '\\' and the control characters U+0000 to U+001F (as \",
// \\, \b, \f, \n, \r, \t or \u00XX) and everything else as raw UTF-8. Invalid
// UTF-8 in a string counts as U+FFFD, which is what it decodes to. It returns
// an error for invalid JSON.
func CompactSize(data []byte) (int, error) {
	var d Decoder
	return d.compactSize(data)
}

// compactSize is CompactSize with d as scratch space: it resets only what
// scanning uses, so that measuring many values with one decoder is cheap.
func (d *Decoder) compactSize(data []byte) (int, error) {
	d.data, d.pos, d.nest, d.err = data, 0, 0, nil
	n := d.skipValue()
	if err := d.Finish(); err != nil {
		return 0, err
	}
	return n, nil
}

// quotedSize returns the length of s, valid UTF-8, as a minimally escaped
// string literal.
func quotedSize[T string | []byte](s T) int {
	n := 2 + len(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t':
			n++
		case c < 0x20:
			n += 5
		}
	}
	return n
}

// UniqueComparable is used by generated code: it reports whether the elements
// of s are pairwise distinct. If not, it returns ok == false with the first
// pair i < j for which s[i] == s[j], ordered by j and then by i. It does not
// allocate for up to 16 elements and takes linear time (with a map) beyond
// that.
func UniqueComparable[T comparable](s []T) (i, j int, ok bool) {
	if len(s) <= 16 {
		for j := 1; j < len(s); j++ {
			for i := 0; i < j; i++ {
				if s[i] == s[j] {
					return i, j, false
				}
			}
		}
		return 0, 0, true
	}
	seen := make(map[T]int, len(s))
	for j, v := range s {
		if i, dup := seen[v]; dup {
			return i, j, false
		}
		seen[v] = j
	}
	return 0, 0, true
}
