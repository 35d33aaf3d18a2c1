package naming

import (
	"slices"
	"strings"
	"unicode"
)

// initialisms lists the words that GoName writes with a fixed spelling instead
// of capitalising them. The list is kept sorted case-insensitively.
//
// A word matches an entry case-insensitively: "id", "Id" and "ID" all become
// "ID", and "oauth" becomes "OAuth". A word that is an entry followed by "s"
// is taken to be its plural and gets the entry's spelling followed by a
// lower-case "s" ("ids" → "IDs", "urls" → "URLs"). A word that is an entry
// followed by digits keeps the digits ("id2" → "ID2").
var initialisms = []string{
	"ACL", "API", "ASCII",
	"B2B",
	"CPU", "CSS",
	"DNS",
	"EOF",
	"GUID",
	"HTML", "HTTP", "HTTPS",
	"ID", "IP",
	"JSON", "JWT",
	"LHS",
	"MFA",
	"OAuth", "OTP",
	"QPS",
	"RAM", "RHS", "RPC",
	"SAML", "SLA", "SMTP", "SQL", "SSH", "SSO",
	"TCP", "TLS", "TOTP", "TTL",
	"UDP", "UI", "UID", "URI", "URL", "UTF8", "UUID",
	"VM",
	"XML", "XMPP", "XSRF", "XSS",
}

// initialismByLower maps the lower-case form of every entry of initialisms to
// its spelling.
var initialismByLower = func() map[string]string {
	m := make(map[string]string, len(initialisms))
	for _, s := range initialisms {
		m[strings.ToLower(s)] = s
	}
	return m
}()

// lookupInitialism returns the spelling of word if it is an initialism or the
// plural of one, matching case-insensitively.
func lookupInitialism(word string) (string, bool) {
	lw := strings.ToLower(word)
	if s, ok := initialismByLower[lw]; ok {
		return s, true
	}
	if stem, ok := strings.CutSuffix(lw, "s"); ok {
		if s, ok := initialismByLower[stem]; ok {
			return s + "s", true
		}
	}
	return "", false
}

// irregularInitialisms lists the entries of initialisms that are not made of
// upper-case letters only (such as "OAuth" and "B2B"), longest first.
// Unexported recognises them as a leading word, since its upper-case-run rule
// alone would cut them in the wrong place.
var irregularInitialisms = func() []string {
	var out []string
	for _, s := range initialisms {
		if strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsUpper(r) }) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}()
