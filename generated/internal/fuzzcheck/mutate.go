package fuzzcheck

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
)

// A Mutator derives instances from valid ones by structural changes: it
// drops and adds properties, changes types, swaps in boundary numbers, long
// and unusual strings and nulls, and nests extra values. What it adds comes
// partly from the schema: its property names, names matching its
// patternProperties, its enum and const strings, strings matching its
// patterns, and its numbers with their neighbours. It is deterministic for a
// given seed.
type Mutator struct {
	rng     *rand.Rand
	names   []string
	strs    []string
	numbers []string
}

// NewMutator returns a Mutator for instances of the schema document schema.
func NewMutator(seed uint64, schema []byte) (*Mutator, error) {
	m := &Mutator{rng: rand.New(rand.NewPCG(seed, seed^0x5eed))}
	root, err := parse(schema)
	if err != nil {
		return nil, err
	}
	m.harvest(root, "")
	m.names = append(m.names, "extra", "", "a", "\u00e9", "x\u2028y")
	m.strs = append(m.strs, "", "a", "\u00e9", "e\u0301", "\U0001F600", "\u2028\u202e", "\x00", "<&>",
		strings.Repeat("x", 300), strings.Repeat("\U0001F600", 40))
	m.numbers = append(m.numbers, "0", "-0", "1", "-1", "1.0", "0.5", "1e2", "2147483647", "2147483648",
		"-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1e308", "1e400",
		"0.1", "0.01", "5e-324", "123456789012345678901234567890")
	slices.Sort(m.names)
	m.names = slices.Compact(m.names)
	return m, nil
}

// harvest collects names, strings and numbers from a schema; kw is the
// keyword whose value v is.
func (m *Mutator) harvest(v any, kw string) {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range sortedKeys(v) {
			switch kw {
			case "properties", "dependentRequired", "dependentSchemas":
				m.names = append(m.names, k)
			case "patternProperties":
				m.names = append(m.names, sample(k)...)
			}
			m.harvest(v[k], k)
		}
	case []any:
		for _, e := range v {
			m.harvest(e, kw)
		}
	case string:
		switch kw {
		case "pattern":
			m.strs = append(m.strs, sample(v)...)
		case "required":
			m.names = append(m.names, v)
		case "title", "description", "$comment", "$ref", "$schema", "$id", "type", "format":
		default:
			m.strs = append(m.strs, v)
		}
	case json.Number:
		m.numbers = append(m.numbers, neighbours(v)...)
	}
}

// neighbours returns n and the numbers around it: n with a fraction,
// n ± 1, n ± 0.5, n ± 0.001 and n times 10.
func neighbours(n json.Number) []string {
	r, ok := new(big.Rat).SetString(string(n))
	if !ok {
		return []string{string(n)}
	}
	out := []string{string(n), r.FloatString(1)}
	for _, d := range []string{"1", "-1", "1/2", "-1/2", "1/1000", "-1/1000"} {
		delta, _ := new(big.Rat).SetString(d)
		out = append(out, new(big.Rat).Add(r, delta).FloatString(3))
	}
	return append(out, new(big.Rat).Mul(r, big.NewRat(10, 1)).FloatString(0))
}

// sample returns strings that match the regular expression re, if it is
// simple enough: a shortest one and a longer one.
func sample(re string) []string {
	p, err := syntax.Parse(re, syntax.Perl)
	if err != nil {
		return nil
	}
	var short, long strings.Builder
	if !gen(&short, p, false) || !gen(&long, p, true) {
		return nil
	}
	return []string{short.String(), long.String()}
}

