package templates

import (
	"bytes"
	"fmt"
	"go/format"
)

// gofmtChunk is the size, in bytes of unformatted source, past which
// formatSource starts a new chunk at the next declaration it can split
// at. Small enough that each chunk's syntax tree is short-lived, large
// enough that go/format's fixed cost per call does not show.
const gofmtChunk = 16 << 10

// formatSource returns src, a Go source file, formatted exactly as
// go/format.Source formats it, and the same error when it does not parse.
//
// Formatting a file of megabytes in one piece builds its whole syntax tree
// and a printer's buffers for all of it: for generated files the garbage
// collector and the growing buffers cost more than the formatting itself
// (a 23 MB file took twice as long as the same file in pieces). So src is
// cut, at top-level declarations only, into chunks of about gofmtChunk
// bytes, which are formatted one at a time and joined. A cut is made only
// where gofmt puts exactly one blank line between the two declarations
// (see splitPoints), so that the chunks' formatting cannot depend on each
// other: the blank line ends every alignment, and each declaration is
// printed from its own tokens and comments.
func formatSource(src []byte) ([]byte, error) {
	return formatChunked(src, gofmtChunk)
}

// formatChunked is formatSource with chunks of at least min bytes.
func formatChunked(src []byte, min int) ([]byte, error) {
	cuts := splitPoints(scanLines(src), min)
	if len(cuts) == 0 {
		return gofmtWhole(src)
	}
	out := make([]byte, 0, len(src)+len(src)/8) // gofmt mostly adds indentation
	// The first chunk holds the package clause and the imports: a whole file.
	head, err := format.Source(src[:cuts[0]])
	if err != nil {
		return gofmtWhole(src)
	}
	out = append(out, head...)
	const clause = "package p\n"
	piece := make([]byte, 0, 2*min)
	for i, start := range cuts {
		end := len(src)
		if i+1 < len(cuts) {
			end = cuts[i+1]
		}
		// Each later chunk is declarations: with a package clause they are
		// a whole file too, which go/format formats with the same printer
		// (given a partial file, it would also try it as statements).
		piece = append(append(piece[:0], clause...), src[start:end]...)
		formatted, err := format.Source(piece)
		decls, ok := bytes.CutPrefix(formatted, []byte(clause+"\n"))
		if err != nil || !ok {
			return gofmtWhole(src)
		}
		out = append(out, '\n')
		out = append(out, decls...)
	}
	return out, nil
}

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

// scanLines returns the lines of src that start at the top level. It
// follows Go's lexical rules as far as brackets, string and rune literals
// and comments go; src need not be valid Go (go/format reports what is
// wrong with it).
func scanLines(src []byte) []topLine {
	var (
		tops           []topLine
		line, depth    int
		inRaw, inBlock bool // inside a raw string literal, a /* comment */
		last           byte // the line's last byte of code outside comments
		comment        bool // the line has a comment
	)
	kind, tok := classifyLine(src)
	tops = append(tops, topLine{kind: kind, tok: tok})
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			ends := !inRaw && !inBlock && !comment && insertsSemicolon(last)
			line++
			last, comment = 0, false
			if depth == 0 && !inRaw && !inBlock {
				kind, tok := classifyLine(src[i+1:])
				tops = append(tops, topLine{start: i + 1, line: line, kind: kind, tok: tok, afterEnd: ends})
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
			last = c
		case c == ')' || c == ']' || c == '}':
			depth--
			last = c
		case c == ' ' || c == '\t' || c == '\r':
		default:
			last = c
		}
	}
	return tops
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

// splitPoints returns the offsets at which formatChunked cuts src, given
// its top-level lines, each past at least min bytes of the chunk before
// it. A cut goes before a top-level declaration D (and its doc comment),
// after the package clause and the imports, where
//
//   - the line before D's doc comment and the blank lines above it ends a
//     statement and has no comment (so nothing lies between the two
//     declarations but blank lines; a comment apart from D would be
//     placed by its position relative to both); and
//   - gofmt separates D from the declaration before it by one blank line:
//     go/printer's declList asks for one when their keywords differ or D
//     has a doc comment, and keeps one that is in the source.
func splitPoints(tops []topLine, min int) []int {
	var cuts []int
	chunkStart := 0
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
				return nil
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
		if tops[j+1].afterEnd && (tok != l.tok || doc || blank) && at-chunkStart >= min {
			cuts = append(cuts, at)
			chunkStart = at
		}
	}
	return cuts
}
