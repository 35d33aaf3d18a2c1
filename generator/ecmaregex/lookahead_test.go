package ecmaregex

import (
	"errors"
	"hash/fnv"
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

// lookaheads are patterns TranslateLookahead accepts, with strings they
// match and strings they do not, as ECMA-262 reads them.
var lookaheads = []struct {
	src          string
	match, other []string
}{
	{`^(?!@@)[@a-zA-Z0-9_-]+$`, []string{"@a", "a@@", "@", "x_y-z"}, []string{"@@", "@@a", "", "a b"}},
	{`^(?!(?:meta|local)$).*$`, []string{"", "metal", "meta2", "xlocal", "loca"}, []string{"meta", "local", "a\nb", "meta\n"}},
	{`^(?!\.{1,2}$)(?!.*\/)[a-zA-Z0-9\-\._]+$`, []string{"...", "a.b", ".a", "-_."}, []string{".", "..", "a/b", "", "a b"}},
	{`^(?!.*\bnative\b)[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)+$`,
		[]string{"a.b", "com.natives.x", "my.nativex", "x.native_y", "org.mynative"},
		[]string{"a", "com.native", "native.x", "a.native.b", "1a.b", "a..b"}},
	{`^(?=a)\w+$`, []string{"a", "abc"}, []string{"ba", "", "a-"}},
	{`^(?=.*\d)(?=.*[a-z])(?!.*\s).{6,}$`, []string{"abc123", "1aaaaa"}, []string{"abcdef", "123456", "abc 123", "a1"}},
	{`^(?!a)x|^(?!b)y`, []string{"x", "xa", "y", "yb"}, []string{"a", "b", "zx"}},
	{`^(?!a)|b`, []string{"", "b", "ab", "x"}, []string{"a", "aa"}},
	{`^(?!a)b|c`, []string{"b", "ac", "c"}, []string{"ab", "a"}},
	{`^(?!)`, nil, []string{"", "a"}},
	{`^(?=)`, []string{"", "a"}, nil},
	{`^(?!a$)`, []string{"", "ab", "b"}, []string{"a"}},
	{`^(?=(a|b)c)[a-z]`, []string{"ac", "bcd"}, []string{"cc", "a", "ab"}},
	{`^(?=(?<x>a))(?<x2>[a-z]+)$`, []string{"abc"}, []string{"bc"}},
	{`^(?!\b)`, []string{"", " a", "-"}, []string{"a", "_x"}},
	{`^(?!.*\B-)`, []string{"a-b", "", "ab"}, []string{"-", "a--", " -"}},
	{`^(?!.*\bx)`, []string{"ax", "éb", "_x"}, []string{"x", "a x", "éx"}},
	{`^(?![\u{1F409}é])`, []string{"a", ""}, []string{"🐉", "é"}},
	{`^(?!.*\p{Lu})`, []string{"abc", "é"}, []string{"aBc", "É"}},
	{`^(?=[^])`, []string{"\n", "a"}, []string{""}},
	{`^a$`, []string{"a"}, []string{"ab"}},
}

func TestTranslateLookahead(t *testing.T) {
	for _, tc := range lookaheads {
		out, found, err := TranslateLookahead(tc.src)
		if err != nil {
			t.Errorf("TranslateLookahead(%q): %v", tc.src, err)
			continue
		}
		if want := strings.Contains(tc.src, "(?!") || strings.Contains(tc.src, "(?="); found != want {
			t.Errorf("TranslateLookahead(%q) = %q: lookahead %v, want %v", tc.src, out, found, want)
		}
		p, err := jsonrt.CompilePattern(out)
		if err != nil {
			t.Errorf("TranslateLookahead(%q) = %q, which jsonrt does not compile: %v", tc.src, out, err)
			continue
		}
		oracle := ecmaPattern(t, tc.src)
		for _, s := range tc.match {
			if !p.MatchString(s) {
				t.Errorf("%q (%q) does not match %q", tc.src, out, s)
			}
			if ok, _ := oracle.MatchString(s); !ok && !oracleSkips(tc.src, s) {
				t.Errorf("the ECMAScript engine says %q does not match %q: the table is wrong", tc.src, s)
			}
		}
		for _, s := range tc.other {
			if p.MatchString(s) {
				t.Errorf("%q (%q) matches %q", tc.src, out, s)
			}
			if ok, _ := oracle.MatchString(s); ok && !oracleSkips(tc.src, s) {
				t.Errorf("the ECMAScript engine says %q matches %q: the table is wrong", tc.src, s)
			}
		}
	}
}

// TestTranslateLookaheadRejects checks that lookarounds that are not at the
// start of a top-level alternative stay errors, blaming the lookaround.
func TestTranslateLookaheadRejects(t *testing.T) {
	for _, tc := range []struct {
		src, construct string
		offset         int
	}{
		{`(?!a)b`, "negative lookahead (?!", 0},
		{`a^(?!b)`, "negative lookahead (?!", 2},
		{`^a(?=b)`, "lookahead (?=", 2},
		{`^(?!a)b(?!c)`, "negative lookahead (?!", 7},
		{`(^(?!a))`, "negative lookahead (?!", 2},
		{`(?:^(?!a)b)?c`, "negative lookahead (?!", 4},
		{`^(?!(?!a))`, "negative lookahead (?!", 4},
		{`^(?<=a)b`, "lookbehind (?<=", 1},
		{`^(?<!a)b`, "negative lookbehind (?<!", 1},
		{`^(?!(a))\1`, `backreference \1`, 8},
		{`^(?!a)*b`, "quantifier * after assertion (?!a)", 6},
		{`^(?!a`, "lookahead (?!", 1},
		{`^(?!a{2,1})`, "quantifier {2,1}", 5},
	} {
		out, _, err := TranslateLookahead(tc.src)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("TranslateLookahead(%q) = %q, %v: want an *Error", tc.src, out, err)
			continue
		}
		if !strings.HasPrefix(e.Construct, tc.construct) || e.Offset != tc.offset {
			t.Errorf("TranslateLookahead(%q): %v: want %q at offset %d", tc.src, err, tc.construct, tc.offset)
		}
		if _, err := Translate(tc.src); err == nil {
			t.Errorf("Translate(%q) accepts what TranslateLookahead rejects", tc.src)
		}
	}
}

