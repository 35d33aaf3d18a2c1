package generator

import "github.com/schemagen/schemagen/generator/ir"

// breakRecursion marks the struct fields that must hold their value through a
// pointer. A Go struct cannot contain itself by value, so a required,
// non-null property whose type leads back to its own struct through other
// such properties (a cycle in the "contains by value" graph) is Indirect.
// Every edge inside a strongly connected component is marked, which is more
// than strictly needed but does not depend on where a traversal starts.
func breakRecursion(pkg *ir.Package) {
	g := &sccFinder{index: map[*ir.Decl]int{}, low: map[*ir.Decl]int{}, onStack: map[*ir.Decl]bool{}, comp: map[*ir.Decl]int{}}
	for _, d := range pkg.Decls {
		if _, seen := g.index[d]; !seen {
			g.visit(d)
		}
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

// sccFinder numbers the strongly connected components of the by-value graph
// (Tarjan's algorithm).
type sccFinder struct {
	next    int
	index   map[*ir.Decl]int
	low     map[*ir.Decl]int
	onStack map[*ir.Decl]bool
	stack   []*ir.Decl
	comp    map[*ir.Decl]int
	comps   int
}

func (g *sccFinder) visit(d *ir.Decl) {
	g.index[d], g.low[d] = g.next, g.next
	g.next++
	g.stack = append(g.stack, d)
	g.onStack[d] = true
	if st, ok := d.Type.(*ir.Struct); ok {
		for _, f := range st.Fields {
			w := byValueStruct(f)
			if w == nil {
				continue
			}
			if _, seen := g.index[w]; !seen {
				g.visit(w)
				g.low[d] = min(g.low[d], g.low[w])
			} else if g.onStack[w] {
				g.low[d] = min(g.low[d], g.index[w])
			}
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
