package document

import (
	"errors"
	"math/big"
	"regexp"
	"strconv"
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
//   - A stream of several documents is an error; comments are ignored.
//
// Errors are *SyntaxError values with a line and column; those that are not
// about syntax also name the JSON Pointer of the offending value.
func ParseYAML(data []byte) (*Node, error) {
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

// A yamlConverter turns one YAML AST into Nodes.
type yamlConverter struct {
	data     []byte
	lines    []int
	anchors  map[string]*Node // completed anchors by name
	open     map[string]bool  // anchors whose value is being converted
	expanded int              // nodes created by expanding aliases
}

// errorAt returns a *SyntaxError at tk naming the JSON Pointer ptr.
func (c *yamlConverter) errorAt(tk *token.Token, ptr, msg string) *SyntaxError {
	if ptr == "" {
		msg += " (at the document root)"
	} else {
		msg += " (at " + ptr + ")"
	}
	return syntaxError(c.data, offsetOf(c.data, c.lines, tk), msg)
}

// convert converts n, found at JSON Pointer ptr and depth nested
// collections deep.
func (c *yamlConverter) convert(n ast.Node, ptr string, depth int) (*Node, error) {
	tk := n.GetToken()
	off := offsetOf(c.data, c.lines, tk)
	switch n := n.(type) {
	case *ast.DocumentNode:
		return c.convert(n.Body, ptr, depth)
	case *ast.CommentGroupNode, *ast.CommentNode:
		return &Node{Kind: Null, Offset: off}, nil
	case *ast.AnchorNode:
		name := n.Name.GetToken().Value
		if c.open == nil {
			c.open = map[string]bool{}
		}
		c.open[name] = true
		v, err := c.convertValue(n.Value, tk, ptr, depth)
		delete(c.open, name)
		if err != nil {
			return nil, err
		}
		c.anchors[name] = v
		return v, nil
	case *ast.AliasNode:
		name := n.Value.GetToken().Value
		if c.open[name] {
			return nil, c.errorAt(tk, ptr, "alias *"+name+" refers to the value that defines its anchor")
		}
		v, ok := c.anchors[name]
		if !ok {
			return nil, c.errorAt(tk, ptr, "alias *"+name+" has no anchor before it")
		}
		c.expanded += countNodes(v)
		if c.expanded > MaxAliasNodes {
			return nil, c.errorAt(tk, ptr, "aliases expand to more than "+strconv.Itoa(MaxAliasNodes)+" nodes")
		}
		return v.Clone(), nil
	case *ast.TagNode:
		return c.tagged(n, ptr, depth)
	case *ast.MappingNode:
		return c.mapping(n.Values, off, ptr, depth)
	case *ast.MappingValueNode:
		return c.mapping([]*ast.MappingValueNode{n}, off, ptr, depth)
	case *ast.SequenceNode:
		if depth >= MaxDepth {
			return nil, c.errorAt(tk, ptr, "exceeded max depth")
		}
		arr := &Node{Kind: Array, Offset: off, Items: make([]*Node, 0, len(n.Values))}
		for i, item := range n.Values {
			v, err := c.convertValue(item, tk, ptr+"/"+strconv.Itoa(i), depth+1)
			if err != nil {
				return nil, err
			}
			arr.Items = append(arr.Items, v)
		}
		return arr, nil
	case *ast.LiteralNode:
		return &Node{Kind: String, String: n.Value.Value, Offset: off}, nil
	case *ast.StringNode:
		if tk.Type == token.SingleQuoteType || tk.Type == token.DoubleQuoteType {
			return &Node{Kind: String, String: n.Value, Offset: off}, nil
		}
		return c.plain(n.Value, tk, off, ptr)
	case *ast.MergeKeyNode:
		return nil, c.errorAt(tk, ptr, "the merge key << is only allowed as a mapping key")
	case ast.ScalarNode:
		if tk.Type == token.SingleQuoteType || tk.Type == token.DoubleQuoteType {
			return &Node{Kind: String, String: tk.Value, Offset: off}, nil
		}
		return c.plain(tk.Value, tk, off, ptr)
	}
	return nil, c.errorAt(tk, ptr, "unsupported YAML node "+n.Type().String())
}

// convertValue converts a value that may be absent (an empty value in
// YAML), which is null.
func (c *yamlConverter) convertValue(n ast.Node, parent *token.Token, ptr string, depth int) (*Node, error) {
	if n == nil {
		return &Node{Kind: Null, Offset: offsetOf(c.data, c.lines, parent)}, nil
	}
	return c.convert(n, ptr, depth)
}

// plain resolves a plain (unquoted) scalar by the YAML 1.2 core schema.
func (c *yamlConverter) plain(text string, tk *token.Token, off int, ptr string) (*Node, error) {
	switch text {
	case "", "~", "null", "Null", "NULL":
		return &Node{Kind: Null, Offset: off}, nil
	case "true", "True", "TRUE":
		return &Node{Kind: Bool, Bool: true, Offset: off}, nil
	case "false", "False", "FALSE":
		return &Node{Kind: Bool, Offset: off}, nil
	}
	if num, ok, err := yamlNumber(text); err != nil {
		return nil, c.errorAt(tk, ptr, err.Error())
	} else if ok {
		return &Node{Kind: Number, Number: num, Offset: off}, nil
	}
	return &Node{Kind: String, String: text, Offset: off}, nil
}

var (
	yamlDecimal = regexp.MustCompile(`^[-+]?[0-9]+$`)
	yamlOctal   = regexp.MustCompile(`^0o[0-7]+$`)
	yamlHex     = regexp.MustCompile(`^0x[0-9a-fA-F]+$`)
	yamlFloat   = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)
	yamlSpecial = regexp.MustCompile(`^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$`)
)

// yamlNumber reports whether a plain scalar is a number by the YAML 1.2 core
// schema, and returns it as a JSON number literal with the same value.
func yamlNumber(s string) (string, bool, error) {
	switch {
	case yamlSpecial.MatchString(s):
		return "", false, errors.New("the YAML number " + s + " has no JSON counterpart; quote it if a string is meant")
	case yamlOctal.MatchString(s), yamlHex.MatchString(s):
		base := 8
		if s[1] == 'x' {
			base = 16
		}
		var i big.Int
		i.SetString(s[2:], base)
		return i.String(), true, nil
	case yamlDecimal.MatchString(s), yamlFloat.MatchString(s):
	default:
		return "", false, nil
	}
	var b strings.Builder
	if s[0] == '-' || s[0] == '+' {
		if s[0] == '-' {
			b.WriteByte('-')
		}
		s = s[1:]
	}
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i:]
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	b.WriteString(intPart)
	if frac != "" {
		b.WriteString("." + frac)
	}
	b.WriteString(exp)
	return b.String(), true, nil
}

