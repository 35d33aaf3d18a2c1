package generator

import (
	"slices"

	"github.com/schemagen/schemagen/generator/ir"
)

// breakRecursion marks the struct fields that must hold their value through a
// pointer. A Go struct cannot contain itself by value, so a required,
// non-null property whose type leads back to its own struct through other
// such properties (a cycle in the "contains by value" graph) is Indirect.
// Every edge inside a strongly connected component is marked, which is more
// than strictly needed but does not depend on where a traversal starts.
func breakRecursion(pkg *ir.Package) {
	g := newSCCFinder(byValueStructs)
	for _, d := range pkg.Decls {
		g.visitAll(d)
	}
	for _, d := range pkg.Decls {
		st, ok := d.Type.(*ir.Struct)
		if !ok {
			continue
		}
		for _, f := range st.Fields {
			if t := byValueStruct(f); t != nil && g.comp[t] == g.comp[d] {
				f.Indirect = true
			}
		}
	}
}

// byValueStructs returns the declarations d's struct embeds by value.
func byValueStructs(d *ir.Decl) []*ir.Decl {
	st, ok := d.Type.(*ir.Struct)
	if !ok {
		return nil
	}
	var out []*ir.Decl
	for _, f := range st.Fields {
		if w := byValueStruct(f); w != nil {
			out = append(out, w)
		}
	}
	return out
}

// byValueStruct returns the declaration a field embeds by value, if the
// field is required and of a named struct type.
func byValueStruct(f *ir.Field) *ir.Decl {
	n, ok := f.Type.(*ir.Named)
	if !ok || !f.Required {
		return nil
	}
	if _, ok := n.Decl.Type.(*ir.Struct); !ok {
		return nil
	}
	return n.Decl
}

// markRecursive sets Check.Recursive on every Check that lies on a cycle of
// Checks applying one another to the same value (a strongly connected
// component of more than one Check, or a Check that applies itself). A
// $dynamicRef that resolves against the dynamic scope may lead to any
// dynamic anchor of any resource, so it counts as leading to all of them.
func markRecursive(pkg *ir.Package) {
	var anchors []*ir.Check
	for _, r := range pkg.Resources {
		for _, a := range r.Anchors {
			anchors = append(anchors, a.Check)
		}
	}
	edges := func(c *ir.Check) []*ir.Check {
		out := c.Subchecks()
		if c.DynamicRef != nil && c.DynamicRef.Anchor != "" {
			out = append(out, anchors...)
		}
		return out
	}
	g := newSCCFinder(edges)
	for _, c := range pkg.Checks {
		g.visitAll(c)
	}
	size := map[int]int{}
	for _, comp := range g.comp {
		size[comp]++
	}
	for _, c := range pkg.Checks {
		c.Recursive = size[g.comp[c]] > 1
		for _, sub := range edges(c) {
			c.Recursive = c.Recursive || sub == c
		}
	}
}

// sccFinder numbers the strongly connected components of a graph (Tarjan's
// algorithm).
type sccFinder[T comparable] struct {
	edges   func(T) []T
	next    int
	index   map[T]int
	low     map[T]int
	onStack map[T]bool
	stack   []T
	comp    map[T]int // the component of each node visited
	comps   int
}

func newSCCFinder[T comparable](edges func(T) []T) *sccFinder[T] {
	return &sccFinder[T]{edges: edges, index: map[T]int{}, low: map[T]int{}, onStack: map[T]bool{}, comp: map[T]int{}}
}

// visitAll numbers the components of the nodes reachable from d, unless d
// was visited already.
func (g *sccFinder[T]) visitAll(d T) {
	if _, seen := g.index[d]; !seen {
		g.visit(d)
	}
}

func (g *sccFinder[T]) visit(d T) {
	g.index[d], g.low[d] = g.next, g.next
	g.next++
	g.stack = append(g.stack, d)
	g.onStack[d] = true
	for _, w := range g.edges(d) {
		if _, seen := g.index[w]; !seen {
			g.visit(w)
			g.low[d] = min(g.low[d], g.low[w])
		} else if g.onStack[w] {
			g.low[d] = min(g.low[d], g.index[w])
		}
	}
	if g.low[d] != g.index[d] {
		return
	}
	for {
		w := g.stack[len(g.stack)-1]
		g.stack = g.stack[:len(g.stack)-1]
		g.onStack[w] = false
		g.comp[w] = g.comps
		if w == d {
			break
		}
	}
	g.comps++
}

// inlineRefs takes out of pkg.Checks the Checks in refOnly (those of
// schemas that have nothing but a $ref) that are not Recursive: calling the
// Check they refer to does exactly what they do, and needs no guard. It
// returns them, for shareFuncs. When Checks track the dynamic scope, every
// Check extends it with its own resource, so none is taken out.
func inlineRefs(pkg *ir.Package, refOnly []*ir.Check) map[*ir.Check]bool {
	if ir.TracksScope(pkg.Checks) {
		return nil
	}
	inlined := map[*ir.Check]bool{}
	for _, c := range refOnly {
		if !c.Recursive {
			inlined[c] = true
		}
	}
	pkg.Checks = slices.DeleteFunc(pkg.Checks, func(c *ir.Check) bool { return inlined[c] })
	return inlined
}

// shareFuncs gives each Check inlineRefs took out the function of the first
// Check its chain of references reaches that has one. Chains end: a Check
// on a cycle is Recursive, and stays.
func shareFuncs(inlined map[*ir.Check]bool) {
	for c := range inlined {
		target := c.Ref
		for inlined[target] {
			target = target.Ref
		}
		c.Func = target.Func
	}
}
