package jsonrt

import (
	"encoding/json"
	"errors"
	"math/big"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"
)

// decodeText decodes the JSON text data into a new T with its UnmarshalJSON.
func decodeText[T any, PT interface {
	*T
	json.Unmarshaler
}](t *testing.T, data string) T {
	t.Helper()
	var v T
	if err := PT(&v).UnmarshalJSON([]byte(data)); err != nil {
		t.Fatalf("UnmarshalJSON(%s): %v", data, err)
	}
	return v
}

// marshal returns what json.Marshal makes of v.
func marshal(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	return string(data)
}

func TestTextKeepsDecodedString(t *testing.T) {
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		in   string // a JSON string
		got  func(t *testing.T, in string) (any, string, string)
		want any
	}{
		{`"2024-01-01T00:00:00.000+00:00"`, textOf[time.Time, dateTimeFormat], at},
		{`"2024-01-01t01:00:00.5+01:00"`, textOf[time.Time, dateTimeFormat], time.Date(2024, 1, 1, 1, 0, 0, 5e8, time.FixedZone("", 3600))},
		{`"2024-01-01T00:00:00.1234567891Z"`, textOf[time.Time, dateTimeFormat], at.Add(123456789)},
		{`"1998-12-31T23:59:60Z"`, textOf[time.Time, dateTimeFormat], time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)},
		{`"2024-02-29"`, textOf[time.Time, dateFormat], time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
		{`"08:30:00z"`, textOf[time.Time, timeFormat], time.Date(0, 1, 1, 8, 30, 0, 0, time.UTC)},
		{`"192.168.0.1"`, textOf[netip.Addr, ipv4Format], netip.MustParseAddr("192.168.0.1")},
		{`"2001:DB8::0:1"`, textOf[netip.Addr, ipv6Format], netip.MustParseAddr("2001:db8::1")},
		{`"::ffff:1.2.3.4"`, textOf[netip.Addr, ipv6Format], netip.MustParseAddr("::ffff:1.2.3.4")},
		{`"HTTPS://example.com/a%2Fb?q#f"`, textOf[url.URL, uriFormat], mustURL("https://example.com/a%2Fb?q#f")},
		{`"../a?b"`, textOf[url.URL, uriReferenceFormat], mustURL("../a?b")},
		{`""`, textOf[url.URL, uriReferenceFormat], url.URL{}},
		{`"2BA7B810-9DAD-11D1-80B4-00C04FD430C8"`, textOf[[16]byte, uuidFormat],
			[16]byte{0x2b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}},
	} {
		value, text, out := tt.got(t, tt.in)
		var want string
		_ = json.Unmarshal([]byte(tt.in), &want)
		if text != want || out != tt.in {
			t.Errorf("%s: String() = %q and MarshalJSON = %s, want the decoded string", tt.in, text, out)
		}
		if !equalValue(value, tt.want) {
			t.Errorf("%s: Value = %v, want %v", tt.in, value, tt.want)
		}
	}
}

// textOf decodes in with json.Unmarshal and returns the Value, String()
// and JSON encoding of the result.
func textOf[T comparable, F textFormat[T]](t *testing.T, in string) (any, string, string) {
	t.Helper()
	v := decodeTextAny[Text[T, F]](t, in)
	return v.Value, v.String(), marshal(t, v)
}

// decodeTextAny decodes in with json.Unmarshal into a new T.
func decodeTextAny[T any](t *testing.T, in string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		t.Fatalf("json.Unmarshal(%s) into %T: %v", in, v, err)
	}
	return v
}

// equalValue compares times by instant and offset, and other values with ==.
func equalValue(a, b any) bool {
	if ta, ok := a.(time.Time); ok {
		tb, ok := b.(time.Time)
		_, oa := ta.Zone()
		_, ob := tb.Zone()
		return ok && ta.Equal(tb) && oa == ob
	}
	return a == b
}

