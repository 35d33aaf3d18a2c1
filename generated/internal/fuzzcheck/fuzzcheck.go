// Package fuzzcheck compares a generated type with jsonschema/v5 on one
// instance at a time, for fuzz and differential tests. It applies the
// contract schemagen promises (see the README): an instance is accepted iff
//
//	json.Unmarshal(data, &v) == nil && v.Validate() == nil
//
// exactly the instances jsonschema/v5 finds valid are accepted, and
// json.Marshal(&v) of an accepted instance is the same JSON value as data.
//
// Two differences are legitimate and exempt: instances that are not valid
// JSON (jsonschema/v5 never sees them), and numbers that Go cannot hold
// exactly: an integer beyond int64, or a number that float64 cannot
// represent exactly, which generated code rejects to keep the round trip
// lossless and jsonschema/v5, computing with big numbers, may accept.
package fuzzcheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generated/internal/roundtrip"
	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates/jsonrt"
)

// A Value is what schemagen generates for a type T: *T decodes and
// validates itself.
type Value interface {
	json.Unmarshaler
	Validate() error
}

// An Outcome is what the generated type and jsonschema/v5 make of one
// instance.
type Outcome struct {
	// Skip says why the instance is exempt from comparison; "" when it is not.
	Skip string
	// Accepted reports that json.Unmarshal and Validate both returned nil;
	// Err is the error otherwise.
	Accepted bool
	Err      error
	// Valid reports that jsonschema/v5 accepts the instance; OracleErr is
	// its error otherwise.
	Valid     bool
	OracleErr error
	// Marshaled is json.Marshal(&v) of an accepted instance, or MarshalErr.
	Marshaled  []byte
	MarshalErr error
	// Panic is the value and stack of a panic in the generated code, or "".
	Panic string
	// FastErr is what the fast path, jsonrt.Unmarshal, returns for the same
	// instance; it must accept exactly when Accepted.
	FastErr error
}

// Run applies the contract to data, decoded into a T and checked by oracle.
func Run[T any, PT interface {
	*T
	Value
}](oracle *jsonschema.Schema, data []byte) Outcome {
	if !json.Valid(data) {
		return Outcome{Skip: "not valid JSON"}
	}
	o := generated[T, PT](data)
	if o.Panic != "" {
		return o
	}
	o.Skip, o.OracleErr = judge(oracle, data)
	o.Valid = o.OracleErr == nil && o.Skip == ""
	if o.Skip == "" && !o.Accepted && o.Valid && NumberSemantics(o.Err) {
		o.Skip = "number Go cannot hold exactly: " + o.Err.Error()
	}
	return o
}

// generated applies the generated code's half of the contract to data.
func generated[T any, PT interface {
	*T
	Value
}](data []byte) (o Outcome) {
	defer func() {
		if p := recover(); p != nil {
			o.Panic = fmt.Sprintf("%v\n%s", p, debug.Stack())
		}
	}()
	var v T
	o.Err = json.Unmarshal(data, PT(&v))
	if o.Err == nil {
		o.Err = PT(&v).Validate()
	}
	o.Accepted = o.Err == nil
	if o.Accepted {
		o.Marshaled, o.MarshalErr = json.Marshal(PT(&v))
	}
	var w T
	o.FastErr = jsonrt.Unmarshal(data, PT(&w))
	return o
}

// FastPath returns how the fast path, jsonrt.Unmarshal, disagrees with
// json.Unmarshal followed by Validate on data, which may be any bytes,
// malformed JSON included, or "". When both reject with violations, they
// must report them at the same instance locations.
func FastPath[T any, PT interface {
	*T
	Value
}](data []byte) (problem string) {
	defer func() {
		if p := recover(); p != nil {
			problem = fmt.Sprintf("panic: %v\n%s", p, debug.Stack())
		}
	}()
	var v, w T
	err := json.Unmarshal(data, PT(&v))
	if err == nil {
		err = PT(&v).Validate()
	}
	return fastProblem(err, jsonrt.Unmarshal(data, PT(&w)))
}

