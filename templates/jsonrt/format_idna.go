package jsonrt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file checks internationalised host names against IDNA2008
// (RFC 5890-5893) as far as the standard library allows. The approximations
// are:
//
//   - The derived property of RFC 5892 is computed from the general
//     categories and scripts of the unicode package (Unicode 15.0) and the
//     tables of format_idna_tables.go rather than from the IANA registry.
//   - U-labels are not checked to be in Normalization Form C, and the ASCII
//     letters of a U-label may be upper case (DNS matches ASCII without
//     regard to case); other upper-case letters are disallowed, as IDNA2008
//     requires.
//   - Joining types (for ZERO WIDTH NON-JOINER) and bidirectional classes
//     (for the Bidi rule) are approximated from scripts, with explicit lists
//     for the right-joining Arabic and Syriac letters and for the few
//     letters and marks whose bidirectional class differs from the rest.
//   - Host names are checked as registered, not mapped as in UTS 46 lookup.

// fmtIDNAProp is the IDNA2008 derived property of a code point.
type fmtIDNAProp uint8

// The derived properties of RFC 5892 (UNASSIGNED counts as disallowed).
const (
	fmtDisallowed fmtIDNAProp = iota
	fmtPValid
	fmtContextJ
	fmtContextO
)

// fmtIsIDNHostname reports whether s is an internationalised host name: labels
// separated by full stops (".", U+3002, U+FF0E or U+FF61) that are each an
// ASCII host name label (see "hostname"), a valid A-label or a valid U-label,
// at most 63 octets long in their ASCII form and 253 octets together.
func fmtIsIDNHostname(s string) bool {
	// Each code point takes at least one octet of the ASCII form.
	if s == "" || !utf8.ValidString(s) || utf8.RuneCountInString(s) > 253 {
		return false
	}
	var labels []string
	start := 0
	for i, r := range s {
		if r == '.' || r == 0x3002 || r == 0xFF0E || r == 0xFF61 {
			labels = append(labels, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return fmtCheckIDNLabels(append(labels, s[start:]), true)
}

// fmtCheckIDNLabels checks the labels of a host name. ASCII labels must be
// host name labels and, if they start with "xn--", A-labels; other labels
// (only allowed if allowUnicode is set) must be U-labels. The name must be at
// most 253 octets long in ASCII form and satisfy the Bidi rule if one of its
// labels contains a right-to-left character.
func fmtCheckIDNLabels(labels []string, allowUnicode bool) bool {
	total := len(labels) - 1
	ulabels := make([][]rune, len(labels))
	bidi := false
	for i, label := range labels {
		var ok bool
		var asciiLen int
		if fmtIsASCII(label) {
			ulabels[i], ok = fmtASCIILabel(label)
			asciiLen = len(label)
		} else if allowUnicode && utf8.RuneCountInString(label) <= 63-len("xn--") {
			// Longer labels cannot be valid: each code point takes at
			// least one octet of the A-label.
			ulabels[i] = []rune(label)
			ok = fmtIsULabel(ulabels[i])
			enc, encOK := fmtPunycodeEncode(ulabels[i])
			asciiLen, ok = len("xn--")+len(enc), ok && encOK
		}
		if !ok || asciiLen > 63 {
			return false
		}
		if total += asciiLen; total > 253 {
			return false
		}
		bidi = bidi || fmtHasRTL(ulabels[i])
	}
	for _, u := range ulabels {
		if bidi && !fmtBidiRule(u) {
			return false
		}
	}
	return true
}

// fmtIsASCII reports whether s is all ASCII.
func fmtIsASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fmtASCIILabel checks an ASCII label and returns its code points, decoded
// from Punycode if it is an A-label. An A-label must decode to a U-label
// that is not all ASCII and encode back to the same label.
func fmtASCIILabel(label string) ([]rune, bool) {
	if !fmtIsLDHLabel(label) {
		return nil, false
	}
	if len(label) < 4 || !strings.EqualFold(label[:4], "xn--") {
		return []rune(label), true
	}
	u, ok := fmtPunycodeDecode(label[4:])
	if !ok || fmtIsASCII(string(u)) || !fmtIsULabel(u) {
		return nil, false
	}
	enc, ok := fmtPunycodeEncode(u)
	return u, ok && strings.EqualFold(enc, label[4:])
}

// fmtIsULabel reports whether the code points of label form a valid U-label
// (RFC 5891 section 5.4): no hyphen at the start, at the end, or in both the
// third and fourth positions; no combining mark at the start; and only code
// points that are PVALID or whose contextual rule holds.
func fmtIsULabel(label []rune) bool {
	n := len(label)
	if n == 0 || label[0] == '-' || label[n-1] == '-' ||
		(n >= 4 && label[2] == '-' && label[3] == '-') || unicode.Is(unicode.M, label[0]) {
		return false
	}
	for i, r := range label {
		switch fmtIDNAPropOf(r) {
		case fmtPValid:
		case fmtContextJ:
			if !fmtContextJRule(label, i) {
				return false
			}
		case fmtContextO:
			if !fmtContextORule(label, i) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// fmtIDNAPropOf returns the derived property of r following the rules of
// RFC 5892 section 3 in order.
func fmtIDNAPropOf(r rune) fmtIDNAProp {
	if p, ok := fmtIDNAExceptions[r]; ok {
		return p
	}
	if r < utf8.RuneSelf {
		if fmtIsAlpha(byte(r)) || fmtIsDigit(byte(r)) || r == '-' {
			return fmtPValid
		}
		return fmtDisallowed
	}
	if r == 0x200C || r == 0x200D {
		return fmtContextJ
	}
	if 0x0660 <= r && r <= 0x0669 || 0x06F0 <= r && r <= 0x06F9 {
		return fmtContextO // the Arabic-Indic digits among the Exceptions
	}
	if unicode.In(r, fmtUnstable, fmtIgnorable, unicode.Other_Default_Ignorable_Code_Point,
		unicode.Variation_Selector, unicode.Noncharacter_Code_Point) {
		return fmtDisallowed
	}
	if unicode.In(r, unicode.Ll, unicode.Lo, unicode.Lm, unicode.Mn, unicode.Mc, unicode.Nd) {
		return fmtPValid
	}
	return fmtDisallowed
}

// fmtContextJRule applies the CONTEXTJ rule (RFC 5892 appendix A.1 and A.2)
// to the joiner at label[i]. Both joiners may follow a virama; ZERO WIDTH
// NON-JOINER may also stand between a left- or dual-joining letter and a
// right- or dual-joining letter, with transparent characters in between.
func fmtContextJRule(label []rune, i int) bool {
	if i > 0 && unicode.Is(fmtViramas, label[i-1]) {
		return true
	}
	if label[i] != 0x200C {
		return false
	}
	j := i - 1
	for j >= 0 && fmtJoiningType(label[j]) == 'T' {
		j--
	}
	if j < 0 || (fmtJoiningType(label[j]) != 'L' && fmtJoiningType(label[j]) != 'D') {
		return false
	}
	k := i + 1
	for k < len(label) && fmtJoiningType(label[k]) == 'T' {
		k++
	}
	return k < len(label) && (fmtJoiningType(label[k]) == 'R' || fmtJoiningType(label[k]) == 'D')
}

// fmtJoiningType approximates the Unicode Joining_Type of r: 'T'
// (transparent) for marks and format characters, 'R' or 'D' for the letters
// of cursive scripts and 'U' (non-joining) otherwise.
func fmtJoiningType(r rune) byte {
	switch {
	case r == 0x200C || r == 0x200D:
		return 'U'
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 'T'
	case !unicode.IsLetter(r) || unicode.Is(fmtNonJoining, r) || !unicode.In(r, fmtJoiningScripts...):
		return 'U'
	case unicode.Is(fmtRightJoining, r):
		return 'R'
	}
	return 'D'
}

// fmtContextORule applies the CONTEXTO rule (RFC 5892 appendix A.3 to A.9)
// to the code point at label[i].
func fmtContextORule(label []rune, i int) bool {
	before := func(table *unicode.RangeTable) bool { return i > 0 && unicode.Is(table, label[i-1]) }
	switch r := label[i]; {
	case r == 0x00B7: // MIDDLE DOT: between two "l"
		return i > 0 && label[i-1] == 'l' && i+1 < len(label) && label[i+1] == 'l'
	case r == 0x0375: // GREEK LOWER NUMERAL SIGN: followed by Greek
		return i+1 < len(label) && unicode.Is(unicode.Greek, label[i+1])
	case r == 0x05F3 || r == 0x05F4: // HEBREW GERESH, GERSHAYIM: after Hebrew
		return before(unicode.Hebrew)
	case r == 0x30FB: // KATAKANA MIDDLE DOT: with Hiragana, Katakana or Han
		for _, c := range label {
			if c != 0x30FB && unicode.In(c, unicode.Hiragana, unicode.Katakana, unicode.Han) {
				return true
			}
		}
		return false
	case 0x0660 <= r && r <= 0x0669: // ARABIC-INDIC DIGITS: not with extended ones
		return !fmtHasRuneIn(label, 0x06F0, 0x06F9)
	case 0x06F0 <= r && r <= 0x06F9: // EXTENDED ARABIC-INDIC DIGITS: not with the others
		return !fmtHasRuneIn(label, 0x0660, 0x0669)
	}
	return false
}

// fmtHasRuneIn reports whether label has a code point in [lo, hi].
func fmtHasRuneIn(label []rune, lo, hi rune) bool {
	for _, r := range label {
		if lo <= r && r <= hi {
			return true
		}
	}
	return false
}