func mustURL(s string) url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return *u
}

func TestTextChangedValueIsCanonical(t *testing.T) {
	dt := decodeText[DateTime](t, `"2024-01-01T00:00:00.000+00:00"`)
	dt.Value = dt.Value.Add(90 * time.Minute).In(time.FixedZone("", -5*3600))
	ip := decodeText[IPv6](t, `"2001:DB8::0:1"`)
	ip.Value = ip.Value.Next()
	u := decodeText[URI](t, `"HTTPS://example.com/a"`)
	u.Value.Path = "/b c"
	id := decodeText[UUID](t, `"2BA7B810-9DAD-11D1-80B4-00C04FD430C8"`)
	id.Value[15] = 0xff
	d := decodeText[Date](t, `"2024-02-29"`)
	d.Value = d.Value.AddDate(0, 0, 1)
	tm := decodeText[Time](t, `"08:30:00.000z"`)
	tm.Value = tm.Value.Add(time.Second)
	for _, tt := range []struct {
		v    json.Marshaler
		want string
	}{
		{dt, `"2023-12-31T20:30:00-05:00"`},
		{ip, `"2001:db8::2"`},
		{u, `"https://example.com/b%20c"`},
		{id, `"2ba7b810-9dad-11d1-80b4-00c04fd430ff"`},
		{d, `"2024-03-01"`},
		{tm, `"08:30:01Z"`},
		{DateTime{Value: time.Date(2024, 5, 6, 7, 8, 9, 10, time.FixedZone("LMT", 561))}, `"2024-05-06T06:58:48.00000001Z"`},
		{IPv4{Value: netip.MustParseAddr("10.0.0.1")}, `"10.0.0.1"`},
	} {
		if got := marshal(t, tt.v); got != tt.want {
			t.Errorf("%T: MarshalJSON = %s, want %s", tt.v, got, tt.want)
		}
	}
	// Setting the value it was decoded from keeps the string.
	again := decodeText[IPv6](t, `"2001:DB8::0:1"`)
	again.Value = netip.MustParseAddr("2001:db8::1")
	if got := again.String(); got != "2001:DB8::0:1" {
		t.Errorf("IPv6 set to its own value: String() = %q, want the decoded string", got)
	}
}

