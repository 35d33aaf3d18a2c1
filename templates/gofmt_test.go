package templates

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
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
	// Function bodies: blocks, switches and what must not be cut into.
	"package p\n\nfunc f(x any) int {\nn := 0\nif n > 0 {\nn++\n} else if n < 0 {\nn--\n} else {\nn = 1\n}\nfor i := 0; i < 3; i++ {\nn += i // trailing\nm := i // aligned\n_ = m\n}\nswitch v := x.(type) {\ncase int:\nn = v\ncase string, []byte:\nn = len(v)\nn++\ndefault:\nswitch {\ncase n > 1:\nn = 2\n}\n}\n// a comment line\nn++\n\nn--\nloop:\nfor {\nbreak loop\n}\ns := `raw\n{ not a block\nn++\n`\n_ = s\nreturn n\n}\n",
	"package p\n\nfunc g() {\nfs := []func(){\nfunc() {\nprintln()\nprintln()\n},\n}\n_ = fs\ngo func() {\nprintln()\nprintln()\n}()\nselect {\ncase <-make(chan int):\nprintln()\nprintln()\ndefault:\n}\nif len(fs) > 0 &&\nlen(fs) < 9 {\nprintln()\nprintln()\n}\nx := T{\nA: 1,\nBcd: 2,\n}\n_ = x\nvar (\na = 1\nbb = 2\n)\na, bb = bb, a\nc := 1\nd := 2 // two\nee := 3 // three\nf := 4\n_, _, _ = c, d, ee\n{\nprintln(f)\nprintln(f)\n}\n}\nfunc h() { println() }\nvar v = func() {\nprintln()\nprintln()\n}\n",
	"package p\n\nfunc e(n int) int {\nif n > 0 {\nn = 1\nn *= 2\n} else if n < 0 {\nn = 3\nn *= 3\n} else {\n{\nn = 1\nn = 2\n}\nn = 5\n}\nreturn n\n}\n",
	"package p\n\nfunc f() {\nswitch {\ncase true:\nif true {\nprintln()\nswitch {\ncase false:\nprintln()\nprintln()\n}\nprintln()\n}\nprintln()\ncase false:\n}\n}\nfunc g() {\nprintln()\nprintln(\n1,\n)\n}} \nfunc k() {\nx := 1 /* c */\ny := 2\n}\n",
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

// checkPieces fails t unless src, which go/format formats, cut everywhere
// formatChunked may cut it, is formatted chunk by chunk, without falling
// back to formatting it whole, as go/format.Source formats it. It returns
// the number of cuts inside function bodies.
func checkPieces(t *testing.T, name string, src []byte) int {
	t.Helper()
	want, err := format.Source(src)
	if err != nil {
		return 0
	}
	tops, inner := scanLines(src, 0)
	cuts := splitPoints(tops, inner, 1)
	got, err := formatPieces(src, cuts)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return 0
	}
	if !bytes.Equal(got, want) {
		gotLines, wantLines := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := range min(len(gotLines), len(wantLines)) {
			if !bytes.Equal(gotLines[i], wantLines[i]) {
				t.Errorf("%s: line %d formatted as\n%q\ngo/format formats it as\n%q", name, i+1, gotLines[i], wantLines[i])
				return 0
			}
		}
		t.Errorf("%s: %d lines formatted, go/format formats %d", name, len(gotLines), len(wantLines))
	}
	n := 0
	for _, c := range cuts {
		if c.frame != nil {
			n++
		}
	}
	return n
}

// TestFormatChunked checks that formatting in chunks is formatting, on the
// cases above and on the generated code in this repository with its
// indentation removed, as jennifer writes it: cut at every place it may
// be cut, with no chunk falling back to formatting the whole file.
func TestFormatChunked(t *testing.T) {
	inner := 0
	for _, src := range gofmtCases {
		checkChunked(t, src, []byte(src))
		inner += checkPieces(t, src, []byte(src))
	}
	if inner == 0 {
		t.Errorf("no case is cut inside a function body")
	}
	files, err := filepath.Glob("../generated/*/*_gen.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no generated files found (%v)", err)
	}
	goldens, _ := filepath.Glob("testdata/*.golden")
	cliGoldens, _ := filepath.Glob("../cmd/schemagen/testdata/golden/*/want/*_gen.go")
	if len(cliGoldens) == 0 {
		t.Fatal("no golden files of the command found")
	}
	indent := regexp.MustCompile(`(?m)^\t+`)
	inner = 0
	for _, name := range append(append(files, goldens...), cliGoldens...) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		src = indent.ReplaceAll(src, nil)
		checkChunked(t, name, src)
		inner += checkPieces(t, name, src)
	}
	if inner == 0 {
		t.Errorf("no generated file is cut inside a function body")
	}
}

