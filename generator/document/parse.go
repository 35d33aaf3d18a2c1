package document

// MaxDepth is the deepest nesting of arrays and objects that Parse accepts,
// the same limit encoding/json applies.
const MaxDepth = 10000

// Parse reads one JSON text: a value with optional whitespace around it.
// It rejects trailing data, invalid UTF-8 in strings, and nesting of arrays
// and objects deeper than MaxDepth. If an object repeats a member name, only
// the last occurrence is kept, at its own position. Errors are of type
// *SyntaxError. Parsing takes time linear in len(data).
func Parse(data []byte) (*Node, error) {
	p := parser{data: data}
	p.skipSpace()
	n, err := p.value()
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < len(p.data) {
		return nil, p.invalid(p.pos, "after top-level value")
	}
	return n, nil
}

// A parser is the state of one Parse call. pos is the offset of the next
// unread byte; depth counts the arrays and objects currently open.
type parser struct {
	data  []byte
	pos   int
	depth int

	// The rest only saves allocations. nodes is a slab new nodes are cut
	// from. items and members are stacks holding the elements of the
	// arrays and objects being parsed, copied out at the closing bracket.
	// names interns short member names, which repeat a lot in schemas.
	nodes   []Node
	items   []*Node
	members []Member
	names   map[string]string
}

// slabSize is the number of nodes a parser allocates at once.
const slabSize = 64

// node returns a new node of kind k at offset off.
func (p *parser) node(k Kind, off int) *Node {
	if len(p.nodes) == 0 {
		p.nodes = make([]Node, slabSize)
	}
	n := &p.nodes[0]
	p.nodes = p.nodes[1:]
	n.Kind, n.Offset = k, off
	return n
}

// errorAt returns a *SyntaxError at offset off.
func (p *parser) errorAt(off int, msg string) *SyntaxError {
	return syntaxError(p.data, off, msg)
}

// invalid reports the unexpected character at off, with context describing
// what the parser was doing, e.g. "after object key".
func (p *parser) invalid(off int, context string) *SyntaxError {
	return p.errorAt(off, "invalid character "+quoteChar(p.data, off)+" "+context)
}

// eof reports that the input ended too early.
func (p *parser) eof() *SyntaxError {
	return p.errorAt(len(p.data), "unexpected end of input")
}

// skipSpace advances past JSON whitespace.
func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// value parses the value starting at p.pos, which is not whitespace.
func (p *parser) value() (*Node, *SyntaxError) {
	if p.pos >= len(p.data) {
		return nil, p.eof()
	}
	start := p.pos
	switch c := p.data[start]; c {
	case '{':
		return p.object()
	case '[':
		return p.array()
	case '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		n := p.node(String, start)
		n.String = s
		return n, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return p.number()
	case 't':
		return p.literal("true", Bool)
	case 'f':
		return p.literal("false", Bool)
	case 'n':
		return p.literal("null", Null)
	}
	return nil, p.invalid(start, "looking for beginning of value")
}

// literal consumes word, the text of a literal of kind k, at p.pos.
func (p *parser) literal(word string, k Kind) (*Node, *SyntaxError) {
	for j := 1; j < len(word); j++ {
		i := p.pos + j
		if i >= len(p.data) {
			return nil, p.eof()
		}
		if p.data[i] != word[j] {
			return nil, p.invalid(i, "in literal "+word+" (expecting '"+word[j:j+1]+"')")
		}
	}
	n := p.node(k, p.pos)
	n.Bool = word == "true"
	p.pos += len(word)
	return n, nil
}

// enter opens an array or object at p.pos, enforcing MaxDepth.
func (p *parser) enter() *SyntaxError {
	p.depth++
	if p.depth > MaxDepth {
		return p.errorAt(p.pos, "exceeded maximum nesting depth of 10000")
	}
	p.pos++
	p.skipSpace()
	return nil
}

// array parses the array starting at p.pos.
func (p *parser) array() (*Node, *SyntaxError) {
	n := p.node(Array, p.pos)
	if err := p.enter(); err != nil {
		return nil, err
	}
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		p.depth--
		return n, nil
	}
	base := len(p.items)
	for {
		item, err := p.value()
		if err != nil {
			return nil, err
		}
		p.items = append(p.items, item)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.eof()
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
		case ']':
			p.pos++
			p.depth--
			n.Items = append([]*Node(nil), p.items[base:]...)
			clear(p.items[base:])
			p.items = p.items[:base]
			return n, nil
		default:
			return nil, p.invalid(p.pos, "after array element")
		}
	}
}

// object parses the object starting at p.pos.
func (p *parser) object() (*Node, *SyntaxError) {
	n := p.node(Object, p.pos)
	if err := p.enter(); err != nil {
		return nil, err
	}
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		p.depth--
		return n, nil
	}
	b := objectBuilder{base: len(p.members)}
	for {
		name, err := p.memberName()
		if err != nil {
			return nil, err
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		p.members = b.add(p.members, name, v)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.eof()
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
		case '}':
			p.pos++
			p.depth--
			n.Members = b.finish(p.members)
			clear(p.members[b.base:])
			p.members = p.members[:b.base]
			return n, nil
		default:
			return nil, p.invalid(p.pos, "after object key:value pair")
		}
	}
}

// memberName parses a member name and the colon after it, leaving p.pos at
// the start of the member's value.
func (p *parser) memberName() (string, *SyntaxError) {
	if p.pos >= len(p.data) {
		return "", p.eof()
	}
	if p.data[p.pos] != '"' {
		return "", p.invalid(p.pos, "looking for beginning of object key string")
	}
	name, err := p.str()
	if err != nil {
		return "", err
	}
	p.skipSpace()
	if p.pos >= len(p.data) {
		return "", p.eof()
	}
	if p.data[p.pos] != ':' {
		return "", p.invalid(p.pos, "after object key")
	}
	p.pos++
	p.skipSpace()
	return name, nil
}

// indexThreshold is the member count from which an objectBuilder finds
// duplicate names with a map instead of a linear scan.
const indexThreshold = 16

// An objectBuilder tracks the members of an object being parsed, which sit
// on the parser's member stack from position base on. A repeated name
// turns the earlier member into a tombstone (nil Value), removed by
// finish, so duplicates cost linear time in total.
type objectBuilder struct {
	base       int
	index      map[string]int // name to stack position of its live member
	tombstones bool
}

// add pushes the member name: v onto stack, replacing an earlier member of
// that name, and returns the grown stack.
func (b *objectBuilder) add(stack []Member, name string, v *Node) []Member {
	own := stack[b.base:]
	if b.index == nil && len(own) >= indexThreshold {
		b.index = make(map[string]int, 2*len(own))
		for i, m := range own {
			if m.Value != nil {
				b.index[m.Name] = i
			}
		}
	}
	prev := -1
	if b.index != nil {
		if i, ok := b.index[name]; ok {
			prev = i
		}
		b.index[name] = len(own)
	} else {
		for i := len(own) - 1; i >= 0; i-- {
			if own[i].Value != nil && own[i].Name == name {
				prev = i
				break
			}
		}
	}
	if prev >= 0 {
		own[prev].Value = nil
		b.tombstones = true
	}
	return append(stack, Member{Name: name, Value: v})
}

// finish returns a copy of the object's live members on stack.
func (b *objectBuilder) finish(stack []Member) []Member {
	own := stack[b.base:]
	if !b.tombstones {
		return append([]Member(nil), own...)
	}
	live := make([]Member, 0, len(own))
	for _, m := range own {
		if m.Value != nil {
			live = append(live, m)
		}
	}
	return live
}