func TestTextValid(t *testing.T) {
	for _, tt := range []struct {
		name string
		v    interface{ Valid() bool }
		want bool
	}{
		{"decoded", decodeText[IPv4](t, `"10.0.0.1"`), true},
		{"zero IPv4", IPv4{}, false},
		{"IPv6 in an IPv4", IPv4{Value: netip.MustParseAddr("::1")}, false},
		{"IPv4 in an IPv6", IPv6{Value: netip.MustParseAddr("10.0.0.1")}, false},
		{"zoned IPv6", IPv6{Value: netip.MustParseAddr("fe80::1%eth0")}, false},
		{"year 10000", DateTime{Value: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, false},
		{"zero DateTime", DateTime{}, true},
		{"relative URI", URI{Value: mustURL("/a")}, false},
		{"relative URI reference", URIReference{Value: mustURL("/a")}, true},
		{"zero UUID", UUID{}, true},
	} {
		if got := tt.v.Valid(); got != tt.want {
			t.Errorf("%s: Valid() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTextRejectsInvalidStrings(t *testing.T) {
	for _, tt := range []struct {
		in      string
		decode  func([]byte) error
		keyword string
	}{
		{`"2024-02-30T00:00:00Z"`, new(DateTime).UnmarshalJSON, "format"},
		{`"2024-01-01T00:00:00"`, new(DateTime).UnmarshalJSON, "format"},
		{`"2024-01-01 00:00:00Z"`, new(DateTime).UnmarshalJSON, "format"},
		{`"2023-02-29"`, new(Date).UnmarshalJSON, "format"},
		{`"08:30:00"`, new(Time).UnmarshalJSON, "format"},
		{`"12:00:60Z"`, new(Time).UnmarshalJSON, "format"},
		{`"192.168.0.01"`, new(IPv4).UnmarshalJSON, "format"},
		{`"::1"`, new(IPv4).UnmarshalJSON, "format"},
		{`"fe80::1%eth0"`, new(IPv6).UnmarshalJSON, "format"},
		{`"/relative"`, new(URI).UnmarshalJSON, "format"},
		{`"a b"`, new(URIReference).UnmarshalJSON, "format"},
		{`"2ba7b8109dad11d180b400c04fd430c8"`, new(UUID).UnmarshalJSON, "format"},
		{`""`, new(UUID).UnmarshalJSON, "format"},
		{`1`, new(DateTime).UnmarshalJSON, "type"},
		{`null`, new(IPv4).UnmarshalJSON, "type"},
	} {
		err := tt.decode([]byte(tt.in))
		var verr *ValidationError
		if !errors.As(err, &verr) || len(verr.Violations) != 1 || verr.Violations[0].Keyword != tt.keyword ||
			verr.Violations[0].KeywordLocation != "#/"+tt.keyword {
			t.Errorf("%s: UnmarshalJSON = %v, want one %q violation at #/%s", tt.in, err, tt.keyword, tt.keyword)
		}
	}
	if err := new(DateTime).UnmarshalJSON([]byte(`"2024-01-01T00:00:00Z`)); err == nil {
		t.Errorf("a truncated string: UnmarshalJSON = nil, want a syntax error")
	}
}

func TestTextDecodeLeavesInvalidUnchanged(t *testing.T) {
	v := decodeText[IPv4](t, `"10.0.0.1"`)
	d := NewDecoder([]byte(`["10.0.0.256", 7]`))
	d.BeginArray("#/type")
	for d.NextElement() {
		v.DecodeJSON(d, "#/items/type")
	}
	if err := d.Finish(); err == nil || !strings.Contains(err.Error(), `"10.0.0.256" is not valid 'ipv4' (#/items/format)`) ||
		!strings.Contains(err.Error(), "/1: expected string, but got number (#/items/type)") {
		t.Errorf("Finish() = %v, want a format and a type violation", err)
	}
	if v.String() != "10.0.0.1" {
		t.Errorf("after invalid input String() = %q, want the earlier value", v.String())
	}
}

// textSeeds are strings near the edges of the formats Text holds.
var textSeeds = []string{
	"", "x", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00.123456789012+05:30", "1998-12-31T23:59:60Z",
	"1998-12-31T15:59:60-08:00", "1998-12-31T23:59:60+01:00", "2024-01-01", "0000-01-01", "12:00:00z",
	"23:59:60Z", "1.2.3.4", "255.255.255.255", "1.2.3.04", "::", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
	"FFFF::", "a:b", "./a:b", "a:b/c", "#f", "?", "//", "//h:", "s://", "s:///", "s://u:p@h:1/p?q#f",
	"http://ex%41mple.com/", "http://a%2fb:8080/p", "http://[v1.fe]/", "//u@[v1.x]:1", "http://[::1]:80/",
	"http://%e2%82%ac.com/", "2ba7b810-9dad-11d1-80b4-00c04fd430c8", "2BA7B810-9DAD-11D1-80B4-00C04FD430CG",
}

// FuzzTextFormats checks that each Text type accepts exactly the strings
// FormatString accepts for its format, and that the canonical string of a
// value it decoded is valid again where the Go type's own writer allows
// (url.URL.String may write a host it decoded from %22 as '"').
func FuzzTextFormats(f *testing.F) {
	for _, s := range textSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzText[time.Time, dateTimeFormat](t, s, true)
		fuzzText[time.Time, dateFormat](t, s, true)
		fuzzText[time.Time, timeFormat](t, s, true)
		fuzzText[netip.Addr, ipv4Format](t, s, true)
		fuzzText[netip.Addr, ipv6Format](t, s, true)
		fuzzText[url.URL, uriFormat](t, s, false)
		fuzzText[url.URL, uriReferenceFormat](t, s, false)
		fuzzText[[16]byte, uuidFormat](t, s, true)
	})
}

func fuzzText[T comparable, F textFormat[T]](t *testing.T, s string, canonicalValid bool) {
	t.Helper()
	var f F
	v, ok := f.parse(s)
	if want := FormatString(f.name(), s); ok != want {
		t.Fatalf("%s: parse(%q) reports %v, FormatString %v", f.name(), s, ok, want)
	}
	if !ok {
		return
	}
	if canonicalValid && !(Text[T, F]{Value: v}).Valid() {
		t.Fatalf("%s: the canonical string %q of %q's value is not valid", f.name(), f.format(v), s)
	}
	data, err := json.Marshal(s)
	if err != nil {
		return // invalid UTF-8: the JSON string would not hold s
	}
	var text Text[T, F]
	if err := text.UnmarshalJSON(data); err != nil || text.String() != s {
		t.Fatalf("%s: %s decodes to %q (%v), want it kept", f.name(), data, text.String(), err)
	}
}

func TestDecoderUnmarshal(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // the violation's message, or "" for none
	}{
		{`123456789012345678901234567890`, ""},
		{`-7`, ""},
		{`1.5`, "math/big: cannot unmarshal \"1.5\" into a *big.Int"},
		{`null`, "the decoded value encodes as 0, so it would not round-trip"},
		{`"7"`, "math/big: cannot unmarshal \"\\\"7\\\"\" into a *big.Int"},
	} {
		var b big.Int
		d := NewDecoder([]byte(tt.in))
		d.Unmarshal("#/x-go-type", &b)
		err := d.Finish()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.in, err)
		case tt.want == "" && b.String() != tt.in:
			t.Errorf("%s: decoded %s", tt.in, b.String())
		case tt.want != "":
			var verr *ValidationError
			if !errors.As(err, &verr) || len(verr.Violations) != 1 || verr.Violations[0].Keyword != "x-go-type" ||
				verr.Violations[0].Message != tt.want {
				t.Errorf("%s: Finish() = %v, want one x-go-type violation %q", tt.in, err, tt.want)
			}
		}
	}
	d := NewDecoder([]byte(`[1,`))
	var b big.Int
	if d.BeginArray("#/type") && d.NextElement() {
		d.Unmarshal("#/items/x-go-type", &b)
	}
	if d.NextElement() {
		d.Unmarshal("#/items/x-go-type", &b)
	}
	if err := d.Finish(); err == nil || errors.As(err, new(*ValidationError)) {
		t.Errorf("truncated input: Finish() = %v, want a syntax error", err)
	}
}

// generatedElsewhere stands for a type schemagen generated in another
// package: its UnmarshalJSON reports violations as a *ValidationError.
type generatedElsewhere struct{}

func (*generatedElsewhere) UnmarshalJSON([]byte) error {
	return &ValidationError{Violations: []Violation{
		{InstanceLocation: "/name", KeywordLocation: "user.json#/properties/name/type", Keyword: "type", Message: "expected string"},
	}}
}

func TestUnmarshalGeneratedElsewhere(t *testing.T) {
	d := NewDecoder([]byte(`{"user": {"name": 1}}`))
	var v generatedElsewhere
	if d.BeginObject("#/type") && d.NextMember() {
		d.Unmarshal("#/properties/user/x-go-type", &v)
	}
	for d.NextMember() {
	}
	var verr *ValidationError
	if err := d.Finish(); !errors.As(err, &verr) || len(verr.Violations) != 1 ||
		verr.Violations[0].InstanceLocation != "/user/name" || verr.Violations[0].KeywordLocation != "user.json#/properties/name/type" {
		t.Errorf("Finish() = %v, want the type violation at /user/name", err)
	}
}
