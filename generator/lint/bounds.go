package lint

import (
	"math/big"
	"regexp"
	"strings"
)

// boundKind is the kind of a stated bound.
type boundKind int

const (
	kMin   boundKind = iota // inclusive lower bound
	kMax                    // inclusive upper bound
	kExMin                  // exclusive lower bound
	kExMax                  // exclusive upper bound
	kExact                  // exact size: "exactly 6 characters"
)

// A bound is one number that a sentence states as a bound.
type bound struct {
	kind  boundKind
	lit   string   // the number as written, without thousands separators
	value *big.Rat // its value
	unit  unit     // what follows it
	pos   int      // offset of the phrase in the analysis view
	// noun is the word naming the bounded thing in "maximum length of
	// 64" or "minimum value is 1", or "".
	noun string
	// clauseStart is set when the phrase begins its clause.
	clauseStart bool
	// sign is "positive" or "non-negative" for those words, else "".
	sign string
}

// A boundPattern is a phrase that states bounds. Its number groups are
// named a and b; kinds gives their kinds.
type boundPattern struct {
	re    *regexp.Regexp
	kinds []boundKind
	// weak patterns are common in prose that states no constraint ("Images
	// up to 5 MB", "messages greater than 160 characters"), so they count
	// only after a verb such as "be" or at the start of a clause.
	weak bool
	// lengthOnly patterns count only with a length or count unit.
	lengthOnly bool
}

// pat compiles a pattern: {a} and {b} stand for numbers and {u} for an
// optional unit word between a number and the rest of the phrase.
func pat(expr string, weak bool, kinds ...boundKind) boundPattern {
	expr = strings.NewReplacer(`{a}`, `(?P<a>-?\d+(?:\.\d+)?)`, `{b}`, `(?P<b>-?\d+(?:\.\d+)?)`,
		`{u}`, `(?P<u>\s*[a-z%]+)?`).Replace(expr)
	return boundPattern{re: regexp.MustCompile(expr), kinds: kinds, weak: weak}
}

const (
	notVerb = `(?:cannot|can't|can not|must not|may not|should not|shall not|must never|does not|do not|will not|won't|not to|never)`
	maxWord = `(?:at most|no more than|not more than|no greater than|not greater than|no larger than|no higher than|no bigger than|no longer than|not longer than|(?:less|lower|smaller|fewer) (?:than )?or equal to|up to and including)`
	minWord = `(?:at least|no less than|not less than|no fewer than|not fewer than|no smaller than|no lower than|no shorter than|(?:greater|larger|more|higher) (?:than )?or equal to)`
	extreme = `\.?(?:\s+(?:allowed|permitted|accepted|supported))?(?:\s+(?P<noun>[a-z]+))?(?:\s+(?:allowed|permitted))?(?:\s+(?:is|of)|\s*[:=])?\s*{a}`
)

