package fuzzcheck

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/templates/jsonrt"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

func violations(vs ...jsonrt.Violation) error { return &jsonrt.ValidationError{Violations: vs} }

func TestNumberSemantics(t *testing.T) {
	big := jsonrt.Violation{Keyword: "format", Message: "1e400 is out of range for float64"}
	inexact := jsonrt.Violation{Keyword: "format", Message: "0.1000000000000000000001 cannot be represented exactly as float64"}
	int64Range := jsonrt.Violation{Keyword: "format", Message: "9223372036854775808 is out of range for int64"}
	int32Range := jsonrt.Violation{Keyword: "format", Message: "2147483648 is out of range for int32"}
	minimum := jsonrt.Violation{Keyword: "minimum", Message: "must be >= 5 but found 4"}
	for _, c := range []struct {
		err  error
		want bool
	}{
		{violations(big), true},
		{violations(inexact, int64Range), true},
		{violations(int32Range), false},
		{violations(big, minimum), false},
		{violations(), false},
		{nil, false},
	} {
		if got := NumberSemantics(c.err); got != c.want {
			t.Errorf("NumberSemantics(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

func TestSampleMatches(t *testing.T) {
	for _, re := range []string{`^ord_[0-9a-f]{8}$`, `^[A-Z0-9-]+$`, `^x-`, `^n[0-9]+$`, `a|b`, `(ab)?c*d{2,3}`} {
		got := sample(re)
		if len(got) != 2 {
			t.Errorf("sample(%q) = %q, want two strings", re, got)
		}
		for _, s := range got {
			if !regexp.MustCompile(re).MatchString(s) {
				t.Errorf("sample(%q) gives %q, which does not match", re, s)
			}
		}
	}
}

func TestMutateIsDeterministicAndValid(t *testing.T) {
	schema := []byte(`{"properties":{"a":{"type":"integer","minimum":5},"b":{"enum":["x","y"]}},"patternProperties":{"^p[0-9]$":{}}}`)
	doc := []byte(`{"a":6,"b":"x","c":[1,{"d":null}]}`)
	run := func() []string {
		m, err := NewMutator(1, schema)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for range 200 {
			mutated := m.Mutate(doc)
			if !json.Valid(mutated) {
				t.Fatalf("Mutate gives invalid JSON %s", mutated)
			}
			out = append(out, string(mutated))
		}
		return out
	}
	first, second := run(), run()
	if !slices.Equal(first, second) {
		t.Error("two Mutators with the same seed differ")
	}
	slices.Sort(first)
	if n := len(slices.Compact(first)); n < 100 {
		t.Errorf("only %d distinct instances of 200", n)
	}
	for _, want := range []string{`"p0"`, `"y"`, `"a":4`} {
		if !strings.Contains(strings.Join(first, "\n"), want) {
			t.Errorf("no mutation uses %s, which the schema suggests", want)
		}
	}
}
