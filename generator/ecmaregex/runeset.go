package ecmaregex

import (
	"slices"
	"unicode"
)

// runeRange is the inclusive range of code points lo through hi.
type runeRange struct{ lo, hi rune }

// runeSet is a set of code points as sorted, disjoint, non-adjacent ranges
// once normalized.
type runeSet []runeRange

// rangeOf returns the set of code points lo through hi.
func rangeOf(lo, hi rune) runeSet { return runeSet{{lo, hi}} }

// runes returns the set holding exactly rs.
func runes(rs ...rune) runeSet {
	s := make(runeSet, 0, len(rs))
	for _, r := range rs {
		s = append(s, runeRange{r, r})
	}
	return s.normalize()
}

// normalize sorts s and merges overlapping and adjacent ranges. It may reuse
// the memory of s.
func (s runeSet) normalize() runeSet {
	if len(s) < 2 {
		return s
	}
	slices.SortFunc(s, func(a, b runeRange) int { return int(a.lo - b.lo) })
	out := s[:1]
	for _, r := range s[1:] {
		last := &out[len(out)-1]
		if r.lo <= last.hi+1 {
			last.hi = max(last.hi, r.hi)
			continue
		}
		out = append(out, r)
	}
	return out
}

// union returns the code points in any of the sets.
func union(sets ...runeSet) runeSet {
	var out runeSet
	for _, s := range sets {
		out = append(out, s...)
	}
	return out.normalize()
}

// complement returns the code points from 0 to unicode.MaxRune not in s,
// which must be normalized.
func (s runeSet) complement() runeSet {
	var out runeSet
	next := rune(0)
	for _, r := range s {
		if r.lo > next {
			out = append(out, runeRange{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, runeRange{next, unicode.MaxRune})
	}
	return out
}

// isRune reports whether s holds exactly one code point.
func (s runeSet) isRune() bool { return len(s) == 1 && s[0].lo == s[0].hi }

// tableSet returns the code points of a unicode.RangeTable.
func tableSet(t *unicode.RangeTable) runeSet {
	var out runeSet
	add := func(lo, hi, stride rune) {
		if stride == 1 {
			out = append(out, runeRange{lo, hi})
			return
		}
		for r := lo; r <= hi; r += stride {
			out = append(out, runeRange{r, r})
		}
	}
	for _, r := range t.R16 {
		add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range t.R32 {
		add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return out.normalize()
}

// Sets for the ECMA-262 character class escapes. ECMA-262 without the i
// flag defines \d and \w over ASCII only, even in unicode mode; \s is
// WhiteSpace plus LineTerminator: TAB, LF, VT, FF, CR, SPACE, NBSP, ZWNBSP,
// LS, PS and every other Space_Separator (Zs) code point.
var (
	digitSet = rangeOf('0', '9')
	wordSet  = union(rangeOf('0', '9'), rangeOf('A', 'Z'), runes('_'), rangeOf('a', 'z'))
	spaceSet = union(rangeOf('\t', '\r'), runes(' ', 0xA0, 0xFEFF, 0x2028, 0x2029), tableSet(unicode.Zs))
	// lineTerminators are the code points ECMA-262's . does not match.
	lineTerminators = runes('\n', '\r', 0x2028, 0x2029)
	asciiSet        = rangeOf(0, 0x7F)
)