// boundPatterns are tried in order; a match that overlaps the match of an
// earlier pattern is ignored, so "less than or equal to 5" is not also
// read as "less than".
var boundPatterns = []boundPattern{
	pat(`\bexactly\s+{a}`, false, kExact),
	pat(`^(?:the\s+|an?\s+)?{a}-(?:letter|character|char)\b`, false, kExact),
	pat(`\b(?:must|should|has to|needs to)\s+be\s+{a}\s*(?:characters|chars)(?:\s+(?:long|in length))?\s*(?:[.;,]|$)`, false, kExact),
	pat(`\bbetween\s+{a}{u}\s+and\s+{b}`, false, kMin, kMax),
	pat(`\b(?:from|range[sd]?|ranging|values?|scale\s+of)\s*(?:from|of|is|are|between)?\s*:?\s*{a}{u}\s*(?:to|through|thru|-)\s*{b}`, false, kMin, kMax),
	pat(`\brange\s*(?:of\s*)?\[\s*{a}\s*,\s*{b}\s*\]`, false, kMin, kMax),
	lengthOnly(pat(`(?:^|[^\w.-]){a}\s*(?:-|to)\s*{b}\s*(?:characters|chars|items|elements|entries)\b`, false, kMin, kMax)),
	pat(`\b`+notVerb+`\s+exceed\s+{a}`, false, kMax),
	pat(`\b`+notVerb+`\s+be\s+(?:more|greater|larger|higher|longer|bigger)\s+than\s+{a}`, false, kMax),
	pat(`\b`+notVerb+`\s+be\s+(?:less|fewer|smaller|lower|shorter)\s+than\s+{a}`, false, kMin),
	pat(`(?:\b`+maxWord+`\s*|<=\s*){a}`, false, kMax),
	pat(`(?:\b`+minWord+`\s*|>=\s*){a}`, false, kMin),
	pat(`\b(?:maximum|max)`+extreme, false, kMax),
	pat(`\b(?:minimum|min)`+extreme, false, kMin),
	pat(`\b(?:limited to|limit of|limit is|limit:)\s*{a}`, false, kMax),
	pat(`{a}{u}\s+or\s+(?:less|fewer|smaller|lower|below|under|shorter)\b`, true, kMax),
	pat(`{a}{u}\s+or\s+(?:more|greater|higher|larger|above|longer)\b`, true, kMin),
	pat(`{a}{u}\s+(?:max|maximum)\b`, true, kMax),
	pat(`\bup\s+to\s+{a}`, true, kMax),
	pat(`\b(?:(?:greater|more|larger|higher|longer|bigger)\s+than|above|over)\s+{a}`, true, kExMin),
	pat(`\b(?:(?:less|fewer|smaller|lower|shorter)\s+than|below|under)\s+{a}`, true, kExMax),
}

// lengthOnly returns p restricted to numbers with a length or count unit:
// "1-32 characters" is a range by virtue of its unit alone.
func lengthOnly(p boundPattern) boundPattern {
	p.lengthOnly = true
	return p
}

// symbolicRange matches "0 < x < 65536" and "1 <= n <= 100".
var symbolicRange = regexp.MustCompile(`(?P<a>-?\d+(?:\.\d+)?)\s*(?P<op1><=?)\s*[a-z]\w*\s*(?P<op2><=?)\s*(?P<b>-?\d+(?:\.\d+)?)`)

var (
	// signRE matches "positive integer", "non-negative number", "must be positive".
	signRE = regexp.MustCompile(`\b(?P<sign>positive|non-negative|nonnegative|non negative)\b(?:\s+(?P<noun>integer|number|float|decimal|int|whole number|value)\b)?`)
	// orZero matches the "(or 0 for a free price)" that makes "positive"
	// mean non-negative.
	orZero = regexp.MustCompile(`\bor (?:0|zero)\b`)
)

var (
	// cueRE matches words that, before a bound in its clause, show that the
	// number is not a constraint on the value: a negation, a default, an
	// example, or a statement about results or other things.
	cueRE = regexp.MustCompile(`\b(?:not|no|never|without|default\w*|e\.g|eg|examples?|instance|such as|like|typically|usually|returns?|returned|filter\w*|each|every|top|if|when|unless)\b|n't\b`)
	// suffixRE matches what, after a bound's number and unit, shows that it
	// bounds something else: a relative time, a quota, a part or a choice.
	suffixRE = regexp.MustCompile(`^\s*(?:after|before|ago|from now|in the future|in the past|in advance|later|earlier|prior|apart|of\b|(?:for|of)\s+(?:the|a|an|each|every|all)\b)`)
	perRE    = regexp.MustCompile(`^\s*per\s+(?:api\s+)?([a-z]+)`)
	// subsetRE matches the end of a clause prefix that restricts a plural
	// to a subset ("names with at least 3 characters are indexed").
	subsetRE = regexp.MustCompile(`\b(?:[a-z]+s|those|ones|any|all)\s+with\s*$`)
	// inheritRE matches the next bound of a pair ("5 and a maximum of 10
	// minutes"), whose unit a unitless number shares.
	inheritRE = regexp.MustCompile(`^\s*,?\s*(?:and|or|to|through|-)\s+(?:(?:a|an|the)\s+)?(?:(?:maximum|minimum|max|min)(?:\s+(?:value|length|size))?(?:\s+(?:is|of))?\s+|(?:at most|at least|no more than|no less than|up to)\s+)?(-?\d+(?:\.\d+)?)`)
)

