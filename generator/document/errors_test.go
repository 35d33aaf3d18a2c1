package document

import (
	"errors"
	"strings"
	"testing"
)

// syntaxErrorTests are malformed inputs and the errors Parse must report.
var syntaxErrorTests = []struct {
	name      string
	src       string
	line, col int
	offset    int
	msg       string
}{
	{"missing comma on line 3", "{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, 13,
		`invalid character '"' after object key:value pair`},
	{"unterminated string", `{"a": "abc`, 1, 11, 10, "unexpected end of input"},
	{"newline in string", "{\"a\": \"abc\n\"}", 1, 11, 10, `invalid character '\n' in string literal`},
	{"unit separator in string", "[\"\x1f\"]", 1, 3, 2, `invalid character '\x1f' in string literal`},
	{"tab in string", "\"a\tb\"", 1, 3, 2, `invalid character '\t' in string literal`},
	{"trailing comma in object", `{"a":1,}`, 1, 8, 7,
		`invalid character '}' looking for beginning of object key string`},
	{"trailing comma in array", `[1,]`, 1, 4, 3, `invalid character ']' looking for beginning of value`},
	{"empty input", ``, 1, 1, 0, "unexpected end of input"},
	{"only whitespace", " \n  ", 2, 3, 4, "unexpected end of input"},
	{"trailing garbage", `{} x`, 1, 4, 3, `invalid character 'x' after top-level value`},
	{"second value", `1 2`, 1, 3, 2, `invalid character '2' after top-level value`},
	{"missing colon", `{"a" 1}`, 1, 6, 5, `invalid character '1' after object key`},
	{"unquoted key", `{a:1}`, 1, 2, 1, `invalid character 'a' looking for beginning of object key string`},
	{"missing array comma", `[1 2]`, 1, 4, 3, `invalid character '2' after array element`},
	{"unclosed array", `[1,`, 1, 4, 3, "unexpected end of input"},
	{"bad unicode escape", `"ab\u12x4"`, 1, 4, 3, `invalid \u escape`},
	{"short unicode escape", `"\u12"`, 1, 2, 1, `invalid \u escape`},
	{"bad escape", `"\x"`, 1, 3, 2, `invalid character 'x' in string escape code`},
	{"invalid UTF-8", "\"é\xff\"", 1, 3, 3, "invalid UTF-8 in string literal"},
	{"UTF-16 surrogate in UTF-8", "\"\xed\xa0\x80\"", 1, 2, 1, "invalid UTF-8 in string literal"},
	{"invalid UTF-8 outside string", "[\xff]", 1, 2, 1, `invalid character '\xff' looking for beginning of value`},
	{"non-ASCII outside string", "\n  é", 2, 3, 3, `invalid character 'é' looking for beginning of value`},
	{"byte order mark", "\ufeff{}", 1, 1, 0, `invalid character '\ufeff' looking for beginning of value`},
	{"quote in message", `'a'`, 1, 1, 0, `invalid character '\'' looking for beginning of value`},
	{"columns count runes", "{\"é中😀\": x}", 1, 9, 14, `invalid character 'x' looking for beginning of value`},
	{"CRLF lines", "{\r\n\"a\":}\r\n", 2, 5, 7, `invalid character '}' looking for beginning of value`},
	{"truncated literal", `tru`, 1, 4, 3, "unexpected end of input"},
	{"misspelled literal", `[nul1]`, 1, 5, 4, `invalid character '1' in literal null (expecting 'l')`},
	{"capital literal", `True`, 1, 1, 0, `invalid character 'T' looking for beginning of value`},
	{"leading zero", `01`, 1, 2, 1, `invalid character '1' after leading zero in numeric literal`},
	{"lone minus", `-`, 1, 2, 1, "unexpected end of input"},
	{"minus letter", `-a`, 1, 2, 1, `invalid character 'a' in numeric literal`},
	{"empty fraction", `1.e3`, 1, 3, 2, `invalid character 'e' in numeric literal`},
	{"empty exponent", `[1e+]`, 1, 5, 4, `invalid character ']' in numeric literal`},
	{"leading plus", `+1`, 1, 1, 0, `invalid character '+' looking for beginning of value`},
	{"leading dot", `.5`, 1, 1, 0, `invalid character '.' looking for beginning of value`},
}

func TestSyntaxError(t *testing.T) {
	for _, tt := range syntaxErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse([]byte(tt.src))
			if err == nil {
				t.Fatalf("Parse(%q) = %s, want an error", tt.src, n.Encode())
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %v is a %T, want *SyntaxError", err, err)
			}
			got := SyntaxError{Line: se.Line, Column: se.Column, Offset: se.Offset, Msg: se.Msg}
			want := SyntaxError{Line: tt.line, Column: tt.col, Offset: tt.offset, Msg: tt.msg}
			if got != want {
				t.Errorf("Parse(%q) error = %+v\nwant %+v", tt.src, got, want)
			}
		})
	}
}

func TestSyntaxErrorString(t *testing.T) {
	tests := []struct {
		err  SyntaxError
		want string
	}{
		{SyntaxError{Line: 3, Column: 7, Offset: 30, Msg: "invalid character '}' after object key"},
			"line 3, column 7: invalid character '}' after object key"},
		{SyntaxError{Line: 1, Column: 1, Msg: "unexpected end of input"},
			"line 1, column 1: unexpected end of input"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	_, err := Parse([]byte("{\n\"a\" }"))
	if err == nil || !strings.HasPrefix(err.Error(), "line 2, column 5: ") {
		t.Errorf("Parse error = %v, want it to start with the position", err)
	}
}

func TestPosition(t *testing.T) {
	src := []byte("ab\ncé中d\n\nx")
	tests := []struct {
		offset    int
		line, col int
	}{
		{-5, 1, 1},
		{0, 1, 1},
		{1, 1, 2},
		{2, 1, 3}, // the newline itself ends line 1
		{3, 2, 1},
		{4, 2, 2}, // é
		{6, 2, 3}, // 中
		{9, 2, 4}, // d
		{11, 3, 1},
		{12, 4, 1},
		{13, 4, 2}, // end of input
		{99, 4, 2},
	}
	for _, tt := range tests {
		line, col := Position(src, tt.offset)
		if line != tt.line || col != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.offset, line, col, tt.line, tt.col)
		}
	}
}
