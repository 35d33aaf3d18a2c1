package jsonrt

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Shown is used by generated code: it wraps a generic value (see [Parse]) so
// that [Ctx.Fail] renders it as [Describe] does, and only when it records the
// violation.
type Shown struct {
	// V is the generic value.
	V any
}

// Show is used by generated code: it wraps v for a message of [Ctx.Fail], as
// in
//
//	c.Fail(loc, "const", "value must be 2 but found %v", jsonrt.Show(v))
//
// which, unlike passing Describe(v), does no work while c is quiet.
func Show(v any) Shown {
	return Shown{V: v}
}

// appendMessage appends format with its verbs replaced by args, as
// fmt.Sprintf would for the verbs and argument types that Ctx.Fail
// documents. It retains none of args, so that they do not escape.
func appendMessage(b []byte, format string, args []any) []byte {
	n := 0
	for {
		i := strings.IndexByte(format, '%')
		if i < 0 {
			b = append(b, format...)
			break
		}
		b = append(b, format[:i]...)
		if i+1 == len(format) {
			b = append(b, "%!(NOVERB)"...)
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i+1:])
		format = format[i+1+size:]
		switch {
		case verb == '%':
			b = append(b, '%')
		case n >= len(args):
			b = append(utf8.AppendRune(append(b, '%', '!'), verb), "(MISSING)"...)
		default:
			b = appendArg(b, verb, args[n])
			n++
		}
	}
	if n < len(args) {
		b = append(b, "%!(EXTRA "...)
		for j, a := range args[n:] {
			if j > 0 {
				b = append(b, ", "...)
			}
			b = appendTyped(b, a)
		}
		b = append(b, ')')
	}
	return b
}

// appendArg appends a formatted with verb.
func appendArg(b []byte, verb rune, a any) []byte {
	switch x := a.(type) {
	case nil:
		if verb == 'v' {
			return append(b, "<nil>"...)
		}
	case string:
		return appendStringArg(b, verb, x, a)
	case json.Number:
		return appendStringArg(b, verb, string(x), a)
	case bool:
		if verb == 'v' {
			return strconv.AppendBool(b, x)
		}
	case float64:
		if verb == 'v' {
			return strconv.AppendFloat(b, x, 'g', -1, 64)
		}
	case float32:
		if verb == 'v' {
			return strconv.AppendFloat(b, float64(x), 'g', -1, 32)
		}
	case Shown:
		if verb == 'v' || verb == 's' {
			return append(b, Describe(x.V)...)
		}
	default:
		return appendIntArg(b, verb, a)
	}
	return appendBadVerb(b, verb, a)
}

func appendStringArg(b []byte, verb rune, s string, a any) []byte {
	switch verb {
	case 'v', 's':
		return append(b, s...)
	case 'q':
		return strconv.AppendQuote(b, s)
	}
	return appendBadVerb(b, verb, a)
}

// appendIntArg appends a, an integer, or reports a as unsupported.
func appendIntArg(b []byte, verb rune, a any) []byte {
	v, signed, ok := intValue(a)
	if !ok {
		return append(utf8.AppendRune(append(b, '%', '!'), verb), "("+reflect.TypeOf(a).String()+")"...)
	}
	switch {
	case verb == 'q':
		r := rune(v)
		if (signed && int64(v) < 0) || v > utf8.MaxRune {
			r = utf8.RuneError
		}
		return strconv.AppendQuoteRune(b, r)
	case verb != 'v' && verb != 'd':
		return appendBadVerb(b, verb, a)
	case signed:
		return strconv.AppendInt(b, int64(v), 10)
	}
	return strconv.AppendUint(b, v, 10)
}

// intValue returns the value of a if it is of an integer type, as the bits
// of an int64 when signed is true.
func intValue(a any) (v uint64, signed, ok bool) {
	switch x := a.(type) {
	case int:
		return uint64(x), true, true
	case int8:
		return uint64(x), true, true
	case int16:
		return uint64(x), true, true
	case int32:
		return uint64(x), true, true
	case int64:
		return uint64(x), true, true
	case uint:
		return uint64(x), false, true
	case uint8:
		return uint64(x), false, true
	case uint16:
		return uint64(x), false, true
	case uint32:
		return uint64(x), false, true
	case uint64:
		return x, false, true
	case uintptr:
		return uint64(x), false, true
	}
	return 0, false, false
}

// appendBadVerb appends fmt's rendering of a verb that does not suit its
// argument: %!verb(type=value).
func appendBadVerb(b []byte, verb rune, a any) []byte {
	b = utf8.AppendRune(append(b, '%', '!'), verb)
	return append(appendTyped(append(b, '('), a), ')')
}

// appendTyped appends a as type=value, or <nil>.
func appendTyped(b []byte, a any) []byte {
	if a == nil {
		return append(b, "<nil>"...)
	}
	b = append(append(b, reflect.TypeOf(a).String()...), '=')
	return appendArg(b, 'v', a)
}
