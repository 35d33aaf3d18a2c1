package jsonrt

import (
	"cmp"
	"encoding/binary"
	"encoding/json"
	"hash/maphash"
	"reflect"
	"strconv"
)

// TypeOf is used by generated code: it returns the JSON Schema type of a
// generic value (see [Parse]): "null", "boolean", "integer" (a number with
// zero fractional part, such as 7, 1.0, 1e2, 1.5e1 or -0), "number", "string",
// "array" or "object". It returns "" for anything else, including a
// json.Number that is not a valid number literal.
func TypeOf(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		switch valid, integer := numberKind(x); {
		case integer:
			return "integer"
		case valid:
			return "number"
		}
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return ""
}

// HasType is used by generated code: it reports whether v is of the JSON
// Schema type t, one of the names that [TypeOf] returns: "number" matches
// integers too, and "integer" matches every number with zero fractional part,
// such as 1.0.
func HasType(v any, t string) bool {
	if n, ok := v.(json.Number); ok {
		valid, integer := numberKind(n)
		return (t == "number" && valid) || (t == "integer" && integer)
	}
	return t != "" && TypeOf(v) == t
}

// numberKind reports whether n is a valid number literal and whether it is
// an integer.
func numberKind(n json.Number) (valid, integer bool) {
	if isIntLiteral(string(n)) {
		return true, true
	}
	dec, ok := parseDecimal([]byte(n))
	return ok, ok && dec.expSign() >= 0
}

// isIntLiteral reports whether s has the form -?(0|[1-9][0-9]*).
func isIntLiteral(s string) bool {
	if len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	if len(s) == 0 || (s[0] == '0' && len(s) > 1) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// Equal is used by generated code: it reports whether a and b, generic values
// (see [Parse]), are equal as JSON Schema defines equality, as [EqualJSON]
// does for JSON texts: numbers by their exact value (1, 1.0 and 1e0 are equal,
// and so are 0 and -0, however long the literals or large the exponents),
// strings by their characters, arrays element by element in order, and objects
// member by member regardless of order. Values of different types are unequal
// (1 and true, 0 and false). Anything that is not a generic value, such as an
// invalid json.Number, is unequal to everything, itself included.
func Equal(a, b any) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case json.Number:
		y, ok := b.(json.Number)
		return ok && numbersEqual(x, y)
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		return ok && arraysEqual(x, y)
	case map[string]any:
		y, ok := b.(map[string]any)
		return ok && objectsEqual(x, y)
	}
	return false
}

func numbersEqual(x, y json.Number) bool {
	if x == y {
		valid, _ := numberKind(x)
		return valid
	}
	dx, ok := parseDecimal([]byte(x))
	if !ok {
		return false
	}
	dy, ok := parseDecimal([]byte(y))
	return ok && dx.equal(&dy)
}

func arraysEqual(x, y []any) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if !Equal(x[i], y[i]) {
			return false
		}
	}
	return true
}

func objectsEqual(x, y map[string]any) bool {
	if len(x) != len(y) {
		return false
	}
	for k, xv := range x {
		yv, ok := y[k]
		if !ok || !Equal(xv, yv) {
			return false
		}
	}
	return true
}

// CompareNumber is used by generated code: it compares the number n with
// limit, a JSON number literal, by their exact values, and returns -1, 0 or +1
// as n is less than, equal to or greater than limit. Its time is proportional
// to the lengths of the literals, however large their exponents (1e99999 is
// compared without being expanded). The result is 0 if either literal is
// invalid.
func CompareNumber(n json.Number, limit string) int {
	a, ok := parseDecimal([]byte(n))
	if !ok {
		return 0
	}
	b, ok := parseDecimal([]byte(limit))
	if !ok {
		return 0
	}
	return compareDecimals(&a, &b)
}

