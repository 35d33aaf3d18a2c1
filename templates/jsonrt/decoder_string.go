package jsonrt

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// textSize is the size of the largest buffers that short strings and raw
// values are copied into, back to back, and twice the longest one copied.
const textSize = 1024

// textChunk returns the size of the buffer to copy n bytes into after one
// of size last is full: twice as large, from 128 bytes up to textSize, so
// that small documents do not allocate more than they need, and never more
// than the rest of the input, which the strings and raw values still to
// come cannot outgrow.
func (d *Decoder) textChunk(last, n int) int {
	return max(n, min(2*last, textSize, n+len(d.data)-d.pos), min(128, n+len(d.data)-d.pos))
}

// String consumes the next value and returns it if it is a string, fully
// unescaped; invalid UTF-8 and lone surrogates become U+FFFD, as with
// encoding/json. Otherwise it records a "type" violation at kwLoc, skips the
// value and returns "".
//
// A short string shares its memory with the strings decoded before and
// after it, so that decoding many strings costs few allocations; a string
// kept alive keeps that memory (at most 1 KB) alive too.
func (d *Decoder) String(kwLoc string) string {
	if d.peek() != '"' {
		d.mismatch(kwLoc, "string")
		return ""
	}
	if s, ok := d.plainString(); ok {
		return s
	}
	return d.cut(d.unescapedString())
}

// unescapedString reads the string that starts at the current position (at
// its opening quote) and returns its value, unescaped, in bytes that the
// next read may overwrite.
func (d *Decoder) unescapedString() []byte {
	raw, slow := d.readString()
	if slow {
		d.buf = appendUnescaped(d.buf[:0], raw)
		raw = d.buf
	}
	return raw
}

// plainString reads the string that starts at the current position (at its
// opening quote) when it is short printable ASCII that fits in the free
// capacity of d.text, and returns it as cut would, kept in d.text. It finds
// the closing quote and copies the string in one pass, eight bytes at a
// time; the bytes it copies past the quote are beyond d.text's length, where
// the next string goes. Otherwise it consumes nothing and returns false.
func (d *Decoder) plainString() (string, bool) {
	data := d.data
	free := d.text[len(d.text):cap(d.text)]
	free = free[:min(len(free), textSize/2)]
	for i, j := d.pos+1, 0; i+8 <= len(data) && j+8 <= len(free); i, j = i+8, j+8 {
		w := binary.LittleEndian.Uint64(data[i:])
		binary.LittleEndian.PutUint64(free[j:], w)
		if m := specialBytes(w); m != 0 {
			n := bits.TrailingZeros64(m) / 8
			if data[i+n] != '"' {
				return "", false
			}
			d.pos = i + n + 1
			if n += j; n == 0 {
				return "", true
			}
			d.text = d.text[:len(d.text)+n]
			return unsafe.String(&free[0], n), true
		}
	}
	return "", false
}

// cut returns b as a string: one of its own when it is long, else a view
// of a copy kept in d.text (see Decoder.keep).
func (d *Decoder) cut(b []byte) string {
	switch {
	case len(b) == 0:
		return ""
	case len(b) > textSize/2:
		return string(b)
	}
	c := d.keep(b)
	return unsafe.String(&c[0], len(c))
}

// keep returns a copy of b, at most textSize/2 bytes long, in d.text (see
// Decoder.reserve). The copy's capacity is its length, so that appending to
// it copies it rather than overwrite its neighbours.
func (d *Decoder) keep(b []byte) []byte {
	c := d.reserve(len(b))
	copy(c, b)
	return c
}

// reserve returns the next n bytes, at most textSize/2, of d.text, where the
// short strings and raw values decoded are kept back to back, for the
// caller to fill; its capacity is n. The bytes of d.text up to its length
// are never written again, so strings can be views of them: reserve starts
// a new buffer when the current one is full rather than letting append move
// it. Within the capacity, it changes only the length of d.text, so that it
// costs no write barrier while the garbage collector runs (strings.Builder,
// which appends, does).
func (d *Decoder) reserve(n int) []byte {
	if cap(d.text)-len(d.text) < n {
		d.text = make([]byte, 0, d.textChunk(cap(d.text), n))
	}
	start := len(d.text)
	d.text = d.text[:start+n]
	return d.text[start : start+n : start+n]
}

// appendUnescaped appends the unescaped form of raw, the contents of a string
// literal whose syntax readString has checked.
func appendUnescaped(dst, raw []byte) []byte {
	start := 0
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '\\':
			dst = append(dst, raw[start:i]...)
			var n int
			dst, n = appendEscape(dst, raw[i:])
			i += n
			start = i
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				dst = append(dst, raw[start:i]...)
				dst = utf8.AppendRune(dst, utf8.RuneError)
				start = i + 1
			}
			i += size
		}
	}
	return append(dst, raw[start:]...)
}

// appendEscape appends the character of the escape sequence at the start of
// b and returns the number of bytes of b it used. A \u escape of a UTF-16
// surrogate pair yields one character; a surrogate outside a pair yields
// U+FFFD.
func appendEscape(dst, b []byte) ([]byte, int) {
	if len(b) < 2 {
		return dst, len(b)
	}
	switch c := b[1]; c {
	case 'b':
		return append(dst, '\b'), 2
	case 'f':
		return append(dst, '\f'), 2
	case 'n':
		return append(dst, '\n'), 2
	case 'r':
		return append(dst, '\r'), 2
	case 't':
		return append(dst, '\t'), 2
	case 'u':
	default:
		return append(dst, c), 2
	}
	if len(b) < 6 {
		return dst, len(b)
	}
	r := hex4(b[2:6])
	if r < 0 {
		return dst, 6
	}
	if !utf16.IsSurrogate(r) {
		return utf8.AppendRune(dst, r), 6
	}
	if r < 0xDC00 && len(b) >= 12 && b[6] == '\\' && b[7] == 'u' {
		if lo := hex4(b[8:12]); 0xDC00 <= lo && lo < 0xE000 {
			return utf8.AppendRune(dst, utf16.DecodeRune(r, lo)), 12
		}
	}
	return utf8.AppendRune(dst, utf8.RuneError), 6
}