// mapping converts the key/value pairs of one mapping.
func (c *yamlConverter) mapping(values []*ast.MappingValueNode, off int, ptr string, depth int) (*Node, error) {
	if depth >= MaxDepth {
		return nil, syntaxError(c.data, off, "exceeded max depth")
	}
	obj := &Node{Kind: Object, Offset: off, Members: make([]Member, 0, len(values))}
	var merged []*Node
	for _, mv := range values {
		if _, ok := mv.Key.(*ast.MergeKeyNode); ok {
			v, err := c.convertValue(mv.Value, mv.GetToken(), ptr+"/<<", depth+1)
			if err != nil {
				return nil, err
			}
			if v.Kind == Array {
				merged = append(merged, v.Items...)
			} else {
				merged = append(merged, v)
			}
			for _, m := range merged {
				if m.Kind != Object {
					return nil, c.errorAt(mv.GetToken(), ptr, "the merge key << needs a mapping or a list of mappings")
				}
			}
			continue
		}
		name, err := c.key(mv.Key, ptr)
		if err != nil {
			return nil, err
		}
		if obj.index(name) >= 0 {
			return nil, c.errorAt(mv.Key.GetToken(), ptr, "duplicate key "+strconv.Quote(name))
		}
		v, err := c.convertValue(mv.Value, mv.GetToken(), ptr+"/"+EscapeToken(name), depth+1)
		if err != nil {
			return nil, err
		}
		obj.Members = append(obj.Members, Member{Name: name, Value: v})
	}
	for _, m := range merged {
		for _, mem := range m.Members {
			if obj.index(mem.Name) < 0 {
				obj.Members = append(obj.Members, mem)
			}
		}
	}
	return obj, nil
}

// key returns the name of a mapping key, which must be a string (or an
// unquoted integer, taken as its text).
func (c *yamlConverter) key(k ast.MapKeyNode, ptr string) (string, error) {
	var n ast.Node = k
	if mk, ok := k.(*ast.MappingKeyNode); ok {
		n = mk.Value
	}
	tk := n.GetToken()
	switch n := n.(type) {
	case *ast.StringNode:
		if tk.Type == token.SingleQuoteType || tk.Type == token.DoubleQuoteType {
			return n.Value, nil
		}
		v, err := c.plain(n.Value, tk, 0, ptr)
		if err == nil && v.Kind == String {
			return v.String, nil
		}
	case *ast.IntegerNode:
		if yamlDecimal.MatchString(tk.Value) {
			return tk.Value, nil
		}
	case *ast.LiteralNode:
		return n.Value.Value, nil
	case *ast.TagNode:
		if n.Start.Value == "!!str" && n.Value != nil {
			return n.Value.GetToken().Value, nil
		}
	}
	return "", c.errorAt(tk, ptr, "mapping key "+strconv.Quote(tk.Value)+" is not a string; JSON object keys are strings, so quote it")
}

// tagged converts a value with an explicit tag.
func (c *yamlConverter) tagged(n *ast.TagNode, ptr string, depth int) (*Node, error) {
	tag := n.Start.Value
	v, err := c.convertValue(n.Value, n.Start, ptr, depth)
	if err != nil {
		return nil, err
	}
	want := map[string]Kind{"!!int": Number, "!!float": Number, "!!bool": Bool, "!!null": Null, "!!map": Object, "!!seq": Array}
	switch k, ok := want[tag]; {
	case tag == "!!str":
		if n.Value != nil && v.Kind != Object && v.Kind != Array {
			return &Node{Kind: String, String: n.Value.GetToken().Value, Offset: v.Offset}, nil
		}
		return nil, c.errorAt(n.Start, ptr, "!!str on a value that is not a scalar")
	case ok && v.Kind == k:
		return v, nil
	case ok:
		return nil, c.errorAt(n.Start, ptr, "the tag "+tag+" does not match the value, a "+v.Kind.String())
	}
	return nil, c.errorAt(n.Start, ptr, "the tag "+tag+" is not supported: JSON cannot carry custom YAML tags")
}

// countNodes counts n and the nodes below it.
func countNodes(n *Node) int {
	count := 1
	for _, item := range n.Items {
		count += countNodes(item)
	}
	for _, m := range n.Members {
		count += countNodes(m.Value)
	}
	return count
}
