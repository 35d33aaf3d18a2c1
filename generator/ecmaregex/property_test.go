package ecmaregex

import (
	"errors"
	"regexp"
	"testing"
	"unicode"
)

// translateProp translates ^\p{body}$ and compiles the result.
func translateProp(t *testing.T, body string) *regexp.Regexp {
	t.Helper()
	got, err := Translate(`^\p{` + body + `}$`)
	if err != nil {
		t.Fatalf("\\p{%s}: %v", body, err)
	}
	return regexp.MustCompile(got)
}

// TestScripts checks every script Go's unicode package knows, by long name
// and by every alias, against its table.
func TestScripts(t *testing.T) {
	names := map[string]string{}
	for long := range unicode.Scripts {
		names[long] = long
	}
	for alias, long := range scriptAliases {
		if unicode.Scripts[long] == nil {
			t.Errorf("alias %s names %s, which unicode.Scripts lacks", alias, long)
		}
		names[alias] = long
	}
	for name, long := range names {
		re := translateProp(t, "Script="+name)
		for _, r := range tableSet(unicode.Scripts[long]) {
			for _, c := range []rune{r.lo, r.hi, r.lo - 1, r.hi + 1} {
				if c < 0 || c > unicode.MaxRune || c >= 0xD800 && c <= 0xDFFF {
					continue
				}
				if want := unicode.Is(unicode.Scripts[long], c); re.MatchString(string(c)) != want {
					t.Errorf("\\p{Script=%s} on U+%04X: got %v, want %v", name, c, !want, want)
				}
			}
		}
	}
}

// TestGeneralCategories checks every General_Category name and alias on a
// sample of code points.
func TestGeneralCategories(t *testing.T) {
	for name, short := range gcNames {
		re := translateProp(t, name)
		for c := rune(0); c <= unicode.MaxRune; c += 97 {
			if c >= 0xD800 && c <= 0xDFFF {
				continue
			}
			if want := inCategory(c, short); re.MatchString(string(c)) != want {
				t.Errorf("\\p{%s} on U+%04X: got %v, want %v", name, c, !want, want)
			}
		}
	}
}

// inCategory reports whether c has the General_Category short.
func inCategory(c rune, short string) bool {
	assigned := unicode.In(c, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z,
		unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs)
	switch short {
	case "C":
		return !unicode.In(c, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z)
	case "Cn":
		return !assigned
	case "LC":
		return unicode.In(c, unicode.Lu, unicode.Ll, unicode.Lt)
	}
	return unicode.Is(unicode.Categories[short], c)
}

// TestBinaryProperties checks every binary property ECMA-262 names: each
// translates, with a member and a non-member, or is rejected as having no
// table in Go's unicode package.
func TestBinaryProperties(t *testing.T) {
	samples := map[string]string{ // long name: member, non-member
		"ASCII": "\x7f\u0080", "ASCII_Hex_Digit": "fg", "Alphabetic": "\u0345\u0300",
		"Any": "\U0010FFFF", "Assigned": "a\u0378", "Bidi_Control": "\u200e\u200b",
		"Cased": "\u02b0\u01bb", "Dash": "\u2014_", "Deprecated": "\u0149n",
		"Diacritic": "^a", "Extender": "\u00b7.", "Hex_Digit": "\uff21G",
		"IDS_Binary_Operator": "\u2ff0\u2ff2", "IDS_Trinary_Operator": "\u2ff2\u2ff0",
		"ID_Continue": "\u00b7-", "ID_Start": "\u2118\u00b7", "Ideographic": "\u3006\u3005",
		"Join_Control": "\u200d\u200b", "Logical_Order_Exception": "\u0e40\u0e01",
		"Lowercase": "\u00aaA", "Math": "+-", "Noncharacter_Code_Point": "\ufffe\ufffd",
		"Pattern_Syntax": "!a", "Pattern_White_Space": "\u200e\u00a0",
		"Quotation_Mark": "\"`", "Radical": "\u2e80\u4e00", "Regional_Indicator": "\U0001F1E6A",
		"Sentence_Terminal": "!,", "Soft_Dotted": "ik", "Terminal_Punctuation": ",-",
		"Unified_Ideograph": "\u4e00\u2e80", "Uppercase": "\u2160\u2170",
		"Variation_Selector": "\ufe0f\u200d", "White_Space": "\u0085\u200b",
	}
	for name, long := range binaryNames {
		sample, ok := samples[long]
		if !ok {
			_, err := Translate(`\p{` + name + `}`)
			var e *Error
			if !errors.As(err, &e) || e.Msg != noTable {
				t.Errorf("\\p{%s}: got %v, want it rejected for want of a table", name, err)
			}
			continue
		}
		re := translateProp(t, name)
		rs := []rune(sample)
		yes, no := string(rs[0]), string(rs[1:])
		if !re.MatchString(yes) || no != "" && re.MatchString(no) {
			t.Errorf("\\p{%s}: matches %q: %v, %q: %v; want true, false", name, yes, re.MatchString(yes), no, re.MatchString(no))
		}
	}
}
