package ecmaregex

import (
	"strings"
	"testing"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

func TestTrailingLookbehind(t *testing.T) {
	for _, tt := range []struct {
		src, want   string
		match, miss []string
	}{
		{`^[a-z0-9-]+(?<!-)$`, `^(?![\x{0}-\x{10ffff}]*(?:-)$)[\-0-9a-z]+$`, []string{"a", "a-b", "ab"}, []string{"", "a-", "-", "A"}},
		{`^(?!-)[a-z-]{1,63}(?<!-)$`, `^(?!-)(?![\x{0}-\x{10ffff}]*(?:-)$)[\-a-z]{1,63}$`, []string{"a-b"}, []string{"-a", "a-", "a_b"}},
		{`^.+(?<=\.json)$`, `^(?=[\x{0}-\x{10ffff}]*(?:\.json)$)[^\n\r\x{2028}\x{2029}]+$`, []string{"a.json"}, []string{"a.yaml", ".jso"}},
		{`^a+(?<!aaa)(?<!b)$|^x$`, `^(?![\x{0}-\x{10ffff}]*(?:aaa)$)(?![\x{0}-\x{10ffff}]*(?:b)$)a+$|^x$`, []string{"a", "aa", "x"}, []string{"aaa", "aaaa", "b", ""}},
	} {
		got, lookahead, err := TranslateLookahead(tt.src)
		if err != nil || !lookahead || got != tt.want {
			t.Errorf("TranslateLookahead(%q) = %q, %v, %v; want %q", tt.src, got, lookahead, err, tt.want)
			continue
		}
		p, err := jsonrt.CompilePattern(got)
		if err != nil {
			t.Errorf("%s: %v", got, err)
			continue
		}
		for _, s := range append(append([]string(nil), tt.match...), tt.miss...) {
			checkLookahead(t, tt.src, s) // against the ECMAScript engine
		}
		for _, s := range tt.match {
			if !p.MatchString(s) {
				t.Errorf("%s does not match %q", tt.src, s)
			}
		}
		for _, s := range tt.miss {
			if p.MatchString(s) {
				t.Errorf("%s matches %q", tt.src, s)
			}
		}
	}
}

func TestLookbehindRejects(t *testing.T) {
	for _, src := range []string{`(?<=a)b`, `^a(?<!b)c$`, `a(?<!b)$`, `^a(?<!b)`, `^a(?<!b)$x`, `^(a(?<!b)$)`} {
		if out, _, err := TranslateLookahead(src); err == nil || !strings.Contains(err.Error(), "lookbehind") {
			t.Errorf("TranslateLookahead(%q) = %q, %v; want a lookbehind error", src, out, err)
		}
	}
	if out, err := Translate(`^a(?<!b)$`); err == nil {
		t.Errorf("Translate reads a lookbehind: %q", out)
	}
}
