package ecmaregex

import (
	"errors"
	"regexp"
	"testing"
)

// sp is the translation of ECMA-262's \s, without brackets.
const sp = `\t-\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`

// translations are ECMA-262 patterns and the RE2 patterns they become.
var translations = []struct{ src, want string }{
	// Constructs that mean the same in both.
	{`^abc$`, `^abc$`},
	{`a+`, `a+`},
	{`^a*$`, `^a*$`},
	{`a|b|`, `a|b|`},
	{`(a)(?:b)()`, `(a)(?:b)()`},
	{`\d\D\w\W`, `\d\D\w\W`},
	{`\b\B`, `\b\B`},
	{`[0-9]{2,}`, `\d{2,}`},
	{`a{2}b{0,}c{1,3}d{007}`, `a{2}b{0,}c{1,3}d{7}`},
	{`a*?b+?c??d{2}?e{2,}?f{2,3}?`, `a*?b+?c??d{2}?e{2,}?f{2,3}?`},
	{`é🐲*`, `é🐲*`},
	// Escapes of single characters.
	{`\t\n\v\f\r`, `\t\n\v\f\r`},
	{`\cC\cc\cJ`, `\x{3}\x{3}\n`},
	{`\0`, `\x{0}`},
	{`\x41\x7e\x7F`, `A~\x{7f}`},
	{`\u0041\u00e9\u2028`, `Aé\x{2028}`},
	{`\u{41}\u{1F432}\u{0000000041}`, `A🐲A`},
	{`\uD83D\uDC32+`, `🐲+`},
	{`\/\^\$\\\.\*\+\?\(\)\[\]\{\}\|`, `/\^\$\\\.\*\+\?\(\)\[\]\{\}\|`},
	// Classes whose meaning differs.
	{`\s`, `[` + sp + `]`},
	{`\S`, `[^` + sp + `]`},
	{`.`, `[^\n\r\x{2028}\x{2029}]`},
	{`^.*bar$`, `^[^\n\r\x{2028}\x{2029}]*bar$`},
	{`[^]`, `[\x{0}-\x{10ffff}]`},
	{`[]`, `[^\x{0}-\x{10ffff}]`},
	// Bracket expressions.
	{`[a-z]cole`, `[a-z]cole`},
	{`[a]`, `a`},
	{`[^a]`, `[^a]`},
	{`[.]`, `\.`},
	{`[\b]`, `\x{8}`},
	{`[\-]`, `-`},
	{`[a-]`, `[\-a]`},
	{`[-a]`, `[\-a]`},
	{`[a-c-e]`, `[\-a-ce]`},
	{`[--a]`, `[\--a]`},
	{`[[\]^]`, `[\[\]\^]`},
	{`[^^]`, `[^\^]`},
	{`[\w]`, `\w`},
	{`[^\w]`, `\W`},
	{`[^\d]`, `\D`},
	{`[\s\d]`, `[` + sp[:6] + `0-9` + sp[6:] + `]`},
	{`[^\s\d]`, `[^` + sp[:6] + `0-9` + sp[6:] + `]`},
	{`[^\S]`, `[` + sp + `]`},
	{`[\W\d]`, `[\x{0}-@\[-\^` + "`" + `{-\x{10ffff}]`},
	{`[\cA-\cZ]`, `[\x{1}-\x{1a}]`},
	{`[\u{1F400}-\u{1F43F}]`, `[🐀-🐿]`},
	{`[\uD83D\uDC32-\uD83D\uDC33]`, `[🐲🐳]`},
	// Unicode property escapes.
	{`\p{L}`, `\p{L}`},
	{`\p{Letter}cole`, `\p{L}cole`},
	{`^\p{digit}+$`, `^\p{Nd}+$`},
	{`\p{gc=Lu}\p{General_Category=Uppercase_Letter}`, `\p{Lu}\p{Lu}`},
	{`\P{L}`, `\P{L}`},
	{`[^\p{L}]`, `\P{L}`},
	{`[^\P{L}]`, `\p{L}`},
	{`[\p{L}\d_]`, `[0-9_\p{L}]`},
	{`[\P{L}a]`, `[a\P{L}]`},
	{`\p{Script=Greek}\p{sc=Grek}\p{sc=Qaac}`, `\p{Greek}\p{Greek}\p{Coptic}`},
	{`\p{LC}`, `[\p{Ll}\p{Lt}\p{Lu}]`},
	{`\p{C}`, `[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Z}]`},
	{`\P{C}`, `[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Z}]`},
	{`\p{Cn}`, `[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cs}]`},
	{`\p{Assigned}`, `[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cs}]`},
	{`\p{Any}`, `[\x{0}-\x{10ffff}]`},
	{`\P{Any}`, `[^\x{0}-\x{10ffff}]`},
	{`\p{ASCII}`, `[\x{0}-\x{7f}]`},
	{`\p{AHex}`, `[0-9A-Fa-f]`},
	{`\p{White_Space}`, `[\t-\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]`},
	{`\p{Lower}`, `[ªºʰ-ʸˀˁˠ-ˤ\x{345}ͺჼᴬ-ᵪᵸᶛ-ᶿⁱⁿₐ-ₜⅰ-ⅿⓐ-ⓩⱼⱽꚜꚝꝰꟲ-ꟴꟸꟹꭜ-ꭟꭩ𐞀𐞃-𐞅𐞇-𐞰𐞲-𐞺𞀰-𞁭\p{Ll}]`},
	// Groups.
	{`(?<year>\d{4})`, `(?P<year>\d{4})`},
	{`(?<$x>a)(?<π>b)(?<\u0061b>c)`, `(a)(b)(?P<ab>c)`},
	{`(?<a>x)|(?<a>y)`, `(?P<a>x)|(y)`},
	{`(?:(?<a>x)|(?<a>y))+`, `(?:(?P<a>x)|(y))+`},
}

