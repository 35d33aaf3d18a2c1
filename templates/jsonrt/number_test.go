package jsonrt

import (
	"errors"
	"math"
	"strconv"
	"testing"
)

// readOne decodes in with read and returns the single violation, if any.
func readOne(t *testing.T, in string, read func(d *Decoder)) *Violation {
	t.Helper()
	d := NewDecoder([]byte(in))
	read(d)
	err := d.Finish()
	if err == nil {
		return nil
	}
	var verr *ValidationError
	if !errors.As(err, &verr) || len(verr.Violations) != 1 {
		t.Fatalf("%s: Finish = %v, want at most one violation", in, err)
	}
	return &verr.Violations[0]
}

type numCase struct {
	in      string
	want    int64
	keyword string // "" when valid
	msg     string
}

func TestInt64(t *testing.T) {
	tests := []numCase{
		{"0", 0, "", ""}, {"-0", 0, "", ""}, {"7", 7, "", ""}, {"-7", -7, "", ""},
		{"1.0", 1, "", ""}, {"1e2", 100, "", ""}, {"1E+2", 100, "", ""}, {"100E-2", 1, "", ""},
		{"-0.0e-5", 0, "", ""}, {"12.50e1", 125, "", ""}, {"0.0000001e7", 1, "", ""},
		{"123456789012345678", 123456789012345678, "", ""},
		{"9223372036854775807", math.MaxInt64, "", ""}, {"-9223372036854775808", math.MinInt64, "", ""},
		{"9.223372036854775807e18", math.MaxInt64, "", ""}, {"-92233720368547758.08e2", math.MinInt64, "", ""},
		{"1000000000000000000", 1e18, "", ""}, {"1e18", 1e18, "", ""},
		{"0e99999999999999999999", 0, "", ""}, {"0.000e-99999999999999999999", 0, "", ""},
		{"1.5", 0, "type", "expected integer, but got number"},
		{"-0.5", 0, "type", "expected integer, but got number"},
		{"1e-1", 0, "type", "expected integer, but got number"},
		{"101E-2", 0, "type", "expected integer, but got number"},
		{"1.0000000000000000000000001", 0, "type", "expected integer, but got number"},
		{"1e-99999999999999999999", 0, "type", "expected integer, but got number"},
		{`"1"`, 0, "type", "expected integer, but got string"},
		{`[1]`, 0, "type", "expected integer, but got array"},
		{"9223372036854775808", 0, "format", "9223372036854775808 is out of range for int64"},
		{"-9223372036854775809", 0, "format", "-9223372036854775809 is out of range for int64"},
		{"1e19", 0, "format", "1e19 is out of range for int64"},
		{"1.5e400", 0, "format", "1.5e400 is out of range for int64"},
		{"18446744073709551616", 0, "format", "18446744073709551616 is out of range for int64"},
		{"1e99999999999999999999", 0, "format", "1e99999999999999999999 is out of range for int64"},
		{"99999999999999999999999", 0, "format", "99999999999999999999999 is out of range for int64"},
	}
	for _, tt := range tests {
		var got int64
		v := readOne(t, tt.in, func(d *Decoder) { got = d.Int64("#/properties/n/type") })
		checkNum(t, "Int64", tt, got, v)
	}
}

func TestInt32(t *testing.T) {
	tests := []numCase{
		{"2147483647", math.MaxInt32, "", ""}, {"-2147483648", math.MinInt32, "", ""},
		{"2.147483647e9", math.MaxInt32, "", ""}, {"-1.0", -1, "", ""},
		{"2147483648", 0, "format", "2147483648 is out of range for int32"},
		{"-2147483649", 0, "format", "-2147483649 is out of range for int32"},
		{"3e9", 0, "format", "3e9 is out of range for int32"},
		{"0.5", 0, "type", "expected integer, but got number"},
		{"true", 0, "type", "expected integer, but got boolean"},
	}
	for _, tt := range tests {
		var got int32
		v := readOne(t, tt.in, func(d *Decoder) { got = d.Int32("#/properties/n/type") })
		checkNum(t, "Int32", tt, int64(got), v)
	}
}

func checkNum(t *testing.T, fn string, tt numCase, got int64, v *Violation) {
	t.Helper()
	if tt.keyword == "" {
		if v != nil || got != tt.want {
			t.Errorf("%s(%s) = %d, %v; want %d", fn, tt.in, got, v, tt.want)
		}
		return
	}
	wantLoc := "#/properties/n/" + tt.keyword
	if v == nil || v.Keyword != tt.keyword || v.Message != tt.msg || v.KeywordLocation != wantLoc || got != 0 {
		t.Errorf("%s(%s) = %d, %+v; want violation %s %q at %s", fn, tt.in, got, v, tt.keyword, tt.msg, wantLoc)
	}
}

