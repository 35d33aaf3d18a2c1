package jsonrt

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// Kind, part of the [Decoder] API for generated code, is the JSON type of a
// value, as reported by [Decoder.Kind].
type Kind uint8

// The kinds of JSON values.
const (
	Invalid Kind = iota // not a value: a syntax error or the end of the input
	Null                // null
	Bool                // true or false
	Number              // a number
	String              // a string
	Array               // an array
	Object              // an object
)

var kindNames = [...]string{
	Invalid: "invalid",
	Null:    "null",
	Bool:    "boolean",
	Number:  "number",
	String:  "string",
	Array:   "array",
	Object:  "object",
}

// String returns the JSON Schema name of the kind: "null", "boolean",
// "number", "string", "array" or "object" ("invalid" for Invalid).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Decoder, used by generated code, is a pull decoder over one complete JSON
// text. Generated UnmarshalJSON methods read values with its typed methods;
// values of the wrong JSON type and numbers out of range are recorded as
// violations in the embedded Errors, and malformed input stops decoding with a
// syntax error. [Decoder.Finish] reports the outcome.
//
// The decoder never panics on malformed or truncated input: after the first
// syntax error every read returns a zero value and every loop ends.
type Decoder struct {
	Errors

	data   []byte
	pos    int  // offset of the next unread byte
	nest   int  // number of containers opened and not yet closed
	opened bool // the last token consumed was '{' or '['
	// The current member name is data[keyStart:keyEnd], or esc, unescaped,
	// when it has escapes (esc is nil otherwise).
	keyStart, keyEnd int
	esc              []byte
	buf              []byte // scratch space for unescaping strings
	err              error  // the first syntax error

	// text holds copies of the short strings and raw values returned,
	// back to back (see Decoder.keep).
	text []byte

	members []rawMember // scratch space for RawMembers
}

// NewDecoder is used by generated code: it returns a decoder that reads the
// JSON text in data.
func NewDecoder(data []byte) *Decoder {
	// Not new(Decoder) and Reset, which would clear the location twice:
	// generated code keeps the decoder on its stack, and this is most of
	// its cost for a small document.
	d := &Decoder{data: data}
	d.src = data
	return d
}

// Reset makes d read the JSON text in data, forgetting all previous state
// (including violations), so that a decoder can be reused without allocating.
func (d *Decoder) Reset(data []byte) {
	d.Errors.reset(data)
	d.data = data
	d.pos = 0
	d.nest = 0
	d.opened = false
	d.keyStart, d.keyEnd, d.esc = 0, 0, nil
	d.buf = d.buf[:0]
	d.err = nil
	d.text = nil
	d.members = d.members[:0]
}

// Finish ends decoding. It returns the syntax error, if any (a plain error,
// not a *ValidationError, whose message gives the byte offset); else a syntax
// error if anything but whitespace follows the value or a container was left
// open; else the recorded violations as a *ValidationError, or nil.
func (d *Decoder) Finish() error {
	if d.err == nil && d.nest > 0 {
		d.err = &syntaxError{offset: d.pos, msg: "value not fully consumed"}
	}
	if d.peek(); d.err == nil && d.pos < len(d.data) {
		d.fail("after top-level value")
	}
	if d.err != nil {
		return d.err
	}
	return d.Errors.Err()
}

// Kind returns the kind of the next value without consuming it. It returns
// Invalid at the end of the input, at a byte that cannot start a value, and
// after a syntax error.
func (d *Decoder) Kind() Kind {
	switch c := d.peek(); c {
	case 'n':
		return Null
	case 't', 'f':
		return Bool
	case '"':
		return String
	case '[':
		return Array
	case '{':
		return Object
	default:
		if c == '-' || isDigit(c) {
			return Number
		}
		return Invalid
	}
}

// IsNull consumes the next value and returns true if it is null; otherwise
// it consumes nothing and returns false.
func (d *Decoder) IsNull() bool {
	if d.peek() != 'n' {
		return false
	}
	d.literal("null")
	return d.err == nil
}

// Skip consumes the next value, whatever it is.
func (d *Decoder) Skip() {
	d.skip()
}

// Raw consumes the next value and returns a copy of its bytes exactly as they
// appear in the input, without the whitespace around it. It returns nil after
// a syntax error.
//
// Like strings (see Decoder.String), a short value shares its memory with
// the values decoded before and after it; its capacity is its length, so
// that appending to it copies it rather than overwrite its neighbours.
func (d *Decoder) Raw() json.RawMessage {
	d.peek()
	start := d.pos
	d.skip()
	if d.err != nil {
		return nil
	}
	return d.copyRaw(d.data[start:d.pos])
}

// copyRaw returns a copy of v: one of its own when it is long, else one
// kept in d.text (see Decoder.keep).
func (d *Decoder) copyRaw(v []byte) json.RawMessage {
	if len(v) > textSize/2 {
		return bytes.Clone(v)
	}
	return d.keep(v)
}