// perScopes are the things a bound may be "per" and still bound the value.
var perScopes = map[string]bool{"request": true, "call": true, "page": true, "message": true,
	"batch": true, "invocation": true, "response": true}

// findBounds returns the bounds that the analysis view of a sentence states.
func findBounds(view string) []bound {
	var out []bound
	var used [][2]int
	overlaps := func(s, e int) bool {
		for _, u := range used {
			if s < u[1] && u[0] < e {
				return true
			}
		}
		return false
	}
	for _, m := range symbolicRange.FindAllStringSubmatchIndex(view, -1) {
		used = append(used, [2]int{m[0], m[1]})
		out = append(out, symbolic(view, m)...)
	}
	for _, p := range boundPatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(view, -1) {
			if overlaps(m[0], m[1]) {
				continue
			}
			used = append(used, [2]int{m[0], m[1]})
			out = append(out, p.extract(view, m)...)
		}
	}
	return append(out, signBounds(view)...)
}

// extract returns the bounds of one match of p, or none if the context
// shows that the match states no constraint.
func (p boundPattern) extract(view string, m []int) []bound {
	start := m[0]
	for start < m[1] && !isLetter(view[start]) && !isDigit(view[start]) && view[start] != '-' && view[start] != '<' && view[start] != '>' {
		start++
	}
	cs := clauseStart(view, start)
	prefix := view[cs:start]
	if cueRE.MatchString(prefix) || subsetRE.MatchString(prefix) || conditional(view, start) || p.weak && !anchored(prefix) {
		return nil
	}
	noun := submatch(p.re, view, m, "noun")
	if noun == "of" || noun == "is" {
		noun = ""
	}
	a, b := group(p.re, m, "a"), group(p.re, m, "b")
	if b[0] >= 0 && strings.Contains(view[b[1]:min(len(view), b[1]+16)], "exclusive") {
		return nil // "between 0 and 1 (exclusive)": which end is open?
	}
	var nums [][2]int
	for _, g := range [][2]int{a, b} {
		if g[0] >= 0 {
			nums = append(nums, g)
		}
	}
	var out []bound
	for i, g := range nums {
		u, ok := boundUnit(view, g, nums, i, group(p.re, m, "u"))
		if ok && u.kind == unitNone && m[1] > u.end { // "1 or more topics"
			u, ok = boundUnit(view, [2]int{g[0], m[1]}, nil, 0, [2]int{-1, -1})
		}
		if !ok || p.lengthOnly && u.kind != unitLength && u.kind != unitCount {
			return nil
		}
		out = append(out, bound{kind: p.kinds[i], lit: view[g[0]:g[1]], value: rat(view[g[0]:g[1]]),
			unit: u, pos: start, noun: noun, clauseStart: strings.TrimSpace(prefix) == ""})
	}
	return out
}

// boundUnit returns the unit of the number at g, the i'th of the numbers
// of a match, and reports false if what follows the number or its unit
// shows it is no bound on the value. unitGroup is the span of the match's
// unit word after its first number, if any; without one, the first number
// of a range is followed by the range's "and" or "-", not by a unit. A
// unitless number shares the unit of the number it is paired with
// ("between 1 and 24 hours").
func boundUnit(view string, g [2]int, nums [][2]int, i int, unitGroup [2]int) (unit, bool) {
	var u unit
	if i == 0 && len(nums) == 2 && unitGroup[0] < 0 {
		u = unit{kind: unitNone, end: g[1]}
	} else {
		u = unitAfter(view, g[1])
	}
	if u.kind == unitInvalid {
		return u, false
	}
	if u.kind == unitNone {
		next := -1
		if i+1 < len(nums) {
			next = nums[i+1][1]
		} else if m := inheritRE.FindStringSubmatchIndex(view[u.end:]); m != nil {
			next = u.end + m[3]
		}
		if next >= 0 {
			if shared := unitAfter(view, next); shared.kind != unitNone && shared.kind != unitInvalid {
				u.kind, u.name, u.nouns = shared.kind, shared.name, shared.nouns
			}
		}
	}
	rest := view[u.end:]
	if suffixRE.MatchString(rest) {
		return u, false
	}
	if m := perRE.FindStringSubmatch(rest); m != nil && !perScopes[singular(m[1])] {
		return u, false
	}
	return u, true
}

