package templates

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// gofmtCases are sources that formatChunked must format as go/format does,
// written as jennifer writes code (unindented, one item a line) with the
// constructs that could mislead the cutting: comments of every kind,
// brackets, quotes and keywords inside literals and comments, declarations
// of the same kind back to back, blank lines, and code that does not parse.
var gofmtCases = []string{
	"package p\n\nfunc a() {\nreturn\n}\nfunc b() {\n}\ntype T struct {\nA int `json:\"a\"`\nBee string // c\n}\n",
	"// Code generated. DO NOT EDIT.\n\npackage p\n\nimport (\n\"strconv\"\n\"fmt\"\n)\n\n// A is.\nfunc A() string {\nreturn fmt.Sprint(strconv.Itoa(1))\n}\n// B is.\nfunc B() {}\n",
	"package p\n\nvar a = 1 // one\nvar bb = 22 // two\nvar c = 3\nfunc f() {}\nvar d = 4\nvar e = 5\n\nvar f = 6\n",
	"package p\n\nconst (\nA = 1\nBee = 2 // b\n)\nconst C = 3\ntype X int\ntype Y = X\nfunc (x X) M() X { return x }\n",
	"package p\n\nvar s = `\nfunc inside() {\n}\n` + \"}\\\"{\"\nfunc g() {\n_ = '{'\n_ = '\\''\n_ = \"// not a comment {\"\n}\n/* a block\nfunc notADecl() {\n*/\nfunc h() {}\n",
	"package p\n\nfunc a() {}\n\n// free comment\n\nfunc b() {}\n// doc of c\n// second line\nfunc c() {}\nfunc d() {} // trailing\nfunc e() {}\n",
	"package p\n\nvar f = func() {\n}\nvar g = []int{\n1,\n2,\n}\nfunc k() {\nloop:\nfor {\nbreak loop\n}\n}\n",
	"package p\n\nfunc a() {}\nfunc b() {\n",
	"package p\n\nfunc a() {}\nvar x = 1\n\nx = 2\n",
	"package p\n\nfunc a() {}\n}\nfunc b() {}\n",
	"package p\n\nfunc a() {}\nvar s = \"unterminated\nfunc b() {}\n",
	"package p\n\nfunc a() {}\nvar s = `unterminated\nfunc b() {}\n",
	"package p\nfunc a() {}",
	"package p\n\n/*\nblock\n*/\nfunc a() {}\n/* doc */\nfunc b() {}\n",
}

// checkChunked fails t unless formatChunked, cutting at every declaration
// it can, formats src as go/format.Source does, or fails as it does.
func checkChunked(t *testing.T, name string, src []byte) {
	t.Helper()
	want, wantErr := format.Source(src)
	got, err := formatChunked(src, 1)
	switch {
	case (err != nil) != (wantErr != nil):
		t.Errorf("%s: error %v, go/format's %v", name, err, wantErr)
	case err == nil && !bytes.Equal(got, want):
		t.Errorf("%s: formatted as\n%s\ngo/format formats it as\n%s", name, got, want)
	}
}

// TestFormatChunked checks that formatting in chunks is formatting, on the
// cases above and on the generated code in this repository with its
// indentation removed, as jennifer writes it.
func TestFormatChunked(t *testing.T) {
	for _, src := range gofmtCases {
		checkChunked(t, src, []byte(src))
	}
	files, err := filepath.Glob("../generated/*/*_gen.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no generated files found (%v)", err)
	}
	goldens, _ := filepath.Glob("testdata/*.golden")
	indent := regexp.MustCompile(`(?m)^\t+`)
	for _, name := range append(files, goldens...) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		checkChunked(t, name, indent.ReplaceAll(src, nil))
	}
}

// TestSplitPoints checks where a file of jennifer's shape is cut: before
// declarations that gofmt separates with a blank line, never inside one.
func TestSplitPoints(t *testing.T) {
	src := "package p\n\nimport \"fmt\"\n\n// A is.\nfunc A() {\nfmt.Println(`\nfunc x() {}\n`)\n}\nvar a = 1\nvar b = 2\nfunc B() {}\nfunc C() {}\n"
	var got []string
	for _, at := range splitPoints(scanLines([]byte(src)), 1) {
		line, _, _ := bytes.Cut([]byte(src[at:]), []byte("\n"))
		got = append(got, string(line))
	}
	want := []string{"// A is.", "var a = 1", "func B() {}"}
	if len(got) != len(want) {
		t.Fatalf("cuts before %q, want before %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("cuts before %q, want before %q", got, want)
		}
	}
}

// FuzzFormatChunked checks formatChunked against go/format on any source.
func FuzzFormatChunked(f *testing.F) {
	for _, src := range gofmtCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) { checkChunked(t, "input", src) })
}
