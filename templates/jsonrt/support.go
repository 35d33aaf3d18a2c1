package jsonrt

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// SortedKeys returns the keys of m in byte order, so that generated code
// writes maps and reports their violations in a stable order.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// AppendKey appends an object member's name, already encoded with its colon
// (for example `"id":`), to an object whose opening brace is at b[open],
// preceded by a comma unless it is the object's first member.
func AppendKey(b []byte, open int, encodedKey string) []byte {
	if len(b) > open+1 {
		b = append(b, ',')
	}
	return append(b, encodedKey...)
}

// QuoteList formats names as jsonschema/v5 lists them in messages:
// 'a', 'b'.
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

// Quote single-quotes s for a message, with Go's escapes for unprintable
// characters: 'a', 'it\'s'.
func Quote(s string) string {
	q := strconv.Quote(s)
	q = strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`)
	return "'" + strings.ReplaceAll(q, "'", `\'`) + "'"
}

// Encode returns the JSON encoding of v, or nil if v cannot be encoded.
// Generated code uses it to compare composite values with JSON values from
// the schema (see EqualJSON) and to measure them (see EncodedSize).
func Encode(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return data
}

// EncodeEach returns the JSON encoding of every item of s.
func EncodeEach[T any](s []T) [][]byte {
	out := make([][]byte, len(s))
	for i := range s {
		out[i] = Encode(&s[i])
	}
	return out
}

// EncodedSize returns the size of v's canonical compact JSON encoding, the
// measure of the x-maxEncodedSize keyword (see CompactSize).
func EncodedSize(v any) int {
	n, err := CompactSize(Encode(v))
	if err != nil {
		return 0
	}
	return n
}
