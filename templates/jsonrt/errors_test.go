package jsonrt

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestErrorsLocation(t *testing.T) {
	tests := []struct {
		steps []any // string: Enter, int >= 0: EnterIndex, -1: Leave
		want  string
	}{
		{nil, ""},
		{[]any{"a"}, "/a"},
		{[]any{"a", 0, "b"}, "/a/0/b"},
		{[]any{""}, "/"},
		{[]any{"a/b", "m~n", "~/"}, "/a~1b/m~0n/~0~1"},
		{[]any{"a", "b", -1, "c", 12}, "/a/c/12"},
		{[]any{-1, "a"}, "/a"},
	}
	for _, tt := range tests {
		var e Errors
		for _, s := range tt.steps {
			switch s := s.(type) {
			case string:
				e.Enter(s)
			case int:
				if s < 0 {
					e.Leave()
				} else {
					e.EnterIndex(s)
				}
			}
		}
		e.Add("#/k", "k", "msg")
		if got := e.list[0].InstanceLocation; got != tt.want {
			t.Errorf("%v: location %q, want %q", tt.steps, got, tt.want)
		}
	}
}

func TestErrorsDeep(t *testing.T) {
	var e Errors
	var want strings.Builder
	for i := 0; i < 3*inlineDepth; i++ {
		if i%2 == 0 {
			e.Enter(fmt.Sprint("k", i))
			fmt.Fprintf(&want, "/k%d", i)
		} else {
			e.EnterIndex(i)
			fmt.Fprintf(&want, "/%d", i)
		}
	}
	e.Add("#", "x", "deep")
	for i := 0; i < 2*inlineDepth; i++ {
		e.Leave()
	}
	e.Enter("z")
	e.Add("#", "x", "shallow")
	for i := 0; i < 10*inlineDepth; i++ {
		e.Leave() // more than were entered: stays at the root
	}
	e.Add("#", "x", "root")
	got := []string{e.list[0].InstanceLocation, e.list[1].InstanceLocation, e.list[2].InstanceLocation}
	wantShallow := want.String()[:strings.Index(want.String(), "/k16/")] + "/z"
	if w := []string{want.String(), wantShallow, ""}; !reflect.DeepEqual(got, w) {
		t.Errorf("locations\n%q\nwant\n%q", got, w)
	}
}

func TestErrorsErr(t *testing.T) {
	var e Errors
	if err := e.Err(); err != nil || e.Len() != 0 {
		t.Fatalf("empty Errors: Err() = %v, Len() = %d", err, e.Len())
	}
	e.Add("#/minimum", "minimum", "must be >= 5 but found 4")
	e.Enter("a")
	e.Addf("#/properties/a/maxLength", "maxLength", "must have at most %d characters but has %d", 3, 4)
	err := e.Err()
	if e.Len() != 2 {
		t.Errorf("Len() = %d", e.Len())
	}
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Err() = %T, want *ValidationError", err)
	}
	want := "(root): must be >= 5 but found 4 (#/minimum)\n" +
		"/a: must have at most 3 characters but has 4 (#/properties/a/maxLength)"
	if err.Error() != want {
		t.Errorf("Error() =\n%s\nwant\n%s", err, want)
	}
	if verr.Violations[1] != (Violation{"/a", "#/properties/a/maxLength", "maxLength", "must have at most 3 characters but has 4"}) {
		t.Errorf("violation = %+v", verr.Violations[1])
	}
	e.Add("#/x", "x", "later")
	if len(verr.Violations) != 2 {
		t.Errorf("Err() did not copy the list")
	}
}

func TestFormatLocation(t *testing.T) {
	tests := []struct{ in, want string }{
		{"#/properties/n/type", "#/properties/n/format"},
		{"other.json#/$defs/x/type", "other.json#/$defs/x/format"},
		{"#", "#/format"},
	}
	for _, tt := range tests {
		if got := formatLocation(tt.in); got != tt.want {
			t.Errorf("formatLocation(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// validateLocal is how generated Validate methods use Errors: as a local.
func validateLocal(names []string, n int) error {
	var e Errors
	e.Enter("items")
	for i, name := range names {
		e.EnterIndex(i)
		e.Enter("name")
		if len(name) > n {
			e.Add("#/properties/items/items/properties/name/maxLength", "maxLength", "too long")
		}
		e.Leave()
		e.Leave()
	}
	e.Leave()
	return e.Err()
}

func TestErrorsLocalNoAlloc(t *testing.T) {
	names := []string{"a", "bb", "ccc"}
	allocs := testing.AllocsPerRun(100, func() {
		if validateLocal(names, 5) != nil {
			t.Fatal("unexpected violation")
		}
	})
	if allocs != 0 {
		t.Errorf("Errors as a local allocates %v times without violations", allocs)
	}
	err := validateLocal(names, 2)
	var verr *ValidationError
	if !errors.As(err, &verr) || verr.Violations[0].InstanceLocation != "/items/2/name" {
		t.Errorf("validateLocal = %v", err)
	}
}

func BenchmarkErrorsLocal(b *testing.B) {
	names := []string{"a", "bb", "ccc", "dddd"}
	b.ReportAllocs()
	for b.Loop() {
		if validateLocal(names, 5) != nil {
			b.Fatal("unexpected violation")
		}
	}
}
