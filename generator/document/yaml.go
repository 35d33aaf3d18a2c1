package document

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	yamlparser "github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// MaxAliasNodes bounds the nodes that expanding YAML aliases may create in
// one ParseYAML call, against "billion laughs" documents whose few lines
// expand to billions of nodes.
const MaxAliasNodes = 1 << 20

// ParseYAML reads one YAML document into the tree Parse builds from JSON, so
// that everything downstream treats a schema the same whichever syntax it
// was written in. Mapping keys keep document order and every node records
// the byte offset where it starts.
//
// YAML has features JSON lacks; each has a defined behaviour:
//
//   - Scalars are resolved by the YAML 1.2 core schema, not YAML 1.1: yes,
//     no, on, off, 1_000 and 0b101 are strings; true/false (any case form the
//     core schema lists) are booleans; ~, null and an empty value are null.
//   - Numbers keep their exact value: decimal literals are rewritten to the
//     JSON number with the same digits (+1 becomes 1, 007 becomes 7, 1.
//     becomes 1, .5 becomes 0.5), octal 0o17 and hex 0x1F to the decimal
//     integer. .inf and .nan have no JSON counterpart and are errors.
//   - Anchors and aliases are expanded: an alias becomes a copy of its
//     anchor's value (with the anchor's positions). Expansion stops with an
//     error after MaxAliasNodes nodes. The YAML 1.1 merge key "<<" merges the
//     aliased mappings' keys that the mapping does not set itself.
//   - Duplicate keys are errors. Keys must be strings; an unquoted integer
//     key (OpenAPI documents write response codes as 200:) is taken as its
//     text, any other non-string key is an error.
//   - The tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are
//     honoured; any other tag is an error, since JSON has no way to carry it.
//   - A stream of several documents is an error; comments are ignored, and
//     so is a byte order mark at the start.
//
// Errors are *SyntaxError values with a line and column; those that are not
// about syntax also name the JSON Pointer of the offending value.
func ParseYAML(data []byte) (*Node, error) {
	if rest, ok := bytes.CutPrefix(data, []byte(byteOrderMark)); ok {
		// YAML allows a byte order mark at the start of a stream; the
		// parser does not. Offsets stay those of the file.
		n, err := ParseYAML(rest)
		if err != nil {
			return nil, err
		}
		shiftOffsets(n, len(byteOrderMark), map[*Node]bool{})
		return n, nil
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return nil, syntaxError(data, i, "invalid UTF-8")
	}
	f, err := parseYAMLFile(data)
	if err != nil {
		return nil, err
	}
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	switch {
	case len(docs) == 0:
		return nil, syntaxError(data, 0, "empty YAML document")
	case len(docs) > 1:
		tk := docs[1].Start
		if tk == nil {
			tk = docs[1].Body.GetToken()
		}
		return nil, syntaxError(data, offsetOf(data, lineStarts(data), tk),
			"more than one YAML document in the file")
	}
	c := &yamlConverter{data: data, lines: lineStarts(data), anchors: map[string]*Node{}}
	return c.convert(docs[0].Body, "", 0)
}

// byteOrderMark is U+FEFF in UTF-8.
const byteOrderMark = "\ufeff"

// shiftOffsets adds by to the offset of n and of every node below it, once
// each.
func shiftOffsets(n *Node, by int, seen map[*Node]bool) {
	if n == nil || seen[n] {
		return
	}
	seen[n] = true
	n.Offset += by
	for _, item := range n.Items {
		shiftOffsets(item, by, seen)
	}
	for _, m := range n.Members {
		shiftOffsets(m.Value, by, seen)
	}
}

// parseYAMLFile runs the YAML parser, turning its errors (and, since it is
// a third-party parser, any panic) into *SyntaxError values.
func parseYAMLFile(data []byte) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, syntaxError(data, 0, "the YAML parser failed on this input")
		}
	}()
	f, err = yamlparser.ParseBytes(data, 0)
	if err != nil && strings.Contains(err.Error(), "could not find multi-line content") {
		if fixed := emptyKeepBlocks(data); fixed != nil {
			f, err = yamlparser.ParseBytes(fixed, 0)
		}
	}
	if err != nil {
		var te interface {
			GetToken() *token.Token
			GetMessage() string
		}
		if errors.As(err, &te) && te.GetToken() != nil && te.GetToken().Position != nil {
			off := offsetOf(data, lineStarts(data), te.GetToken())
			return nil, syntaxError(data, off, te.GetMessage())
		}
		return nil, syntaxError(data, 0, strings.TrimSpace(err.Error()))
	}
	return f, nil
}

// lineStarts returns the byte offset at which each line of data starts.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// offsetOf converts a token's 1-based line and rune column to a byte offset.
func offsetOf(data []byte, lines []int, tk *token.Token) int {
	if tk == nil || tk.Position == nil {
		return 0
	}
	line := min(max(tk.Position.Line, 1), len(lines))
	off := lines[line-1]
	for col := 1; col < tk.Position.Column && off < len(data) && data[off] != '\n'; col++ {
		_, size := utf8.DecodeRune(data[off:])
		off += size
	}
	return off
}
