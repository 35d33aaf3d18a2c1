package ecmaregex

import (
	"regexp"
	"strings"
	"testing"
)

func TestRepeat(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`^[a-z0-9]{0,4096}$`, `^[0-9a-z]{0,1000}[0-9a-z]{0,1000}[0-9a-z]{0,1000}[0-9a-z]{0,1000}[0-9a-z]{0,96}$`},
		{`a{1001}`, `a{1000}a{1}`},
		{`a{2000}?`, `a{1000}a{1000}`},
		{`a{1500,}`, `a{1000}a{500}a*`},
		{`a{1,2002}`, `a{1}a{0,1000}a{0,1000}a{0,1}`},
		{`x(?:ab|c){999,1001}y`, `x(?:ab|c){999}(?:ab|c){0,2}y`},
		{`.{0,2000}`, `[^\n\r\x{2028}\x{2029}]{0,1000}[^\n\r\x{2028}\x{2029}]{0,1000}`},
	} {
		got, err := Translate(tt.src)
		if err != nil || got != tt.want {
			t.Errorf("Translate(%q) = %q, %v; want %q", tt.src, got, err, tt.want)
		}
	}
}

// TestRepeatMatches checks the rewritten repeats against the counts they
// stand for, at and around each bound.
func TestRepeatMatches(t *testing.T) {
	for _, tt := range []struct {
		src    string
		lo, hi int // hi -1: no bound
	}{
		{`^a{0,4096}$`, 0, 4096},
		{`^a{1001}$`, 1001, 1001},
		{`^a{1500,}$`, 1500, -1},
		{`^(?:ab){999,2001}$`, 999, 2001},
	} {
		re, err := Translate(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		r := regexp.MustCompile(re)
		unit := "a"
		if strings.Contains(tt.src, "ab") {
			unit = "ab"
		}
		top := tt.hi
		if top < 0 {
			top = tt.lo + 2500
		}
		for _, n := range []int{0, 1, tt.lo - 1, tt.lo, tt.lo + 1, 1000, 1001, 2000, top - 1, top, top + 1} {
			if n < 0 {
				continue
			}
			want := n >= tt.lo && (tt.hi < 0 || n <= tt.hi)
			if got := r.MatchString(strings.Repeat(unit, n)); got != want {
				t.Errorf("%s on %d repeats: %v, want %v", tt.src, n, got, want)
			}
		}
	}
}

func TestRepeatRejects(t *testing.T) {
	for src, want := range map[string]string{
		`(a){1001}`:          "repeats a capturing group",
		`(?<n>a){0,1001}`:    "repeats a capturing group",
		`a{100001}`:          "more than 100000 times",
		`a{0,1000000000000}`: "more than 100000 times",
	} {
		_, err := Translate(src)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Translate(%q): %v, want an error with %q", src, err, want)
		}
	}
}
