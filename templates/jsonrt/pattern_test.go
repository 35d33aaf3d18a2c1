package jsonrt

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// The matchers a Pattern may use.
const (
	byRuns      = "runs"
	byAutomaton = "automaton"
	byRegexp    = "regexp"
)

// patternCases are patterns with the matcher MustCompilePattern picks for
// them and a string each matches.
var patternCases = []struct {
	expr    string
	matcher string
	example string // a string the pattern matches
}{
	{`^[a-z]{2,4}_[0-9a-z]{10}$`, byRuns, "acct_0123456789"},
	{`^[A-Z]{2,4}-[0-9]{3}$`, byRuns, "ABC-123"},
	{`^\+[1-9][0-9]{6,14}$`, byRuns, "+4420712345"},
	{`^B-[0-9]{8}$`, byRuns, "B-00000042"},
	{`^[a-z0-9-]+$`, byRuns, "eu-west-1"},
	{`^[a-z]{1,200}$`, byRuns, "abc"}, // too long for an automaton
	{`^abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde$`, byRegexp, "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde"}, // more runs than a sequence's table has bits, more positions than an automaton has
	{`^$`, byRegexp, ""},
	{`^a?b*c+$`, byRuns, "abbcc"},
	{`^[a-c]*x?[a-c]$`, byAutomaton, "abxc"}, // a varying run that the next one overlaps
	{`^[a-c]{1,3}[c-e]$`, byAutomaton, "abcd"},
	{`^[a-c]{0,3}c{2}$`, byAutomaton, "acc"},
	{`^(?:ab){2}$`, byRegexp, "abab"},
	{`^(?:[a-z]{2}){3}$`, byRegexp, "abcdef"},
	{`^(?i)abc$`, byRegexp, "aBc"},
	{`^[^@ ]+@[^@ ]+\.[a-z]{2,}$`, byAutomaton, "a@b.de"}, // non-ASCII characters are in the sets
	{`^[^@]*@[^@]*$`, byAutomaton, "é@"},
	{`^.{2,5}x$`, byAutomaton, "éz\xffx"},
	{`^[\x00-\x{10FFFF}]?[a-c]$`, byAutomaton, "\xffa"},
	{`^[a-z]{30}[a-z]{0,40}a$`, byRegexp, "abcdefghijabcdefghijabcdefghija"}, // more than 63 positions
	{`^[^\x{D800}-\x{DFFF}]+a$`, byRegexp, "xa"},                             // some non-ASCII characters
	{`^[0-9]+`, byRegexp, "12x"},
	{`[0-9]+`, byRegexp, "x1"}, // not anchored
	{`^(a|b)$`, byRegexp, "b"},
	{`^.$`, byAutomaton, "z"},
	{`^é$`, byRegexp, "é"},
}

// matcher returns which of the matchers p uses.
func (p *Pattern) matcher() string {
	switch {
	case p.seq != nil:
		return byRuns
	case p.auto != nil:
		return byAutomaton
	}
	return byRegexp
}

func TestPatternMatchesLikeRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("abcdexz019AZ-_+@. é\n\xff")
	for _, c := range patternCases {
		p := MustCompilePattern(c.expr)
		if got := p.matcher(); got != c.matcher {
			t.Errorf("%s: matched by %s, want %s", c.expr, got, c.matcher)
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

func TestPatternMatchesEmails(t *testing.T) {
	p := MustCompilePattern(`^[^@ ]+@[^@ ]+\.[a-z]{2,}$`)
	for s, want := range map[string]bool{
		"user1@example.com": true, "a.b@c.d.ef": true, "ü@ü.de": true, "a@b@c.de": false,
		"a@b.c": false, "a b@c.de": false, "@b.de": false, "a@.de": false, "a@b.DE": false, "a@b.de.": false,
	} {
		if got := p.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { p.MatchString("user1@example.com") }); allocs != 0 {
		t.Errorf("MatchString allocates %v times, want 0", allocs)
	}
}

// FuzzPattern checks that a Pattern matches what package regexp matches,
// whichever matcher it picks.
func FuzzPattern(f *testing.F) {
	for _, c := range patternCases {
		f.Add(c.expr, c.example)
	}
	f.Fuzz(func(t *testing.T, expr, s string) {
		re, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		p := MustCompilePattern(expr)
		if got, want := p.MatchString(s), re.MatchString(s); got != want {
			t.Errorf("%s (by %s): MatchString(%q) = %v, regexp says %v", expr, p.matcher(), s, got, want)
		}
	})
}
