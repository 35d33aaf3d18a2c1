package jsonrt

import (
	"encoding/binary"
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// maxDepth is the deepest nesting of arrays and objects the decoder accepts,
// the same limit as encoding/json.
const maxDepth = 10000

// syntaxError reports malformed JSON.
type syntaxError struct {
	offset int
	msg    string
}

func (e *syntaxError) Error() string {
	return "jsonrt: syntax error at offset " + strconv.Itoa(e.offset) + ": " + e.msg
}

// fail records a syntax error at the current position, unless one was already
// recorded. context says what the decoder was looking at.
func (d *Decoder) fail(context string) {
	if d.err != nil {
		return
	}
	if d.pos >= len(d.data) {
		d.err = &syntaxError{offset: len(d.data), msg: "unexpected end of JSON input"}
		return
	}
	d.err = &syntaxError{offset: d.pos, msg: "invalid character " + quoteByte(d.data[d.pos]) + " " + context}
}

// failDepth records that the input nests too deeply.
func (d *Decoder) failDepth() {
	if d.err == nil {
		d.err = &syntaxError{offset: d.pos, msg: "exceeded maximum nesting depth of " + strconv.Itoa(maxDepth)}
	}
}

func quoteByte(c byte) string {
	if c < utf8.RuneSelf {
		return strconv.QuoteRuneToASCII(rune(c))
	}
	return "byte 0x" + strconv.FormatUint(uint64(c), 16)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t'
}

func isDigit(c byte) bool {
	return '0' <= c && c <= '9'
}

// peek skips whitespace and returns the next byte without consuming it. It
// returns 0 at the end of the input and after a syntax error.
func (d *Decoder) peek() byte {
	if d.err != nil {
		return 0
	}
	for d.pos < len(d.data) {
		// Most bytes are above ' ', the largest whitespace byte: one
		// comparison tells them.
		if c := d.data[d.pos]; c > ' ' || !isSpace(c) {
			return c
		}
		d.pos++
	}
	return 0
}

// literal consumes word (true, false or null), which must come next.
func (d *Decoder) literal(word string) {
	end := d.pos + len(word)
	if end <= len(d.data) && string(d.data[d.pos:end]) == word {
		d.pos = end
		return
	}
	for i := 0; i < len(word) && d.pos < len(d.data) && d.data[d.pos] == word[i]; i++ {
		d.pos++
	}
	d.fail("in literal " + word)
}

// readNumber consumes the number that starts at the current position and
// returns its literal, or nil after a syntax error.
func (d *Decoder) readNumber() []byte {
	start := d.pos
	n := scanNumber(d.data[start:])
	if n <= 0 {
		d.pos = start - n
		d.fail("in numeric literal")
		return nil
	}
	d.pos += n
	return d.data[start:d.pos]
}

// scanNumber returns the length of the JSON number at the start of b, or,
// when there is none, minus the offset of the first offending byte (which
// may be len(b)). The number ends at the first byte that cannot continue it.
func scanNumber(b []byte) int {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i++
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	default:
		return -i
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || !isDigit(b[i]) {
			return -i
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || !isDigit(b[i]) {
			return -i
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	return i
}

// plainStringByte tells the bytes that stand for themselves inside a string
// literal: printable ASCII apart from '"' and '\\'.
var plainStringByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// Masks for testing the eight bytes of a little-endian word at once.
const (
	lsb    = 0x0101010101010101 // the lowest bit of every byte
	msb    = 0x8080808080808080 // the highest bit of every byte
	quote  = '"' * lsb
	bslash = '\\' * lsb
	space  = 0x20 * lsb
	low7   = ^uint64(msb) // all but the highest bit of every byte
)

// skipPlain returns the offset of the first byte at or after i that does not
// stand for itself inside a string literal (see plainStringByte), or
// len(data). It tests eight bytes at a time while it can.
func skipPlain(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		if m := specialBytes(binary.LittleEndian.Uint64(data[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(data) && plainStringByte[data[i]] {
		i++
	}
	return i
}

// specialBytes returns the highest bit of each byte of the little-endian
// word w that may not stand for itself inside a string literal (see
// plainStringByte), and maybe of bytes after the first such one: the
// lowest bit set marks the first special byte.
func specialBytes(w uint64) uint64 {
	// A byte of w is special if it is below 0x20, is '"' or '\\', or has
	// its high bit set (non-ASCII). (x-lsb) & ^x & msb is nonzero iff some
	// byte of x is zero; (w-space) & ^w & msb iff some byte of w is below
	// 0x20. A borrow can mark bytes above the first one that each test
	// finds, never below.
	q, b := w^quote, w^bslash
	return ((q-lsb)&^q | (b-lsb)&^b | (w-space)&^w | w) & msb
}

// readString consumes the string that starts at the current position (at its
// opening quote) and returns its contents between the quotes, still escaped.
// slow reports whether the contents need unescaping, because they hold an
// escape sequence or invalid UTF-8. raw is nil after a syntax error.
func (d *Decoder) readString() (raw []byte, slow bool) {
	start := d.pos + 1
	if end := plainEnd(d.data, start); end >= 0 {
		d.pos = end + 1
		return d.data[start:end], false
	}
	return d.readSpecial(start, start)
}

// plainEnd returns the offset of the closing quote of the string whose
// contents start at data[i] when they are printable ASCII (as most strings
// are) and it finds the quote eight bytes at a time, else -1.
func plainEnd(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		if m := specialBytes(binary.LittleEndian.Uint64(data[i:])); m != 0 {
			if i += bits.TrailingZeros64(m) / 8; data[i] == '"' {
				return i
			}
			return -1
		}
	}
	return -1
}

// readSpecial is readString from data[i], for the string whose contents
// start at data[start].
func (d *Decoder) readSpecial(start, i int) (raw []byte, slow bool) {
	data := d.data
	for {
		i = skipPlain(data, i)
		if i >= len(data) {
			d.pos = i
			d.fail("in string literal")
			return nil, false
		}
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			return data[start:i], slow
		case c == '\\':
			n := escapeLen(data[i:])
			if n == 0 {
				d.pos = min(i+1, len(data))
				d.fail("in string escape code")
				return nil, false
			}
			slow = true
			i += n
		case c < 0x20:
			d.pos = i
			d.fail("in string literal")
			return nil, false
		case slow:
			i++
		default:
			r, size := utf8.DecodeRune(data[i:])
			slow = r == utf8.RuneError && size == 1
			i += size
		}
	}
}

// escapeLen returns the length of the valid escape sequence at the start of b
// (which starts with a backslash), or 0 if it is invalid.
func escapeLen(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
		if len(b) >= 6 && hex4(b[2:6]) >= 0 {
			return 6
		}
	}
	return 0
}

// hex4 decodes four hexadecimal digits, or returns -1.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// skipValue consumes the next value, checking its syntax, and returns the
// length of its canonical compact encoding (see CompactSize), which costs
// nothing extra to count. It does not recurse, so that deep nesting costs no
// stack.
func (d *Decoder) skipValue() (size int) {
	var buf [32]byte
	stack := buf[:0] // the closing bracket of each open container
	for d.err == nil {
		switch c := d.peek(); c {
		case '{', '[':
			if d.nest+len(stack) >= maxDepth {
				d.failDepth()
				return 0
			}
			d.pos++
			size++
			end := c + 2 // '{'+2 == '}' and '['+2 == ']'
			if d.peek() == end {
				d.pos++
				size++
				break
			}
			stack = append(stack, end)
			if end == '}' {
				size += d.skipKey()
			}
			continue
		case '"':
			size += d.stringSize()
		case 't':
			d.literal("true")
			size += len("true")
		case 'f':
			d.literal("false")
			size += len("false")
		case 'n':
			d.literal("null")
			size += len("null")
		default:
			if c != '-' && !isDigit(c) {
				d.fail("looking for beginning of value")
				return 0
			}
			size += len(d.readNumber())
		}
		var n int
		if stack, n = d.skipClosers(stack); len(stack) == 0 {
			return size + n
		}
		size += n
	}
	return 0
}

// skipClosers consumes, after a value inside the containers on stack, the
// closing brackets that follow it and then the comma (and, in an object, the
// key) before the next value. It returns the containers still open and the
// compact size of what it consumed.
func (d *Decoder) skipClosers(stack []byte) (open []byte, size int) {
	for d.err == nil && len(stack) > 0 {
		c := d.peek()
		end := stack[len(stack)-1]
		if c == ',' {
			d.pos++
			size++
			if end == '}' {
				size += d.skipKey()
			}
			return stack, size
		}
		if c != end {
			d.fail("after " + containerName(end) + " element")
			return stack[:0], 0
		}
		d.pos++
		size++
		stack = stack[:len(stack)-1]
	}
	return stack[:0], size
}

func containerName(end byte) string {
	if end == '}' {
		return "object"
	}
	return "array"
}

// skipKey consumes an object member name and the colon after it, and
// returns their compact size.
func (d *Decoder) skipKey() int {
	if d.peek() != '"' {
		d.fail("looking for beginning of object key string")
		return 0
	}
	size := d.stringSize()
	if d.peek() != ':' {
		d.fail("after object key")
		return 0
	}
	d.pos++
	return size + 1
}

// stringSize consumes a string and returns the length of its minimally
// escaped encoding.
func (d *Decoder) stringSize() int {
	raw, slow := d.readString()
	if !slow {
		return len(raw) + 2
	}
	d.buf = appendUnescaped(d.buf[:0], raw)
	return quotedSize(d.buf)
}
