package jsonrt

// This file implements the "format" vocabulary of JSON Schema (2020-12 and
// draft-07): the dispatch table and the date, time, identifier and JSON
// Pointer formats. The network formats are in format_net.go, the
// internationalised host names in format_idna*.go and format_punycode.go,
// URIs in format_uri.go, URI Templates in format_uritemplate.go and regular
// expressions in format_regex*.go.

// formatCheckers maps every format name this package knows to its checker.
var formatCheckers = map[string]func(string) bool{
	"date-time":             fmtIsDateTime,
	"date":                  fmtIsDate,
	"time":                  fmtIsTime,
	"duration":              fmtIsDuration,
	"email":                 fmtIsEmail,
	"idn-email":             fmtIsIDNEmail,
	"hostname":              fmtIsHostname,
	"idn-hostname":          fmtIsIDNHostname,
	"ipv4":                  fmtIsIPv4,
	"ipv6":                  fmtIsIPv6,
	"uri":                   fmtIsURI,
	"uri-reference":         fmtIsURIReference,
	"iri":                   fmtIsIRI,
	"iri-reference":         fmtIsIRIReference,
	"uri-template":          fmtIsURITemplate,
	"uuid":                  fmtIsUUID,
	"json-pointer":          fmtIsJSONPointer,
	"relative-json-pointer": fmtIsRelativeJSONPointer,
	"regex":                 fmtIsRegex,
}

// Format is used by generated code: it reports whether v, a generic JSON value
// (nil, bool, json.Number, string, []any or map[string]any), is valid for the
// named format.
//
// Formats apply to strings only: any value that is not a string is valid. A
// format name that the package does not know (see [KnownFormat]) is an
// annotation only, so every value is valid for it.
//
// The checks follow the grammars of the RFCs that JSON Schema cites. Where
// the standard library lacks the Unicode data that IDNA2008 needs
// ("idn-hostname", "idn-email" and the A-labels of "hostname"), they
// approximate it: U-labels are not checked to be in Normalization Form C,
// their ASCII letters may be upper case, and joining types and bidirectional
// classes are derived from scripts. "regex" is checked against the syntax
// of ECMA-262 in Unicode mode (the "u" flag).
func Format(name string, v any) (valid bool) {
	s, ok := v.(string)
	if !ok {
		return true
	}
	return FormatString(name, s)
}

// KnownFormat is used by schemagen itself: it reports whether name is a format
// that [Format] and [FormatString] check: one of the formats that JSON Schema
// 2020-12 and draft-07 define (date-time, date, time, duration, email,
// idn-email, hostname, idn-hostname, ipv4, ipv6, uri, uri-reference, iri,
// iri-reference, uri-template, uuid, json-pointer, relative-json-pointer and
// regex), OpenAPI's byte (base64), or one of the older names that
// jsonschema/v5 asserts (ip-address, uriref and period).
func KnownFormat(name string) bool {
	_, ok := formatCheckers[name]
	return ok
}

// FormatString is used by generated code: it reports whether the string s is
// valid for the named format. Generated code calls it for fields of Go type
// string. Every string is valid for a format name that the package does not
// know.
func FormatString(name, s string) bool {
	if name == "date-time" {
		// The most common format in API schemas, checked without a map
		// lookup (and, as generated code passes a constant, without
		// comparing names once FormatString is inlined).
		return fmtIsDateTime(s)
	}
	check, ok := formatCheckers[name]
	if !ok {
		return true
	}
	return check(s)
}

