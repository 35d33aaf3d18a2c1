package templates

import (
	"bytes"
	"fmt"
	"go/format"
	"go/parser"
	"go/token"
	"strings"
)

// gofmtChunk is the size, in bytes of unformatted source, past which
// formatSource starts a new chunk at the next place it can split at.
// Small enough that each chunk's syntax tree is short-lived, large enough
// that go/format's fixed cost per call does not show.
const gofmtChunk = 16 << 10

// formatSource returns src, a Go source file, formatted exactly as
// go/format.Source formats it, and the same error when it does not parse.
//
// Formatting a file of megabytes in one piece builds its whole syntax tree
// and a printer's buffers for all of it: for generated files the garbage
// collector and the growing buffers cost more than the formatting itself
// (a 23 MB file took twice as long as the same file in pieces). So src is
// cut into chunks of about gofmtChunk bytes, which are formatted one at a
// time and joined. It is cut between top-level declarations, where gofmt
// puts exactly one blank line between the two (see declCuts), and inside a
// function body between two statements, or two case clauses, of blocks
// that can be reopened around a chunk (see scanLines and frame), so that
// the methods of a schema of thousands of properties, each a single
// declaration of megabytes, are cut too. Either way the chunks' formatting
// cannot depend on each other: each statement or declaration is printed
// from its own tokens and comments, at the depth its enclosing blocks
// give it, and no comment or alignment spans a cut.
func formatSource(src []byte) ([]byte, error) {
	return formatChunked(src, gofmtChunk)
}

// formatChunked is formatSource with chunks of at least min bytes.
func formatChunked(src []byte, min int) ([]byte, error) {
	tops, inner := scanLines(src, min/cutSlack)
	cuts := splitPoints(tops, inner, min)
	if len(cuts) == 0 {
		return gofmtWhole(src)
	}
	out, err := formatPieces(src, cuts)
	if err != nil {
		return gofmtWhole(src)
	}
	return out, nil
}

// formatPieces formats src cut at cuts, one chunk at a time. It fails if
// a chunk does not parse, or is not printed as its wrapping predicts.
//
// The first chunk, which holds the imports, is formatted by
// go/format.Source, which sorts them in place. Each later chunk holds no
// import, and go/format.Node prints it as Source would (Source's import
// sorting has nothing to do there) straight into the output, where its
// wrapping is then cut away: no chunk is copied out of a buffer of its
// own.
func formatPieces(src []byte, cuts []cut) ([]byte, error) {
	out := bytes.NewBuffer(make([]byte, 0, len(src)+len(src)/8)) // gofmt mostly adds indentation
	var wrapped, opening, closing []byte
	from := cut{}
	for i := 0; i <= len(cuts); i++ {
		to := cut{at: len(src)}
		if i < len(cuts) {
			to = cuts[i]
		}
		// The first chunk holds the package clause and the imports. Each
		// later one, given a package clause, is a file too, which
		// go/format formats with the same printer (given a partial file,
		// it would also try it as statements). A chunk that starts or
		// ends inside a function is wrapped in the blocks it lies in.
		wrapped = wrapped[:0]
		if i > 0 {
			wrapped = append(wrapped, chunkClause...)
		}
		wrapped = from.frame.open(wrapped, false)
		wrapped = append(wrapped, src[from.at:to.at]...)
		wrapped = to.frame.close(wrapped, false)
		opening = opening[:0]
		if i > 0 {
			opening = from.frame.open(append(opening, chunkClause+"\n"...), true)
			if from.frame == nil {
				out.WriteByte('\n') // the blank line between two declarations
			}
		}
		closing = to.frame.close(closing[:0], true)
		start := out.Len()
		if err := formatChunk(out, wrapped, i == 0); err != nil {
			return nil, err
		}
		formatted := out.Bytes()[start:]
		body, ok := bytes.CutPrefix(formatted, opening)
		body, ok2 := bytes.CutSuffix(body, closing)
		if !ok || !ok2 {
			return nil, fmt.Errorf("chunk at offset %d is not printed inside its wrapping", from.at)
		}
		out.Truncate(start + copy(formatted, body))
		from = to
	}
	return out.Bytes(), nil
}

