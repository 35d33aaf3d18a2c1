package jsonrt

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A Violation is one way in which a JSON value breaks its schema.
type Violation struct {
	// InstanceLocation is a JSON Pointer (RFC 6901) into the instance; "" is
	// the root.
	InstanceLocation string
	// KeywordLocation is where the keyword sits in the schema, e.g.
	// "#/properties/age/minimum" or "other.json#/$defs/x/type".
	KeywordLocation string
	// Keyword is the keyword, e.g. "minimum".
	Keyword string
	// Message is a readable description, e.g. "must be >= 5 but found 4".
	Message string
}

// ValidationError reports every violation found in one value. It is the only
// error type that generated decoding and validation return for schema
// violations, so callers use errors.As(err, &*ValidationError).
type ValidationError struct {
	// Violations lists the violations in the order they were found.
	Violations []Violation
}

// Error returns one line per violation, joined with "\n", each of the form
// `<instance location or "(root)">: <message> (<keyword location>)`.
func (e *ValidationError) Error() string {
	if len(e.Violations) == 0 {
		return "(root): validation failed"
	}
	var b strings.Builder
	for i, v := range e.Violations {
		if i > 0 {
			b.WriteByte('\n')
		}
		if v.InstanceLocation == "" {
			b.WriteString("(root)")
		} else {
			b.WriteString(v.InstanceLocation)
		}
		b.WriteString(": ")
		b.WriteString(v.Message)
		b.WriteString(" (")
		b.WriteString(v.KeywordLocation)
		b.WriteByte(')')
	}
	return b.String()
}

// inlineDepth is how many location segments Errors keeps without allocating.
const inlineDepth = 16

// segment is one step of an instance location: an object member name (held
// as a string, or as the offset of a name without escapes in the decoder's
// input) or an array index.
//
// It is small and holds one pointer, and a decoder moving from member to
// member or element to element writes only its integers (see setPlain):
// Validate enters and leaves every field, and storing a pointer costs a
// write barrier while the garbage collector runs.
type segment struct {
	name  string
	index int // array index + 1, or 0 for an object member
	key   int // offset in Errors.src of a name after its opening quote, or 0
}

// Errors is used by generated code: it collects violations while a value is
// decoded or validated, and tracks the instance location. The zero value is
// ready to use. It does not allocate until the first violation is added or the
// location is more than 16 segments deep.
type Errors struct {
	// The location is inline[:min(n, inlineDepth)] followed by overflow. The
	// overflow slice never points into inline, so that an Errors can live on
	// its user's stack.
	inline   [inlineDepth]segment
	n        int
	overflow []segment
	list     []Violation
	src      []byte // the input that key segments point into
}

// Enter pushes an object member name onto the instance location.
func (e *Errors) Enter(key string) {
	e.push(segment{name: key})
}

// EnterIndex pushes an array index onto the instance location.
func (e *Errors) EnterIndex(i int) {
	e.push(segment{index: i + 1})
}

// Leave pops the last segment of the instance location. It does nothing at
// the root.
func (e *Errors) Leave() {
	if e.n == 0 {
		return
	}
	e.n--
	if e.n >= inlineDepth {
		e.overflow[e.n-inlineDepth] = segment{}
		e.overflow = e.overflow[:e.n-inlineDepth]
	}
}

// Add records a violation at the current instance location.
func (e *Errors) Add(keywordLocation, keyword, message string) {
	e.list = append(e.list, Violation{
		InstanceLocation: e.location(),
		KeywordLocation:  keywordLocation,
		Keyword:          keyword,
		Message:          message,
	})
}

// Addf records a violation at the current instance location, with a message
// formatted by fmt.Sprintf.
func (e *Errors) Addf(keywordLocation, keyword, format string, args ...any) {
	e.Add(keywordLocation, keyword, fmt.Sprintf(format, args...))
}

// AddToParentf records a violation at the location one level up from the
// current one, with a formatted message. Decoders use it for keywords about
// an object member that JSON Schema reports at the object, such as
// additionalProperties.
func (e *Errors) AddToParentf(keywordLocation, keyword, format string, args ...any) {
	if e.n == 0 {
		e.Addf(keywordLocation, keyword, format, args...)
		return
	}
	top := *e.at(e.n - 1)
	e.Leave()
	e.Addf(keywordLocation, keyword, format, args...)
	e.push(top)
}

// Len returns the number of violations recorded so far.
func (e *Errors) Len() int {
	return len(e.list)
}

// Truncate forgets the violations recorded since Len returned n. Generated
// unions use it to drop what a variant's own check found before they check
// the value against the whole schema.
func (e *Errors) Truncate(n int) {
	if n < len(e.list) {
		clear(e.list[n:])
		e.list = e.list[:n]
	}
}

// Err returns nil when no violation was recorded, and otherwise a
// *ValidationError holding a copy of the violations.
func (e *Errors) Err() error {
	if len(e.list) == 0 {
		return nil
	}
	return &ValidationError{Violations: slices.Clone(e.list)}
}

