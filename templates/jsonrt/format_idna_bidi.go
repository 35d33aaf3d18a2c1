package jsonrt

import "unicode"

// Approximate bidirectional classes (Bidi_Class) of the code points that
// can occur in a valid label, for the Bidi rule of RFC 5893.
const (
	fmtBidiL   = iota // left-to-right letters and digits
	fmtBidiR          // right-to-left letters: classes R and AL
	fmtBidiAN         // Arabic numbers
	fmtBidiEN         // European numbers
	fmtBidiES         // the hyphen-minus
	fmtBidiON         // other neutrals
	fmtBidiBN         // the joiners
	fmtBidiNSM        // non-spacing and enclosing marks
)

// fmtBidiClass returns the approximate bidirectional class of r.
func fmtBidiClass(r rune) int {
	switch {
	case '0' <= r && r <= '9', 0x06F0 <= r && r <= 0x06F9:
		return fmtBidiEN
	case 0x0660 <= r && r <= 0x0669, r == 0x066B, r == 0x066C, 0x10D30 <= r && r <= 0x10D39:
		return fmtBidiAN
	case r == '-':
		return fmtBidiES
	case r == 0x200C || r == 0x200D:
		return fmtBidiBN
	case r == 0x00B7 || r == 0x0375 || r == 0x30FB || unicode.Is(fmtNeutralLetters, r):
		return fmtBidiON
	case unicode.Is(fmtLeftToRightMarks, r):
		return fmtBidiL
	case unicode.In(r, unicode.Mn, unicode.Me):
		return fmtBidiNSM
	case unicode.In(r, fmtRTLScripts...), 0x10800 <= r && r <= 0x10FFF, 0x1E800 <= r && r <= 0x1EFFF:
		return fmtBidiR
	}
	return fmtBidiL
}

// fmtHasRTL reports whether label contains a character of class R, AL or
// AN, which makes the name a "Bidi domain name" (RFC 5893 section 1.4).
func fmtHasRTL(label []rune) bool {
	for _, r := range label {
		if c := fmtBidiClass(r); c == fmtBidiR || c == fmtBidiAN {
			return true
		}
	}
	return false
}

// fmtBidiRule reports whether label satisfies the six conditions of the
// Bidi rule (RFC 5893 section 2).
func fmtBidiRule(label []rune) bool {
	if len(label) == 0 {
		return false
	}
	rtl := false
	switch fmtBidiClass(label[0]) {
	case fmtBidiR:
		rtl = true
	case fmtBidiL:
	default:
		return false // condition 1
	}
	last := len(label) - 1
	for last > 0 && fmtBidiClass(label[last]) == fmtBidiNSM {
		last--
	}
	hasEN, hasAN := false, false
	for _, r := range label {
		switch fmtBidiClass(r) {
		case fmtBidiR, fmtBidiAN:
			if !rtl {
				return false // condition 5
			}
			hasAN = hasAN || fmtBidiClass(r) == fmtBidiAN
		case fmtBidiL:
			if rtl {
				return false // condition 2
			}
		case fmtBidiEN:
			hasEN = true
		}
	}
	switch end := fmtBidiClass(label[last]); {
	case rtl:
		return (end == fmtBidiR || end == fmtBidiEN || end == fmtBidiAN) && !(hasEN && hasAN) // 3, 4
	default:
		return end == fmtBidiL || end == fmtBidiEN // condition 6
	}
}
