package jsonrt

import (
	"regexp"
	"regexp/syntax"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Pattern, used by generated code, is a compiled "pattern" or
// "patternProperties" regular expression (in RE2 syntax, as schemagen
// translates it). Most patterns in schemas describe codes and identifiers,
// such as ^[A-Z]{2}-[0-9]{4}$: a whole string made of runs of characters
// from one class each. Such a pattern is matched by a loop over the string's
// bytes (see sequence) when its runs are of ASCII characters and greedy
// matching decides it, else by a small automaton (see automaton) when it
// has few enough runs, and any other pattern by package regexp.
//
// A pattern whose top-level alternatives start with ^ and lookaheads, as
// in ^(?!@@)[@a-zA-Z0-9_-]+$, is checked as what it means: a string
// matches an alternative ^(?!A)(?=B)C when ^C matches it, ^(?:A) does
// not and ^(?:B) does, each part an RE2 expression.
type Pattern struct {
	expr string
	re   *regexp.Regexp
	seq  *sequence  // nil unless the pattern is a sequence of runs that greedy matching decides
	auto *automaton // nil unless seq is nil and the pattern is a short sequence of runs
	alts []conjunction
}

// A conjunction is one top-level alternative of a pattern with lookaheads.
type conjunction struct {
	rest          *Pattern   // the alternative without its lookaheads
	must, mustNot []*Pattern // the bodies of its (?= and (?! lookaheads, anchored
}

// A charRun is a run of min to max characters from a class (max < 0 means
// unbounded): the characters of an ASCII set, and every non-ASCII character
// too when nonASCII is set.
type charRun struct {
	set      asciiSet
	nonASCII bool
	min, max int
}

// asciiSet is a set of ASCII characters, one bit per character.
type asciiSet [2]uint64

func (s *asciiSet) has(c byte) bool { return c < 128 && s[c>>6]&(1<<(c&63)) != 0 }
func (s *asciiSet) add(c rune)      { s[c>>6] |= 1 << (c & 63) }
func (s *asciiSet) disjoint(t *asciiSet) bool {
	return s[0]&t[0] == 0 && s[1]&t[1] == 0
}

// MustCompilePattern is used by generated code: it compiles expr, panicking if
// it is not valid RE2 syntax. Generated code calls it for the patterns of its
// schema, which schemagen has already compiled.
func MustCompilePattern(expr string) *Pattern {
	p, err := CompilePattern(expr)
	if err != nil {
		panic("jsonrt: MustCompilePattern(" + strconv.Quote(expr) + "): " + err.Error())
	}
	return p
}

// CompilePattern is used by schemagen itself: it compiles expr, an RE2
// expression whose top-level alternatives may start with ^ followed by
// lookaheads, (?=A) or (?!A), with A in RE2 syntax.
func CompilePattern(expr string) (*Pattern, error) {
	re, err := regexp.Compile(expr)
	if err == nil {
		return newPattern(expr, re), nil
	}
	alts, ok := splitLookaheads(expr)
	if !ok {
		return nil, err // RE2 never accepts a lookahead: no lookahead, no excuse
	}
	p := &Pattern{expr: expr}
	err = nil
	compile := func(expr string) *Pattern {
		re, cerr := regexp.Compile(expr)
		if cerr != nil {
			err = cerr
			return nil
		}
		return newPattern(expr, re)
	}
	for _, a := range alts {
		c := conjunction{rest: compile(a.rest)}
		for _, body := range a.must {
			c.must = append(c.must, compile(body))
		}
		for _, body := range a.mustNot {
			c.mustNot = append(c.mustNot, compile(body))
		}
		p.alts = append(p.alts, c)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// newPattern returns the pattern expr, which compiled to re, with the
// fastest matcher that decides it exactly.
func newPattern(expr string, re *regexp.Regexp) *Pattern {
	p := &Pattern{expr: expr, re: re}
	runs := runsOfPattern(expr)
	if greedyDecides(runs) {
		p.seq = newSequence(runs)
	}
	if p.seq == nil && runs != nil {
		p.auto = newAutomaton(runs)
	}
	return p
}

// MatchString reports whether s contains a match of the pattern.
func (p *Pattern) MatchString(s string) bool {
	switch {
	case p.seq != nil:
		return p.seq.match(s)
	case p.auto != nil:
		return p.auto.match(s)
	case p.alts != nil:
		return p.matchAlts(s)
	}
	return p.re.MatchString(s)
}

// String returns the expression the pattern was compiled from.
func (p *Pattern) String() string {
	return p.expr
}

// runsOfPattern returns the runs that expr, anchored at both ends, is a
// sequence of, or nil if it is anything else.
func runsOfPattern(expr string) []charRun {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil
	}
	first, last := re.Sub[0], re.Sub[len(re.Sub)-1]
	if first.Op != syntax.OpBeginText || last.Op != syntax.OpEndText {
		return nil
	}
	var runs []charRun
	for _, sub := range re.Sub[1 : len(re.Sub)-1] {
		more, ok := runsOf(sub)
		if !ok {
			return nil
		}
		runs = append(runs, more...)
	}
	return runs
}

// greedyDecides reports whether matching runs, taking for each run as many
// characters as it can, decides the pattern: runs is not empty, its classes
// are ASCII, and each run of varying length has a set disjoint from the
// sets of the runs that may follow it.
func greedyDecides(runs []charRun) bool {
	if len(runs) == 0 {
		return false
	}
	for i, r := range runs {
		if r.nonASCII {
			return false
		}
		if r.min == r.max {
			continue
		}
		for _, next := range runs[i+1:] {
			if !r.set.disjoint(&next.set) || next.nonASCII {
				return false
			}
			if next.min > 0 {
				break
			}
		}
	}
	return true
}

// runsOf returns the runs one element of a concatenation stands for.
func runsOf(re *syntax.Regexp) ([]charRun, bool) {
	if re.Flags&syntax.FoldCase != 0 {
		return nil, false
	}
	switch re.Op {
	case syntax.OpLiteral:
		var runs []charRun
		for _, c := range re.Rune {
			r, ok := classOf([]rune{c, c})
			if !ok {
				return nil, false
			}
			runs = append(runs, r)
		}
		return runs, true
	case syntax.OpCharClass:
		r, ok := classOf(re.Rune)
		return []charRun{r}, ok
	case syntax.OpAnyCharNotNL:
		r, _ := classOf([]rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune})
		return []charRun{r}, true
	case syntax.OpAnyChar:
		r, _ := classOf([]rune{0, unicode.MaxRune})
		return []charRun{r}, true
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		inner, ok := runsOf(re.Sub[0])
		if !ok || len(inner) != 1 || inner[0].min != 1 || inner[0].max != 1 {
			return nil, false // a repeated sequence, or a repeated repeat
		}
		r := inner[0]
		switch re.Op {
		case syntax.OpStar:
			r.min, r.max = 0, -1
		case syntax.OpPlus:
			r.min, r.max = 1, -1
		case syntax.OpQuest:
			r.min, r.max = 0, 1
		default:
			r.min, r.max = re.Min, re.Max
		}
		return []charRun{r}, true
	}
	return nil, false
}

// classOf returns a run of one character from ranges, pairs of first and
// last characters, if ranges hold either no non-ASCII character or all of
// them.
func classOf(ranges []rune) (charRun, bool) {
	r := charRun{min: 1, max: 1}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		if lo < 0 {
			return r, false
		}
		if hi >= utf8.RuneSelf {
			if lo > utf8.RuneSelf || hi < unicode.MaxRune {
				return r, false
			}
			r.nonASCII = true
			hi = utf8.RuneSelf - 1
		}
		for c := lo; c <= hi; c++ {
			r.set.add(c)
		}
	}
	return r, true
}
