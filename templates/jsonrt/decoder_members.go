package jsonrt

import (
	"encoding/json"
	"math"
	"strings"
	"unicode/utf8"
)

// rawMember is where the name (between its quotes) and the value of one
// object member are in the input.
type rawMember struct {
	keyStart, keyEnd, valueStart, valueEnd uint32
	escaped                                bool // the name has escape sequences
}

// RawMembers is used by generated code for a free-form object, after
// [Decoder.BeginObject] returned true: it reads the members up to the
// closing brace and returns them as a map from the unescaped member names
// to copies of the values exactly as they appear in the input, as a loop
// of [Decoder.NextMember], [Decoder.KeyString] and [Decoder.Raw] would. A
// name that repeats maps to its last value.
//
// It finds the members first and then makes the map at its final size,
// which spares growing it member by member. The names share one block of
// memory and the values another, so that a name or value kept alive keeps
// those of the other members alive too; the capacity of each value is its
// length. After a syntax error it returns the members before it.
func (d *Decoder) RawMembers() map[string]json.RawMessage {
	if d.err == nil && d.nest < maxDepth-skipDepth && len(d.data) <= math.MaxUint32 {
		members, end := scanMembers(d.data, d.pos, d.members[:0])
		d.members = members
		if end >= 0 {
			d.pos = end
			d.nest--
			d.opened = false
			return d.copyMembers(members)
		}
	}
	m := map[string]json.RawMessage{}
	for d.NextMember() {
		k := d.KeyString()
		m[k] = d.Raw()
	}
	return m
}

// scanMembers appends to members those of the object whose first member
// (or closing brace) follows data[i] after optional whitespace, and returns
// them with the offset past the closing brace. The offset is -1 when
// scanValue would not vouch for the object.
func scanMembers(data []byte, i int, members []rawMember) ([]rawMember, int) {
	if i = skipSpace(data, i); i < len(data) && data[i] == '}' {
		return members, i + 1
	}
	for {
		if i = skipSpace(data, i); i >= len(data) || data[i] != '"' {
			return members, -1
		}
		var m rawMember
		m.keyStart = uint32(i + 1)
		end, escaped := scanStringEscaped(data, i+1)
		if end < 0 {
			return members, -1
		}
		m.keyEnd, m.escaped = uint32(end-1), escaped
		if i = skipSpace(data, end); i >= len(data) || data[i] != ':' {
			return members, -1
		}
		i = skipSpace(data, i+1)
		if end = scanValue(data, i); end < 0 {
			return members, -1
		}
		m.valueStart, m.valueEnd = uint32(i), uint32(end)
		if len(members) == cap(members) {
			// Twice as large: append grows large slices by less,
			// copying them more often.
			members = append(make([]rawMember, 0, max(2*cap(members), 64)), members...)
		}
		members = append(members, m)
		if i = skipSpace(data, end); i >= len(data) {
			return members, -1
		}
		switch data[i] {
		case ',':
			i++
		case '}':
			return members, i + 1
		default:
			return members, -1
		}
	}
}

// copyMembers makes the map RawMembers returns.
func (d *Decoder) copyMembers(members []rawMember) map[string]json.RawMessage {
	names, size := 0, 0
	for _, m := range members {
		names += int(m.keyEnd - m.keyStart)
		size += int(m.valueEnd - m.valueStart)
	}
	var keys strings.Builder
	keys.Grow(names)
	values := make([]byte, 0, size)
	out := make(map[string]json.RawMessage, len(members))
	for _, m := range members {
		name := d.data[m.keyStart:m.keyEnd]
		if m.escaped || !utf8.Valid(name) {
			d.buf = appendUnescaped(d.buf[:0], name)
			name = d.buf
		}
		start := keys.Len()
		keys.Write(name)
		at := len(values)
		values = append(values, d.data[m.valueStart:m.valueEnd]...)
		out[keys.String()[start:]] = values[at:len(values):len(values)]
	}
	return out
}
