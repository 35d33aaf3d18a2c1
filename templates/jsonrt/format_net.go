package jsonrt

import (
	"strings"
	"unicode/utf8"
)

// fmtIsIPv4 reports whether s is an IPv4 address in dotted-quad form, as
// RFC 3986 writes IPv4address: four decimal octets 0-255 without leading
// zeros.
func fmtIsIPv4(s string) bool {
	for part := range 4 {
		if part > 0 {
			if s == "" || s[0] != '.' {
				return false
			}
			s = s[1:]
		}
		n := 0
		for n < len(s) && n < 3 && fmtIsDigit(s[n]) {
			n++
		}
		if n == 0 || (n > 1 && s[0] == '0') || fmtDigits(s, 0, n) > 255 {
			return false
		}
		s = s[n:]
	}
	return s == ""
}

// fmtIsIPv6 reports whether s is an IPv6 address in the text form of
// RFC 4291 section 2.2 (the IPv6address rule of RFC 3986): eight groups of
// one to four hexadecimal digits, the last two of which may be written as an
// IPv4 address, with at most one "::" standing for one or more zero groups.
// Zone identifiers and prefix lengths are not part of an address.
func fmtIsIPv6(s string) bool {
	head, tail, compressed := strings.Cut(s, "::")
	if !compressed {
		n, ok := fmtIPv6Groups(s, true)
		return ok && n == 8
	}
	nh, ok := fmtIPv6Groups(head, false)
	if !ok {
		return false
	}
	nt, ok := fmtIPv6Groups(tail, true)
	return ok && nh+nt <= 7
}

// fmtIPv6Groups parses s as colon-separated h16 groups, the last of which
// may be an IPv4 address (counting as two groups) if allowV4 is set, and
// returns the number of groups. The empty string has zero groups.
func fmtIPv6Groups(s string, allowV4 bool) (n int, ok bool) {
	if s == "" {
		return 0, true
	}
	for {
		group, rest, more := strings.Cut(s, ":")
		if !more && allowV4 && strings.Contains(group, ".") {
			return n + 2, fmtIsIPv4(group)
		}
		if group == "" || len(group) > 4 {
			return 0, false
		}
		for i := range len(group) {
			if !fmtIsHex(group[i]) {
				return 0, false
			}
		}
		n++
		if !more {
			return n, n <= 8
		}
		s = rest
	}
}

// fmtIsHostname reports whether s is an Internet host name (RFC 1123 section
// 2.1): dot-separated labels of ASCII letters, digits and hyphens, each of 1
// to 63 characters that neither starts nor ends with a hyphen, at most 253
// characters in all and without a trailing dot.
//
// A label that starts with "xn--" must moreover be a valid IDNA2008 A-label
// (RFC 5890): its Punycode must decode to a U-label that [FormatString]
// accepts as "idn-hostname" and encode back to the same label, and a name
// with right-to-left labels must satisfy the Bidi rule.
func fmtIsHostname(s string) bool {
	if len(s) > 253 || s == "" {
		return false
	}
	var labels []string
	for label := range strings.SplitSeq(s, ".") {
		if !fmtIsLDHLabel(label) {
			return false
		}
		labels = append(labels, label)
	}
	return fmtCheckIDNLabels(labels, false)
}

// fmtIsLDHLabel reports whether label is a valid host name label: 1 to 63
// ASCII letters, digits and hyphens, not starting or ending with a hyphen.
func fmtIsLDHLabel(label string) bool {
	if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
		return false
	}
	for i := range len(label) {
		c := label[i]
		if !fmtIsAlpha(c) && !fmtIsDigit(c) && c != '-' {
			return false
		}
	}
	return true
}

// fmtIsEmail reports whether s is an RFC 5321 Mailbox: a local part (a
// dot-string of atext atoms or a quoted string) of at most 64 octets, "@",
// and a domain that is a valid "hostname" or an address literal holding an
// IPv4 address or "IPv6:" and an IPv6 address. General address literals
// with other tags are rejected because none is registered.
func fmtIsEmail(s string) bool {
	return fmtIsMailbox(s, false)
}

// fmtIsIDNEmail reports whether s is an RFC 6531 Mailbox: like "email" but
// the local part may contain any non-ASCII characters and the domain is
// checked as an "idn-hostname".
func fmtIsIDNEmail(s string) bool {
	return utf8.ValidString(s) && fmtIsMailbox(s, true)
}

// fmtIsMailbox checks a Mailbox, with the RFC 6531 extensions if idn.
func fmtIsMailbox(s string, idn bool) bool {
	n := fmtLocalPart(s, idn)
	if n == 0 || n > 64 || n >= len(s) || s[n] != '@' {
		return false
	}
	domain := s[n+1:]
	if strings.HasPrefix(domain, "[") && strings.HasSuffix(domain, "]") {
		lit := domain[1 : len(domain)-1]
		if v6, ok := strings.CutPrefix(lit, "IPv6:"); ok {
			return fmtIsIPv6(v6)
		}
		return fmtIsIPv4(lit)
	}
	if idn {
		return fmtIsIDNHostname(domain)
	}
	return fmtIsHostname(domain)
}

// fmtLocalPart returns the length of the local part at the start of s, or
// 0 if s does not start with one.
func fmtLocalPart(s string, idn bool) int {
	if s != "" && s[0] == '"' {
		for i := 1; i < len(s); i++ {
			switch c := s[i]; {
			case c == '"':
				return i + 1
			case c == '\\':
				if i+1 == len(s) || s[i+1] < 32 || s[i+1] > 126 {
					return 0
				}
				i++
			case c < 32 || c > 126 && (!idn || c < 0x80):
				return 0
			}
		}
		return 0
	}
	i := 0
	for i < len(s) && s[i] != '@' {
		c := s[i]
		if c == '.' {
			if i == 0 || s[i-1] == '.' || i+1 == len(s) || s[i+1] == '@' {
				return 0
			}
		} else if !fmtIsAtext(c) && (!idn || c < 0x80) {
			return 0
		}
		i++
	}
	return i
}

// fmtIsAtext reports whether c is an RFC 5322 atext character.
func fmtIsAtext(c byte) bool {
	return fmtIsAlpha(c) || fmtIsDigit(c) || strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}
