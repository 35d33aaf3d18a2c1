package naming

import (
	"go/token"
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unexported turns an exported Go name, typically one returned by GoName,
// into an unexported one, for a local variable, a parameter or an unexported
// helper.
//
// The leading word is lower-cased: a single upper-case letter ("Foo" → foo,
// "X2fa" → x2fa), a whole leading initialism ("ID" → id, "URLValue" →
// urlValue, "HTTPServer" → httpServer, "IDsByName" → idsByName,
// "UTF8String" → utf8String), or a leading initialism from the initialisms
// table that is not all upper-case letters ("OAuthToken" → oauthToken,
// "B2BCustomer" → b2bCustomer).
//
// If the first letter has no lower-case form, "x" is prepended. If the result
// is a Go keyword or a predeclared identifier ("Type" → type_, "String" →
// string_, "Len" → len_, "True" → true_), "_" is appended. A name that does
// not start with an upper-case letter is only subject to that last rule.
func Unexported(name string) string {
	rs := []rune(name)
	k := leadingWordLen(name, rs)
	for i := range k {
		rs[i] = unicode.ToLower(rs[i])
	}
	out := string(rs)
	if first, _ := utf8.DecodeRuneInString(out); unicode.IsUpper(first) || unicode.IsTitle(first) {
		out = "x" + out
	}
	if token.IsKeyword(out) || types.Universe.Lookup(out) != nil {
		out += "_"
	}
	return out
}

// leadingWordLen returns how many leading runes of name (whose runes are rs)
// Unexported lower-cases.
func leadingWordLen(name string, rs []rune) int {
	for _, s := range irregularInitialisms {
		if rest, ok := strings.CutPrefix(name, s); ok {
			r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, "s"))
			if !unicode.IsLower(r) {
				return utf8.RuneCountInString(s)
			}
		}
	}
	u := 0
	for u < len(rs) && (unicode.IsUpper(rs[u]) || unicode.IsTitle(rs[u])) {
		u++
	}
	if u < 2 || u == len(rs) || !unicode.IsLower(rs[u]) {
		return u
	}
	if rs[u] == 's' && (u+1 == len(rs) || !unicode.IsLower(rs[u+1])) {
		return u // a plural initialism: "IDs", "URLsByHost"
	}
	return u - 1 // the last upper-case letter starts the next word
}
