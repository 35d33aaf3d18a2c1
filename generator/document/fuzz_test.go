package document

import (
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are inputs for FuzzParse, valid and not.
var fuzzSeeds = []string{
	``, ` `, `null`, `true`, `false`, `0`, `-0.0e-0`, `1E400`, `""`, `"\u00e9\ud83d\ude00\ud800"`,
	`[]`, `{}`, `[1,[2,[3]]]`, `{"a":{"b":[null,true,"x"]},"a":1}`,
	`{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k0":9,"k3":{}}`,
	"{\n  \"a\": 1\n  \"b\": 2\n}", `{"a":1,}`, `[1,]`, `{} x`, `01`, `1.`, `"\x"`, `"\u12g4"`,
	"\"\xff\"", "\"\t\"", "\ufeff1", `[`, `{"a"`, `{"a":`, `tru`, `nul`, ` {"<&>":"\u2028"} `,
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data)
		valid := json.Valid(data)
		switch {
		case err != nil:
			checkParseError(t, data, err, valid)
		case !valid:
			t.Fatalf("Parse accepted %q, which encoding/json rejects", data)
		case !utf8.Valid(data):
			t.Fatalf("Parse accepted invalid UTF-8 in %q", data)
		default:
			checkRoundTrip(t, data, n)
			checkOffsets(t, data, n)
		}
	})
}

// checkParseError checks the error Parse returned for data; valid tells
// whether encoding/json accepts data.
func checkParseError(t *testing.T, data []byte, err error, valid bool) {
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("Parse(%q) error %v is a %T", data, err, err)
	}
	if se.Offset < 0 || se.Offset > len(data) {
		t.Fatalf("Parse(%q) error offset %d out of range", data, se.Offset)
	}
	if line, col := Position(data, se.Offset); line != se.Line || col != se.Column {
		t.Fatalf("Parse(%q) error at %d:%d, Position says %d:%d", data, se.Line, se.Column, line, col)
	}
	if valid && (utf8.Valid(data) || se.Msg != "invalid UTF-8 in string literal") {
		t.Fatalf("Parse(%q) = %v, but encoding/json accepts it", data, err)
	}
}

func FuzzEncodeString(f *testing.F) {
	for _, s := range []string{"", "a\"\\", "\x00\x1f\x7f", "<>&", "\u2028", "\xff", "é\xe4\xb8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := string((&Node{Kind: String, String: s}).Encode())
		if want := stdString(t, s); got != want {
			t.Fatalf("Encode(%q) = %s, encoding/json gives %s", s, got, want)
		}
	})
}