func TestTranslate(t *testing.T) {
	for _, tc := range translations {
		got, err := Translate(tc.src)
		if err != nil || got != tc.want {
			t.Errorf("Translate(%q) = %q, %v; want %q", tc.src, got, err, tc.want)
			continue
		}
		if _, err := regexp.Compile(got); err != nil {
			t.Errorf("Translate(%q) = %q, which does not compile: %v", tc.src, got, err)
		}
	}
}

// rejections are ECMA-262 patterns Translate rejects, with the construct
// and offset of the error.
var rejections = []struct {
	src       string
	construct string
	offset    int
}{
	// Valid ECMA-262 that RE2 cannot express.
	{`a(?=b)`, "lookahead (?=", 1},
	{`a(?!b)`, "negative lookahead (?!", 1},
	{`(?<=a)b`, "lookbehind (?<=", 0},
	{`(?<!a)b`, "negative lookbehind (?<!", 0},
	{`(a)\1`, `backreference \1`, 3},
	{`(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10`, `backreference \10`, 30},
	{`(?<n>a)\k<n>`, `named backreference \k`, 7},
	{`\uD83D`, `lone surrogate \uD83D`, 0},
	{`x\u{DC00}`, `lone surrogate \u{DC00}`, 1},
	{`[\uD800-\uDBFF]`, `lone surrogate \uD800`, 1},
	{`a{100001}`, "quantifier {100001}", 1},
	{`(a){1001}`, "quantifier {1001}", 3},
	{`a{0,99999999999999999999}`, "quantifier {0,99999999999999999999}", 1},
	{`(?i:a)`, "modifier group (?i", 0},
	{`\p{Emoji}`, `property \p{Emoji}`, 0},
	{`\p{scx=Grek}`, `property \p{scx=Grek}`, 0},
	{`\p{Script=Unknown}`, `property \p{Script=Unknown}`, 0},
	// Not valid ECMA-262 in unicode mode.
	{`a{`, "lone {", 1},
	{`{2}`, "quantifier {2}", 0},
	{`a{2,1}`, "quantifier {2,1}", 1},
	{`a{,2}`, "lone {", 1},
	{`a}`, "lone }", 1},
	{`]`, "lone ]", 0},
	{`*a`, "quantifier *", 0},
	{`a**`, "quantifier *", 2},
	{`^*`, "quantifier * after assertion ^", 1},
	{`\b+`, `quantifier + after assertion \b`, 2},
	{`(a`, "group (", 0},
	{`a)`, ")", 1},
	{`[a`, "class [", 0},
	{`a\`, `escape \`, 1},
	{`\-`, `escape \-`, 0},
	{`\a`, `escape \a`, 0},
	{`\c1`, `control escape \c`, 0},
	{`\00`, `octal escape \00`, 0},
	{`\x4`, `escape \x`, 0},
	{`\u004`, `escape \u`, 0},
	{`\u{110000}`, `escape \u{`, 0},
	{`[\B]`, `escape \B in a class`, 1},
	{`[\1]`, `escape \1 in a class`, 1},
	{`[z-a]`, "range z-a", 1},
	{`[\d-z]`, `range \d-z with a class escape`, 1},
	{`\pL`, `property escape \p`, 0},
	{`\p{L`, `property escape \p{`, 0},
	{`\p{Greek}`, `property \p{Greek}`, 0},
	{`\p{letter}`, `property \p{letter}`, 0},
	{`\p{Foo=Bar}`, `property \p{Foo=Bar}`, 0},
	{`(?P<n>a)`, "group (?", 0},
	{`(?<>a)`, "empty group name", 0},
	{`(?<1a>a)`, `character '1' in group name`, 3},
	{`(?<a>x)(?<a>y)`, "group name <a>", 7},
	{"a\xffb", "byte 0xff", 1},
}

func TestTranslateRejects(t *testing.T) {
	for _, tc := range rejections {
		got, err := Translate(tc.src)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Translate(%q) = %q, %v; want an *Error", tc.src, got, err)
			continue
		}
		if got != "" || e.Construct != tc.construct || e.Offset != tc.offset {
			t.Errorf("Translate(%q) = %q, %q at %d (%v); want %q at %d", tc.src, got, e.Construct, e.Offset, err, tc.construct, tc.offset)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := Translate(`abcd(?=x)`)
	if want := "ecmaregex: lookahead (?= at offset 4 has no RE2 equivalent"; err == nil || err.Error() != want {
		t.Errorf("error = %v; want %s", err, want)
	}
}

// behaviours are patterns with strings they must and must not match once
// translated, for the constructs whose meaning differs between ECMA-262
// and RE2.
var behaviours = []struct {
	src     string
	yes, no []string
}{
	{`^\s$`, []string{" ", "\t", "\v", "\f", "\n", "\r", "\u00a0", "\ufeff", "\u2028", "\u2029", "\u2003", "\u1680", "\u3000"}, []string{"a", "\u0001", "\u2013", "\u0085", "\u200b"}},
	{`^\S$`, []string{"a", "\u0001", "\u2013", "\u0085"}, []string{" ", "\t", "\v", "\u00a0", "\ufeff", "\u2029"}},
	{`^.$`, []string{"a", "\t", "\u0085", "🐲", "\x00"}, []string{"\n", "\r", "\u2028", "\u2029", "", "ab"}},
	{`^[^]$`, []string{"a", "\n", "\r", "\u2028", "🐲"}, []string{"", "ab"}},
	{`[]`, nil, []string{"", "a", "\n"}},
	{`^abc$`, []string{"abc"}, []string{"abc\n", "\nabc", "xabc"}},
	{`^\d$`, []string{"0", "9"}, []string{"\u07c0", "\u0660", "a"}},
	{`^\w$`, []string{"a", "Z", "0", "_"}, []string{"é", "\u212a", "\u017f", "-"}},
	{`\bé`, []string{"aé", "0é"}, []string{"é", " é", "πé"}},
	{`^\p{L}+$`, []string{"Hello", "π", "é"}, []string{"123", ""}},
	{`^\P{C}$`, []string{"a", " ", "🐲"}, []string{"\x00", "\u200b", "\U000E0001", "\u0378", "\uE000"}},
	{`^\p{C}$`, []string{"\x00", "\u200b", "\u0378", "\uE000", "\U0010FFFF"}, []string{"a", " "}},
	{`^\p{Cn}$`, []string{"\u0378", "\U0010FFFF"}, []string{"\x00", "\uE000", "a"}},
	{`^\p{Alpha}$`, []string{"a", "\u0345", "Ⅰ"}, []string{"1", "\u0300"}},
	{`^\p{ID_Start}\p{ID_Continue}*$`, []string{"abc", "a1", "π_", "℘x"}, []string{"1a", "a-b", "ⸯ"}},
	{`^[\S\d]+$`, []string{"abc", "123", "é"}, []string{" ", "a b", "\u3000"}},
	{`^\u{1F432}*$`, []string{"", "🐲", "🐲🐲"}, []string{"🐉", "D"}},
}

func TestBehaviour(t *testing.T) {
	for _, tc := range behaviours {
		got, err := Translate(tc.src)
		if err != nil {
			t.Errorf("Translate(%q): %v", tc.src, err)
			continue
		}
		re := regexp.MustCompile(got)
		for _, s := range tc.yes {
			if !re.MatchString(s) {
				t.Errorf("%q (as %q) does not match %q", tc.src, got, s)
			}
		}
		for _, s := range tc.no {
			if re.MatchString(s) {
				t.Errorf("%q (as %q) matches %q", tc.src, got, s)
			}
		}
	}
}
