package jsonrt

import "encoding/json"

// CheckFunc, used by generated code, is the signature of the validation
// functions schemagen generates for schemas that no static Go type captures. A
// CheckFunc reports whether v is valid, records violations in c unless c is
// quiet, and adds to ann (when not nil) the properties and items it evaluated.
type CheckFunc func(v any, c *Ctx, ann *Ann) bool

// CheckRaw is used by generated code: it validates a raw JSON value with f,
// recording violations in e at e's current location. Typed code calls it for
// values it keeps as JSON.
func CheckRaw(e *Errors, raw json.RawMessage, f CheckFunc) {
	v, err := Parse(raw)
	if err != nil {
		e.Add("", "type", "not a JSON value: "+err.Error())
		return
	}
	var c Ctx
	for i := 0; i < e.n; i++ {
		c.push(*e.at(i))
	}
	f(v, &c, nil)
	e.list = append(e.list, c.list...)
}

// AnyOf is used by generated code: it reports whether v is valid against at
// least one branch. Branches run quietly: their violations are not the
// value's. When ann is not nil every branch runs, because the annotations of
// all passing branches count.
func AnyOf(v any, c *Ctx, ann *Ann, branches ...CheckFunc) bool {
	c.beginQuiet()
	defer c.endQuiet()
	passed := false
	for _, b := range branches {
		if ann == nil {
			if b(v, c, nil) {
				return true
			}
			continue
		}
		var a Ann
		if b(v, c, &a) {
			passed = true
			ann.Merge(&a)
		}
	}
	return passed
}

// OneOf is used by generated code: it returns how many branches v is valid
// against (it may stop counting at two). Only when exactly one passes do its
// annotations count.
func OneOf(v any, c *Ctx, ann *Ann, branches ...CheckFunc) int {
	c.beginQuiet()
	defer c.endQuiet()
	n := 0
	var passed Ann
	for _, b := range branches {
		if ann == nil {
			if b(v, c, nil) {
				n++
			}
			if n > 1 {
				return n
			}
			continue
		}
		var a Ann
		if b(v, c, &a) {
			n++
			passed.Merge(&a)
		}
	}
	if n == 1 && ann != nil {
		ann.Merge(&passed)
	}
	return n
}

// Passes is used by generated code: it reports, quietly and without
// annotations, whether v is valid against f; "not" uses it.
func Passes(v any, c *Ctx, f CheckFunc) bool {
	c.beginQuiet()
	defer c.endQuiet()
	return f(v, c, nil)
}

// If is used by generated code: it reports, quietly, whether v is valid
// against the "if" schema cond; its annotations count only when it passes.
func If(v any, c *Ctx, ann *Ann, cond CheckFunc) bool {
	c.beginQuiet()
	defer c.endQuiet()
	if ann == nil {
		return cond(v, c, nil)
	}
	var a Ann
	if cond(v, c, &a) {
		ann.Merge(&a)
		return true
	}
	return false
}

// Contains is used by generated code: it returns how many items are valid
// against f, checked quietly. When evaluates is set (draft 2020-12), matching
// items count as evaluated in ann.
func Contains(items []any, c *Ctx, ann *Ann, f CheckFunc, evaluates bool) int {
	c.beginQuiet()
	defer c.endQuiet()
	n := 0
	for i, item := range items {
		c.EnterIndex(i)
		if f(item, c, nil) {
			n++
			if evaluates && ann != nil {
				ann.Item(i)
			}
		}
		c.Leave()
	}
	return n
}

// Matches is used by generated code: it reports whether v is valid against f,
// checked quietly. Generated unions use it to choose the variant a value
// decodes into.
func Matches(v any, f CheckFunc) bool {
	var c Ctx
	c.beginQuiet()
	return f(v, &c, nil)
}

// DecodeSub decodes raw, one complete JSON value, with f, recording what f's
// decoder finds at d's current location. Generated unions use it to decode
// the value they have read once into the variant it matches.
func (d *Decoder) DecodeSub(raw []byte, f func(*Decoder)) {
	sub := NewDecoder(raw)
	for i := 0; i < d.n; i++ {
		sub.push(d.resolved(i))
	}
	f(sub)
	if err := sub.Finish(); err != nil && sub.Len() == 0 {
		d.Add("", "type", err.Error())
	}
	d.list = append(d.list, sub.list...)
}

// FitsInt is used by generated code: it reports whether v, when it is an
// integer, fits in a Go integer of the given width; other values fit. Checks
// use it for "format": "int32" and "int64", which schemagen asserts.
func FitsInt(v any, bits int) bool {
	n, ok := v.(json.Number)
	if !ok || TypeOf(v) != "integer" {
		return true
	}
	lo, hi := "-2147483648", "2147483647"
	if bits == 64 {
		lo, hi = "-9223372036854775808", "9223372036854775807"
	}
	return CompareNumber(n, lo) >= 0 && CompareNumber(n, hi) <= 0
}
