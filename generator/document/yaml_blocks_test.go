package document

import (
	"strings"
	"testing"
)

func TestYAMLEmptyKeepBlock(t *testing.T) {
	for in, want := range map[string]string{
		"a:\n  b: |2+\n  c: 1\n":                  `{"a":{"b":"","c":1}}`,
		"a:\n  b: >+ # none\n  c: 1\n":            `{"a":{"b":"","c":1}}`,
		"a:\n  - |+\n  - x: 1\n    y: |+2\n":      `{"a":["",{"x":1,"y":"\n"}]}`,
		"a:\n  - x: 1\n    y: |+\n  - 2\n":        `{"a":[{"x":1,"y":""},2]}`,
		"a:\n  b: |2+\n     x\n  c: |+\n  d: 1\n": `{"a":{"b":" x\n","c":"","d":1}}`,
	} {
		n, err := ParseYAML([]byte(in))
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if got := string(n.Encode()); got != want {
			t.Errorf("%q: got %s, want %s", in, got, want)
		}
	}
	// Offsets stay those of the file.
	src := "a:\n  b: |2+\n  c: 1\n"
	n, _ := ParseYAML([]byte(src))
	if c, _ := n.Lookup("/a/c"); c == nil || c.Offset != strings.Index(src, "1") {
		t.Errorf("/a/c at %v, want offset %d", c, strings.Index(src, "1"))
	}
	// Blank lines after the header: the parser's error, with its position.
	if _, err := ParseYAML([]byte("a:\n  b: |2+\n\n  c: 1\n")); err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("blank lines after an empty keep block: %v, want an error at line 4", err)
	}
}

func TestYAMLByteOrderMark(t *testing.T) {
	src := "\ufeffa:\n  b: 1\n"
	n, err := ParseYAML([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(n.Encode()); got != `{"a":{"b":1}}` {
		t.Errorf("got %s", got)
	}
	if b, _ := n.Lookup("/a/b"); b == nil || b.Offset != strings.Index(src, "1") {
		t.Errorf("/a/b at %v, want offset %d", b, strings.Index(src, "1"))
	}
	if _, err := ParseYAML([]byte("\ufeffa: [\n")); err == nil || !strings.Contains(err.Error(), "line") {
		t.Errorf("error %v, want one with a line", err)
	}
}
