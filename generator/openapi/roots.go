package openapi

import (
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// A Root is a schema that the document itself holds, not as a subschema of
// another: an entry of components.schemas, or the "schema" of a parameter,
// a header or a media type.
type Root struct {
	Node    *document.Node
	Pointer string
}

// Roots returns the schemas an OpenAPI 3 document holds (see Root), in
// document order, so that code that walks schemas from a document's root
// can walk an OpenAPI document's schemas instead. Examples and x-
// extensions are not searched.
func Roots(root *document.Node) []Root {
	var out []Root
	var walk func(n *document.Node, ptr string)
	walk = func(n *document.Node, ptr string) {
		if n == nil {
			return
		}
		switch n.Kind {
		case document.Object:
			for _, m := range n.Members {
				p := ptr + "/" + document.EscapeToken(m.Name)
				switch {
				case m.Name == "example" || m.Name == "examples" || strings.HasPrefix(m.Name, "x-"):
				case p == SchemasPointer && m.Value.Kind == document.Object:
					for _, s := range m.Value.Members {
						out = append(out, Root{s.Value, p + "/" + document.EscapeToken(s.Name)})
					}
				case m.Name == "schema" && m.Value.Kind == document.Object:
					out = append(out, Root{m.Value, p})
				default:
					walk(m.Value, p)
				}
			}
		case document.Array:
			for i, item := range n.Items {
				walk(item, ptr+"/"+strconv.Itoa(i))
			}
		}
	}
	walk(root, "")
	return out
}
