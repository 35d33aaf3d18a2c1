package generator

import (
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// bigObject is the number of members from which lookup indexes an object
// rather than scanning it.
const bigObject = 32

// lookup is doc.root.Lookup(ptr), in time independent of the size of the
// objects on the way. Node.Lookup scans an object's members for each
// token; an OpenAPI document's components.schemas, or a schema of 10,000
// properties, is looked up once per member, which made that quadratic.
// lookup keeps, per large object, the position of each member name.
//
// The positions are a hint, checked at every use: a member found at its
// recorded position (names are unique within an object) is the answer;
// otherwise the object is scanned as Node.Lookup scans it. So a document
// changed after it was indexed is still read correctly.
func (doc *loadedDoc) lookup(ptr string) (*document.Node, bool) {
	if ptr == "" || ptr[0] != '/' {
		return doc.root.Lookup(ptr)
	}
	cur := doc.root
	for raw := range strings.SplitSeq(ptr[1:], "/") {
		if cur == nil || cur.Kind != document.Object || len(cur.Members) < bigObject {
			next, ok := cur.Lookup("/" + raw)
			if !ok {
				return nil, false
			}
			cur = next
			continue
		}
		name, ok := document.UnescapeToken(raw)
		if !ok {
			return nil, false
		}
		i, ok := doc.memberIndex(cur, name)
		if !ok {
			return nil, false
		}
		cur = cur.Members[i].Value
	}
	return cur, cur != nil
}

// memberIndex returns the position of the member called name in the
// object n.
func (doc *loadedDoc) memberIndex(n *document.Node, name string) (int, bool) {
	if doc.index == nil {
		doc.index = map[*document.Node]map[string]int{}
	}
	idx := doc.index[n]
	if i, ok := idx[name]; ok && i < len(n.Members) && n.Members[i].Name == name {
		return i, true
	}
	if idx != nil && len(idx) == len(n.Members) {
		// Indexed, and unchanged in size: a name not at its position, or
		// not indexed, may still have been renamed in; scan.
		for i := range n.Members {
			if n.Members[i].Name == name {
				idx[name] = i
				return i, true
			}
		}
		return 0, false
	}
	idx = make(map[string]int, len(n.Members))
	for i := range n.Members {
		idx[n.Members[i].Name] = i
	}
	doc.index[n] = idx
	i, ok := idx[name]
	return i, ok
}
