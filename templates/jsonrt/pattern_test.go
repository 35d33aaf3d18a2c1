package jsonrt

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// patternCases are patterns with whether MustCompilePattern matches them by
// runs, not with package regexp.
var patternCases = []struct {
	expr   string
	byRuns bool
}{
	{`^[a-z]{2,4}_[0-9a-z]{10}$`, true},
	{`^[A-Z]{2,4}-[0-9]{3}$`, true},
	{`^\+[1-9][0-9]{6,14}$`, true},
	{`^B-[0-9]{8}$`, true},
	{`^[a-z0-9-]+$`, true},
	{`^$`, false},
	{`^a?b*c+$`, true},
	{`^[a-c]*x?[a-c]$`, false}, // a varying run that the next one overlaps
	{`^[a-c]{1,3}[c-e]$`, false},
	{`^(?:ab){2}$`, false},
	{`^(?:[a-z]{2}){3}$`, false},
	{`^(?i)abc$`, false},
	{`^[^@ ]+@[^@ ]+\.[a-z]{2,}$`, false}, // non-ASCII characters are in the sets
	{`[0-9]+`, false},                     // not anchored
	{`^[0-9]+`, false},
	{`^(a|b)$`, false},
	{`^.$`, false},
	{`^é$`, false},
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
		for i := 0; i < 20000; i++ {
			b := make([]byte, rng.IntN(20))
			for j := range b {
				b[j] = alphabet[rng.IntN(len(alphabet))]
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