// fastProblem compares the error of json.Unmarshal and Validate with that
// of the fast path.
func fastProblem(slow, fast error) string {
	switch {
	case (slow == nil) != (fast == nil):
		return fmt.Sprintf("json.Unmarshal+Validate: %v; jsonrt.Unmarshal: %v", slow, fast)
	case slow == nil:
		return ""
	}
	var sv, fv *jsonrt.ValidationError
	if errors.As(slow, &sv) != errors.As(fast, &fv) {
		return fmt.Sprintf("one rejects as malformed, the other for violations: json.Unmarshal+Validate: %v; jsonrt.Unmarshal: %v", slow, fast)
	}
	if sv != nil && !slices.Equal(roundtrip.Locations(slow), roundtrip.Locations(fast)) {
		return fmt.Sprintf("violations differ: json.Unmarshal+Validate: %v; jsonrt.Unmarshal: %v", slow, fast)
	}
	return ""
}

// judge returns jsonschema/v5's verdict on data. When jsonschema/v5 panics,
// as it does on some numbers with huge exponents (1e1000010: math/big
// refuses them and v5 uses the nil result), it cannot judge: judge returns
// why the instance must be skipped.
func judge(oracle *jsonschema.Schema, data []byte) (skip string, err error) {
	defer func() {
		if p := recover(); p != nil {
			skip, err = fmt.Sprintf("jsonschema/v5 panics: %v", p), nil
		}
	}()
	return "", oracle.Validate(decode(data))
}

// Problem describes how the outcome breaks the contract, or returns "".
func (o Outcome) Problem() string {
	switch {
	case o.Panic != "":
		return "generated code panics: " + o.Panic
	case fastProblem(o.Err, o.FastErr) != "":
		return "the fast path disagrees: " + fastProblem(o.Err, o.FastErr)
	case o.Skip != "":
		return ""
	case o.Accepted && !o.Valid:
		return fmt.Sprintf("generated code accepts, jsonschema/v5 rejects: %v", o.OracleErr)
	case !o.Accepted && o.Valid:
		return fmt.Sprintf("generated code rejects, jsonschema/v5 accepts: %v", o.Err)
	case o.Accepted && o.MarshalErr != nil:
		return fmt.Sprintf("accepted, but json.Marshal fails: %v", o.MarshalErr)
	}
	return ""
}

// RoundTrip describes how an accepted instance fails to round-trip, or
// returns "".
func (o Outcome) RoundTrip(data []byte) string {
	if o.Skip != "" || !o.Accepted || o.MarshalErr != nil || jsonrt.EqualJSON(o.Marshaled, data) {
		return ""
	}
	return fmt.Sprintf("round trip changed the value: json.Marshal gives %s", o.Marshaled)
}

// NumberSemantics reports whether err is a *jsonrt.ValidationError whose
// only violations are numbers that Go's int64 or float64 cannot hold
// exactly. An int32 out of range is not among them: only "format": "int32"
// makes an int32, and jsonschema/v5, with schemagen's extension, enforces
// that format too.
func NumberSemantics(err error) bool {
	var ve *jsonrt.ValidationError
	if !errors.As(err, &ve) || len(ve.Violations) == 0 {
		return false
	}
	for _, v := range ve.Violations {
		m := v.Message
		exempt := v.Keyword == "format" && (strings.HasSuffix(m, " is out of range for int64") ||
			strings.HasSuffix(m, " is out of range for float64") ||
			strings.HasSuffix(m, " cannot be represented exactly as float64"))
		if !exempt {
			return false
		}
	}
	return true
}

// decode parses valid JSON as jsonschema/v5 expects it: numbers as
// json.Number.
func decode(data []byte) any {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		panic(fmt.Sprintf("json.Valid accepted what json.Decoder rejects: %v", err))
	}
	return v
}

// Oracle compiles the schema file at path as schemagen's tests do.
func Oracle(tb testing.TB, path string) *jsonschema.Schema {
	tb.Helper()
	s, err := generator.Compile(generator.Config{}, path)
	if err != nil {
		tb.Fatalf("oracle: %v", err)
	}
	return s
}

