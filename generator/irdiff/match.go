package irdiff

import (
	"path"

	"github.com/schemagen/schemagen/generator/ir"
)

// pairFiles returns, for each schema file of the new package that takes the
// place of an old file by another base name, that old base name. Files with
// the same base name pair up by themselves; of the rest, one old and one
// new file pair up when there is exactly one of each, as when comparing
// pet-v1.json with pet-v2.json.
func pairFiles(old, new []ir.Source) map[string]string {
	oldBases, newBases := map[string]bool{}, map[string]bool{}
	for _, s := range old {
		oldBases[path.Base(s.Path)] = true
	}
	for _, s := range new {
		newBases[path.Base(s.Path)] = true
	}
	var oldLeft, newLeft []string
	for b := range oldBases {
		if !newBases[b] {
			oldLeft = append(oldLeft, b)
		}
	}
	for b := range newBases {
		if !oldBases[b] {
			newLeft = append(newLeft, b)
		}
	}
	pairs := map[string]string{}
	if len(oldLeft) == 1 && len(newLeft) == 1 {
		pairs[newLeft[0]] = oldLeft[0]
	}
	return pairs
}

// oldKey returns the key that matches an old schema location with a new one.
func (d *differ) oldKey(o ir.Origin) string {
	return path.Base(o.File) + "#" + o.Pointer
}

// newKey returns the key that matches a new schema location with an old one:
// its location, in the old file it takes the place of.
func (d *differ) newKey(o ir.Origin) string {
	base := path.Base(o.File)
	if old, ok := d.files[base]; ok {
		base = old
	}
	return base + "#" + o.Pointer
}

// matchDecls pairs old declarations with new ones: by schema location, then
// by name, then by shape.
func (d *differ) matchDecls() {
	byKey := map[string][]*ir.Decl{}
	for _, n := range d.new.Decls {
		k := d.newKey(n.Origin)
		byKey[k] = append(byKey[k], n)
	}
	for _, o := range d.old.Decls {
		if n := d.pick(byKey[d.oldKey(o.Origin)], o.Name); n != nil {
			d.pair(o, n)
		}
	}
	byName := map[string]*ir.Decl{}
	for _, n := range d.new.Decls {
		if d.back[n] == nil {
			byName[n.Name] = n
		}
	}
	for _, o := range d.old.Decls {
		if n := byName[o.Name]; d.match[o] == nil && n != nil && d.back[n] == nil {
			d.pair(o, n)
		}
	}
	for d.matchShapes() {
		// Each round may make more declarations alike.
	}
}

// pick returns the first of candidates not yet matched, preferring one
// named name, or nil.
func (d *differ) pick(candidates []*ir.Decl, name string) *ir.Decl {
	var first *ir.Decl
	for _, n := range candidates {
		switch {
		case d.back[n] != nil:
		case n.Name == name:
			return n
		case first == nil:
			first = n
		}
	}
	return first
}

// pair records that old declaration o became n.
func (d *differ) pair(o, n *ir.Decl) {
	d.match[o], d.back[n] = n, o
}

// matchShapes pairs unmatched declarations that have the same shape, when
// neither has that shape in common with another unmatched declaration. It
// reports whether it paired any: a pairing can make the declarations that
// refer to the pair alike in turn.
func (d *differ) matchShapes() bool {
	var oldLeft, newLeft []*ir.Decl
	for _, o := range d.old.Decls {
		if d.match[o] == nil {
			oldLeft = append(oldLeft, o)
		}
	}
	for _, n := range d.new.Decls {
		if d.back[n] == nil {
			newLeft = append(newLeft, n)
		}
	}
	alike := map[*ir.Decl][]*ir.Decl{} // old -> the new declarations it is like
	count := map[*ir.Decl]int{}        // new -> how many old declarations it is like
	for _, o := range oldLeft {
		for _, n := range newLeft {
			if d.sameShape(o, n) {
				alike[o] = append(alike[o], n)
				count[n]++
			}
		}
	}
	paired := false
	for _, o := range oldLeft {
		if ns := alike[o]; len(ns) == 1 && count[ns[0]] == 1 {
			d.pair(o, ns[0])
			paired = true
		}
	}
	return paired
}

// sameShape reports whether comparing o with n, as if o had become n,
// finds no change. It leaves no trace.
func (d *differ) sameShape(o, n *ir.Decl) bool {
	changes, checks := d.changes, d.checks
	d.changes, d.checks = nil, map[[2]*ir.Check]bool{}
	d.pair(o, n)
	d.compareDecl(site{}, o, n)
	same := len(d.changes) == 0
	delete(d.match, o)
	delete(d.back, n)
	d.changes, d.checks = changes, checks
	return same
}
