package jsonrt

import (
	"encoding/hex"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Text holds a JSON string of a format in the Go type that represents the
// format's values, and keeps the string it was decoded from. Generated code
// uses it, through the aliases [DateTime], [Date], [Time], [IPv4], [IPv6],
// [URI], [URIReference] and [UUID], for string properties whose format the
// generator was asked to map to Go types.
//
// While Value is unchanged, Text encodes exactly the string it was decoded
// from, so that "2024-01-01T00:00:00.000+00:00" round-trips byte for byte
// although time.Time would write "2024-01-01T00:00:00Z". Once Value changes,
// it encodes the canonical string of the new value. Decoding asserts the
// format: a string that is not valid for it is a "format" violation.
//
// The zero Text holds the zero value of T and encodes its canonical string.
type Text[T comparable, F textFormat[T]] struct {
	// Value is the value the string denotes. Set it to change what the
	// Text encodes.
	Value T

	text    string // the string Value was decoded from; "" when none
	decoded T      // Value as decoded, which tells whether it changed since
}

// textFormat converts between the strings of one format and the Go values
// that represent them. Its methods work on the zero value.
type textFormat[T any] interface {
	// name returns the format's name, as the "format" keyword gives it.
	name() string
	// parse returns the value s denotes, or false when s is not valid for
	// the format. It accepts exactly the strings FormatString accepts.
	parse(s string) (T, bool)
	// format returns the canonical string of v.
	format(v T) string
}

// DateTime holds an RFC 3339 "date-time" as a time.Time, in the location of
// the string's offset (time.UTC for Z and +00:00). Fractions of a second
// beyond nanoseconds are dropped from the value (not from the kept string),
// and a leap second reads as the first second of the next minute, which is
// how time.Date normalises it. A changed value is written as
// time.RFC3339Nano writes it, in UTC if its offset is not a whole number of
// minutes.
type DateTime = Text[time.Time, dateTimeFormat]

// Date holds an RFC 3339 "date" (full-date) as a time.Time at midnight UTC.
// A changed value is written as its date in its location.
type Date = Text[time.Time, dateFormat]

// Time holds an RFC 3339 "time" (full-time, which includes an offset) as a
// time.Time on January 1 of year 0, in the location of the offset, with
// fractions and leap seconds as DateTime treats them. A changed value is
// written as its time of day and offset.
type Time = Text[time.Time, timeFormat]

// IPv4 holds an "ipv4" address, in dotted-decimal form, as a netip.Addr. A
// changed value must be an IPv4 address for Validate to accept it.
type IPv4 = Text[netip.Addr, ipv4Format]

// IPv6 holds an "ipv6" address (RFC 4291 text form, no zone) as a
// netip.Addr. A changed value is written as netip.Addr.String writes it, and
// must be an IPv6 address without a zone for Validate to accept it.
type IPv6 = Text[netip.Addr, ipv6Format]

// URI holds a "uri" (RFC 3986, with a scheme) as a url.URL, as url.Parse
// reads it. A changed value is written as url.URL.String writes it.
type URI = Text[url.URL, uriFormat]

// URIReference holds a "uri-reference" (RFC 3986: a URI or a relative
// reference) as a url.URL, as url.Parse reads it. A changed value is written
// as url.URL.String writes it.
type URIReference = Text[url.URL, uriReferenceFormat]

// UUID holds a "uuid" (RFC 4122 string form, either case) as its 16 bytes,
// the representation UUID packages use, so that the value converts to
// theirs. A changed value is written in lower case.
type UUID = Text[[16]byte, uuidFormat]

// unchanged reports whether t holds the value it was decoded from.
func (t *Text[T, F]) unchanged() bool {
	// == rather than an Equal method: any change at all, such as a
	// time.Time moved to another location, makes the kept string stale.
	return t.text != "" && t.Value == t.decoded
}

// String returns the string t encodes: the string it was decoded from while
// Value is unchanged, else the canonical string of Value.
func (t Text[T, F]) String() string {
	if t.unchanged() {
		return t.text
	}
	var f F
	return f.format(t.Value)
}

// Valid reports whether the string t encodes is valid for the format. A
// decoded value's is; a value set since may not have one (an IPv6 address
// in an IPv4, a year beyond 9999).
func (t Text[T, F]) Valid() bool {
	if t.unchanged() {
		return true
	}
	var f F
	_, ok := f.parse(f.format(t.Value))
	return ok
}

// AppendJSON is used by generated code: it appends the JSON string of
// [Text.String] to b.
func (t Text[T, F]) AppendJSON(b []byte) []byte {
	return AppendString(b, t.String())
}

// MarshalJSON implements json.Marshaler, writing [Text.String] as a JSON
// string.
func (t Text[T, F]) MarshalJSON() ([]byte, error) {
	return t.AppendJSON(nil), nil
}

// UnmarshalJSON implements json.Unmarshaler: data must be a JSON string
// valid for the format, else the error is a *ValidationError and t is left
// unchanged.
func (t *Text[T, F]) UnmarshalJSON(data []byte) error {
	d := NewDecoder(data)
	var v Text[T, F]
	v.DecodeJSON(d, "#/type")
	if err := d.Finish(); err != nil {
		return err
	}
	*t = v
	return nil
}

// DecodeJSON is used by generated code: it consumes the next value of d
// and, if it is a string valid for the format, sets t to the value it
// denotes. Otherwise it records a "type" violation at kwLoc, the location of
// the schema's "type" keyword, or a "format" violation beside it, and leaves
// t unchanged.
func (t *Text[T, F]) DecodeJSON(d *Decoder, kwLoc string) {
	if d.Kind() != String {
		d.mismatch(kwLoc, "string")
		return
	}
	s := d.String(kwLoc)
	var f F
	v, ok := f.parse(s)
	if !ok {
		d.Add(formatLocation(kwLoc), "format", Describe(s)+" is not valid "+Quote(f.name()))
		return
	}
	t.Value, t.decoded, t.text = v, v, s
}

type dateTimeFormat struct{}

func (dateTimeFormat) name() string { return "date-time" }

func (dateTimeFormat) parse(s string) (time.Time, bool) {
	if !fmtIsDateTime(s) {
		return time.Time{}, false
	}
	return textClock(s[11:], fmtDigits(s, 0, 4), time.Month(fmtDigits(s, 5, 2)), fmtDigits(s, 8, 2)), true
}

func (dateTimeFormat) format(v time.Time) string {
	return wholeMinuteOffset(v).Format(time.RFC3339Nano)
}

type dateFormat struct{}

func (dateFormat) name() string { return "date" }

func (dateFormat) parse(s string) (time.Time, bool) {
	if !fmtIsDate(s) {
		return time.Time{}, false
	}
	return time.Date(fmtDigits(s, 0, 4), time.Month(fmtDigits(s, 5, 2)), fmtDigits(s, 8, 2), 0, 0, 0, 0, time.UTC), true
}

func (dateFormat) format(v time.Time) string { return v.Format(time.DateOnly) }

type timeFormat struct{}

func (timeFormat) name() string { return "time" }

func (timeFormat) parse(s string) (time.Time, bool) {
	if !fmtIsTime(s) {
		return time.Time{}, false
	}
	return textClock(s, 0, time.January, 1), true
}

func (timeFormat) format(v time.Time) string {
	return wholeMinuteOffset(v).Format("15:04:05.999999999Z07:00")
}

// textClock returns the time of the RFC 3339 full-time s, which fmtIsTime
// has checked, on the given date.
func textClock(s string, year int, month time.Month, day int) time.Time {
	i, nsec := 8, 0
	if s[i] == '.' {
		scale := int(time.Second)
		for i++; i < len(s) && fmtIsDigit(s[i]); i++ {
			scale /= 10 // 0 after nine digits: finer ones are dropped
			nsec += int(s[i]-'0') * scale
		}
	}
	loc := time.UTC
	if offset, _ := fmtTimeOffset(s[i:]); offset != 0 {
		loc = time.FixedZone("", offset*60)
	}
	return time.Date(year, month, day, fmtDigits(s, 0, 2), fmtDigits(s, 3, 2), fmtDigits(s, 6, 2), nsec, loc)
}

// wholeMinuteOffset returns v in UTC when its offset has seconds, which
// RFC 3339 cannot write, and v otherwise.
func wholeMinuteOffset(v time.Time) time.Time {
	if _, offset := v.Zone(); offset%60 != 0 {
		return v.UTC()
	}
	return v
}

type ipv4Format struct{}

func (ipv4Format) name() string { return "ipv4" }

func (ipv4Format) parse(s string) (netip.Addr, bool) {
	return parseAddr(s, fmtIsIPv4)
}

func (ipv4Format) format(v netip.Addr) string { return v.String() }

type ipv6Format struct{}

func (ipv6Format) name() string { return "ipv6" }

func (ipv6Format) parse(s string) (netip.Addr, bool) {
	return parseAddr(s, fmtIsIPv6)
}

func (ipv6Format) format(v netip.Addr) string { return v.String() }

// parseAddr returns the address s denotes, if valid says it is one.
func parseAddr(s string, valid func(string) bool) (netip.Addr, bool) {
	if !valid(s) {
		return netip.Addr{}, false
	}
	a, err := netip.ParseAddr(s)
	return a, err == nil
}

type uriFormat struct{}

func (uriFormat) name() string { return "uri" }

func (uriFormat) parse(s string) (url.URL, bool) {
	if !fmtIsURI(s) {
		return url.URL{}, false
	}
	return parseURL(s)
}

func (uriFormat) format(v url.URL) string { return v.String() }

type uriReferenceFormat struct{}

func (uriReferenceFormat) name() string { return "uri-reference" }

func (uriReferenceFormat) parse(s string) (url.URL, bool) {
	if !fmtIsURIReference(s) {
		return url.URL{}, false
	}
	return parseURL(s)
}

func (uriReferenceFormat) format(v url.URL) string { return v.String() }

// parseURL returns the URL that s, a valid RFC 3986 URI reference, denotes.
// url.Parse rejects two kinds of valid host: percent-encoded ASCII
// ("ex%41mple.com") and IPvFuture literals ("[v1.x]"). For those, the rest
// of s is parsed with a stand-in host, and Host is set to the host
// afterwards, unescaped as url.Parse leaves every other host.
func parseURL(s string) (url.URL, bool) {
	if u, err := url.Parse(s); err == nil {
		return *u, true
	}
	start, end := hostSpan(s)
	if start < 0 {
		return url.URL{}, false
	}
	host := s[start:end]
	if host == "" || host[0] != '[' {
		var err error
		if host, err = url.PathUnescape(host); err != nil {
			return url.URL{}, false
		}
	}
	u, err := url.Parse(s[:start] + "h" + s[end:])
	if err != nil {
		return url.URL{}, false
	}
	u.Host = host + u.Host[1:] // the port, if any, follows the stand-in
	return *u, true
}

// hostSpan returns where the host of the URI reference s starts and ends,
// or -1, -1 when s has no authority.
func hostSpan(s string) (start, end int) {
	start = fmtScheme(s)
	if !strings.HasPrefix(s[start:], "//") {
		return -1, -1
	}
	start += 2
	end = start + strings.IndexAny(s[start:]+"/", "/?#")
	if at := strings.LastIndexByte(s[start:end], '@'); at >= 0 {
		start += at + 1
	}
	if strings.HasPrefix(s[start:end], "[") {
		return start, start + strings.IndexByte(s[start:end], ']') + 1
	}
	if colon := strings.LastIndexByte(s[start:end], ':'); colon >= 0 {
		end = start + colon
	}
	return start, end
}

type uuidFormat struct{}

func (uuidFormat) name() string { return "uuid" }

func (uuidFormat) parse(s string) ([16]byte, bool) {
	var u [16]byte
	if !fmtIsUUID(s) {
		return u, false
	}
	_, err := hex.Decode(u[:], []byte(strings.ReplaceAll(s, "-", "")))
	return u, err == nil
}

func (uuidFormat) format(v [16]byte) string {
	h := hex.EncodeToString(v[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}