// Fuzz returns a fuzz target for T, whose schema is the file at path: it
// fails on every panic, every disagreement with jsonschema/v5 and every
// accepted instance that does not round-trip.
func Fuzz[T any, PT interface {
	*T
	Value
}](f *testing.F, path string) func(*testing.T, []byte) {
	oracle := Oracle(f, path)
	return func(t *testing.T, data []byte) {
		o := Run[T, PT](oracle, data)
		p := o.Problem()
		if p == "" {
			p = o.RoundTrip(data)
		}
		if p == "" {
			return
		}
		t.Fatalf("instance %q:\n%s", data, p)
	}
}

// CheckInstances runs the instances file at instancesPath (in the format of
// package roundtrip) through T and jsonschema/v5 compiling the schema file
// at schemaPath: both must accept the valid instances, which must round-trip,
// and reject the invalid ones, the generated code at the expected instance
// locations. Unlike roundtrip.Check it does not compare keyword locations,
// which differ by design where an applicator fails: generated code names
// the anyOf or oneOf, jsonschema/v5 every failing branch's keywords.
func CheckInstances[T any, PT interface {
	*T
	Value
}](t *testing.T, schemaPath, instancesPath string) {
	t.Helper()
	oracle := Oracle(t, schemaPath)
	inst := readInstances(t, instancesPath)
	for _, doc := range inst.Valid {
		o := Run[T, PT](oracle, doc)
		if !o.Accepted || !o.Valid || o.Skip != "" {
			t.Errorf("valid instance %s: accepted %v (%v), jsonschema/v5 %v (%v), skipped %q", doc, o.Accepted, o.Err, o.Valid, o.OracleErr, o.Skip)
		}
		if p := o.RoundTrip(doc); p != "" {
			t.Errorf("valid instance %s: %s", doc, p)
		}
		if p := fastProblem(o.Err, o.FastErr); p != "" {
			t.Errorf("valid instance %s: the fast path disagrees: %s", doc, p)
		}
	}
	for _, c := range inst.Invalid {
		o := Run[T, PT](oracle, c.Instance)
		if p := fastProblem(o.Err, o.FastErr); p != "" {
			t.Errorf("invalid instance (%s) %s: the fast path disagrees: %s", c.Why, c.Instance, p)
		}
		if o.Accepted || o.Valid || o.Panic != "" {
			t.Errorf("invalid instance (%s) %s: accepted %v, jsonschema/v5 %v, panic %q", c.Why, c.Instance, o.Accepted, o.Valid, o.Panic)
			continue
		}
		if got := roundtrip.Locations(o.Err); !slices.Equal(got, c.Errors) {
			t.Errorf("invalid instance (%s) %s: violations at %q, want %q\nerror: %v", c.Why, c.Instance, got, c.Errors, o.Err)
		}
	}
}

// CheckFastPath checks that the fast path, jsonrt.Unmarshal, gives the
// verdict of json.Unmarshal followed by Validate on every document of docs
// and on malformed variants of each: cut short at several offsets, followed
// by garbage or a second value, wrapped in whitespace, with a byte changed.
// It returns how many inputs it compared.
func CheckFastPath[T any, PT interface {
	*T
	Value
}](t *testing.T, docs [][]byte) int {
	t.Helper()
	n, failures := 0, 0
	// Nesting around encoding/json's limit of 10,000 levels, as the value
	// of a member and as the whole document.
	for depth := 9998; depth <= 10001; depth++ {
		nested := strings.Repeat("[", depth) + strings.Repeat("]", depth)
		docs = append(docs, []byte(nested), []byte(`{"k":`+nested+`}`), []byte(`{"k":`+nested[1:len(nested)-1]+`}`))
	}
	for _, doc := range docs {
		for _, in := range malformed(doc) {
			n++
			if p := FastPath[T, PT](in); p != "" {
				failures++
				if failures <= 20 {
					t.Errorf("input %q: %s", in, p)
				}
			}
		}
	}
	if failures > 20 {
		t.Errorf("... and %d more", failures-20)
	}
	return n
}

