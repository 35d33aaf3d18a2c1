package templates

import (
	"bytes"
	"testing"

	"github.com/dave/jennifer/jen"
)

// TestPiecesRenderAsFile checks that a file rendered in pieces is the file
// jennifer renders whole: the same header, imports (named alike when two
// share a name, whichever piece uses them first) and declarations.
func TestPiecesRenderAsFile(t *testing.T) {
	// Each declaration is added to f; flush is called after some of them.
	declare := func(f *jen.File, flush func()) {
		f.Var().Id("a").Op("=").Qual("example.com/one/x", "A")
		flush()
		flush() // nothing added since the last flush
		f.Func().Id("b").Params().Block(
			jen.Qual("example.com/two/x", "B").Call(),
			jen.Qual("strconv", "Itoa").Call(jen.Lit(1)),
		)
		f.Line()
		f.Comment("c is.")
		f.Var().Id("c").Op("=").Qual(runtimePath, "C")
		flush()
		f.Var().Id("d").Op("=").Qual("example.com/one/x", "D")
	}
	newFile := func() *jen.File {
		f := jen.NewFile("p")
		f.ImportName(runtimePath, "jsonrt")
		f.HeaderComment(Header)
		f.HeaderComment("source: p.json")
		return f
	}
	whole := newFile()
	whole.NoFormat = true
	declare(whole, func() {})
	var want capture
	if err := whole.Render(&want); err != nil {
		t.Fatal(err)
	}
	p := newPieces(newFile())
	flushes := 0
	declare(p.file, func() {
		flushes++
		p.flush()
	})
	got, err := p.source()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.b) {
		t.Errorf("rendered in pieces as\n%s\nwhole as\n%s", got, want.b)
	}
	if !bytes.Contains(want.b, []byte(`x1 "example.com/two/x"`)) {
		t.Errorf("no import renamed in\n%s", want.b)
	}
	// Each piece holds what was declared since the flush before, and the
	// declarations rendered are dropped.
	wantPieces := []string{"\nvar a = x.A", "", "\nfunc b () {\nx1.B ()\nstrconv.Itoa (1)\n}\n\n\n// c is.\nvar c = jsonrt.C", "\nvar d = x.D"}
	if len(p.bodies) != flushes+1 || len(p.bodies) != len(wantPieces) {
		t.Fatalf("%d pieces after %d flushes", len(p.bodies), flushes)
	}
	for i, w := range wantPieces {
		if string(p.bodies[i]) != w {
			t.Errorf("piece %d is %q, want %q", i, p.bodies[i], w)
		}
	}
}