// ecmaPattern compiles src with an ECMAScript engine, the oracle.
func ecmaPattern(t testing.TB, src string) *regexp2.Regexp {
	re, err := regexp2.Compile(src, regexp2.ECMAScript|regexp2.Unicode)
	if err != nil {
		t.Fatalf("regexp2 does not compile %q: %v", src, err)
	}
	re.MatchTimeout = time.Second
	return re
}

// FuzzLookahead checks that whenever TranslateLookahead accepts a pattern,
// jsonrt's Pattern compiled from the translation matches exactly the
// subjects an ECMAScript engine (regexp2) matches: the fuzz input's subject,
// and subjects made by mutating the pattern's own matches and the strings
// of the pattern, so that matches are not rare.
func FuzzLookahead(f *testing.F) {
	for _, tc := range lookaheads {
		for _, s := range append(tc.match, tc.other...) {
			f.Add(tc.src, s)
		}
	}
	for _, seed := range []string{`^(?!a|b$)(?=.*c)[abc]{1,4}|^x`, `^(?=\d)\d+(?!\d)`, `^(?!.*(\.\.|--))[a-z.-]+$`, `^(?!x)(?:y|)$|z`, `^[a-z0-9-]+(?<!-)$`, `^.+(?<=\.json)$|^a(?<!b)(?<=a)$`} {
		f.Add(seed, "abc")
	}
	f.Fuzz(func(t *testing.T, src, subject string) {
		// Long inputs find nothing short ones do not, and let the
		// backtracking oracle stall the fuzzer.
		if len(src) > 200 || len(subject) > 200 || !oracleAgrees(src) {
			return
		}
		_, lookahead, err := TranslateLookahead(src)
		if err != nil {
			return
		}
		if lookahead {
			checkLookahead(t, src, subject)
			return
		}
		// Most inputs have no lookahead: make it the body of some.
		for _, derived := range []string{`^(?=` + src + `)`, `^(?!` + src + `)`, `^(?!` + src + `)[^]|^(?=` + src + `)\w$`} {
			checkLookahead(t, derived, subject)
		}
	})
}

// checkLookahead checks src, which TranslateLookahead should accept, on
// subject and on subjects near the matches of src.
func checkLookahead(t *testing.T, src, subject string) {
	out, _, err := TranslateLookahead(src)
	if err != nil {
		t.Fatalf("TranslateLookahead(%q): %v", src, err)
	}
	p, err := jsonrt.CompilePattern(out)
	if err != nil {
		t.Fatalf("TranslateLookahead(%q) = %q, which jsonrt does not compile: %v", src, out, err)
	}
	oracle, err := regexp2.Compile(src, regexp2.ECMAScript|regexp2.Unicode)
	if err != nil {
		return // syntax regexp2 does not know, such as some property names
	}
	oracle.MatchTimeout = 20 * time.Millisecond
	timedOut := false
	check := func(s string) {
		if timedOut || oracleSkips(src, s) {
			return
		}
		want, err := oracle.MatchString(s)
		if err != nil {
			timedOut = true // catastrophic backtracking: give up on this pattern
			return
		}
		if got := p.MatchString(s); got != want {
			t.Fatalf("pattern %q (translated %q) on %q: got %v, the ECMAScript engine %v", src, out, s, got, want)
		}
	}
	check(subject)
	for _, s := range nearMatches(oracle, src, subject) {
		check(s)
	}
}

