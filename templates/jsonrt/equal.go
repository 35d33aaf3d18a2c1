package jsonrt

import (
	"hash/maphash"
	"slices"
	"strings"
)

// A tree is a parsed JSON value in a form where equal values (in the sense of
// EqualJSON) have equal trees: numbers in normal form, strings unescaped and
// object members sorted by name, the last of duplicate names winning.
// Building and comparing trees takes time linear in the size of the input,
// whatever its shape.
type tree struct {
	kind    Kind
	text    string // the literal, the normalised number or the unescaped string
	elems   []tree // the elements of an array
	members []treeMember
}

type treeMember struct {
	key   string
	value tree
}

// kindOf returns the kind of the value in data, judging by its first byte.
func kindOf(data []byte) Kind {
	d := Decoder{data: data}
	return d.Kind()
}

// validJSON reports whether data is one valid JSON value.
func validJSON(data []byte) bool {
	d := Decoder{data: data}
	d.skipValue()
	return d.Finish() == nil
}

// parseTree parses data into a tree, or returns false if it is not valid
// JSON.
func parseTree(data []byte) (tree, bool) {
	d := Decoder{data: data}
	t := readTree(&d)
	return t, d.Finish() == nil
}

func readTree(d *Decoder) tree {
	switch k := d.Kind(); k {
	case Null:
		d.literal("null")
		return tree{kind: Null}
	case Bool:
		return tree{kind: Bool, text: boolText(d.Bool(""))}
	case Number:
		var buf [32]byte
		dec, _ := parseDecimal(d.readNumber())
		return tree{kind: Number, text: string(dec.appendCanonical(buf[:0]))}
	case String:
		return tree{kind: String, text: d.String("")}
	case Array:
		t := tree{kind: Array}
		d.BeginArray("")
		for d.NextElement() {
			t.elems = append(t.elems, readTree(d))
		}
		return t
	case Object:
		return readObjectTree(d)
	}
	d.skipValue() // a syntax error
	return tree{}
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func readObjectTree(d *Decoder) tree {
	t := tree{kind: Object}
	d.BeginObject("")
	for d.NextMember() {
		key := string(d.Key())
		t.members = append(t.members, treeMember{key, readTree(d)})
	}
	slices.SortStableFunc(t.members, func(a, b treeMember) int {
		return strings.Compare(a.key, b.key)
	})
	// Keep the last of each run of equal names.
	out := t.members[:0]
	for i, m := range t.members {
		if i+1 < len(t.members) && t.members[i+1].key == m.key {
			continue
		}
		out = append(out, m)
	}
	t.members = out
	return t
}

// equal reports whether t and u are the same JSON value.
func (t *tree) equal(u *tree) bool {
	if t.kind != u.kind || t.text != u.text || len(t.elems) != len(u.elems) || len(t.members) != len(u.members) {
		return false
	}
	for i := range t.elems {
		if !t.elems[i].equal(&u.elems[i]) {
			return false
		}
	}
	for i := range t.members {
		if t.members[i].key != u.members[i].key || !t.members[i].value.equal(&u.members[i].value) {
			return false
		}
	}
	return true
}

// hash writes t to h, so that equal trees hash equally.
func (t *tree) hash(h *maphash.Hash) {
	h.WriteByte(byte(t.kind))
	h.WriteString(t.text)
	h.WriteByte(0)
	for i := range t.elems {
		t.elems[i].hash(h)
	}
	for i := range t.members {
		h.WriteString(t.members[i].key)
		h.WriteByte(0)
		t.members[i].value.hash(h)
	}
	h.WriteByte(1)
}

// UniqueJSON, used by generated code, is like [UniqueComparable] for JSON
// values compared with [EqualJSON]. Invalid JSON items are distinct from every
// item.
func UniqueJSON(items [][]byte) (i, j int, ok bool) {
	trees := make([]tree, len(items))
	valid := make([]bool, len(items))
	for k, item := range items {
		trees[k], valid[k] = parseTree(item)
	}
	if len(items) <= 16 {
		for j := 1; j < len(items); j++ {
			for i := 0; i < j; i++ {
				if valid[i] && valid[j] && trees[i].equal(&trees[j]) {
					return i, j, false
				}
			}
		}
		return 0, 0, true
	}
	seen := make(map[uint64][]int, len(items)) // hash -> indices, ascending
	var h maphash.Hash
	for j := range trees {
		if !valid[j] {
			continue
		}
		h.Reset()
		trees[j].hash(&h)
		sum := h.Sum64()
		for _, i := range seen[sum] {
			if trees[i].equal(&trees[j]) {
				return i, j, false
			}
		}
		seen[sum] = append(seen[sum], j)
	}
	return 0, 0, true
}