// formatChunk appends chunk, a Go source file, formatted by go/format, to
// out: by go/format.Source if it may hold imports, else by go/format.Node.
func formatChunk(out *bytes.Buffer, chunk []byte, imports bool) error {
	if imports {
		formatted, err := format.Source(chunk)
		out.Write(formatted)
		return err
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", chunk, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	return format.Node(out, fset, file)
}

// chunkClause is the package clause that makes a chunk a file.
const chunkClause = "package p\n"

// gofmtWhole formats src in one piece; formatChunked falls back to it on
// any error in a chunk, so that the error reported is the whole file's.
func gofmtWhole(src []byte) ([]byte, error) {
	out, err := format.Source(src)
	if err != nil {
		return nil, fmt.Errorf("%w while formatting source:\n%s", err, src)
	}
	return out, nil
}

// A lineKind classifies a line that starts at the top level of a file.
type lineKind int

const (
	otherLine   lineKind = iota // code that continues a declaration
	blankLine                   // nothing but spaces
	commentLine                 // starts with "//"
	declLine                    // starts with a declaration keyword
)

// A topLine is a line of a source file that starts at the top level:
// outside any bracket, string and comment.
type topLine struct {
	start    int      // offset of its first byte
	line     int      // its number, from 0
	kind     lineKind //
	tok      string   // the keyword, for a declLine
	afterEnd bool     // the line before it ends a statement (Go inserts a semicolon after its last token) and has no comment
}

// An innerLine is a line inside a function body where formatChunked may
// cut: it starts a statement or a case clause (code other than a closing
// bracket, at the start of the line), the line before it ends a statement
// and has no comment, and every bracket open around it is a frame that
// can be reopened.
type innerLine struct {
	start int    // offset of its first byte
	frame *frame // the innermost block it lies in
}

// A frame is a brace open around a line of a function body that
// formatChunked can reopen around a chunk without changing how gofmt
// prints the chunk: a function's body, a statement's block, or a switch's
// body. gofmt indents a statement as deep as the braces around it (a
// statement in a case clause one deeper than the clause, which is as deep
// as its switch), whichever statements opened them.
type frame struct {
	kind   frameKind
	parent *frame // the frame around this one; nil for a function's body
	depth  int    // the number of frames, this one included
}

// A frameKind says what opened a frame.
type frameKind int

const (
	funcFrame   frameKind = iota // "func ... {" at the top level
	blockFrame                   // "if", "for", "else" or a bare "{"
	switchFrame                  // "switch ... {"
)

// open appends to b the lines that open f and the frames around it, as
// jennifer writes them or, when formatted, as gofmt prints them: a
// function, an "if true" for each block, so that an "else" may follow it,
// and a switch with an empty case for each switch, so that both statements
// and case clauses may follow. It appends nothing for a nil frame (the top
// level).
func (f *frame) open(b []byte, formatted bool) []byte {
	if f == nil {
		return b
	}
	b = f.parent.open(b, formatted)
	lines := []string{"if true {"}
	switch f.kind {
	case funcFrame:
		lines = []string{"func _() {"}
	case switchFrame:
		lines = []string{"switch {", "case 0:"}
	}
	for _, line := range lines {
		if formatted {
			b = append(b, tabs[:f.depth-1]...)
		}
		b = append(b, line...)
		b = append(b, '\n')
	}
	return b
}

// close appends to b the lines that close f and the frames around it, as
// open's counterpart.
func (f *frame) close(b []byte, formatted bool) []byte {
	for ; f != nil; f = f.parent {
		if formatted {
			b = append(b, tabs[:f.depth-1]...)
		}
		b = append(b, "}\n"...)
	}
	return b
}

// tabs indents the lines of frames; scanLines opens no frame deeper.
const tabs = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"

// An opener is a bracket open at some point of the scan, with its frame if
// it is one.
type opener struct{ frame *frame }

// cutSlack is how many times the chunk size is the least distance between
// two lines inside function bodies that formatChunked considers cutting
// at: a chunk is then at most a sixteenth, and a line, longer than it
// needs to be, and the lines considered are a few thousand in a file of
// megabytes rather than all its lines.
const cutSlack = 16

// scanLines returns the lines of src that start at the top level and the
// lines inside function bodies where it may be cut, each at least gap
// bytes after the one before (0 for all). It follows Go's lexical rules as
// far as brackets, string and rune literals and comments go; src need not
// be valid Go (go/format reports what is wrong with it).
func scanLines(src []byte, gap int) ([]topLine, []innerLine) {
	var (
		tops           []topLine
		inner          []innerLine
		line, depth    int
		inRaw, inBlock bool // inside a raw string literal, a /* comment */
		last           byte // the line's last byte of code outside comments
		comment        bool // the line has a comment
		open           []opener
		lineStart      int // offset of the line's first byte
		lineOpens      int // brackets opened on the line and still open
	)
	kind, tok := classifyLine(src)
	tops = append(tops, topLine{kind: kind, tok: tok})
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			if last == '{' && lineOpens == 1 && !inRaw && !inBlock {
				// The line opens one brace, at its end: a frame if the
				// line is a statement that opens a block.
				open[len(open)-1].frame = newFrame(src[lineStart:i], open)
			}
			ends := !inRaw && !inBlock && !comment && insertsSemicolon(last)
			line++
			last, comment, lineStart, lineOpens = 0, false, i+1, 0
			switch {
			case inRaw || inBlock:
			case depth == 0:
				kind, tok := classifyLine(src[i+1:])
				tops = append(tops, topLine{start: i + 1, line: line, kind: kind, tok: tok, afterEnd: ends})
			case ends && len(open) > 0 && open[len(open)-1].frame != nil && startsStatement(src[i+1:]) &&
				(len(inner) == 0 || i+1-inner[len(inner)-1].start >= gap):
				inner = append(inner, innerLine{start: i + 1, frame: open[len(open)-1].frame})
			}
		case inRaw:
			if c == '`' {
				inRaw, last = false, c
			}
		case inBlock:
			if c == '*' && i+1 < len(src) && src[i+1] == '/' {
				inBlock = false
				i++
			}
		case c == '"' || c == '\'':
			// An interpreted string or a rune: up to the closing quote,
			// never past the end of the line.
			j := i + 1
			for j < len(src) && src[j] != c && src[j] != '\n' {
				if src[j] == '\\' && j+1 < len(src) && src[j+1] != '\n' {
					j++
				}
				j++
			}
			if j < len(src) && src[j] == c {
				i = j
			} else {
				i = j - 1 // unterminated: the newline ends the line as usual
			}
			last = c
		case c == '`':
			inRaw = true
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			comment = true
			if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
				i += j - 1
			} else {
				i = len(src)
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			comment, inBlock = true, true
			i++
		case c == '(' || c == '[' || c == '{':
			depth++
			open = append(open, opener{})
			lineOpens++
			last = c
		case c == ')' || c == ']' || c == '}':
			depth--
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
			if lineOpens > 0 {
				lineOpens--
			}
			last = c
		case c == ' ' || c == '\t' || c == '\r':
		default:
			// Code that matters only as the line's last byte: skip to
			// the end of the run of such bytes at once.
			for i+1 < len(src) && plainCode[src[i+1]] {
				i++
			}
			last = src[i]
		}
	}
	return tops, inner
}