// oracleAgrees reports whether regexp2's ECMAScript mode reads src as
// ECMA-262 in unicode mode does, as far as the fuzz target is concerned: it
// reads property escapes with .NET's names, an escaped hyphen that starts
// or ends a range ([\--0], [ -\-]) as a literal, [: in a class as the start
// of a POSIX class ([[::][] matches "[0"), and . as any character but \n
// and \r (subjects with U+2028 and U+2029 are skipped instead, see
// oracleSkips).
func oracleAgrees(src string) bool {
	for _, differs := range []string{`\p`, `\P`, `\--`, `-\-`, `[:`} {
		if strings.Contains(src, differs) {
			return false
		}
	}
	return utf8.ValidString(src)
}

// oracleSkips reports whether regexp2 may read src differently from
// ECMA-262 on subject s: it counts U+2028 and U+2029 as characters that .
// matches, and non-ASCII letters and digits as word characters for \b and
// \B.
func oracleSkips(src, s string) bool {
	boundary := strings.Contains(src, `\b`) || strings.Contains(src, `\B`)
	return !utf8.ValidString(s) || strings.ContainsAny(s, "\u2028\u2029") || boundary && nonASCIIWord(s)
}

// nonASCIIWord reports whether s has a character that regexp2 counts as a
// word character for \b and \B although ECMA-262 does not: in unicode mode
// without the i flag, only [A-Za-z0-9_] are word characters.
func nonASCIIWord(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.In(r, unicode.L, unicode.Mn, unicode.Nd, unicode.Pc) {
			return true
		}
	}
	return false
}

// nearMatches returns subjects around the matches of the oracle: the
// matches found in subject and in strings made of pieces of src, each
// as it is, cut short, extended and with one character changed.
func nearMatches(oracle *regexp2.Regexp, src, subject string) []string {
	h := fnv.New64a()
	h.Write([]byte(src + "\x00" + subject))
	r := rand.New(rand.NewSource(int64(h.Sum64())))
	alphabet := append([]rune(src+subject), 'a', 'b', 'Z', '0', '_', ' ', '-', '.', '/', '@', '\n', 'é', '🐲')
	var bases []string
	for _, s := range []string{subject, src, strings.Trim(src, "^$")} {
		bases = append(bases, s)
		if m, err := oracle.FindStringMatch(s); err == nil && m != nil {
			bases = append(bases, m.String())
		}
	}
	for range 8 {
		var b strings.Builder
		for n := r.Intn(8); n > 0; n-- {
			b.WriteRune(alphabet[r.Intn(len(alphabet))])
		}
		bases = append(bases, b.String())
	}
	var out []string
	for _, s := range bases {
		rs := []rune(s)
		out = append(out, s)
		if len(rs) > 0 {
			i := r.Intn(len(rs))
			out = append(out, string(rs[:i]), string(rs[i+1:]), string(rs[:i])+string(alphabet[r.Intn(len(alphabet))])+string(rs[i+1:]))
		}
		out = append(out, s+string(alphabet[r.Intn(len(alphabet))]), string(alphabet[r.Intn(len(alphabet))])+s)
	}
	return out
}

// TestTranslateLookaheadPlain checks that TranslateLookahead translates a
// pattern without lookaheads exactly as Translate does, and rejects what
// Translate rejects, lookaheads elsewhere than at the start included.
func TestTranslateLookaheadPlain(t *testing.T) {
	for _, tc := range translations {
		out, found, err := TranslateLookahead(tc.src)
		if want, werr := Translate(tc.src); out != want || found || (err == nil) != (werr == nil) {
			t.Errorf("TranslateLookahead(%q) = %q, %v, %v; Translate gives %q, %v", tc.src, out, found, err, want, werr)
		}
	}
	for _, tc := range rejections { // none has a lookahead right after ^
		if out, _, err := TranslateLookahead(tc.src); err == nil {
			t.Errorf("TranslateLookahead(%q) = %q, want an error like Translate's", tc.src, out)
		}
	}
}
