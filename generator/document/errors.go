package document

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// A SyntaxError reports malformed JSON.
type SyntaxError struct {
	// Line is the 1-based line of the error; lines end at '\n'.
	Line int
	// Column is the 1-based column of the error, counted in runes (each
	// byte of invalid UTF-8 counts as one).
	Column int
	// Offset is the byte offset of the error in the input.
	Offset int
	// Msg describes the problem, e.g. "invalid character '}' after object
	// key" or "unexpected end of input".
	Msg string
}

// Error returns the position and description of the error, as in
// "line 3, column 7: invalid character '}' after object key".
func (e *SyntaxError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Msg
}

// Position converts a byte offset in src to a 1-based line and column, with
// the conventions of SyntaxError: lines end at '\n' and columns count runes.
// An offset outside src is clamped to its bounds, so len(src) is the
// position just after the last byte.
func Position(src []byte, offset int) (line, col int) {
	offset = max(0, min(offset, len(src)))
	before := src[:offset]
	line = 1 + bytes.Count(before, []byte{'\n'})
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, 1 + utf8.RuneCount(before[start:])
}

// syntaxError returns a *SyntaxError at offset in data.
func syntaxError(data []byte, offset int, msg string) *SyntaxError {
	line, col := Position(data, offset)
	return &SyntaxError{Line: line, Column: col, Offset: offset, Msg: msg}
}

// quoteChar quotes the character starting at data[pos] for an error
// message: 'x', '\n', 'é', or '\xff' for a byte that is not valid UTF-8.
func quoteChar(data []byte, pos int) string {
	r, size := utf8.DecodeRune(data[pos:])
	switch {
	case r == '\'':
		return `'\''`
	case r == '"':
		return `'"'`
	case r == utf8.RuneError && size <= 1:
		return `'\x` + strconv.FormatUint(uint64(data[pos])>>4, 16) +
			strconv.FormatUint(uint64(data[pos])&0xf, 16) + `'`
	}
	q := strconv.Quote(string(r))
	return "'" + q[1:len(q)-1] + "'"
}
