package jsonrt

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// stdString encodes s as encoding/json does without HTML escaping.
func stdString(t testing.TB, s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

var stringSamples = []string{
	"", "plain", `a"b\c`, "\x00\x01\x1f\x7f", "\b\f\n\r\t", "<&>", "héllo 中文 😀",
	"\u2028\u2029", "\xff", "a\xc3", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\ufffd", "end\\",
}

func TestAppendString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{`a"b\c`, `"a\"b\\c"`},
		{"\x00\x1f\n\t\r\b\f", `"\u0000\u001f\n\t\r\b\f"`},
		{"\u2028x\u2029", `"\u2028x\u2029"`},
		{"a\xffb", `"a\ufffdb"`},
		{"é<>&\x7f", "\"é<>&\x7f\""},
	}
	for _, tt := range tests {
		if got := string(AppendString([]byte("x"), tt.in)); got != "x"+tt.want {
			t.Errorf("AppendString(%q) = %s, want x%s", tt.in, got, tt.want)
		}
	}
	for _, s := range stringSamples {
		checkAppendString(t, s)
	}
}

// checkAppendString checks AppendString against encoding/json, both byte for
// byte and by decoding the result back.
func checkAppendString(t *testing.T, s string) {
	t.Helper()
	got := AppendString(nil, s)
	if want := stdString(t, s); string(got) != want {
		t.Errorf("AppendString(%q) = %s, encoding/json gives %s", s, got, want)
	}
	var back string
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatalf("AppendString(%q) = %s: %v", s, got, err)
	}
	if want := validUTF8(s); back != want {
		t.Errorf("AppendString(%q) decodes to %q, want %q", s, back, want)
	}
	d := NewDecoder(got)
	if back2 := d.String("#"); back2 != back || d.Finish() != nil {
		t.Errorf("Decoder reads %s as %q, encoding/json as %q", got, back2, back)
	}
}

// validUTF8 replaces each byte of invalid UTF-8 in s by U+FFFD.
func validUTF8(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // ranging yields U+FFFD for each invalid byte
	}
	return b.String()
}

func FuzzAppendString(f *testing.F) {
	for _, s := range stringSamples {
		f.Add(s)
	}
	f.Fuzz(checkAppendString)
}

func TestAppendFloat(t *testing.T) {
	tests := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 100, 1e6, 1e20, 1e21, 1.5e21, 123456789e15, 1e-6, 1e-7,
		1.5e-7, 9.99e-7, 1e-10, 1e-100, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, -1e21,
		-1e-7, 0.30000000000000004, 12345.678, 1e100,
	}
	for _, f := range tests {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := AppendFloat([]byte("x"), f); string(got) != "x"+string(want) {
			t.Errorf("AppendFloat(%v) = %s, want x%s", f, got, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got := string(AppendFloat(nil, f)); got != "null" {
			t.Errorf("AppendFloat(%v) = %s, want null", f, got)
		}
	}
}

func FuzzAppendFloat(f *testing.F) {
	f.Add(1.5)
	f.Add(1e-7)
	f.Add(1e21)
	f.Fuzz(func(t *testing.T, v float64) {
		want, err := json.Marshal(v)
		if err != nil {
			return // NaN or infinity
		}
		if got := AppendFloat(nil, v); string(got) != string(want) {
			t.Errorf("AppendFloat(%v) = %s, want %s", v, got, want)
		}
	})
}

func TestAppendRaw(t *testing.T) {
	tests := []struct{ in, want string }{
		{``, `null`},
		{" \n\t", `null`},
		{`1`, `1`},
		{` { "a" : [ 1 , 2 ] ,` + "\n" + ` "b c" : "x \" y\\" } `, `{"a":[1,2],"b c":"x \" y\\"}`},
		{`[ "\\" , " " ]`, `["\\"," "]`},
	}
	for _, tt := range tests {
		got := AppendRaw([]byte("x"), json.RawMessage(tt.in))
		if string(got) != "x"+tt.want {
			t.Errorf("AppendRaw(%q) = %s, want x%s", tt.in, got, tt.want)
		}
		if tt.in != "" && strings.TrimSpace(tt.in) != "" {
			var buf bytes.Buffer
			if err := json.Compact(&buf, []byte(tt.in)); err != nil || buf.String() != tt.want {
				t.Errorf("json.Compact(%q) = %s, %v", tt.in, buf.String(), err)
			}
		}
	}
}
