package document

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestParseYAML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"b: 1\na: 2\n", `{"b":1,"a":2}`},
		{"n: [1, +2, 007, 1., .5, -0.50, 0o17, 0x1F, 1e3, 12345678901234567890123]",
			`{"n":[1,2,7,1,0.5,-0.50,15,31,1e3,12345678901234567890123]}`},
		{"s: [yes, no, on, off, 1_000, 0b101, '1', \"2\", True, FALSE, ~, null, ]",
			`{"s":["yes","no","on","off","1_000","0b101","1","2",true,false,null,null]}`},
		{"a:\nb: |\n  x\n  y\nc: >-\n  f\n  g\n", `{"a":null,"b":"x\ny\n","c":"f g"}`},
		{"a: &x {p: 1}\nb: *x\nc:\n  <<: *x\n  q: 2\nd:\n  <<: *x\n  p: 3\n",
			`{"a":{"p":1},"b":{"p":1},"c":{"q":2,"p":1},"d":{"p":3}}`},
		{"200: ok\n'x/y': 1\n", `{"200":"ok","x/y":1}`},
		{"t: !!str 12\nu: !!int 3\n", `{"t":"12","u":3}`},
		{"- 1\n- - 2\n", `[1,[2]]`},
	}
	for _, tt := range tests {
		n, err := ParseYAML([]byte(tt.in))
		if err != nil {
			t.Errorf("ParseYAML(%q): %v", tt.in, err)
			continue
		}
		if got := string(n.Encode()); got != tt.want {
			t.Errorf("ParseYAML(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseYAMLOffsets(t *testing.T) {
	src := "a:\n  b: [x, 'é']\n  c: 1\n"
	n, err := ParseYAML([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for ptr, want := range map[string]string{"/a/b/0": "x", "/a/b/1": "'é'", "/a/c": "1"} {
		v, ok := n.Lookup(ptr)
		if !ok {
			t.Fatalf("no %s", ptr)
		}
		if !strings.HasPrefix(src[v.Offset:], want) {
			t.Errorf("%s: offset %d points at %q, want %q", ptr, v.Offset, src[v.Offset:], want)
		}
	}
}

func TestParseYAMLErrors(t *testing.T) {
	tests := []struct {
		in        string
		line, col int
		msg       string
	}{
		{"a: 1\na: 2\n", 2, 1, "already defined"},
		{"a: [1\n", 1, 4, "']' not found"},
		{"a: b: c\n", 1, 4, "not allowed"},
		{"x: 1\n? [1]\n: 2\n", 3, 1, "invalid key"},
		{"x:\n  y: {1.5: a}\n", 2, 7, "not a string"},
		{"a:\n  b: !foo x\n", 2, 6, "tag !foo is not supported"},
		{"a: !!int x\n", 1, 4, "does not match"},
		{"a: [.inf]\n", 1, 5, "(at /a/0)"},
		{"a: &a [*a]\n", 1, 8, "refers to the value that defines its anchor"},
		{"a: *nope\n", 1, 4, "no anchor"},
		{"a: 1\n---\nb: 2\n", 2, 1, "more than one YAML document"},
		{"", 1, 1, "empty YAML document"},
		{"a: \xff\n", 1, 4, "invalid UTF-8"},
	}
	for _, tt := range tests {
		_, err := ParseYAML([]byte(tt.in))
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("ParseYAML(%q) = %v, want a *SyntaxError", tt.in, err)
			continue
		}
		if se.Line != tt.line || se.Column != tt.col || !strings.Contains(se.Msg, tt.msg) {
			t.Errorf("ParseYAML(%q) = %v, want line %d, column %d: ...%s...", tt.in, err, tt.line, tt.col, tt.msg)
		}
	}
}

// TestParseYAMLAliasBomb checks that aliases expanding to exponentially many
// nodes stop at MaxAliasNodes instead of exhausting memory.
func TestParseYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		p := "a" + string(rune('0'+i-1))
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*" + p)
		}
		b.WriteString("]\n")
	}
	_, err := ParseYAML([]byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "aliases expand to more than") {
		t.Fatalf("ParseYAML(alias bomb) = %v, want the expansion cap", err)
	}
}

// FuzzParseYAML checks that ParseYAML never panics, that its errors are
// *SyntaxError values with positions inside the input, and that what it
// accepts is a tree Encode writes as valid JSON, which Parse reads back to
// the same tree.
func FuzzParseYAML(f *testing.F) {
	for _, s := range []string{
		"a: 1\n", "- [1, {b: c}]\n", "a: &x {p: 1}\nb: *x\nc: {<<: *x}\n", "? a\n: b\n", "a: |\n  x\n",
		"a: 'q''s'\nb: \"\\u00e9\"\n", "{a: 1, a: 2}", "a: !!str 1\n", "a: .nan\n", "a: 0o17\nb: 1_0\n",
		"--- 1\n--- 2\n", "a:\n\t- x\n", "a: *y\n", "a: &y [*y]\n", "&a a: b\n", "200: x\n", "\xff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := ParseYAML(data)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseYAML(%q): error %T, want *SyntaxError", data, err)
			}
			if se.Offset < 0 || se.Offset > len(data) || se.Line < 1 || se.Column < 1 {
				t.Fatalf("ParseYAML(%q): position %+v outside the input", data, se)
			}
			return
		}
		enc := n.Encode()
		back, err := Parse(enc)
		if err != nil {
			t.Fatalf("ParseYAML(%q) encodes to invalid JSON %s: %v", data, enc, err)
		}
		if again := back.Encode(); !bytes.Equal(again, enc) {
			t.Fatalf("ParseYAML(%q): %s reads back as %s", data, enc, again)
		}
	})
}