// SortFrom sorts the violations recorded since Len returned start by
// instance location, keeping the order of those at one location. Generated
// code walks Go maps, whose order is random, and calls it afterwards so that
// reports are the same on every run.
func (e *Errors) SortFrom(start int) {
	if len(e.list)-start < 2 {
		return
	}
	slices.SortStableFunc(e.list[start:], func(a, b Violation) int {
		return strings.Compare(a.InstanceLocation, b.InstanceLocation)
	})
}

// forgetHere drops the violations recorded at or below the current
// location. A decoder calls it when an object repeats a member name: the
// last occurrence wins, as it does for encoding/json and jsonschema/v5, so
// what was wrong with an earlier one no longer counts.
func (e *Errors) forgetHere() {
	loc := e.location()
	kept := e.list[:0]
	for _, v := range e.list {
		if v.InstanceLocation != loc && !strings.HasPrefix(v.InstanceLocation, loc+"/") {
			kept = append(kept, v)
		}
	}
	clear(e.list[len(kept):])
	e.list = kept
}

// reset empties e for reuse, keeping the capacity of its violation list,
// and makes key segments point into src.
func (e *Errors) reset(src []byte) {
	clear(e.list)
	list := e.list[:0]
	*e = Errors{list: list, src: src}
}

func (e *Errors) push(s segment) {
	if e.n < inlineDepth {
		e.inline[e.n] = s
	} else {
		e.overflow = append(e.overflow, s)
	}
	e.n++
}

// at returns the i-th segment of the location.
func (e *Errors) at(i int) *segment {
	if i < inlineDepth {
		return &e.inline[i]
	}
	return &e.overflow[i-inlineDepth]
}

// pushPlain pushes an array index + 1 (index) or the offset in e.src of a
// member name after its opening quote (key), writing no pointer while it can
// (see setPlain).
func (e *Errors) pushPlain(index, key int) {
	if e.n >= inlineDepth {
		e.push(segment{index: index, key: key})
		return
	}
	e.n++
	e.inline[e.n-1].setPlain(index, key)
}

// setPlain makes s an array index + 1 (index) or the member name at offset
// key in Errors.src. It writes only integers, so that moving from member to
// member costs no write barrier; name keeps what it held, which location
// ignores in an index or key segment.
func (s *segment) setPlain(index, key int) {
	s.index, s.key = index, key
}

// replaceTop replaces the last segment, or pushes s at the root.
func (e *Errors) replaceTop(s segment) {
	if e.n == 0 {
		e.push(s)
		return
	}
	*e.at(e.n - 1) = s
}

// replaceTopPlain is replaceTop with a segment of integers (see pushPlain).
func (e *Errors) replaceTopPlain(index, key int) {
	if e.n == 0 {
		e.pushPlain(index, key)
		return
	}
	e.at(e.n-1).setPlain(index, key)
}

// nextIndex advances the last segment, an array index, by one.
func (e *Errors) nextIndex() {
	if e.n == 0 {
		e.pushPlain(1, 0)
		return
	}
	e.at(e.n-1).index++
}

// resolved returns the i-th segment of the location with a key segment
// turned into the name, so that it means the same in an Errors over another
// input.
func (e *Errors) resolved(i int) segment {
	s := *e.at(i)
	if s.key > 0 {
		s = segment{name: string(e.keyName(s.key))}
	}
	return s
}

// keyName returns the member name at offset key in e.src; the decoder makes
// key segments only of names without escapes, which end at the next quote.
func (e *Errors) keyName(key int) []byte {
	name := e.src[key:]
	return name[:bytes.IndexByte(name, '"')]
}

// location renders the instance location as a JSON Pointer.
func (e *Errors) location() string {
	if e.n == 0 {
		return ""
	}
	var buf [128]byte
	b := buf[:0]
	for i := 0; i < e.n; i++ {
		s := e.at(i)
		b = append(b, '/')
		if s.index > 0 {
			b = strconv.AppendInt(b, int64(s.index-1), 10)
			continue
		}
		if s.key > 0 {
			b = appendPointerToken(b, e.keyName(s.key))
			continue
		}
		b = appendPointerToken(b, s.name)
	}
	return string(b)
}

// appendPointerToken appends s escaped as a JSON Pointer reference token.
func appendPointerToken[T string | []byte](b []byte, s T) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '~':
			b = append(b, '~', '0')
		case '/':
			b = append(b, '~', '1')
		default:
			b = append(b, c)
		}
	}
	return b
}

// formatLocation returns kwLoc with its last path segment replaced by
// "format", e.g. "#/properties/n/type" becomes "#/properties/n/format".
func formatLocation(kwLoc string) string {
	i := strings.LastIndexByte(kwLoc, '/')
	if i < 0 {
		return kwLoc + "/format"
	}
	return kwLoc[:i+1] + "format"
}

// typeKeyword returns the keyword at kwLoc, the location a decoding function
// reports a value of another JSON type at: "type", or, in a schema without
// it, the "enum" or "const" its JSON type is inferred from.
func typeKeyword(kwLoc string) string {
	i := strings.LastIndexByte(kwLoc, '/')
	if i < 0 {
		return "type"
	}
	return kwLoc[i+1:]
}