// symbolic returns the bounds of a match of symbolicRange.
func symbolic(view string, m []int) []bound {
	if conditionalOrCued(view, m[0]) {
		return nil
	}
	kinds := map[string][2]boundKind{"<": {kExMin, kExMax}, "<=": {kMin, kMax}}
	a, b := view[m[2]:m[3]], view[m[8]:m[9]]
	if unitAfter(view, m[9]).kind == unitInvalid {
		return nil
	}
	return []bound{
		{kind: kinds[view[m[4]:m[5]]][0], lit: a, value: rat(a), pos: m[0]},
		{kind: kinds[view[m[6]:m[7]]][1], lit: b, value: rat(b), pos: m[0]},
	}
}

// signBounds returns the bounds stated by "positive" and "non-negative".
// "positive" may be weakened by "(or 0 ...)" to "non-negative".
func signBounds(view string) []bound {
	var out []bound
	for _, m := range signRE.FindAllStringSubmatchIndex(view, -1) {
		sign, noun := view[m[2]:m[3]], ""
		if m[4] >= 0 {
			noun = view[m[4]:m[5]]
		}
		prefix := strings.Fields(view[clauseStart(view, m[0]):m[0]])
		last := ""
		if len(prefix) > 0 {
			last = prefix[len(prefix)-1]
		}
		rest := view[m[1]:]
		switch {
		case conditionalOrCued(view, m[0]):
			continue
		case noun != "" && (len(prefix) == 0 || last == "a" || last == "an" || last == "be"):
		case noun == "" && last == "be" && (rest == "" || strings.IndexByte(".,;", rest[0]) >= 0):
		default:
			continue
		}
		if sign != "positive" {
			sign = "non-negative"
		} else if orZero.MatchString(rest) {
			sign = "non-negative"
		}
		out = append(out, bound{kind: kMin, lit: "0", value: new(big.Rat), pos: m[0], sign: sign})
	}
	return out
}

// conditionalOrCued reports whether the phrase at pos is conditional or
// follows a cue word in its clause.
func conditionalOrCued(view string, pos int) bool {
	return conditional(view, pos) || cueRE.MatchString(view[clauseStart(view, pos):pos])
}

// fillers may stand between an anchor word and a weak phrase: "must be an
// integer under 1000".
var fillers = map[string]bool{"a": true, "an": true, "the": true, "integer": true, "number": true,
	"value": true, "float": true, "decimal": true, "whole": true, "string": true, "int": true,
	"positive": true, "strictly": true, "only": true, "always": true, "also": true, "any": true,
	"length": true, "size": true, "in": true}

// anchors are the words after which a weak phrase states a constraint.
var anchors = map[string]bool{"be": true, "is": true, "are": true, "of": true, "accepts": true,
	"accept": true, "supports": true, "support": true, "specify": true, "pass": true,
	"include": true, "provide": true, "add": true, "contain": true, "contains": true,
	"allows": true, "allow": true, "takes": true, "take": true}

// anchored reports whether a weak phrase after prefix, the text of its
// clause before it, states a constraint.
func anchored(prefix string) bool {
	words := strings.Fields(strings.Trim(prefix, " ([:"))
	for len(words) > 0 && fillers[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return len(words) == 0 || anchors[words[len(words)-1]]
}

// group returns the span of the named group of a match, or {-1, -1}.
func group(re *regexp.Regexp, m []int, name string) [2]int {
	if i := re.SubexpIndex(name); i > 0 {
		return [2]int{m[2*i], m[2*i+1]}
	}
	return [2]int{-1, -1}
}

// submatch returns the text of the named group of a match, or "".
func submatch(re *regexp.Regexp, s string, m []int, name string) string {
	if g := group(re, m, name); g[0] >= 0 {
		return s[g[0]:g[1]]
	}
	return ""
}

// rat parses a decimal number; the bound patterns only capture valid ones.
func rat(s string) *big.Rat {
	r, _ := new(big.Rat).SetString(s)
	return r
}
