package document

import (
	"strconv"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

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
