package templates

import (
	"bytes"
	"fmt"

	"github.com/dave/jennifer/jen"
)

// A pieces is a jennifer file rendered a few declarations at a time:
// after each flush, the declarations added since the last one are
// rendered, unformatted, and dropped, so that the syntax trees of one
// document's declarations are never all alive at once, and no buffer
// grows to the size of the file until source joins the pieces.
//
// The result is what file.Render writes with NoFormat set and all the
// declarations added: jennifer writes a file as its header, package
// clause and imports followed by each declaration on a new line, and
// names each import the first time a declaration uses it, so rendering
// the declarations in the same order, in the same file, registers the
// same imports under the same names.
type pieces struct {
	file   *jen.File
	head   []byte   // the header, package clause and imports, as of the last flush
	bodies [][]byte // the declarations of each flush, rendered
	size   int      // their total length
	err    error    // the first flush's failure, which source reports
}

// pieceMark is a comment that starts the declarations of each piece, so
// that flush finds where the file's header (the header comments, package
// clause and imports) ends in what jennifer renders, without rendering the
// header again: jennifer writes the header, a newline and the mark. The
// header holds no NUL byte (its comments are safe comment lines, which
// hold no control character, and jennifer quotes import paths), so the
// first NUL byte is the mark's.
const pieceMark = "//\x00"

// newPieces renders f piece by piece; f must have no declarations yet.
func newPieces(f *jen.File) *pieces {
	f.NoFormat = true
	f.Comment(pieceMark)
	return &pieces{file: f}
}

// flush renders the declarations added since the last flush, keeps the
// text and drops the declarations. A failure stops the rendering; source
// reports it.
func (p *pieces) flush() {
	if p.err != nil {
		return
	}
	var out capture
	if err := p.file.Render(&out); err != nil {
		p.err = err
		return
	}
	// jennifer offers no way to empty a file's group of declarations;
	// a new file's group is an empty one of the same kind.
	p.file.Group = jen.NewFile("").Group
	p.file.Comment(pieceMark)
	at := bytes.IndexByte(out.b, 0) - (len(pieceMark) - 1)
	if at < 1 || string(out.b[at-1:at+len(pieceMark)]) != "\n"+pieceMark {
		p.err = fmt.Errorf("jennifer rendered a file without its mark:\n%s", out.b)
		return
	}
	p.head = out.b[: at-1 : at-1]
	body := out.b[at+len(pieceMark):]
	p.bodies = append(p.bodies, body)
	p.size += len(body)
}

// source flushes what is left and returns the whole file, unformatted.
func (p *pieces) source() ([]byte, error) {
	if p.flush(); p.err != nil {
		return nil, p.err
	}
	src := make([]byte, 0, len(p.head)+p.size)
	src = append(src, p.head...)
	for _, b := range p.bodies {
		src = append(src, b...)
	}
	return src, nil
}
