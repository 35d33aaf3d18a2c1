package jsonrt

import "testing"

// TestCompilePatternLookahead checks how expressions with lookaheads at the
// start of their alternatives are split and matched, including parentheses
// and | inside bracket expressions, escapes and \Q...\E, which do not split.
func TestCompilePatternLookahead(t *testing.T) {
	for _, tc := range []struct {
		expr         string
		match, other []string
	}{
		{`^(?!@@)[@a-z]+$`, []string{"@a", "a@@"}, []string{"@@a", ""}},
		{`^(?=[(|])[()|a]+$|^(?!\))b`, []string{"(a", "|", "b", "b)"}, []string{"a(", ")", ""}},
		{`^(?![]|])[^]()]+`, []string{"a", "a]"}, []string{"]a", "|", "("}},
		{`^(?!\Q)|(\E)x`, []string{"x", "x)"}, []string{")|(x", ""}},
		{`^(?![[:digit:])])\w`, []string{"a"}, []string{"1", ")"}},
		{`^(?=a)(?=[a-c]{2})(?!ab)`, []string{"aa", "ac"}, []string{"ab", "a", "ba"}},
		{`^(?!(?:meta|local)$)[^\n]*$|^meta\n$`, []string{"metal", "", "meta\n"}, []string{"meta", "local", "a\nb"}},
		{`x|^(?!a)b`, []string{"b", "ax", "xa"}, []string{"ab", "a", ""}},
	} {
		p, err := CompilePattern(tc.expr)
		if err != nil {
			t.Errorf("CompilePattern(%q): %v", tc.expr, err)
			continue
		}
		if p.String() != tc.expr {
			t.Errorf("CompilePattern(%q).String() = %q", tc.expr, p.String())
		}
		for _, s := range tc.match {
			if !p.MatchString(s) {
				t.Errorf("%q does not match %q", tc.expr, s)
			}
		}
		for _, s := range tc.other {
			if p.MatchString(s) {
				t.Errorf("%q matches %q", tc.expr, s)
			}
		}
	}
	for _, bad := range []string{`(?!a)b`, `a^(?!b)`, `^(?!a)b(?!c)`, `^(?!a`, `^(?!(?!a))`, `^(?!a))`, `^(?<=a)`, `^(?!a)[`} {
		if p, err := CompilePattern(bad); err == nil {
			t.Errorf("CompilePattern(%q) = %v, want an error", bad, p)
		}
	}
}
