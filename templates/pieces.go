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
	bodies [][]byte // the declarations of each flush, rendered
	size   int      // their total length
}

// newPieces renders f piece by piece; f must have no declarations yet.
func newPieces(f *jen.File) *pieces {
	f.NoFormat = true
	return &pieces{file: f}
}

// flush renders the declarations added since the last flush, keeps the
// text and drops the declarations.
func (p *pieces) flush() error {
	var out capture
	if err := p.file.Render(&out); err != nil {
		return err
	}
	// jennifer offers no way to empty a file's group of declarations;
	// a new file's group is an empty one of the same kind.
	p.file.Group = jen.NewFile("").Group
	head, err := p.head()
	if err != nil {
		return err
	}
	body, ok := bytes.CutPrefix(out.b, head)
	if !ok {
		return fmt.Errorf("jennifer rendered a header other than its file's:\n%s", out.b)
	}
	p.bodies = append(p.bodies, body)
	p.size += len(body)
	return nil
}

// head renders the file as it stands, with no declarations: the header,
// the package clause and the imports registered so far.
func (p *pieces) head() ([]byte, error) {
	var out capture
	err := p.file.Render(&out)
	return out.b, err
}

// source flushes what is left and returns the whole file, unformatted.
func (p *pieces) source() ([]byte, error) {
	if err := p.flush(); err != nil {
		return nil, err
	}
	head, err := p.head()
	if err != nil {
		return nil, err
	}
	src := make([]byte, 0, len(head)+p.size)
	src = append(src, head...)
	for _, b := range p.bodies {
		src = append(src, b...)
	}
	return src, nil
}
