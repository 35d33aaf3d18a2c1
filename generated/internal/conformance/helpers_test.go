package conformance

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/schemagen/schemagen/generated/internal/batch"
)

func TestShortError(t *testing.T) {
	err := errors.New(strings.Join([]string{
		`/tmp/x/g0001/schema.json#/items: keyword "allOf" is not supported: this version of schemagen generates no code for it yet`,
		`/tmp/x/g0001/schema.json#: keyword "allOf" is not supported: this version of schemagen generates no code for it yet`,
		`/tmp/x/g0001/schema.json#: keyword "type" is not supported: a value of several types (integer, string) needs a union type`,
		`/tmp/x/g0001/schema.json: bad JSON`,
	}, "\n"))
	want := `generate: "allOf" unsupported; "type" unsupported (a value of several types (integer, string) need...); bad JSON`
	if got := shortError(err); got != want {
		t.Errorf("shortError = %q, want %q", got, want)
	}
	if got := truncate("abcdef", 5); got != "ab..." {
		t.Errorf("truncate = %q", got)
	}
}

func TestProtect(t *testing.T) {
	var s []int
	err := protect(func() error {
		return errors.New(fmt.Sprint(s[len(s)]))
	})
	if err == nil || !strings.Contains(err.Error(), "panic: runtime error: index out of range [0] with length 0 at ") ||
		!strings.Contains(err.Error(), "helpers_test.go:") {
		t.Errorf("protect = %v, want the panic and where it happened", err)
	}
}

func TestRaiseFloors(t *testing.T) {
	floors := map[string]int{"draft2020-12": 10, "draft2019-09": 4, "draft7": 5, "draft6": 2, "draft4": 1, "other": 3}
	got, changed := raiseFloors(floors, map[string]int{"draft2020-12": 7, "draft2019-09": 4, "draft7": 9, "draft6": 2, "draft4": 1})
	want := map[string]int{"draft2020-12": 10, "draft2019-09": 4, "draft7": 9, "draft6": 2, "draft4": 1, "other": 3}
	if diff := cmp.Diff(want, got); diff != "" || !changed {
		t.Errorf("raiseFloors (-want +got), changed %v:\n%s", changed, diff)
	}
	if _, changed := raiseFloors(want, map[string]int{"draft2020-12": 10, "draft7": 1}); changed {
		t.Error("raiseFloors changed floors that nothing exceeded")
	}
}

func TestJudge(t *testing.T) {
	valid := suiteTest{Data: []byte(`1`), Valid: true}
	invalid := suiteTest{Data: []byte(`1`)}
	tests := []struct {
		tc     suiteTest
		r      batch.Result
		reason string
	}{
		{valid, batch.Result{Accepted: true, RoundTrip: true}, ""},
		{invalid, batch.Result{}, ""},
		{valid, batch.Result{}, "rejects a valid instance"},
		{invalid, batch.Result{Accepted: true, RoundTrip: true}, "accepts an invalid instance"},
		{valid, batch.Result{Accepted: true}, "round trip changes the value"},
		{invalid, batch.Result{Panic: "boom"}, "generated code panics"},
	}
	for i, tc := range tests {
		if got, _ := judge(tc.tc, tc.r); got != tc.reason {
			t.Errorf("%d: judge = %q, want %q", i, got, tc.reason)
		}
	}
}

func TestFirstMention(t *testing.T) {
	out := "# schemagen.test/batch/g0012\n./g0012/root_gen.go:3:2: undefined: x\n./g00123/a.go:1:1: y\n"
	if got, want := firstMention(out, "g0012"), "g0012/root_gen.go:3:2: undefined: x"; got != want {
		t.Errorf("firstMention = %q, want %q", got, want)
	}
	if got := firstMention(out, "g0013"); got != "" {
		t.Errorf("firstMention of an unmentioned package = %q", got)
	}
}

// sortedCopy returns s sorted, leaving s alone.
func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}