// fmtIsDigit reports whether c is an ASCII decimal digit.
func fmtIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// fmtIsAlpha reports whether c is an ASCII letter.
func fmtIsAlpha(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// fmtIsHex reports whether c is an ASCII hexadecimal digit.
func fmtIsHex(c byte) bool { return fmtIsDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }

// fmtDigits returns the value of the n ASCII digits of s starting at i, or
// -1 if s is too short or one of them is not a digit.
func fmtDigits(s string, i, n int) int {
	if i+n > len(s) {
		return -1
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if !fmtIsDigit(c) {
			return -1
		}
		v = v*10 + int(c-'0')
	}
	return v
}

// fmtIsDate reports whether s is an RFC 3339 full-date: YYYY-MM-DD with a
// day that exists in that month of the proleptic Gregorian calendar.
func fmtIsDate(s string) bool {
	return len(s) == 10 && fmtDatePrefix(s)
}

// fmtDatePrefix reports whether s starts with a valid full-date (10 bytes).
func fmtDatePrefix(s string) bool {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	year, month, day := fmtDigits(s, 0, 4), fmtDigits(s, 5, 2), fmtDigits(s, 8, 2)
	if year < 0 || month < 1 || month > 12 || day < 1 {
		return false
	}
	return day <= fmtDaysIn(year, month)
}

// fmtDaysIn returns the number of days in the month of the year.
func fmtDaysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// fmtIsDateTime reports whether s is an RFC 3339 date-time: a full-date and a
// full-time separated by "T" (or "t").
func fmtIsDateTime(s string) bool {
	return len(s) > 11 && fmtDatePrefix(s) && (s[10] == 'T' || s[10] == 't') &&
		fmtIsTime(s[11:])
}

// fmtIsTime reports whether s is an RFC 3339 full-time: HH:MM:SS, an optional
// fraction of a second and a time offset ("Z", "z" or ±HH:MM). A leap second
// (second 60) is valid only at 23:59 once the time is normalised to UTC.
func fmtIsTime(s string) bool {
	if len(s) < 9 || s[2] != ':' || s[5] != ':' {
		return false
	}
	hour, minute, second := fmtDigits(s, 0, 2), fmtDigits(s, 3, 2), fmtDigits(s, 6, 2)
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60 {
		return false
	}
	i := 8
	if s[i] == '.' {
		i++
		for i < len(s) && fmtIsDigit(s[i]) {
			i++
		}
		if i == 9 {
			return false
		}
	}
	offset, ok := fmtTimeOffset(s[i:])
	if !ok {
		return false
	}
	if second == 60 {
		utc := ((hour*60+minute-offset)%1440 + 1440) % 1440
		return utc == 23*60+59
	}
	return true
}

// fmtTimeOffset parses an RFC 3339 time-offset that makes up all of s and
// returns it in minutes east of UTC.
func fmtTimeOffset(s string) (minutes int, ok bool) {
	if s == "Z" || s == "z" {
		return 0, true
	}
	if len(s) != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':' {
		return 0, false
	}
	hour, minute := fmtDigits(s, 1, 2), fmtDigits(s, 4, 2)
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return 0, false
	}
	minutes = hour*60 + minute
	if s[0] == '-' {
		minutes = -minutes
	}
	return minutes, true
}

// fmtIsDuration reports whether s is a duration as RFC 3339 Appendix A gives
// the ISO 8601 grammar: "P" then either a number of weeks ("P2W") or date
// components in the order Y, M, D without gaps (Y and D need M between them)
// and optionally "T" and time components in the order H, M, S without gaps.
// Numbers are unsigned integers; the designators are upper case.
func fmtIsDuration(s string) bool {
	if len(s) < 3 || s[0] != 'P' {
		return false
	}
	if rest, ok := fmtDurationPart(s[1:], "W"); ok && rest == "" {
		return true
	}
	rest, dateOK := fmtDurationPart(s[1:], "YMD")
	if rest == "" {
		return dateOK
	}
	if rest[0] != 'T' {
		return false
	}
	rest, timeOK := fmtDurationPart(rest[1:], "HMS")
	return timeOK && rest == ""
}

// fmtDurationPart consumes from s a run of components, each digits followed
// by a designator, whose designators are consecutive letters of units. It
// returns what is left of s and whether at least one component was read.
// A number not followed by the expected designator leaves s unconsumed at
// that number.
func fmtDurationPart(s, units string) (rest string, ok bool) {
	next := -1 // index in units of the last designator read
	for {
		n := 0
		for n < len(s) && fmtIsDigit(s[n]) {
			n++
		}
		if n == 0 || n == len(s) {
			return s, ok
		}
		u := -1
		for j := next + 1; j < len(units); j++ {
			if units[j] == s[n] {
				u = j
				break
			}
		}
		if u < 0 || (next >= 0 && u != next+1) {
			return s, false
		}
		next, ok, s = u, true, s[n+1:]
	}
}

// fmtIsUUID reports whether s is an RFC 4122 UUID in its string form: 32
// hexadecimal digits (either case) grouped 8-4-4-4-12 by hyphens. Any
// version and variant is accepted.
func fmtIsUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := range len(s) {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !fmtIsHex(s[i]) {
				return false
			}
		}
	}
	return true
}

// fmtIsJSONPointer reports whether s is an RFC 6901 JSON Pointer: empty, or
// reference tokens each introduced by "/", where "~" is only ever followed by
// "0" or "1".
func fmtIsJSONPointer(s string) bool {
	if s != "" && s[0] != '/' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '~' && (i+1 == len(s) || (s[i+1] != '0' && s[i+1] != '1')) {
			return false
		}
	}
	return true
}

// fmtIsRelativeJSONPointer reports whether s is a Relative JSON Pointer: a
// non-negative integer without leading zeros followed by either "#" or a JSON
// Pointer.
func fmtIsRelativeJSONPointer(s string) bool {
	n := 0
	for n < len(s) && fmtIsDigit(s[n]) {
		n++
	}
	if n == 0 || (s[0] == '0' && n > 1) {
		return false
	}
	return s[n:] == "#" || fmtIsJSONPointer(s[n:])
}
