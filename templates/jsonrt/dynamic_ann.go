package jsonrt

// Ann is used by generated code: it records what a schema evaluated in one
// instance: the members of an object and the items of an array that its
// keywords (properties, patternProperties, additionalProperties, prefixItems,
// items, contains, and those of the subschemas that passed) looked at.
// unevaluatedProperties and unevaluatedItems then apply to the rest. A
// generated check function adds to its caller's Ann only when it succeeds, by
// filling an Ann of its own and merging it.
//
// The zero value is empty and ready to use; it allocates only for the names
// and indices it records. Prop, Item and Merge do nothing on a nil *Ann,
// which generated code passes when no one needs annotations.
type Ann struct {
	props map[string]struct{}
	bits  []uint64 // items named by Item, a bit per index
}

// Prop records that the object member name was evaluated.
func (a *Ann) Prop(name string) {
	if a == nil {
		return
	}
	if a.props == nil {
		a.props = make(map[string]struct{})
	}
	a.props[name] = struct{}{}
}

// HasProp reports whether the object member name was evaluated.
func (a *Ann) HasProp(name string) bool {
	_, ok := a.props[name]
	return ok
}

// Item records that item i (i >= 0) of the array was evaluated, as contains
// does for the items it matches.
func (a *Ann) Item(i int) {
	if a == nil || i < 0 {
		return
	}
	w := i / 64
	if w >= len(a.bits) {
		a.bits = append(a.bits, make([]uint64, w+1-len(a.bits))...)
	}
	a.bits[w] |= 1 << (i % 64)
}

// HasItem reports whether item i of the array was evaluated.
func (a *Ann) HasItem(i int) bool {
	if i < 0 || i/64 >= len(a.bits) {
		return false
	}
	return a.bits[i/64]&(1<<(i%64)) != 0
}

// Merge adds to a everything that b records. b may be nil.
func (a *Ann) Merge(b *Ann) {
	if a == nil || b == nil || b == a {
		return
	}
	for name := range b.props {
		a.Prop(name)
	}
	if len(b.bits) > len(a.bits) {
		a.bits = append(a.bits, make([]uint64, len(b.bits)-len(a.bits))...)
	}
	for w, bits := range b.bits {
		a.bits[w] |= bits
	}
}
