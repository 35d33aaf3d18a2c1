package ecmaregex

import (
	"errors"
	"hash/fnv"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// FuzzTranslate checks that Translate never panics, that an error is an
// *Error pointing into the pattern, that a translation compiles, and that
// for patterns whose constructs mean the same in ECMA-262 and RE2 the
// translation matches the same strings as the pattern read by Go's regexp.
func FuzzTranslate(f *testing.F) {
	for _, tc := range translations {
		f.Add(tc.src, "abc")
	}
	for _, tc := range rejections {
		f.Add(tc.src, "")
	}
	for _, seed := range []string{`^(a|b)*?c{2,3}$`, `[^a-c\d]+x`, `\bfoo\B`, `(?<n>[\w-]+)@`, `a{0}|(?:)`, `[\[\]^-]`, `x*y+z?`, `^[a-z0-9]{0,4096}$`, `(?:ab|c){999,2500}?d{1001,}`} {
		f.Add(seed, "a-b_c foo@x yy")
	}
	f.Fuzz(func(t *testing.T, src, subject string) {
		got, err := Translate(src)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Offset < 0 || e.Offset > len(src) || got != "" {
				t.Fatalf("Translate(%q) = %q, %v: want an *Error with an offset in the pattern", src, got, err)
			}
			return
		}
		re, err := regexp.Compile(got)
		if err != nil {
			t.Fatalf("Translate(%q) = %q, which does not compile: %v", src, got, err)
		}
		if !sameInBoth(src) {
			return
		}
		orig, err := regexp.Compile(src)
		if err != nil {
			return
		}
		for _, s := range append(subjects(src), subject) {
			if re.MatchString(s) != orig.MatchString(s) {
				t.Fatalf("Translate(%q) = %q: on %q it gives %v, the pattern %v", src, got, s, re.MatchString(s), orig.MatchString(s))
			}
		}
	})
}

// sameInBoth reports whether src avoids every construct whose meaning
// differs between ECMA-262 and Go's regexp: . and escapes other than \d,
// \D, \w, \W, \b, \B and escaped punctuation, POSIX classes, the classes
// [] and [^] that Go reads as the start of a longer class, and repeat counts
// with leading zeros, which Go reads as literal text.
func sameInBoth(src string) bool {
	if !utf8.ValidString(src) || strings.ContainsAny(src, ".") || leadingZero.MatchString(src) {
		return false
	}
	for _, bad := range []string{"[:", "[]", "[^]"} {
		if strings.Contains(src, bad) {
			return false
		}
	}
	for i := 0; i < len(src); i++ {
		if src[i] != '\\' {
			continue
		}
		i++
		if i == len(src) {
			return false
		}
		c := src[i]
		alnum := c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if c >= utf8.RuneSelf || alnum && !strings.ContainsRune("dDwWbB", rune(c)) {
			return false
		}
	}
	return true
}

// leadingZero matches a number with a leading zero in a repeat count.
var leadingZero = regexp.MustCompile(`[{,]0[0-9]`)

// subjects returns strings to match src against: made of the characters of
// src and a few others, chosen by a generator seeded from src.
func subjects(src string) []string {
	h := fnv.New64a()
	h.Write([]byte(src))
	r := rand.New(rand.NewSource(int64(h.Sum64())))
	alphabet := append([]rune(src), 'a', 'b', 'Z', '0', '_', ' ', '-', '\n', 'é', '🐲')
	out := []string{"", src}
	for range 16 {
		var b strings.Builder
		for n := r.Intn(8); n > 0; n-- {
			b.WriteRune(alphabet[r.Intn(len(alphabet))])
		}
		out = append(out, b.String())
	}
	return out
}
