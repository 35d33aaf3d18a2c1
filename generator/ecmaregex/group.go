package ecmaregex

import (
	"slices"
	"strings"
	"unicode"
)

// group translates a parenthesized group at p.pos.
func (p *parser) group() {
	start := p.pos
	p.pos++ // (
	if p.depth++; p.depth > maxDepth {
		p.fail(start, "group (", "nests more than 1000 deep, more than Go's regexp allows")
	}
	switch {
	case !p.lookingAt("?"):
		p.captures++
		p.out.WriteByte('(')
	case p.lookingAt("?:"):
		p.pos += 2
		p.out.WriteString("(?:")
	case p.lookingAt("?="):
		p.fail(start, "lookahead (?=", noRE2)
	case p.lookingAt("?!"):
		p.fail(start, "negative lookahead (?!", noRE2)
	case p.lookingAt("?<="):
		p.fail(start, "lookbehind (?<=", noRE2)
	case p.lookingAt("?<!"):
		p.fail(start, "negative lookbehind (?<!", noRE2)
	case p.lookingAt("?<"):
		p.pos += 2
		p.captures++
		p.namedGroup(start)
	case strings.ContainsAny(p.src[p.pos+1:min(p.pos+2, len(p.src))], "ims-"):
		p.fail(start, "modifier group "+p.src[start:p.pos+2], "is not supported: RE2 has no exact equivalent for ECMA-262 (ES2025) modifiers")
	default:
		p.fail(start, "group (?", notUnicode)
	}
	p.disjunction()
	if p.peek() != ')' {
		p.fail(start, "group (", "has no closing )")
	}
	p.pos++
	p.out.WriteByte(')')
	p.depth--
}

// namedGroup translates the opening of a named group (?<name> whose name
// starts at p.pos. Go's regexp gets the name when it allows it and it is not
// taken; otherwise the group is left unnamed, which matches the same.
func (p *parser) namedGroup(start int) {
	name := p.groupName(start)
	path := slices.Clone(p.path)
	paths, taken := p.names[name]
	for _, other := range paths {
		if !exclusive(path, other) {
			p.fail(start, "group name <"+name+">", "is used twice where both groups may take part in a match, which is not valid ECMA-262")
		}
	}
	p.names[name] = append(p.names[name], path)
	if taken || !goGroupName(name) {
		p.out.WriteByte('(')
		return
	}
	p.out.WriteString("(?P<" + name + ">")
}

// exclusive reports whether the groups at paths a and b lie in different
// alternatives of one disjunction, so that no match takes part in both.
func exclusive(a, b []altStep) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i].disj == b[i].disj
		}
	}
	return false
}

// goGroupName reports whether Go's regexp accepts name for a group.
func goGroupName(name string) bool {
	for _, c := range name {
		if c != '_' && (c > unicode.MaxASCII || !unicode.IsLetter(c) && !unicode.IsDigit(c)) {
			return false
		}
	}
	return name != ""
}

// groupName reads the name of the group at start, up to and including its
// closing >. ECMA-262 names are identifiers: an ID_Start character, $ or _,
// then ID_Continue characters, $, ZWNJ or ZWJ; any of them may be written
// as a \u escape.
func (p *parser) groupName(start int) string {
	var name strings.Builder
	for {
		at := p.pos
		c := p.next(start, "group name <")
		if c == '>' {
			break
		}
		if c == '\\' {
			if p.peek() != 'u' {
				p.fail(at, "escape in group name", "must be a \\u escape")
			}
			p.pos++
			c = p.unicodeEscape(at)
		}
		ok := c == '$' || c == '_' || isIDStart(c)
		if name.Len() > 0 {
			ok = ok || c == 0x200C || c == 0x200D || isIDContinue(c)
		}
		if !ok {
			p.fail(at, "character "+quoteRune(c)+" in group name", notUnicode)
		}
		name.WriteRune(c)
	}
	if name.Len() == 0 {
		p.fail(start, "empty group name", notUnicode)
	}
	return name.String()
}

// isIDStart reports whether c has the Unicode property ID_Start, derived as
// in DerivedCoreProperties.txt.
func isIDStart(c rune) bool {
	return unicode.In(c, unicode.L, unicode.Nl, unicode.Other_ID_Start) &&
		!unicode.In(c, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

// isIDContinue reports whether c has the Unicode property ID_Continue,
// derived as in DerivedCoreProperties.txt.
func isIDContinue(c rune) bool {
	return unicode.In(c, unicode.L, unicode.Nl, unicode.Other_ID_Start,
		unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) &&
		!unicode.In(c, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}
