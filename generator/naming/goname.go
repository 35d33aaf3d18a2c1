package naming

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// GoName turns any string (a JSON property name, a schema title, a $defs key,
// an enum value, a file name) into an exported Go identifier in MixedCaps.
//
// The input is split into words:
//   - at every rune that is neither a Unicode letter nor a decimal digit
//     ("_", "-", ".", " ", "$", "/", other punctuation, invalid UTF-8);
//   - before an upper-case letter that follows a lower-case letter, a digit
//     or a letter without case ("sessionToken" → session, Token;
//     "int32Value" → int32, Value);
//   - inside a run of upper-case letters that is followed by a lower-case
//     letter, before the last upper-case letter ("HTTPServer" → HTTP,
//     Server), except when that lower-case letter is a lone plural "s"
//     ("URLs", "IDsByName" → IDs, By, Name).
//
// Digits stay attached to the preceding word ("v1" → V1, "2fa" → 2fa).
//
// Each word is then spelled as follows, and the words are joined:
//   - a known initialism (the table in initialisms.go: ID, URL, JSON, HTTP,
//     OAuth, UTF8 and so on), its plural, or either followed by digits takes
//     the table's spelling, whatever its case in the input: "id" → ID,
//     "ids" → IDs, "oauth" → OAuth, "id2" → ID2;
//   - if the input contains at least one lower-case letter, a word written
//     entirely in upper case (optionally with a plural "s") is kept as written,
//     taken to be an acronym: "fooBAR" → FooBAR, "Content-MD5" → ContentMD5;
//   - otherwise the first rune is upper-cased and the rest lower-cased. So
//     input without lower-case letters (SCREAMING_SNAKE_CASE) reads normally:
//     "MAX_VALUE" → MaxValue, "ÄÖÜ" → Äöü.
//
// When a word ending in a digit is followed by a word starting with a digit,
// an underscore separates them so that "v1.2" (V1_2) and "v12" (V12) stay
// distinct.
//
// Non-ASCII letters are kept ("größe" → Größe). If the result does not start
// with an upper-case letter (it starts with a digit, or with a letter that has
// no upper case), it is prefixed with "X": "2fa" → X2fa, "名前" → X名前.
//
// If raw contains no letter or digit at all, each of its runes is spelled as a
// word instead: "+" → Plus, "-" → Minus, "<=" → LessEquals (see
// punctuationWords); a rune without a word is written as "U" and its
// hexadecimal code point, with a leading "X" if it comes first ("☃" →
// XU2603). The empty string gives "Empty".
//
// The result is always a valid, exported Go identifier, and so never a
// keyword. Distinct inputs may still give the same name ("user_id" and
// "userId" both give UserID); use a Scope to make names unique.
func GoName(raw string) string {
	words := splitWords(raw)
	if len(words) == 0 {
		return spellPunctuation(raw)
	}
	keepCase := strings.IndexFunc(raw, unicode.IsLower) >= 0
	var b strings.Builder
	prevDigit := false
	for _, w := range words {
		s := formatWord(w, keepCase)
		first, _ := utf8.DecodeRuneInString(s)
		if prevDigit && unicode.IsDigit(first) {
			b.WriteByte('_')
		}
		b.WriteString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		prevDigit = unicode.IsDigit(last)
	}
	name := b.String()
	if first, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(first) {
		name = "X" + name
	}
	return name
}

// runeClass is the role of a rune in word splitting.
type runeClass uint8

const (
	classSep      runeClass = iota // neither a letter nor a digit
	classUpper                     // upper-case or title-case letter
	classLower                     // lower-case letter
	classCaseless                  // letter without case, such as 名
	classDigit                     // decimal digit
)

// classify returns the class of r.
func classify(r rune) runeClass {
	switch {
	case unicode.IsDigit(r):
		return classDigit
	case !unicode.IsLetter(r):
		return classSep
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return classUpper
	case unicode.IsLower(r):
		return classLower
	default:
		return classCaseless
	}
}

// splitWords splits raw into words as documented on GoName. Every word is
// non-empty and holds only letters and digits.
func splitWords(raw string) [][]rune {
	rs := []rune(raw)
	cls := make([]runeClass, len(rs))
	for i, r := range rs {
		cls[i] = classify(r)
	}
	var words [][]rune
	start := -1 // start of the current word, or -1 between words
	for i := range rs {
		switch {
		case cls[i] == classSep:
			if start >= 0 {
				words = append(words, rs[start:i])
				start = -1
			}
		case start < 0:
			start = i
		default:
			if cut := cutBefore(rs, cls, i); cut > start {
				words = append(words, rs[start:cut])
				start = cut
			}
		}
	}
	if start >= 0 {
		words = append(words, rs[start:])
	}
	return words
}

// cutBefore returns the index at which a new word starts because of the case
// change at rs[i], or -1 if there is none. rs[i] and rs[i-1] are both letters
// or digits of the same word.
func cutBefore(rs []rune, cls []runeClass, i int) int {
	switch cls[i] {
	case classUpper:
		if cls[i-1] != classUpper {
			return i
		}
	case classLower:
		if i >= 2 && cls[i-1] == classUpper && cls[i-2] == classUpper && !isPluralS(rs, cls, i) {
			return i - 1
		}
	}
	return -1
}

// isPluralS reports whether rs[i] is an "s" that ends its word, as in "URLs".
func isPluralS(rs []rune, cls []runeClass, i int) bool {
	return rs[i] == 's' && (i+1 == len(rs) || cls[i+1] != classLower)
}

// formatWord spells one word as documented on GoName.
func formatWord(w []rune, keepCase bool) string {
	word := string(w)
	if s, ok := lookupInitialism(word); ok {
		return s
	}
	// An initialism followed by digits; the longest one wins, so that
	// "utf82" is UTF8 and 2.
	for j := len(w) - 1; j > 0 && unicode.IsDigit(w[j]); j-- {
		if s, ok := lookupInitialism(string(w[:j])); ok {
			return s + string(w[j:])
		}
	}
	if keepCase && isShouted(w) {
		return word
	}
	out := make([]rune, len(w))
	out[0] = unicode.ToUpper(w[0])
	for i, r := range w[1:] {
		out[i+1] = unicode.ToLower(r)
	}
	return string(out)
}

// isShouted reports whether w has an upper-case letter and no lower-case
// letter, ignoring a final plural "s" after an upper-case letter ("BARs").
func isShouted(w []rune) bool {
	if n := len(w); n >= 2 && w[n-1] == 's' && unicode.IsUpper(w[n-2]) {
		w = w[:n-1]
	}
	upper := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r) || unicode.IsTitle(r)
	}
	return upper
}

// punctuationWords spells the runes of a name that has no letter or digit.
var punctuationWords = map[rune]string{
	'!': "Bang",
	'#': "Hash",
	'$': "Dollar",
	'%': "Percent",
	'&': "And",
	'*': "Star",
	'+': "Plus",
	'-': "Minus",
	'.': "Dot",
	'/': "Slash",
	':': "Colon",
	'<': "Less",
	'=': "Equals",
	'>': "Greater",
	'?': "Question",
	'@': "At",
	'~': "Tilde",
}

// spellPunctuation spells raw, which has no letter or digit, rune by rune, as
// documented on GoName.
func spellPunctuation(raw string) string {
	if raw == "" {
		return "Empty"
	}
	var b strings.Builder
	for _, r := range raw {
		if w, ok := punctuationWords[r]; ok {
			b.WriteString(w)
			continue
		}
		if b.Len() == 0 {
			b.WriteByte('X')
		}
		fmt.Fprintf(&b, "U%04X", r)
	}
	return b.String()
}