// CheckInPlace checks that the generated UnmarshalJSON decodes in place as
// its doc says: decoding each of docs, and malformed variants of them, over
// a value already decoded from base gives what decoding into a zero value
// gives, and the zero value when decoding fails, never a half-decoded one.
// It returns the number of inputs decoded.
func CheckInPlace[T any, PT interface {
	*T
	Value
}](t *testing.T, base []byte, docs [][]byte) int {
	t.Helper()
	var prior T
	if err := PT(&prior).UnmarshalJSON(base); err != nil || reflect.ValueOf(prior).IsZero() {
		t.Fatalf("base %q: UnmarshalJSON = %v, or the zero value", base, err)
	}
	n, failures := 0, 0
	for _, doc := range docs {
		for _, in := range malformed(doc) {
			n++
			var fresh, over T
			freshErr := PT(&fresh).UnmarshalJSON(in)
			_ = PT(&over).UnmarshalJSON(base)
			err := PT(&over).UnmarshalJSON(in)
			var problem string
			switch {
			case (err == nil) != (freshErr == nil):
				problem = fmt.Sprintf("UnmarshalJSON over a value: %v; into a zero value: %v", err, freshErr)
			case err != nil && !reflect.ValueOf(over).IsZero():
				problem = fmt.Sprintf("UnmarshalJSON failed (%v) and left %+v, not the zero value", err, over)
			case !reflect.DeepEqual(over, fresh):
				problem = fmt.Sprintf("UnmarshalJSON over a value gave %+v, into a zero value %+v", over, fresh)
			}
			if problem != "" {
				failures++
				if failures <= 20 {
					t.Errorf("input %q: %s", in, problem)
				}
			}
		}
	}
	if failures > 20 {
		t.Errorf("... and %d more", failures-20)
	}
	return n
}

// Corpus returns the documents of the instances files at instancesPaths,
// valid and invalid, and the inputs of the fuzz seed files in the
// directories seedDirs ("go test fuzz v1" files of one []byte each).
func Corpus(t *testing.T, instancesPaths, seedDirs []string) [][]byte {
	t.Helper()
	var docs [][]byte
	for _, p := range instancesPaths {
		inst := readInstances(t, p)
		for _, v := range inst.Valid {
			docs = append(docs, v)
		}
		for _, c := range inst.Invalid {
			docs = append(docs, c.Instance)
		}
	}
	for _, dir := range seedDirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			doc, ok := seedInput(data)
			if !ok {
				t.Fatalf("%s: not a fuzz seed of one []byte", e.Name())
			}
			docs = append(docs, doc)
		}
	}
	return docs
}

// seedInput returns the []byte of a "go test fuzz v1" file.
func seedInput(data []byte) ([]byte, bool) {
	header, body, ok := strings.Cut(string(data), "\n")
	body = strings.TrimSpace(body)
	if !ok || header != "go test fuzz v1" || !strings.HasPrefix(body, "[]byte(") || !strings.HasSuffix(body, ")") {
		return nil, false
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(body, "[]byte("), ")"))
	return []byte(s), err == nil
}

// malformed returns doc and variants of it, most of them malformed JSON.
func malformed(doc []byte) [][]byte {
	out := [][]byte{doc}
	add := func(parts ...string) {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		out = append(out, b)
	}
	d := string(doc)
	add(" \t\r\n", d, "\n ")
	add(d, "x")
	add(d, " {}")
	add(d, ",")
	add(d, "]")
	add(d, "\x00")
	add("[", d)
	add(d, d)
	for _, cut := range []int{0, 1, len(d) / 3, len(d) / 2, len(d) - 1} {
		if cut >= 0 && cut < len(d) {
			add(d[:cut])
		}
	}
	for i, c := range []byte{'"', '\\', ',', ':', '}', 0x01, 0xff, 'e', '-'} {
		if len(d) > 0 {
			at := (i*7919 + len(d)/2) % len(d)
			add(d[:at], string([]byte{c}), d[at+1:])
		}
	}
	return out
}

func readInstances(t *testing.T, path string) roundtrip.Instances {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var inst roundtrip.Instances
	if err := json.Unmarshal(data, &inst); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(inst.Valid) == 0 || len(inst.Invalid) == 0 {
		t.Fatalf("%s: want both valid and invalid instances", path)
	}
	return inst
}