// TestSplitPoints checks where a file of jennifer's shape is cut: before
// declarations that gofmt separates with a blank line, never inside one.
func TestSplitPoints(t *testing.T) {
	src := "package p\n\nimport \"fmt\"\n\n// A is.\nfunc A() {\nfmt.Println(`\nfunc x() {}\n`)\n}\nvar a = 1\nvar b = 2\nfunc B() {}\nfunc C() {}\n"
	var got []string
	tops, inner := scanLines([]byte(src), 0)
	for _, c := range splitPoints(tops, inner, 1) {
		line, _, _ := bytes.Cut([]byte(src[c.at:]), []byte("\n"))
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

// TestSplitPointsInBodies checks where a function body is cut: before
// statements and case clauses of its blocks and switches, after a line
// that ends a statement without a comment, never inside a function
// literal or a statement over several lines.
func TestSplitPointsInBodies(t *testing.T) {
	src := "package p\n\nfunc A() {\nx := 1\nif x > 0 {\nx = 2\nx = 3\n}\nswitch x {\ncase 1:\nx = 2 // c\nx = 3\ncase 2:\n}\nf(func() {\nx = 0\nx = 1\n})\ng(1,\n2)\n}\nvar a = 1\n"
	tops, inner := scanLines([]byte(src), 0)
	var got []string
	for _, c := range splitPoints(tops, inner, 1) {
		line, _, _ := bytes.Cut([]byte(src[c.at:]), []byte("\n"))
		depth := 0
		if c.frame != nil {
			depth = c.frame.depth
		}
		got = append(got, fmt.Sprintf("%d %s", depth, line))
	}
	want := []string{"0 func A() {", "1 if x > 0 {", "2 x = 3", "1 switch x {", "2 case 2:", "1 f(func() {", "1 g(1,", "0 var a = 1"}
	if !slices.Equal(got, want) {
		t.Fatalf("cuts before\n%q\nwant before\n%q", got, want)
	}
}

// TestScanLinesGap checks that the lines inside function bodies scanLines
// keeps at a gap are those of all its lines that lie at least the gap after
// the last one kept, and that formatChunked, which keeps lines at a gap,
// still cuts inside function bodies and formats as go/format does.
func TestScanLinesGap(t *testing.T) {
	var b strings.Builder
	b.WriteString("package p\n\nfunc f(x int) {\n")
	for i := range 2000 {
		fmt.Fprintf(&b, "if x > %d {\nx--\n}\n", i)
	}
	b.WriteString("}\n")
	src := []byte(b.String())
	_, all := scanLines(src, 0)
	const gap = 1000
	_, kept := scanLines(src, gap)
	// Each scan has frames of its own: lines are compared by offset and
	// depth.
	type place struct{ start, depth int }
	var want, got []place
	for _, l := range all {
		if len(want) == 0 || l.start-want[len(want)-1].start >= gap {
			want = append(want, place{l.start, l.frame.depth})
		}
	}
	for _, l := range kept {
		got = append(got, place{l.start, l.frame.depth})
	}
	if len(kept) < 2 || len(kept) >= len(all) || !slices.Equal(got, want) {
		t.Errorf("kept %d of %d lines at a gap of %d, want the %d at least that far apart", len(kept), len(all), gap, len(want))
	}
	const min = 4 << 10
	tops, inner := scanLines(src, min/cutSlack)
	if cuts := splitPoints(tops, inner, min); len(cuts) < len(src)/min/2 {
		t.Errorf("%d cuts in %d bytes, at chunks of %d", len(cuts), len(src), min)
	}
	gofmt, err := format.Source(src)
	if err != nil {
		t.Fatal(err)
	}
	if chunked, err := formatChunked(src, min); err != nil || !bytes.Equal(chunked, gofmt) {
		t.Errorf("formatted in chunks unlike go/format (%v)", err)
	}
}

// FuzzFormatChunked checks formatChunked against go/format on any source.
func FuzzFormatChunked(f *testing.F) {
	for _, src := range gofmtCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) { checkChunked(t, "input", src) })
}
