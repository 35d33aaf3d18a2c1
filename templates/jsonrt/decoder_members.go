package jsonrt

import (
	"encoding/json"
	"math"
	"unicode/utf8"
	"unsafe"
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
// which spares growing it member by member. The names and values of a
// short object share their memory with the strings and values decoded
// around them, as those of String and Raw do; those of a long one (over
// 512 bytes) share one block of their own, which a name or value kept alive
// keeps alive. The capacity of each value is its length. After a syntax
// error it returns the members before it.
func (d *Decoder) RawMembers() map[string]json.RawMessage {
	if d.err == nil && d.nest < maxDepth-skipDepth && uint64(len(d.data)) <= math.MaxUint32 {
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
			members = append(make([]rawMember, 0, max(2*cap(members), 8)), members...)
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

// copyMembers makes the map RawMembers returns. The names without escapes
// and the values are copied back to back into one block: in d.text (see
// Decoder.keep) when it is short, else one of its own. The names are views
// of it, which is never written again; each value's capacity is its length.
func (d *Decoder) copyMembers(members []rawMember) map[string]json.RawMessage {
	size := 0
	for _, m := range members {
		size += int(m.keyEnd-m.keyStart) + int(m.valueEnd-m.valueStart)
	}
	var block []byte
	if size > textSize/2 {
		block = make([]byte, 0, size)
	} else {
		block = d.reserve(size)[:0]
	}
	out := make(map[string]json.RawMessage, len(members))
	for _, m := range members {
		var key string
		if name := d.data[m.keyStart:m.keyEnd]; m.escaped || !utf8.Valid(name) {
			d.buf = appendUnescaped(d.buf[:0], name)
			key = d.cut(d.buf)
		} else if len(name) > 0 {
			at := len(block)
			block = append(block, name...)
			key = unsafe.String(&block[at], len(name))
		}
		at := len(block)
		block = append(block, d.data[m.valueStart:m.valueEnd]...)
		out[key] = block[at:len(block):len(block)]
	}
	return out
}
