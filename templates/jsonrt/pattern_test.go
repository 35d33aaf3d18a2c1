package jsonrt

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// patternCases are patterns with whether MustCompilePattern matches them by
// runs, not with package regexp, and a string each matches.
var patternCases = []struct {
	expr    string
	byRuns  bool
	example string // a string the pattern matches
}{
	{`^[a-z]{2,4}_[0-9a-z]{10}$`, true, "acct_0123456789"},
	{`^[A-Z]{2,4}-[0-9]{3}$`, true, "ABC-123"},
	{`^\+[1-9][0-9]{6,14}$`, true, "+4420712345"},
	{`^B-[0-9]{8}$`, true, "B-00000042"},
	{`^[a-z0-9-]+$`, true, "eu-west-1"},
	{`^$`, false, ""},
	{`^a?b*c+$`, true, "abbcc"},
	{`^[a-c]*x?[a-c]$`, false, "abxc"}, // a varying run that the next one overlaps
	{`^[a-c]{1,3}[c-e]$`, false, "abcd"},
	{`^(?:ab){2}$`, false, "abab"},
	{`^(?:[a-z]{2}){3}$`, false, "abcdef"},
	{`^(?i)abc$`, false, "aBc"},
	{`^[^@ ]+@[^@ ]+\.[a-z]{2,}$`, false, "a@b.de"}, // non-ASCII characters are in the sets
	{`[0-9]+`, false, "x1"},                         // not anchored
	{`^[0-9]+`, false, "12x"},
	{`^(a|b)$`, false, "b"},
	{`^.$`, false, "z"},
	{`^é$`, false, "é"},
}

func TestPatternMatchesLikeRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("abcdexz019AZ-_+@. é")
	for _, c := range patternCases {
		p := MustCompilePattern(c.expr)
		if got := p.runs != nil; got != c.byRuns {
			t.Errorf("%s: matched by runs = %v, want %v", c.expr, got, c.byRuns)
		}
		if p.String() != c.expr {
			t.Errorf("String() = %q, want %q", p.String(), c.expr)
		}
		re := regexp.MustCompile(c.expr)
		if !re.MatchString(c.example) || !p.MatchString(c.example) {
			t.Errorf("%s: example %q does not match", c.expr, c.example)
		}
		for i := 0; i < 20000; i++ {
			var b []byte
			if i%2 == 0 {
				b = make([]byte, rng.IntN(20))
				for j := range b {
					b[j] = alphabet[rng.IntN(len(alphabet))]
				}
			} else {
				// A near miss: a string the pattern matches, edited once, so
				// that both answers occur often.
				b = []byte(c.example)
				if len(b) > 0 {
					b[rng.IntN(len(b))] = alphabet[rng.IntN(len(alphabet))]
				}
				if rng.IntN(3) == 0 {
					b = b[:rng.IntN(len(b)+1)]
				}
			}
			s := string(b)
			if got, want := p.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%s: MatchString(%q) = %v, regexp says %v", c.expr, s, got, want)
			}
		}
	}
}

func TestPatternMatchesCodes(t *testing.T) {
	p := MustCompilePattern(`^[a-z]{2,4}_[0-9a-z]{10}$`)
	for s, want := range map[string]bool{
		"acct_0123456789": true, "ab_abcdefghij": true, "abcde_0123456789": false,
		"a_0123456789": false, "acct_012345678": false, "acct_0123456789x": false, "acct-0123456789": false,
	} {
		if got := p.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { p.MatchString("acct_0123456789") }); allocs != 0 {
		t.Errorf("MatchString allocates %v times, want 0", allocs)
	}
}