// compareDecimals compares two numbers in normal form.
func compareDecimals(a, b *decimal) int {
	sa, sb := decimalSign(a), decimalSign(b)
	if sa != sb || sa == 0 {
		return cmp.Compare(sa, sb)
	}
	// Both are ±0.d1d2...×10^(exp+ndigits) with d1 != 0: compare the
	// magnitudes by that exponent, then digit by digit. expDiff clamps to
	// ±2^40, far more than any difference in the number of digits.
	c := cmp.Compare(expDiff(a, b)+int64(a.ndigits()-b.ndigits()), 0)
	for i := 0; c == 0 && i < min(a.ndigits(), b.ndigits()); i++ {
		c = cmp.Compare(a.digit(i), b.digit(i))
	}
	if c == 0 {
		c = cmp.Compare(a.ndigits(), b.ndigits())
	}
	return c * sa
}

func decimalSign(d *decimal) int {
	switch {
	case d.isZero():
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// MultipleOf is used by generated code: it reports whether n divided by
// divisor, a JSON number literal, is an integer. The test is exact and takes
// time proportional to the number of digits, however large the exponents. It
// is false if either literal is invalid or the divisor is zero.
func MultipleOf(n json.Number, divisor string) bool {
	return isMultipleOf(string(n), divisor)
}

// Unique, used by generated code, is like [UniqueComparable] for generic
// values compared with [Equal]: it reports whether the items are pairwise
// distinct and, if not, returns the first pair i < j of equal items, ordered
// by j and then by i. Beyond 16 items it takes linear time, by hashing the
// items in a way consistent with Equal.
func Unique(items []any) (i, j int, ok bool) {
	if len(items) <= 16 {
		for j := 1; j < len(items); j++ {
			for i := 0; i < j; i++ {
				if Equal(items[i], items[j]) {
					return i, j, false
				}
			}
		}
		return 0, 0, true
	}
	seed := maphash.MakeSeed()
	seen := make(map[uint64][]int, len(items)) // hash -> indices, ascending
	for j, item := range items {
		sum := hashValue(seed, item)
		for _, i := range seen[sum] {
			if Equal(items[i], item) {
				return i, j, false
			}
		}
		seen[sum] = append(seen[sum], j)
	}
	return 0, 0, true
}

// hashValue returns a hash of v such that values that are Equal hash alike.
func hashValue(seed maphash.Seed, v any) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	writeValue(&h, seed, v)
	return h.Sum64()
}

// writeValue writes v to h, numbers in normal form and object members as an
// order-independent sum of their hashes.
func writeValue(h *maphash.Hash, seed maphash.Seed, v any) {
	var buf [32]byte
	switch x := v.(type) {
	case nil:
		h.WriteByte('n')
	case bool:
		h.WriteString(strconv.FormatBool(x))
	case json.Number:
		h.WriteByte('#')
		if dec, ok := parseDecimal([]byte(x)); ok {
			h.Write(dec.appendCanonical(buf[:0]))
		}
	case string:
		h.WriteByte('"')
		h.Write(binary.LittleEndian.AppendUint64(buf[:0], uint64(len(x))))
		h.WriteString(x)
	case []any:
		h.WriteByte('[')
		h.Write(binary.LittleEndian.AppendUint64(buf[:0], uint64(len(x))))
		for _, e := range x {
			writeValue(h, seed, e)
		}
	case map[string]any:
		var sum uint64
		for k, e := range x {
			sum += memberHash(seed, k, e)
		}
		h.WriteByte('{')
		h.Write(binary.LittleEndian.AppendUint64(buf[:0], sum))
	}
}

// memberHash returns a hash of the object member k: e.
func memberHash(seed maphash.Seed, k string, e any) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	var buf [8]byte
	h.Write(binary.LittleEndian.AppendUint64(buf[:0], uint64(len(k))))
	h.WriteString(k)
	writeValue(&h, seed, e)
	return h.Sum64()
}

// describeRunes is how many characters of a string Describe shows.
const describeRunes = 40

// Describe is used by generated code: it renders a generic value briefly for a
// message: a string quoted (cut after 40 characters, with "…"), a number as
// written, true, false, null, "array" or "object". Anything else is rendered
// as its Go type in parentheses.
func Describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case json.Number:
		return string(x)
	case string:
		n := 0
		for i := range x {
			if n == describeRunes {
				return strconv.Quote(x[:i] + "…")
			}
			n++
		}
		return strconv.Quote(x)
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "(" + reflect.TypeOf(v).String() + ")"
}
