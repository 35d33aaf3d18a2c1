package document

import (
	"strconv"
	"strings"
)

// Kind is the type of a JSON value.
type Kind int

// The kinds of JSON values. Null is the zero Kind, so a zero Node is null.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{
	Null:   "null",
	Bool:   "boolean",
	Number: "number",
	String: "string",
	Array:  "array",
	Object: "object",
}

// String returns the JSON name of k: "null", "boolean", "number", "string",
// "array" or "object".
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// A Node is one JSON value with object members in document order.
//
// Only the fields that belong to Kind are meaningful. A nil *Node is treated
// as JSON null by the methods and functions of this package.
type Node struct {
	// Kind is the type of the value.
	Kind Kind
	// Bool is the value of a Bool node.
	Bool bool
	// Number is the literal of a Number node exactly as written in the
	// source, e.g. "1.0" or "-2e3". It must be a valid JSON number.
	Number string
	// String is the unescaped value of a String node.
	String string
	// Items are the elements of an Array node.
	Items []*Node
	// Members are the members of an Object node in document order. Parse
	// never produces two members with the same name.
	Members []Member
	// Offset is the byte offset of the value's first byte in the source it
	// was parsed from; it is 0 for nodes built by Merge. Position converts
	// it to a line and column.
	Offset int
}

// A Member is one name/value pair of a JSON object.
type Member struct {
	// Name is the unescaped member name.
	Name string
	// Value is the member's value.
	Value *Node
}

// Get returns the value of the object member called name. It returns nil if
// there is no such member or n is not an object.
func (n *Node) Get(name string) *Node {
	if i := n.index(name); i >= 0 {
		return n.Members[i].Value
	}
	return nil
}

// index returns the position of the member called name, or -1.
func (n *Node) index(name string) int {
	if n == nil || n.Kind != Object {
		return -1
	}
	for i := range n.Members {
		if n.Members[i].Name == name {
			return i
		}
	}
	return -1
}

// Set gives the object member called name the value v. An existing member
// is replaced in place; otherwise the member is appended. A nil v stores a
// new null node. Set panics if n is not an object.
func (n *Node) Set(name string, v *Node) {
	if n == nil || n.Kind != Object {
		panic("document: Set on a non-object node")
	}
	if v == nil {
		v = &Node{Kind: Null}
	}
	if i := n.index(name); i >= 0 {
		n.Members[i].Value = v
		return
	}
	n.Members = append(n.Members, Member{Name: name, Value: v})
}

// Delete removes the object member called name, keeping the order of the
// others. It does nothing if there is no such member or n is not an object.
func (n *Node) Delete(name string) {
	if i := n.index(name); i >= 0 {
		n.Members = append(n.Members[:i:i], n.Members[i+1:]...)
	}
}

// Keys returns the member names of an object in order, or nil if n is not
// an object.
func (n *Node) Keys() []string {
	if n == nil || n.Kind != Object {
		return nil
	}
	keys := make([]string, len(n.Members))
	for i, m := range n.Members {
		keys[i] = m.Name
	}
	return keys
}

// Lookup finds the value that the RFC 6901 JSON Pointer pointer refers to,
// relative to n. The empty pointer refers to n itself; otherwise each
// "/"-separated reference token names an object member (with "~1" standing
// for "/" and "~0" for "~") or an array index written in decimal without
// leading zeros. Lookup reports false if the pointer is malformed or any
// step is missing, including the index "-".
func (n *Node) Lookup(pointer string) (*Node, bool) {
	if pointer == "" {
		return n, n != nil
	}
	if pointer[0] != '/' {
		return nil, false
	}
	cur := n
	for _, raw := range strings.Split(pointer[1:], "/") {
		token, ok := UnescapeToken(raw)
		if !ok || cur == nil {
			return nil, false
		}
		switch cur.Kind {
		case Object:
			i := cur.index(token)
			if i < 0 {
				return nil, false
			}
			cur = cur.Members[i].Value
		case Array:
			i, ok := arrayIndex(token)
			if !ok || i >= len(cur.Items) {
				return nil, false
			}
			cur = cur.Items[i]
		default:
			return nil, false
		}
	}
	return cur, cur != nil
}

// EscapeToken escapes one JSON Pointer reference token: "~" becomes "~0"
// and "/" becomes "~1".
func EscapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return tokenEscaper.Replace(s)
}

var tokenEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// UnescapeToken decodes "~1" to "/" and "~0" to "~" in a JSON Pointer
// reference token. It reports false for any other use of "~".
func UnescapeToken(s string) (string, bool) {
	if !strings.Contains(s, "~") {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '~' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 == len(s) {
			return "", false
		}
		i++
		switch s[i] {
		case '0':
			b.WriteByte('~')
		case '1':
			b.WriteByte('/')
		default:
			return "", false
		}
	}
	return b.String(), true
}

// arrayIndex parses a JSON Pointer array index: "0" or a decimal number
// without a leading zero.
func arrayIndex(s string) (int, bool) {
	if s == "" || len(s) > 1 && s[0] == '0' {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	i, err := strconv.Atoi(s)
	return i, err == nil
}

// Clone returns a deep copy of n that shares nothing with it. Offsets are
// kept.
func (n *Node) Clone() *Node {
	if n == nil {
		return nil
	}
	c := *n
	if n.Items != nil {
		c.Items = make([]*Node, len(n.Items))
		for i, item := range n.Items {
			c.Items[i] = item.Clone()
		}
	}
	if n.Members != nil {
		c.Members = make([]Member, len(n.Members))
		for i, m := range n.Members {
			c.Members[i] = Member{Name: m.Name, Value: m.Value.Clone()}
		}
	}
	return &c
}
