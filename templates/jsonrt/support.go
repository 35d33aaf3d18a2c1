package jsonrt

import (
	"encoding/binary"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// SortedKeys is used by generated code: it returns the keys of m in byte
// order, so that generated code writes maps and reports their violations in a
// stable order.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// AppendKey is used by generated code: it appends an object member's name,
// already encoded with its colon (for example `"id":`), to an object whose
// opening brace is at b[open], preceded by a comma unless it is the object's
// first member.
func AppendKey(b []byte, open int, encodedKey string) []byte {
	if len(b) > open+1 {
		b = append(b, ',')
	}
	return append(b, encodedKey...)
}

// QuoteList is used by generated code: it formats names as jsonschema/v5 lists
// them in messages: 'a', 'b'.
func QuoteList(names []string) string {
	var sb strings.Builder
	for i, n := range names {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(Quote(n))
	}
	return sb.String()
}

// Quote is used by generated code: it single-quotes s for a message, with Go's
// escapes for unprintable characters: 'a', 'it\'s'.
func Quote(s string) string {
	q := strconv.Quote(s)
	q = strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`)
	return "'" + strings.ReplaceAll(q, "'", `\'`) + "'"
}

// Encode is used by generated code: it returns the JSON encoding of v, or nil
// if v cannot be encoded. Generated code uses it to compare composite values
// with JSON values from the schema (see EqualJSON) and to measure them (see
// EncodedSizeOver).
func Encode(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return data
}

// EncodeEach is used by generated code: it returns the JSON encoding of every
// item of s.
func EncodeEach[T any](s []T) [][]byte {
	out := make([][]byte, len(s))
	for i := range s {
		out[i] = Encode(&s[i])
	}
	return out
}

// EncodedSizeOver is used by generated code for the x-maxEncodedSize
// keyword: it returns 0 if v's canonical compact JSON encoding (see
// CompactSize) takes at most limit bytes. Otherwise it returns a size over
// limit that the encoding has at least: a map of raw JSON values, the type
// of a free-form object, is measured member by member, and no further than
// past limit, so that an oversized value costs no more to reject than the
// limit allows.
//
// Such a map is measured without encoding it, and not at all when the
// lengths of its names and values show it small enough (see rawMapBound).
// Its values are taken to be JSON, as decoding makes them: one that is not
// (built by hand) cannot be encoded, and its size is unspecified.
func EncodedSizeOver(v any, limit int) int {
	if m, ok := v.(map[string]json.RawMessage); ok && m != nil && rawMapBound(m, limit) <= limit {
		return 0
	}
	if n := encodedSizeUpTo(v, limit); n > limit {
		return n
	}
	return 0
}

// encodedSizeUpTo returns the size of v's canonical compact encoding, or,
// for a map of raw JSON values whose members measured take it over limit,
// that part of it.
func encodedSizeUpTo(v any, limit int) int {
	if m, ok := v.(map[string]json.RawMessage); ok && m != nil {
		if n, ok := rawMapSize(m, limit); ok {
			return n
		}
	}
	n, err := CompactSize(Encode(v))
	if err != nil {
		return 0
	}
	return n
}

// rawMapBound returns a size that the canonical compact encoding of m
// does not exceed, from the lengths of its names and values alone, or one
// over limit once the members looked at take it there. A name byte
// encodes to at most six bytes (a control character as \u00XX). A byte of
// a JSON value encodes to at most three, U+FFFD for a byte of invalid
// UTF-8: an escape sequence never encodes longer than it is written, and
// whitespace encodes to nothing.
func rawMapBound(m map[string]json.RawMessage, limit int) int {
	n := 2 + max(len(m)-1, 0) // braces and commas
	for k, raw := range m {
		if n > limit {
			break
		}
		n += 2 + 6*len(k) + 1 // quotes, name, colon
		if raw == nil {
			n += len("null") // how encoding/json writes a nil RawMessage
		} else {
			n += 3 * len(raw)
		}
	}
	return n
}

// compactASCII reports whether raw is ASCII without whitespace between
// tokens and without escape sequences, so that, if it is JSON, its length is
// its canonical compact size. It checks nothing else: raw values come from
// decoding, which checked their syntax.
//
// It tests eight bytes at a time, keeping track of which bytes are inside
// strings, where a space is compact but outside them is not: JSON values
// are mostly short tokens, too short for a scan that stops at each quote.
func compactASCII(raw []byte) bool {
	var inString uint64 // msb when the next word starts inside a string
	for i := 0; i < len(raw); i += 8 {
		var w uint64
		if i+8 <= len(raw) {
			w = binary.LittleEndian.Uint64(raw[i:])
		} else {
			tail := [8]byte{'0', '0', '0', '0', '0', '0', '0', '0'}
			copy(tail[:], raw[i:])
			w = binary.LittleEndian.Uint64(tail[:])
		}
		// The bytes from a quote up to the next one are inside: the
		// high bit of each byte of in is the parity of the quotes up to
		// and including it, flipped when the word starts inside.
		q := zeroBytes(w ^ quote)
		in := q ^ q<<8
		in ^= in << 16
		in ^= in << 32
		in ^= inString
		controlOrNonASCII := (^(w&low7 + (0x80-0x20)*lsb) | w) & msb
		if controlOrNonASCII|zeroBytes(w^bslash)|zeroBytes(w^space)&^in != 0 {
			return false
		}
		inString = -(in >> 63) & msb
	}
	return inString == 0
}

// zeroBytes returns x with the high bit of each zero byte set and every
// other bit clear. Unlike the test in skipPlain, it is exact for every
// byte: no borrow crosses from one byte to the next.
func zeroBytes(x uint64) uint64 {
	return ^(x&low7 + low7 | x) & msb
}

// rawMapSize returns the size of m's canonical compact encoding, or, once
// the members measured take it over limit, that part of it. It reports
// false for what it leaves to encoding/json: member names that are not
// valid UTF-8, which encoding replaces, and values that are not JSON (when
// telling so takes more than a glance).
func rawMapSize(m map[string]json.RawMessage, limit int) (int, bool) {
	n := 2 + max(len(m)-1, 0) // braces and commas
	var d Decoder
	for k, raw := range m {
		if n > limit {
			return n, true
		}
		if !utf8.ValidString(k) {
			return 0, false
		}
		n += quotedSize(k) + 1
		if raw == nil {
			n += len("null") // how encoding/json writes a nil RawMessage
			continue
		}
		if compactASCII(raw) {
			n += len(raw)
			continue
		}
		size, err := d.compactSize(raw)
		if err != nil {
			return 0, false
		}
		n += size
	}
	return n, true
}