// plainCode holds the bytes that scanLines reads only as the last byte of
// code on a line: all but newlines, spaces, quotes, slashes and brackets.
var plainCode = func() (plain [256]bool) {
	for c := range plain {
		plain[c] = !strings.ContainsRune("\n\r\t \"'`/()[]{}", rune(c))
	}
	return plain
}()

// newFrame returns the frame that line, which ends with the brace on top
// of open, opens, or nil if that brace is not a frame: it opens a
// function's body at the top level, or a block or a switch's body inside
// a frame. Anything else (a composite literal, a function literal, a
// select, a statement over several lines) is no frame, and no line inside
// it is cut.
func newFrame(line []byte, open []opener) *frame {
	n := len(open)
	if n == 1 {
		if bytes.HasPrefix(line, []byte("func ")) {
			return &frame{kind: funcFrame, depth: 1}
		}
		return nil
	}
	parent := open[n-2].frame
	if parent == nil || n > len(tabs) {
		return nil
	}
	line = bytes.TrimLeft(line, " \t")
	if rest, ok := bytes.CutPrefix(line, []byte("}")); ok {
		line = bytes.TrimLeft(rest, " \t")
	}
	kind := blockFrame
	switch {
	case bytes.HasPrefix(line, []byte("switch ")):
		kind = switchFrame
	case bytes.HasPrefix(line, []byte("if ")), bytes.HasPrefix(line, []byte("for ")),
		bytes.HasPrefix(line, []byte("else ")), string(line) == "{":
	default:
		return nil
	}
	return &frame{kind: kind, parent: parent, depth: n}
}

// startsStatement reports whether src starts with a line that may start a
// statement or a case clause: code, not a closing bracket, at its first
// byte.
func startsStatement(src []byte) bool {
	if len(src) == 0 {
		return false
	}
	switch src[0] {
	case '\n', ' ', '\t', '\r', '/', '}', ')', ']':
		return false
	}
	return true
}