// gen writes a string matching p, repeating as little or as much as the
// expression allows (up to 3 for unbounded repetition). It reports false
// for expressions it does not handle.
func gen(b *strings.Builder, p *syntax.Regexp, more bool) bool {
	switch p.Op {
	case syntax.OpLiteral:
		b.WriteString(string(p.Rune))
	case syntax.OpCharClass:
		if len(p.Rune) == 0 {
			return false
		}
		if more {
			b.WriteRune(p.Rune[len(p.Rune)-1])
		} else {
			b.WriteRune(p.Rune[0])
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		b.WriteByte('z')
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
	case syntax.OpCapture, syntax.OpConcat:
		for _, s := range p.Sub {
			if !gen(b, s, more) {
				return false
			}
		}
	case syntax.OpAlternate:
		return gen(b, p.Sub[0], more)
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		return genRepeat(b, p, more)
	default:
		return false
	}
	return true
}

func genRepeat(b *strings.Builder, p *syntax.Regexp, more bool) bool {
	lo, hi := p.Min, p.Max
	switch p.Op {
	case syntax.OpStar:
		lo, hi = 0, -1
	case syntax.OpPlus:
		lo, hi = 1, -1
	case syntax.OpQuest:
		lo, hi = 0, 1
	}
	n := lo
	if more {
		n = max(lo, 3)
		if hi >= 0 {
			n = hi
		}
	}
	for range n {
		if !gen(b, p.Sub[0], more) {
			return false
		}
	}
	return true
}

// Mutate returns a changed copy of the valid JSON document doc.
func (m *Mutator) Mutate(doc []byte) []byte {
	v, err := parse(doc)
	if err != nil {
		panic(err)
	}
	for n := 1 + m.rng.IntN(3); n > 0; n-- {
		v = m.mutate(v, 0)
	}
	out, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return out
}

// mutate changes v itself or, usually when it is an object or array, one of
// its members or elements.
func (m *Mutator) mutate(v any, depth int) any {
	switch v := v.(type) {
	case map[string]any:
		if len(v) > 0 && m.rng.IntN(3) > 0 {
			k := m.pick(sortedKeys(v))
			v[k] = m.mutate(v[k], depth+1)
			return v
		}
		return m.mutateObject(v, depth)
	case []any:
		if len(v) > 0 && m.rng.IntN(3) > 0 {
			i := m.rng.IntN(len(v))
			v[i] = m.mutate(v[i], depth+1)
			return v
		}
		return m.mutateArray(v, depth)
	case json.Number:
		if m.rng.IntN(3) > 0 {
			return json.Number(m.pick(m.numbers))
		}
	case string:
		if m.rng.IntN(3) > 0 {
			return m.pick(m.strs)
		}
	}
	return m.value(depth)
}

func (m *Mutator) mutateObject(v map[string]any, depth int) any {
	switch m.rng.IntN(5) {
	case 0:
		if len(v) > 0 {
			delete(v, m.pick(sortedKeys(v)))
		}
	case 1, 2:
		v[m.pick(m.names)] = m.value(depth + 1)
	case 3:
		return m.value(depth)
	default:
		for _, k := range sortedKeys(v) {
			if m.rng.IntN(2) == 0 {
				delete(v, k)
			}
		}
	}
	return v
}

func (m *Mutator) mutateArray(v []any, depth int) any {
	switch m.rng.IntN(5) {
	case 0:
		if len(v) > 0 {
			i := m.rng.IntN(len(v))
			return slices.Delete(v, i, i+1)
		}
	case 1:
		if len(v) > 0 {
			return append(v, v[m.rng.IntN(len(v))]) // a duplicate, for uniqueItems
		}
	case 2:
		return append(v, m.value(depth+1))
	case 3:
		return []any{}
	}
	return m.value(depth)
}

// value returns a new value of a random type.
func (m *Mutator) value(depth int) any {
	switch m.rng.IntN(8) {
	case 0:
		return nil
	case 1:
		return m.rng.IntN(2) == 0
	case 2, 3:
		return json.Number(m.pick(m.numbers))
	case 4, 5:
		return m.pick(m.strs)
	case 6:
		if depth < 6 {
			return []any{m.value(depth + 1)}
		}
		return []any{}
	default:
		obj := map[string]any{}
		if depth < 6 {
			obj[m.pick(m.names)] = m.value(depth + 1)
		}
		return obj
	}
}

func (m *Mutator) pick(from []string) string { return from[m.rng.IntN(len(from))] }

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func parse(doc []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}