func TestFloat64(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		msg  string // "" when valid
	}{
		{"0", 0, ""}, {"-0", math.Copysign(0, -1), ""}, {"0.1", 0.1, ""}, {"1.5", 1.5, ""}, {"-2e-3", -2e-3, ""},
		{"1e308", 1e308, ""}, {"1.7976931348623157e308", math.MaxFloat64, ""},
		{"0.30000000000000004", 0.30000000000000004, ""}, {"123456789012345.6", 123456789012345.6, ""},
		{"1.00000000000000000000", 1, ""}, {"1234567890123456", 1234567890123456, ""}, {"1.5e-320", 1.5e-320, ""},
		{"5e-324", 5e-324, ""}, {"2.2250738585072014e-308", 2.2250738585072014e-308, ""},
		{"0.000000000000000000000000000000000000000000000000000000001", 1e-57, ""},
		{"1e400", 0, "1e400 is out of range for float64"},
		{"-1e400", 0, "-1e400 is out of range for float64"},
		{"1e-400", 0, "1e-400 is out of range for float64"},
		{"1.0000000000000000001", 0, "1.0000000000000000001 cannot be represented exactly as float64"},
		{"12345678901234567890", 0, "12345678901234567890 cannot be represented exactly as float64"},
		{"9007199254740993", 0, "9007199254740993 cannot be represented exactly as float64"},
		{"0.10000000000000001", 0, "0.10000000000000001 cannot be represented exactly as float64"},
		{"3e-324", 0, "3e-324 cannot be represented exactly as float64"},
		{"1.23456e-320", 0, "1.23456e-320 cannot be represented exactly as float64"},
	}
	for _, tt := range tests {
		var got float64
		v := readOne(t, tt.in, func(d *Decoder) { got = d.Float64("#/properties/f/type") })
		if tt.msg == "" {
			if v != nil || got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
				t.Errorf("Float64(%s) = %v, %v; want %v", tt.in, got, v, tt.want)
			}
			continue
		}
		if v == nil || v.Keyword != "format" || v.KeywordLocation != "#/properties/f/format" || v.Message != tt.msg || got != 0 {
			t.Errorf("Float64(%s) = %v, %+v; want %q", tt.in, got, v, tt.msg)
		}
	}
	v := readOne(t, `"1"`, func(d *Decoder) { d.Float64("#/properties/f/type") })
	if v == nil || v.Message != "expected number, but got string" || v.KeywordLocation != "#/properties/f/type" {
		t.Errorf("Float64 of a string: %+v", v)
	}
}

func TestParseDecimal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0", "0"}, {"-0.000", "0"}, {"0e5", "0"}, {"1", "1e0"}, {"100", "1e2"}, {"-1.50", "-15e-1"},
		{"0.0075", "75e-4"}, {"120.034e2", "120034e-1"}, {"1e-0", "1e0"}, {"00.1", ""}, {"1.", ""}, {"", ""},
		{"1e1234567890123456789", "1e1234567890123456789"}, {"10.0e-1234567890123456789", "1e-1234567890123456788"}, {"-0.01e+0001", "-1e-1"},
	}
	for _, tt := range tests {
		dec, ok := parseDecimal([]byte(tt.in))
		got := ""
		if ok {
			got = string(dec.appendCanonical(nil))
		}
		if got != tt.want {
			t.Errorf("parseDecimal(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFloat64RoundTrip checks the promise that Float64 accepts whatever
// AppendFloat writes, giving back the same float64, and that a literal with
// one digit more than needed is accepted exactly when it is the same decimal.
func FuzzFloat64RoundTrip(f *testing.F) {
	for _, v := range []float64{0, 0.1, 1e21, 1e-7, 5e-324, math.MaxFloat64, 123.456, -2.5e-310} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		lit := string(AppendFloat(nil, v))
		var got float64
		if viol := readOne(t, lit, func(d *Decoder) { got = d.Float64("#/type") }); viol != nil || got != v {
			t.Fatalf("Float64(%s) = %v, %v; want %v", lit, got, viol, v)
		}
		long := strconv.FormatFloat(v, 'e', 17, 64) // 18 significant digits
		short, _ := parseDecimal([]byte(strconv.FormatFloat(v, 'e', -1, 64)))
		dec, _ := parseDecimal([]byte(long))
		viol := readOne(t, long, func(d *Decoder) { got = d.Float64("#/type") })
		if exact := dec.equal(&short); exact != (viol == nil) || (exact && got != v) {
			t.Fatalf("Float64(%s) = %v, %v; exact = %v", long, got, viol, exact)
		}
	})
}