// classifyLine tells what a line that starts at the top level is; src
// starts with the line.
func classifyLine(src []byte) (lineKind, string) {
	switch {
	case len(src) == 0 || src[0] == '\n':
		return blankLine, ""
	case src[0] == '/' && len(src) > 1 && src[1] == '/':
		return commentLine, ""
	case src[0] == ' ' || src[0] == '\t' || src[0] == '\r':
		end := bytes.IndexByte(src, '\n')
		if end < 0 {
			end = len(src)
		}
		if len(bytes.Trim(src[:end], " \t\r")) == 0 {
			return blankLine, ""
		}
		return otherLine, ""
	}
	for _, kw := range declKeywords {
		if len(src) > len(kw) && string(src[:len(kw)]) == kw && (src[len(kw)] == ' ' || src[len(kw)] == '(') {
			return declLine, kw
		}
	}
	return otherLine, ""
}

// declKeywords are the keywords that start a top-level declaration.
var declKeywords = []string{"func", "type", "var", "const", "import", "package"}

// insertsSemicolon reports whether a line whose last byte of code is c
// ends a statement: an identifier, a literal or a closing bracket (Go's
// rule, less "++", "--" and the keywords, which need not be recognised:
// a line that is not recognised as ending only prevents a cut).
func insertsSemicolon(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return c == '_' || c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '`'
}

// A cut is where formatChunked cuts src: an offset, and the frame the
// line there lies in (nil between top-level declarations).
type cut struct {
	at    int
	frame *frame
}

// splitPoints returns the cuts formatChunked makes in src, given its
// top-level lines and the lines where it may cut inside function bodies:
// in offset order, each past at least min bytes of the chunk before it.
// A file that does not start with a package clause is not cut.
func splitPoints(tops []topLine, inner []innerLine, min int) []cut {
	decls, ok := declCuts(tops)
	if !ok {
		return nil
	}
	var cuts []cut
	chunkStart := 0
	take := func(c cut) {
		if c.at-chunkStart >= min {
			cuts = append(cuts, c)
			chunkStart = c.at
		}
	}
	// Both lists are in offset order: merge them.
	for len(decls) > 0 || len(inner) > 0 {
		if len(inner) == 0 || len(decls) > 0 && decls[0] < inner[0].start {
			take(cut{at: decls[0]})
			decls = decls[1:]
		} else {
			take(cut{at: inner[0].start, frame: inner[0].frame})
			inner = inner[1:]
		}
	}
	return cuts
}

// declCuts returns the offsets, given src's top-level lines, at which
// formatChunked may cut between two declarations, and false if src does
// not start with a package clause. A cut goes before a top-level
// declaration D (and its doc comment), after the package clause and the
// imports, where
//
//   - the line before D's doc comment and the blank lines above it ends a
//     statement and has no comment (so nothing lies between the two
//     declarations but blank lines; a comment apart from D would be
//     placed by its position relative to both); and
//   - gofmt separates D from the declaration before it by one blank line:
//     go/printer's declList asks for one when their keywords differ or D
//     has a doc comment, and keeps one that is in the source.
func declCuts(tops []topLine) ([]int, bool) {
	var cuts []int
	prevTok := ""
	pkg := false // the package clause has been seen
	for k, l := range tops {
		if l.kind == otherLine {
			// Code at the top level that starts no declaration it
			// recognises: the keyword before the next is unknown.
			prevTok = ""
		}
		if l.kind != declLine {
			continue
		}
		tok := prevTok
		prevTok = l.tok
		if !pkg {
			// Without a package clause first, go/format formats src as
			// a partial file: leave it whole.
			if l.tok != "package" {
				return nil, false
			}
			pkg = true
			continue
		}
		if tok == "" || l.tok == "package" || l.tok == "import" {
			continue
		}
		// adjacent reports whether tops[j] is the line just above tops[j+1].
		adjacent := func(j int) bool { return j >= 0 && tops[j].line == tops[j+1].line-1 }
		j := k - 1
		for adjacent(j) && tops[j].kind == commentLine {
			j--
		}
		doc := j < k-1
		at := tops[j+1].start
		blank := false
		for adjacent(j) && tops[j].kind == blankLine {
			j--
			blank = true
		}
		if tops[j+1].afterEnd && (tok != l.tok || doc || blank) {
			cuts = append(cuts, at)
		}
	}
	return cuts, pkg
}
