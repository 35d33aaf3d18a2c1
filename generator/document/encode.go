package document

import (
	"encoding/json"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

// Encode returns n as compact JSON: no insignificant whitespace, object
// members in order, numbers as their literal, and strings escaped as
// encoding/json escapes them with SetEscapeHTML(false). A nil n, or a nil
// item or member value, is written as null.
func (n *Node) Encode() []byte {
	return n.appendTo(make([]byte, 0, 64))
}

// appendTo appends the encoding of n to dst.
func (n *Node) appendTo(dst []byte) []byte {
	if n == nil {
		return append(dst, "null"...)
	}
	switch n.Kind {
	case Bool:
		if n.Bool {
			return append(dst, "true"...)
		}
		return append(dst, "false"...)
	case Number:
		return append(dst, n.Number...)
	case String:
		return jsonrt.AppendString(dst, n.String)
	case Array:
		dst = append(dst, '[')
		for i, item := range n.Items {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = item.appendTo(dst)
		}
		return append(dst, ']')
	case Object:
		dst = append(dst, '{')
		for i, m := range n.Members {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = jsonrt.AppendString(dst, m.Name)
			dst = append(dst, ':')
			dst = m.Value.appendTo(dst)
		}
		return append(dst, '}')
	}
	return append(dst, "null"...)
}

// Interface returns n as encoding/json decodes JSON into an any with
// Decoder.UseNumber: nil, bool, json.Number, string, []any or
// map[string]any. If an object has two members of the same name, the
// later one wins.
func (n *Node) Interface() any {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case Bool:
		return n.Bool
	case Number:
		return json.Number(n.Number)
	case String:
		return n.String
	case Array:
		items := make([]any, len(n.Items))
		for i, item := range n.Items {
			items[i] = item.Interface()
		}
		return items
	case Object:
		m := make(map[string]any, len(n.Members))
		for _, member := range n.Members {
			m[member.Name] = member.Value.Interface()
		}
		return m
	}
	return nil
}
