package jsonrt

import (
	"strings"
	"testing"
)

// checkScanValue compares scanValue on data with skipValue, the reference:
// a value scanValue accepts must be one skipValue accepts, ending at the
// same offset, and, when data is too short to nest deeper than skipDepth,
// scanValue must accept every value skipValue accepts.
func checkScanValue(t *testing.T, data []byte) {
	t.Helper()
	end := scanValue(data, 0)
	d := NewDecoder(data)
	d.skipValue()
	switch {
	case end >= 0 && (d.err != nil || d.pos != end):
		t.Fatalf("scanValue(%q) = %d, but skipValue ends at %d with error %v", data, end, d.pos, d.err)
	case end < 0 && d.err == nil && len(data) <= 2*skipDepth:
		t.Fatalf("scanValue(%q) = %d, but skipValue accepts it, ending at %d", data, end, d.pos)
	}
}

func TestScanValue(t *testing.T) {
	for _, s := range []string{
		`null`, `true`, `false`, `nul`, `tru`, `fals`, `nullx`, `0`, `-0`, `-`, `01`, `1.`, `1.5e+3`, `1e`, `1x`,
		`""`, `"`, `"a\"b\\c\/\b\f\n\r\t\u00e9\uD83D\uDE00"`, `"\x"`, `"\u12G4"`, `"\u123"`, "\"a\x01\"", "\"\xff\xfe\"",
		`[]`, `[ ]`, `[1,2]`, `[1,]`, `[,1]`, `[1 2]`, `[`, `]`, `[1`, `[1,`, `[[],[[]],{}]`, `[}`, `{]`,
		`{}`, `{ }`, `{"a":1}`, `{"a":1,}`, `{"a" 1}`, `{"a":}`, `{1:2}`, `{"a":1 "b":2}`, `{"a":{"b":[{"c":null}]}}`,
		` {"a" : [ 1 , "x" ] , "b" : { } } `, "\t\r\n[\t1\r,\n2 ]", `{"a":1}}`, `[1]]`, `{"a":[1}`, `{"a":1]`,
		`{"a"`, `{"a":`, `{"a":1,"`, `{"a\u0022":1}`, `"abcdefghijklmnopqrstuvwxyz0123456789"`, ``, ` `,
	} {
		checkScanValue(t, []byte(s))
	}
	for _, depth := range []int{skipDepth - 1, skipDepth, skipDepth + 1} {
		for _, open := range []string{"[", `{"k":`} {
			closer := map[string]string{"[": "]", `{"k":`: "}"}[open]
			valid := strings.Repeat(open, depth) + "1" + strings.Repeat(closer, depth)
			if got, want := scanValue([]byte(valid), 0), len(valid); (got == want) != (depth <= skipDepth) {
				t.Errorf("scanValue of %d nested %q = %d, want %d only up to depth %d", depth, open, got, want, skipDepth)
			}
			checkScanValue(t, []byte(valid))
			checkScanValue(t, []byte(valid[:len(valid)-1]))
		}
	}
}

// TestScanString puts every byte value at every offset of strings of
// several lengths, around the eight-byte words scanString tests.
func TestScanString(t *testing.T) {
	for n := range 20 {
		for at := range n {
			for c := range 256 {
				data := make([]byte, n+2)
				data[0], data[n+1] = '"', '"'
				for k := 1; k <= n; k++ {
					data[k] = 'a' + byte(k%26)
				}
				data[1+at] = byte(c)
				checkScanValue(t, data)
				checkScanValue(t, data[:n+1])
			}
		}
	}
}

// TestDecoderSkipFallsBack checks that Skip and Raw report the syntax
// errors scanValue leaves to skipValue, and follow values nested deeper
// than scanValue does.
func TestDecoderSkipFallsBack(t *testing.T) {
	for _, c := range []struct{ in, err string }{
		{`[1,]`, "jsonrt: syntax error at offset 3: invalid character ']' looking for beginning of value"},
		{`{"a":1 "b":2}`, "jsonrt: syntax error at offset 7: invalid character '\"' after object element"},
		{`"a\x"`, "jsonrt: syntax error at offset 3: invalid character 'x' in string escape code"},
		{`[` + strings.Repeat(`[`, skipDepth) + strings.Repeat(`]`, skipDepth) + `]`, ""},
	} {
		for name, read := range map[string]func(d *Decoder){"Skip": (*Decoder).Skip, "Raw": func(d *Decoder) { d.Raw() }} {
			d := NewDecoder([]byte(c.in))
			read(d)
			err := d.Finish()
			if got := errString(err); got != c.err {
				t.Errorf("%s of %s: Finish = %q, want %q", name, c.in, got, c.err)
			}
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func FuzzScanValue(f *testing.F) {
	for _, s := range []string{
		`{"a":[1,2.5,"x",true,null,{"b":{}}],"c":-1e3}`, `[1,`, `{"a":1,}`, `"\ud83d\ude00\u0041"`, `[[[[[]]]]]`,
		`{"k\"ey":"v\\"}`, "\"\xff\"", `{"a" 1}`, ` [ ] `, "\"abcdefgh\x01\"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(checkScanValue)
}
