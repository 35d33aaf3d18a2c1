package ir

import (
	"slices"
	"strconv"
	"testing"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// TestWrittenAsIs checks which enum values Decoder.StringOf may know: those
// whose JSON literal is the value between quotes.
func TestWrittenAsIs(t *testing.T) {
	for s, want := range map[string]bool{
		"active": true, "on hold": true, "é": true, "\u202e": true, "": true, "*/": true,
		`a"b`: false, `a\b`: false, "a\nb": false, "\x1f": false, "\xff": false,
	} {
		if got := writtenAsIs(s); got != want {
			t.Errorf("writtenAsIs(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLookedUp checks which enums decoding looks up: string enums of at
// most MaxLookedUp values, each written in JSON as it is.
func TestLookedUp(t *testing.T) {
	enum := func(base Type, values ...string) *Enum {
		e := &Enum{Base: base}
		for _, v := range values {
			e.Values = append(e.Values, EnumValue{Value: Value(v)})
		}
		return e
	}
	many := make([]string, MaxLookedUp+1)
	for i := range many {
		many[i] = strconv.Quote(strconv.Itoa(i))
	}
	for _, tc := range []struct {
		name string
		e    *Enum
		want []string
	}{
		{"strings", enum(&String{}, `"active"`, `"on hold"`), []string{"active", "on hold"}},
		{"most", enum(&String{}, many[:MaxLookedUp]...), []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"}},
		{"too many", enum(&String{}, many...), nil},
		{"escaped", enum(&String{}, `"active"`, `"a\nb"`), nil},
		{"integers", enum(&Integer{}, `1`, `2`), nil},
	} {
		if got := tc.e.LookedUp(); !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
			t.Errorf("%s: LookedUp() = %q, want %q", tc.name, got, tc.want)
		}
	}
}
