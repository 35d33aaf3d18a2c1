// Package roundtrip checks generated types against the contract schemagen
// promises, on sample instances: an instance is accepted iff json.Unmarshal
// and Validate both succeed; exactly the instances jsonschema/v5 finds valid
// are accepted; and an accepted instance marshals back to the same JSON
// value.
package roundtrip

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates/jsonrt"
)

// A Value is what schemagen generates for a type T: *T decodes and
// validates itself.
type Value interface {
	json.Unmarshaler
	Validate() error
}

// Instances is the format of an instances file: documents the schema
// accepts, and documents it rejects with the instance locations (JSON
// Pointers) of the violations the generated code must report.
type Instances struct {
	Valid   []json.RawMessage `json:"valid"`
	Invalid []Invalid         `json:"invalid"`
}

// Invalid is one document the schema rejects.
type Invalid struct {
	Why      string          `json:"why"` // what is wrong, for the reader and for failure messages
	Instance json.RawMessage `json:"instance"`
	Errors   []string        `json:"errors"` // instance locations of the expected violations, sorted
	// Keywords, when given, are the keyword locations of the expected
	// violations, sorted and distinct, as the generated code reports them:
	// the file's base name, "#" and the JSON Pointer. Each must also be
	// where jsonschema/v5 reports a violation.
	Keywords []string `json:"keywords,omitempty"`
	// Message, when given, is text that the error message must contain,
	// such as the list of the missing required properties.
	Message string `json:"message,omitempty"`
}

// Check runs every instance in instancesPath through the generated type T
// and through jsonschema/v5 compiling the schema file at schemaPath.
func Check[T any, PT interface {
	*T
	Value
}](t *testing.T, schemaPath, instancesPath string) {
	t.Helper()
	oracle, err := generator.Compile(generator.Config{}, schemaPath)
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	data, err := os.ReadFile(instancesPath)
	if err != nil {
		t.Fatal(err)
	}
	var inst Instances
	if err := json.Unmarshal(data, &inst); err != nil {
		t.Fatalf("%s: %v", instancesPath, err)
	}
	if len(inst.Valid) == 0 || len(inst.Invalid) == 0 {
		t.Fatalf("%s: want both valid and invalid instances", instancesPath)
	}
	for _, doc := range inst.Valid {
		if err := oracle.Validate(decode(t, doc)); err != nil {
			t.Errorf("valid instance %s: jsonschema/v5 rejects it: %v", doc, err)
		}
		var v T
		if err := accept(PT(&v), doc); err != nil {
			t.Errorf("valid instance %s rejected: %v", doc, err)
			continue
		}
		out, err := json.Marshal(PT(&v))
		if err != nil {
			t.Errorf("valid instance %s: marshal: %v", doc, err)
			continue
		}
		if !jsonrt.EqualJSON(out, doc) {
			t.Errorf("round trip changed the value:\n in: %s\nout: %s", doc, out)
		}
	}
	for _, c := range inst.Invalid {
		oracleErr := oracle.Validate(decode(t, c.Instance))
		if oracleErr == nil {
			t.Errorf("invalid instance (%s) %s: jsonschema/v5 accepts it", c.Why, c.Instance)
		}
		var v T
		decodeErr := json.Unmarshal(c.Instance, PT(&v))
		err := decodeErr
		if err == nil {
			err = PT(&v).Validate()
		}
		if err == nil {
			t.Errorf("invalid instance (%s) %s accepted", c.Why, c.Instance)
			continue
		}
		if diff := cmp.Diff(c.Errors, Locations(err)); diff != "" {
			t.Errorf("invalid instance (%s) %s: violation locations (-want +got):\n%s\nerror: %v", c.Why, c.Instance, diff, err)
		}
		CheckKeywords(t, c, Keywords(err), oracleErr)
		CheckMessage(t, c, err.Error())
		compareWithOracle(t, c, err, oracleErr, decodeErr != nil)
	}
}