// mismatch handles a value whose JSON type is not the wanted one: it records
// a violation of the keyword at kwLoc ("type", or the enum or const a
// schema without it takes its type from) and skips the value, or records a
// syntax error if there is no value.
func (d *Decoder) mismatch(kwLoc, want string) {
	k := d.Kind()
	if k == Invalid {
		d.fail("looking for beginning of value")
		return
	}
	d.Add(kwLoc, typeKeyword(kwLoc), "expected "+want+", but got "+k.String())
	d.skip()
}

// Bool consumes the next value and returns it if it is a boolean. Otherwise
// it records a "type" violation at kwLoc, skips the value and returns false.
func (d *Decoder) Bool(kwLoc string) bool {
	switch d.peek() {
	case 't':
		d.literal("true")
		return d.err == nil
	case 'f':
		d.literal("false")
		return false
	}
	d.mismatch(kwLoc, "boolean")
	return false
}

// BeginObject starts reading an object: if the next value is an object, it
// consumes its '{' and returns true, and the caller then loops over
// [Decoder.NextMember]. Otherwise it records a "type" violation at kwLoc,
// skips the value and returns false.
func (d *Decoder) BeginObject(kwLoc string) bool {
	return d.begin(kwLoc, '{', "object")
}

// BeginArray starts reading an array: if the next value is an array, it
// consumes its '[' and returns true, and the caller then loops over
// [Decoder.NextElement]. Otherwise it records a "type" violation at kwLoc,
// skips the value and returns false.
func (d *Decoder) BeginArray(kwLoc string) bool {
	return d.begin(kwLoc, '[', "array")
}

func (d *Decoder) begin(kwLoc string, open byte, want string) bool {
	if d.peek() != open {
		d.mismatch(kwLoc, want)
		return false
	}
	if d.nest >= maxDepth {
		d.failDepth()
		return false
	}
	d.pos++
	d.nest++
	d.opened = true
	return true
}

// NextMember advances to the next member of the object being read. At the
// closing '}' it consumes it and returns false. Otherwise it reads the member
// name and the colon and returns true; the name is then available from
// [Decoder.Key] and is the last segment of the instance location until the
// next call. The caller must then consume the member's value with exactly one
// read (String, Raw, Skip, BeginObject, ...).
func (d *Decoder) NextMember() bool {
	first := d.opened
	d.opened = false
	c := d.peek()
	if c == '}' {
		d.pos++
		d.nest--
		if !first {
			d.Leave()
		}
		return false
	}
	if !first {
		if c != ',' {
			d.fail("after object key:value pair")
			return false
		}
		d.pos++
		c = d.peek()
	}
	if c != '"' {
		d.fail("looking for beginning of object key string")
		return false
	}
	start := d.pos + 1
	// Most names are printable ASCII: plainEnd finds their end, and no
	// slice of them is needed.
	end := plainEnd(d.data, start)
	var raw []byte
	var slow bool
	if end >= 0 {
		d.pos = end + 1
	} else if raw, slow = d.readString(); d.err != nil {
		return false
	} else {
		end = start + len(raw)
	}
	if d.peek() != ':' {
		d.fail("after object key")
		return false
	}
	d.pos++
	if slow {
		d.setEscapedKey(first, appendUnescaped(make([]byte, 0, len(raw)), raw))
	} else {
		d.setKey(first, start, end)
	}
	if len(d.list) > 0 {
		d.forgetHere()
	}
	return true
}

// setKey makes the member name at data[start:end], which has no escapes,
// the current one and the last segment of the instance location (a new one
// for the first member of an object). It stores no pointer, so that moving
// from member to member costs no write barrier while the garbage collector
// runs.
func (d *Decoder) setKey(first bool, start, end int) {
	d.keyStart, d.keyEnd = start, end
	if d.esc != nil {
		d.esc = nil
	}
	if first {
		d.pushPlain(0, start)
	} else {
		d.replaceTopPlain(0, start)
	}
}

// setEscapedKey is setKey for a name that had escapes, unescaped.
func (d *Decoder) setEscapedKey(first bool, name []byte) {
	d.esc = name
	if first {
		d.push(segment{name: string(name)})
	} else {
		d.replaceTop(segment{name: string(name)})
	}
}

// Key returns the name of the current object member, unescaped. It is valid
// until the next call of NextMember and must not be modified. It does not
// allocate when the name has no escape sequences.
func (d *Decoder) Key() []byte {
	if d.esc != nil {
		return d.esc
	}
	return d.data[d.keyStart:d.keyEnd]
}

// KeyString, used by generated code, returns the current member name as a
// string that shares its memory with the short strings decoded around it,
// as String's do: a map of many members costs few allocations for its keys.
func (d *Decoder) KeyString() string {
	return d.cut(d.Key())
}

// NextElement advances to the next element of the array being read. At the
// closing ']' it consumes it and returns false. Otherwise it returns true and
// the element's index is the last segment of the instance location until the
// next call; the caller must then consume the element with exactly one read.
func (d *Decoder) NextElement() bool {
	first := d.opened
	d.opened = false
	c := d.peek()
	if c == ']' {
		d.pos++
		d.nest--
		if !first {
			d.Leave()
		}
		return false
	}
	if d.err != nil {
		return false
	}
	if first {
		d.pushPlain(1, 0)
		return true
	}
	if c != ',' {
		d.fail("after array element")
		return false
	}
	d.pos++
	d.nextIndex()
	return true
}
