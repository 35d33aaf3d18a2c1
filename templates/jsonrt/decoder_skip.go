package jsonrt

import (
	"encoding/binary"
	"math/bits"
)

// skipDepth is the deepest nesting scanValue follows: the open containers
// are the bits of one word.
const skipDepth = 64

// skip consumes the next value, whatever it is, as skipValue does: first
// with scanValue, which keeps its state in local variables, and, if that
// does not vouch for the value, with skipValue, which finds and reports the
// syntax error (or follows a value nested deeper than scanValue does).
func (d *Decoder) skip() {
	if d.err == nil && d.nest < maxDepth-skipDepth {
		if end := scanValue(d.data, d.pos); end >= 0 {
			d.pos = end
			return
		}
	}
	d.skipValue()
}

// scanValue returns the offset just past the JSON value that starts at
// data[i], after optional whitespace, or -1 when it cannot vouch for one:
// when the value is malformed or truncated, or nests deeper than skipDepth.
// A value it accepts is one skipValue accepts, ending at the same offset.
func scanValue(data []byte, i int) int {
	var objects uint64 // bit k: the container k levels up is an object
	depth := 0
	for {
		i = skipSpace(data, i)
		if i >= len(data) {
			return -1
		}
		switch c := data[i]; c {
		case '"':
			i = scanString(data, i+1)
		case '{', '[':
			if depth == skipDepth {
				return -1
			}
			if i = skipSpace(data, i+1); i < len(data) && data[i] == c+2 { // '{'+2 == '}', '['+2 == ']'
				i++
				break
			}
			depth++
			objects <<= 1
			if c == '{' {
				objects |= 1
				i = scanKey(data, i)
			}
			if i < 0 {
				return -1
			}
			continue
		case 't':
			i = scanWord(data, i, "true")
		case 'f':
			i = scanWord(data, i, "false")
		case 'n':
			i = scanWord(data, i, "null")
		default:
			n := scanNumber(data[i:])
			if n <= 0 {
				return -1
			}
			i += n
		}
		// After a value: the closing brackets, then a comma (and a key)
		// before the next value.
		for {
			if i < 0 {
				return -1
			}
			if depth == 0 {
				return i
			}
			if i = skipSpace(data, i); i >= len(data) {
				return -1
			}
			closer := byte(']')
			if objects&1 != 0 {
				closer = '}'
			}
			if c := data[i]; c == ',' {
				i++
				if closer == '}' {
					i = scanKey(data, i)
				}
				break
			} else if c != closer {
				return -1
			}
			i++
			depth--
			objects >>= 1
		}
		if i < 0 {
			return -1
		}
	}
}

// skipSpace returns the offset of the first byte at or after i that is not
// JSON whitespace, or len(data).
func skipSpace(data []byte, i int) int {
	for i < len(data) && data[i] <= ' ' && isSpace(data[i]) {
		i++
	}
	return i
}

// scanWord returns the offset past word (true, false or null) at data[i],
// or -1 if data does not have it there.
func scanWord(data []byte, i int, word string) int {
	if end := i + len(word); end <= len(data) && string(data[i:end]) == word {
		return end
	}
	return -1
}

// scanKey returns the offset past the object member name at data[i] (after
// optional whitespace) and the colon after it, or -1 if there is none.
func scanKey(data []byte, i int) int {
	if i = skipSpace(data, i); i >= len(data) || data[i] != '"' {
		return -1
	}
	if i = scanString(data, i+1); i < 0 {
		return -1
	}
	if i = skipSpace(data, i); i >= len(data) || data[i] != ':' {
		return -1
	}
	return i + 1
}

// scanString returns the offset past the closing quote of the string whose
// contents start at data[i], or -1 if it is malformed or unterminated.
func scanString(data []byte, i int) int {
	end, _ := scanStringEscaped(data, i)
	return end
}

// scanStringEscaped is scanString that also reports whether the string has
// escape sequences. It tests eight bytes at a time while it can; unlike
// readString it need not look at non-ASCII bytes, which decoding turns into
// U+FFFD when they are not UTF-8 but which are never a syntax error.
func scanStringEscaped(data []byte, i int) (end int, escaped bool) {
	for {
		for ; i+8 <= len(data); i += 8 {
			// A byte is special if it is '"', '\\' or below 0x20 (see
			// specialBytes: the lowest mark is the first special byte).
			w := binary.LittleEndian.Uint64(data[i:])
			q, b := w^quote, w^bslash
			if m := ((q-lsb)&^q | (b-lsb)&^b | (w-space)&^w) & msb; m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
		}
		for i < len(data) && data[i] >= ' ' && data[i] != '"' && data[i] != '\\' {
			i++
		}
		switch {
		case i >= len(data) || data[i] < ' ':
			return -1, false
		case data[i] == '"':
			return i + 1, escaped
		}
		n := escapeLen(data[i:])
		if n == 0 {
			return -1, false
		}
		i += n
		escaped = true
	}
}