// compareWithOracle checks that the generated code reports its violations
// where jsonschema/v5 does: the same instance locations and keyword
// locations. Validate must report exactly v5's violations; decoding stops at
// the JSON types, so its violations need only be among v5's.
func compareWithOracle(t *testing.T, c Invalid, err, oracleErr error, decoding bool) {
	t.Helper()
	var ve *jsonrt.ValidationError
	var oe *jsonschema.ValidationError
	if !errors.As(err, &ve) || !errors.As(oracleErr, &oe) {
		return // reported above
	}
	var got []string
	for _, v := range ve.Violations {
		got = append(got, v.InstanceLocation+" "+v.KeywordLocation)
	}
	want := map[string]bool{}
	for _, leaf := range leaves(oe) {
		want[leaf.InstanceLocation+" "+keywordLocation(leaf)] = true
	}
	sort.Strings(got)
	for _, g := range got {
		if !want[g] {
			t.Errorf("invalid instance (%s): violation %q is not among jsonschema/v5's %v", c.Why, g, sortedKeys(want))
		}
	}
	if !decoding && len(got) != len(want) {
		t.Errorf("invalid instance (%s): Validate reports %v, jsonschema/v5 reports %v", c.Why, got, sortedKeys(want))
	}
}

// CheckKeywords checks an invalid instance's expected keyword locations,
// when it gives them: got (as Keywords returns them) must be those, and
// jsonschema/v5's error oracleErr must report a violation at each.
func CheckKeywords(t testing.TB, c Invalid, got []string, oracleErr error) {
	t.Helper()
	if c.Keywords == nil {
		return
	}
	if diff := cmp.Diff(c.Keywords, got); diff != "" {
		t.Errorf("invalid instance (%s) %s: keyword locations (-want +got):\n%s", c.Why, c.Instance, diff)
	}
	oracle := map[string]bool{}
	var oe *jsonschema.ValidationError
	if errors.As(oracleErr, &oe) {
		for _, leaf := range leaves(oe) {
			oracle[keywordLocation(leaf)] = true
		}
	}
	for _, kw := range c.Keywords {
		if !oracle[kw] {
			t.Errorf("invalid instance (%s): jsonschema/v5 reports no violation at %s, only at %v", c.Why, kw, sortedKeys(oracle))
		}
	}
}

// CheckMessage checks that the error message of an invalid instance
// contains the text it expects, when it gives one.
func CheckMessage(t testing.TB, c Invalid, message string) {
	t.Helper()
	if !strings.Contains(message, c.Message) {
		t.Errorf("invalid instance (%s) %s: the error %q does not contain %q", c.Why, c.Instance, message, c.Message)
	}
}

// Keywords returns the sorted, distinct keyword locations of a
// *jsonrt.ValidationError's violations; nil for any other error.
func Keywords(err error) []string {
	return distinct(err, func(v jsonrt.Violation) string { return v.KeywordLocation })
}

// keywordLocation returns the keyword location of a jsonschema/v5 error in
// the form the generated code reports it: the file's base name, "#" and the
// JSON Pointer, whose characters v5 percent-encodes as in a URL.
func keywordLocation(e *jsonschema.ValidationError) string {
	u, frag, _ := strings.Cut(e.AbsoluteKeywordLocation, "#")
	if unescaped, err := url.PathUnescape(frag); err == nil {
		frag = unescaped
	}
	return path.Base(u) + "#" + frag
}

// leaves returns the innermost causes of a jsonschema/v5 error.
func leaves(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return []*jsonschema.ValidationError{e}
	}
	var out []*jsonschema.ValidationError
	for _, c := range e.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// accept applies the contract: decode, then validate.
func accept(v Value, doc []byte) error {
	if err := json.Unmarshal(doc, v); err != nil {
		return err
	}
	return v.Validate()
}

// Locations returns the sorted, distinct instance locations of a
// *jsonrt.ValidationError, or the error text when it is not one.
func Locations(err error) []string {
	if out := distinct(err, func(v jsonrt.Violation) string { return v.InstanceLocation }); out != nil {
		return out
	}
	return []string{"not a *jsonrt.ValidationError: " + err.Error()}
}

// distinct returns the sorted, distinct values of field over the
// violations of a *jsonrt.ValidationError; nil for any other error.
func distinct(err error, field func(jsonrt.Violation) string) []string {
	var ve *jsonrt.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	out := []string{}
	for _, v := range ve.Violations {
		if !slices.Contains(out, field(v)) {
			out = append(out, field(v))
		}
	}
	sort.Strings(out)
	return out
}

// decode parses a document as jsonschema/v5 expects it: numbers as
// json.Number.
func decode(t *testing.T, doc []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("instance %s: %v", doc, err)
	}
	return v
}
