package jsonrt

import (
	"strings"
	"unicode/utf8"
)

// fmtIsURI reports whether s is an absolute URI with optional fragment, the
// URI rule of RFC 3986.
func fmtIsURI(s string) bool { return fmtCheckURI(s, false, false) }

// fmtIsURIReference reports whether s is a URI or a relative reference, the
// URI-reference rule of RFC 3986.
func fmtIsURIReference(s string) bool { return fmtCheckURI(s, false, true) }

// fmtIsIRI reports whether s is an IRI, the IRI rule of RFC 3987: a URI that
// may also contain non-ASCII characters (ucschar, and iprivate in the
// query).
func fmtIsIRI(s string) bool { return fmtCheckURI(s, true, false) }

// fmtIsIRIReference reports whether s is an IRI or a relative IRI
// reference, the IRI-reference rule of RFC 3987.
func fmtIsIRIReference(s string) bool { return fmtCheckURI(s, true, true) }

// fmtCheckURI checks s against the URI grammar of RFC 3986, or the IRI
// grammar of RFC 3987 if iri is set. A relative reference (no scheme) is
// accepted only if ref is set.
func fmtCheckURI(s string, iri, ref bool) bool {
	if iri && !utf8.ValidString(s) {
		return false
	}
	scheme := fmtScheme(s)
	if scheme == 0 && !ref {
		return false
	}
	rest, fragment, hasFragment := strings.Cut(s[scheme:], "#")
	if hasFragment && !fmtURIChars(fragment, ":@/?", iri, false) {
		return false
	}
	rest, query, hasQuery := strings.Cut(rest, "?")
	if hasQuery && !fmtURIChars(query, ":@/?", iri, true) {
		return false
	}
	path := rest
	if auth, ok := strings.CutPrefix(rest, "//"); ok {
		if j := strings.IndexByte(auth, '/'); j >= 0 {
			auth, path = auth[:j], auth[j:]
		} else {
			path = ""
		}
		if !fmtAuthority(auth, iri) {
			return false
		}
	} else if scheme == 0 {
		// path-noscheme: no colon in the first segment.
		first, _, _ := strings.Cut(path, "/")
		if strings.IndexByte(first, ':') >= 0 {
			return false
		}
	}
	return fmtURIChars(path, ":@/", iri, false)
}

// fmtScheme returns the length of the scheme and colon that start s, or 0
// if s does not start with a scheme.
func fmtScheme(s string) int {
	if s == "" || !fmtIsAlpha(s[0]) {
		return 0
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':':
			return i + 1
		case !fmtIsAlpha(c) && !fmtIsDigit(c) && c != '+' && c != '-' && c != '.':
			return 0
		}
	}
	return 0
}

// fmtAuthority checks an authority: [userinfo "@"] host [":" port], where
// host is an IP literal in brackets (IPv6 or IPvFuture) or a reg-name (which
// includes IPv4 addresses).
func fmtAuthority(auth string, iri bool) bool {
	if i := strings.IndexByte(auth, '@'); i >= 0 {
		if !fmtURIChars(auth[:i], ":", iri, false) {
			return false
		}
		auth = auth[i+1:]
	}
	var port string
	if strings.HasPrefix(auth, "[") {
		j := strings.IndexByte(auth, ']')
		if j < 0 || !fmtIsIPLiteral(auth[1:j]) {
			return false
		}
		port = auth[j+1:]
		if port != "" && port[0] != ':' {
			return false
		}
	} else {
		i := strings.IndexByte(auth, ':')
		if i < 0 {
			i = len(auth)
		}
		if !fmtURIChars(auth[:i], "", iri, false) {
			return false
		}
		port = auth[i:]
	}
	for i := 1; i < len(port); i++ {
		if !fmtIsDigit(port[i]) {
			return false
		}
	}
	return true
}

// fmtIsIPLiteral reports whether s, the inside of an IP-literal's brackets,
// is an IPv6 address or an IPvFuture ("v", hexadecimal digits, "." and
// unreserved, sub-delims or ":" characters).
func fmtIsIPLiteral(s string) bool {
	if s == "" || (s[0] != 'v' && s[0] != 'V') {
		return fmtIsIPv6(s)
	}
	version, addr, ok := strings.Cut(s[1:], ".")
	if !ok || version == "" || addr == "" {
		return false
	}
	for i := range len(version) {
		if !fmtIsHex(version[i]) {
			return false
		}
	}
	return strings.IndexByte(addr, '%') < 0 && fmtURIChars(addr, ":", false, false)
}

// fmtURIChars reports whether s consists of unreserved characters,
// sub-delims, percent-encoded octets and the ASCII characters in extra. If
// iri is set, ucschar is allowed too, and iprivate if private is also set.
func fmtURIChars(s, extra string, iri, private bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || !fmtIsHex(s[i+1]) || !fmtIsHex(s[i+2]) {
				return false
			}
			i += 3
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !iri || !(fmtIsUCSChar(r) || private && fmtIsIPrivate(r)) {
				return false
			}
			i += size
			continue
		case !fmtIsURIUnreserved(c) && !fmtIsSubDelim(c) && strings.IndexByte(extra, c) < 0:
			return false
		}
		i++
	}
	return true
}

// fmtIsURIUnreserved reports whether c is an unreserved URI character.
func fmtIsURIUnreserved(c byte) bool {
	return fmtIsAlpha(c) || fmtIsDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

// fmtIsSubDelim reports whether c is one of the URI sub-delims.
func fmtIsSubDelim(c byte) bool {
	return strings.IndexByte("!$&'()*+,;=", c) >= 0
}

// fmtIsUCSChar reports whether r is an RFC 3987 ucschar.
func fmtIsUCSChar(r rune) bool {
	switch {
	case r < 0xA0:
		return false
	case r <= 0xD7FF, 0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFEF:
		return true
	case r < 0x10000 || r > 0xEFFFD || (0xE0000 <= r && r < 0xE1000):
		return false
	}
	return r&0xFFFF <= 0xFFFD
}

// fmtIsIPrivate reports whether r is an RFC 3987 iprivate character.
func fmtIsIPrivate(r rune) bool {
	return 0xE000 <= r && r <= 0xF8FF || 0xF0000 <= r && r <= 0xFFFFD || 0x100000 <= r && r <= 0x10FFFD
}
