package jsonrt

import (
	"strings"
	"unicode/utf8"
)

// fmtIsRegex reports whether s is a regular expression pattern in the
// syntax of ECMA-262 (2025) with the "u" flag, the strict Unicode mode:
// capturing, named, non-capturing and modifier groups ("(?i:...)"),
// lookahead and lookbehind, quantifiers, character classes, backreferences,
// and the escapes of that mode, including \p{...} with the property names
// and values that ECMA-262 lists. The early errors are checked: quantifiers
// in order, ranges in order, backreferences and \k<name> to existing groups,
// group names not repeated within one alternative.
//
// Unicode mode rejects what the legacy syntax of Annex B accepts for
// compatibility, such as identity escapes of letters ("\a"), a lone "{" or
// "]" and quantified lookaheads. Script names in \p{Script=...} are checked
// against the long names the unicode package knows; any four-letter code of
// the form "Xxxx" is accepted as a short name.
func fmtIsRegex(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	p := fmtRegexParser{src: s}
	return p.parse()
}

// fmtRegexAlt is an alternative of a disjunction: of the whole pattern
// (at depth 0) or of a group. Alternatives form a tree through the
// alternative that contains their group.
type fmtRegexAlt struct {
	parent       *fmtRegexAlt
	disj         int  // number of the disjunction (group) the alternative is in
	depth        int  // depth of the group, 0 for the pattern itself
	quantifiable bool // whether the group may be quantified (not a lookaround)
}

// fmtRegexParser checks a pattern in one pass.
type fmtRegexParser struct {
	src        string
	pos        int
	alt        *fmtRegexAlt            // the alternative being parsed
	disjs      int                     // disjunctions numbered so far
	groups     int                     // capturing groups so far
	maxBackref int                     // largest \N seen
	refs       []string                // names of \k<name> seen
	names      map[string]*fmtRegexAlt // group name to where it was last defined
}

// parse checks the whole pattern.
func (p *fmtRegexParser) parse() bool {
	p.alt = &fmtRegexAlt{}
	p.disjs = 1
	for p.pos < len(p.src) {
		if !p.term() {
			return false
		}
	}
	if p.alt.depth > 0 || p.maxBackref > p.groups {
		return false
	}
	for _, name := range p.refs {
		if _, ok := p.names[name]; !ok {
			return false
		}
	}
	return true
}

// term consumes one alternation bar, group bracket, assertion or atom with
// its quantifier.
func (p *fmtRegexParser) term() bool {
	c := p.src[p.pos]
	switch c {
	case '|':
		p.pos++
		next := *p.alt
		p.alt = &next
		return true
	case ')':
		if p.alt.depth == 0 {
			return false
		}
		quantifiable := p.alt.quantifiable
		p.alt = p.alt.parent
		p.pos++
		return p.quantifier(quantifiable)
	case '(':
		return p.group()
	case '^', '$':
		p.pos++
		return p.quantifier(false)
	case '\\':
		if p.pos+1 < len(p.src) && (p.src[p.pos+1] == 'b' || p.src[p.pos+1] == 'B') {
			p.pos += 2
			return p.quantifier(false)
		}
		p.pos++
		return p.atomEscape() && p.quantifier(true)
	case '[':
		return p.class() && p.quantifier(true)
	case '*', '+', '?', '{', '}', ']':
		return false
	}
	_, size := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += size
	return p.quantifier(true)
}

// quantifier consumes an optional quantifier after a term, which is an error
// if the term cannot be quantified.
func (p *fmtRegexParser) quantifier(allowed bool) bool {
	if p.pos == len(p.src) {
		return true
	}
	switch p.src[p.pos] {
	case '*', '+', '?':
		p.pos++
	case '{':
		if !p.braces() {
			return false
		}
	default:
		return true
	}
	if p.pos < len(p.src) && p.src[p.pos] == '?' {
		p.pos++
	}
	return allowed
}

// braces consumes a {n}, {n,} or {n,m} quantifier with n <= m.
func (p *fmtRegexParser) braces() bool {
	end := strings.IndexByte(p.src[p.pos:], '}')
	if end < 0 {
		return false
	}
	body := p.src[p.pos+1 : p.pos+end]
	p.pos += end + 1
	lo, hi, comma := strings.Cut(body, ",")
	if !fmtAllDigits(lo) || (comma && hi != "" && !fmtAllDigits(hi)) {
		return false
	}
	if !comma || hi == "" {
		return true
	}
	lo, hi = strings.TrimLeft(lo, "0"), strings.TrimLeft(hi, "0")
	return len(lo) < len(hi) || len(lo) == len(hi) && lo <= hi
}

// fmtAllDigits reports whether s is one or more ASCII digits.
func fmtAllDigits(s string) bool {
	for i := range len(s) {
		if !fmtIsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// group consumes the opening of a group and enters it.
func (p *fmtRegexParser) group() bool {
	rest := p.src[p.pos+1:]
	quantifiable := true
	switch {
	case !strings.HasPrefix(rest, "?"):
		p.groups++
		p.pos++
	case strings.HasPrefix(rest, "?="), strings.HasPrefix(rest, "?!"):
		quantifiable = false
		p.pos += 3
	case strings.HasPrefix(rest, "?<="), strings.HasPrefix(rest, "?<!"):
		quantifiable = false
		p.pos += 4
	case strings.HasPrefix(rest, "?<"):
		p.pos += 3
		name, ok := p.groupName()
		if !ok || !p.defineName(name) {
			return false
		}
		p.groups++
	default:
		if !p.modifiers() {
			return false
		}
	}
	p.alt = &fmtRegexAlt{parent: p.alt, disj: p.disjs, depth: p.alt.depth + 1, quantifiable: quantifiable}
	p.disjs++
	return true
}

// modifiers consumes "(?", the flags of a modifier group ("ims", "-ims" or
// "ims-ims", each flag at most once and not both lists empty) and ":". A
// plain non-capturing group "(?:" has no flags.
func (p *fmtRegexParser) modifiers() bool {
	i := p.pos + 2
	seen := map[byte]bool{}
	dash := false
	for ; i < len(p.src) && p.src[i] != ':'; i++ {
		switch c := p.src[i]; {
		case c == '-' && !dash:
			dash = true
		case (c == 'i' || c == 'm' || c == 's') && !seen[c]:
			seen[c] = true
		default:
			return false
		}
	}
	if i == len(p.src) || (dash && len(seen) == 0) {
		return false
	}
	p.pos = i + 1
	return true
}

// defineName records a capturing group's name. ECMA-262 allows a name to be
// repeated only in different alternatives of a disjunction, so that at most
// one of the groups can take part in a match. If every earlier definition is
// compatible with the last one, a new definition compatible with the last
// is compatible with all, so only the last is kept.
func (p *fmtRegexParser) defineName(name string) bool {
	if last, ok := p.names[name]; ok {
		a, b := p.alt, last
		for a.depth > b.depth {
			a = a.parent
		}
		for b.depth > a.depth {
			b = b.parent
		}
		if a == b {
			return false // one alternative contains the other
		}
		for a.parent != b.parent {
			a, b = a.parent, b.parent
		}
		if a.disj != b.disj {
			return false // different groups of the same alternative
		}
	}
	if p.names == nil {
		p.names = map[string]*fmtRegexAlt{}
	}
	p.names[name] = p.alt
	return true
}
