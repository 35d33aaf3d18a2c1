package irdiff

import (
	"path"
	"reflect"

	"github.com/schemagen/schemagen/generator/ir"
)

// A differ compares two packages. Declarations are matched first; then each
// matched pair is compared member by member.
type differ struct {
	old, new *ir.Package
	files    map[string]string     // new file base name -> the old file base name it replaces
	match    map[*ir.Decl]*ir.Decl // old declaration -> the new one it became
	back     map[*ir.Decl]*ir.Decl // new declaration -> the old one it was
	checks   map[[2]*ir.Check]bool // check pairs being or already compared
	changes  []Change
}

// Compare returns the changes from old to new, sorted by type, field and
// kind. A nil package has no declarations.
//
// Declarations are matched by schema location (the file's base name and the
// JSON Pointer), then by Go name, then, among the rest, by identical shape: a
// type whose definition moved to a new name is reported as renamed. When
// each package comes from one schema file, the two files count as the same
// whatever their names. Struct fields are matched by JSON name, union
// variants by Go type. Go types are rendered as the generated code spells
// them. When either package comes from several files (a family), schema
// files added and removed are reported too, by base name.
func Compare(old, new *ir.Package) []Change {
	if old == nil {
		old = &ir.Package{}
	}
	if new == nil {
		new = &ir.Package{}
	}
	d := &differ{
		old: old, new: new,
		files:  pairFiles(old.Sources, new.Sources),
		match:  map[*ir.Decl]*ir.Decl{},
		back:   map[*ir.Decl]*ir.Decl{},
		checks: map[[2]*ir.Check]bool{},
	}
	d.compareFiles()
	d.matchDecls()
	for _, o := range old.Decls {
		if d.match[o] == nil {
			s := site{typ: o.Name, path: o.Name, loc: o.Origin.Location()}
			d.report(s, RemovedType, true, declShape(o.Type, d.oldName), "", "type removed")
		}
	}
	for _, n := range new.Decls {
		o := d.back[n]
		s := site{typ: n.Name, path: n.Name, loc: n.Origin.Location()}
		switch {
		case o == nil:
			d.report(s, AddedType, false, "", declShape(n.Type, d.newName), "type added")
			continue
		case o.Name != n.Name:
			d.reportRename(s, o, n)
		}
		d.compareDecl(s, o, n)
	}
	sortChanges(d.changes)
	return d.changes
}

// oldName names an old declaration by the new declaration it became.
func (d *differ) oldName(o *ir.Decl) string {
	if n := d.match[o]; n != nil {
		return n.Name
	}
	return o.Name
}

// newName names a new declaration.
func (d *differ) newName(n *ir.Decl) string { return n.Name }

// reportRename reports that old declaration o is now n, by another name.
func (d *differ) reportRename(s site, o, n *ir.Decl) {
	text := "type " + o.Name + " renamed to " + n.Name
	if d.oldKey(o.Origin) != d.newKey(n.Origin) {
		text = "type " + o.Name + " (" + o.Origin.Location() + ") moved to " +
			n.Name + " (" + n.Origin.Location() + "), same shape"
	}
	d.report(s, RenamedType, true, o.Name, n.Name, text)
}

// compareDecl compares the definitions of a matched pair of declarations.
func (d *differ) compareDecl(s site, o, n *ir.Decl) {
	os, ns := declShape(o.Type, d.oldName), declShape(n.Type, d.newName)
	if os != ns {
		d.report(s, ChangedType, true, os, ns, "Go type changed from "+os+" to "+ns)
		return
	}
	d.compareValue(s, o.Type, n.Type)
}

// compareValue compares two types whose Go types are the same, apart from
// a nullability that the Go type does not show; it reports the changes to
// what values they accept. Declarations a *ir.Named refers to are compared
// on their own, not here.
func (d *differ) compareValue(s site, o, n ir.Type) {
	o, n = d.compareNull(s, o, n)
	if reflect.TypeOf(o) != reflect.TypeOf(n) {
		return // the callers compare Go types first; this never happens
	}
	if _, ok := n.(*ir.Named); !ok {
		s = s.at("", n.TypeOrigin().Location())
	}
	switch o := o.(type) {
	case *ir.Struct:
		d.compareStruct(s, o, n.(*ir.Struct))
	case *ir.Enum:
		d.compareEnum(s, o, n.(*ir.Enum))
	case *ir.Union:
		d.compareUnion(s, o, n.(*ir.Union))
	case *ir.Map:
		n := n.(*ir.Map)
		d.compareCommon(s, o.Common, n.Common, true)
		d.compareMin(s, "minProperties", o.MinProperties, n.MinProperties)
		d.compareMax(s, "maxProperties", o.MaxProperties, n.MaxProperties)
		d.compareNames(s, o.Names, n.Names)
		d.comparePatternChecks(s, o.Checked, n.Checked)
		d.compareValue(s.at("[key]", ""), o.Value, n.Value)
	case *ir.Slice:
		n := n.(*ir.Slice)
		d.compareCommon(s, o.Common, n.Common, true)
		d.compareMin(s, "minItems", o.MinItems, n.MinItems)
		d.compareMax(s, "maxItems", o.MaxItems, n.MaxItems)
		d.compareFlag(s, "uniqueItems", o.UniqueItems, n.UniqueItems)
		d.compareValue(s.at("[i]", ""), o.Elem, n.Elem)
	case *ir.String:
		d.compareString(s, o, n.(*ir.String), true)
	case *ir.Integer:
		n := n.(*ir.Integer)
		d.compareCommon(s, o.Common, n.Common, true)
		d.compareBounds(s, o.Bounds, n.Bounds)
	case *ir.Number:
		n := n.(*ir.Number)
		d.compareCommon(s, o.Common, n.Common, true)
		d.compareBounds(s, o.Bounds, n.Bounds)
	case *ir.Boolean:
		d.compareCommon(s, o.Common, n.(*ir.Boolean).Common, true)
	case *ir.Raw:
		n := n.(*ir.Raw)
		d.compareCommon(s, o.Common, n.Common, true)
		d.compareCheck(s, o.Check, n.Check)
	case *ir.Formatted:
		d.compareString(s, o.Text, n.(*ir.Formatted).Text, true)
	case *ir.External:
		d.compareCheck(s, o.Check, n.(*ir.External).Check)
	}
}

// compareNull reports a change of nullability that leaves the Go type as it
// was (a nil-able type such as a slice holds null as nil), and returns the
// types inside.
func (d *differ) compareNull(s site, o, n ir.Type) (ir.Type, ir.Type) {
	o, oNull := stripNull(o)
	n, nNull := stripNull(n)
	switch {
	case !oNull && nNull:
		d.report(s, BecameNullable, false, "not nullable", "nullable", "became nullable")
	case oNull && !nNull:
		d.report(s, NoLongerNullable, true, "nullable", "not nullable", "no longer nullable")
	}
	return o, n
}

// compareString compares string constraints; withEnum is false for the base
// of an *ir.Enum, whose values compareEnum compares.
func (d *differ) compareString(s site, o, n *ir.String, withEnum bool) {
	d.compareCommon(s, o.Common, n.Common, withEnum)
	d.compareMin(s, "minLength", o.MinLength, n.MinLength)
	d.compareMax(s, "maxLength", o.MaxLength, n.MaxLength)
	d.comparePattern(s, o.Pattern, n.Pattern)
	d.compareFormat(s, o.Format, n.Format)
}

// compareEnum compares the values of two enums of the same base type, and
// the base types' other constraints.
func (d *differ) compareEnum(s site, o, n *ir.Enum) {
	ov := make([]ir.Value, len(o.Values))
	for i, v := range o.Values {
		ov[i] = v.Value
	}
	nv := make([]ir.Value, len(n.Values))
	for i, v := range n.Values {
		nv[i] = v.Value
	}
	d.compareEnumValues(s, ov, nv)
	switch ob := o.Base.(type) {
	case *ir.String:
		if nb, ok := n.Base.(*ir.String); ok {
			d.compareString(s, ob, nb, false)
		}
	case *ir.Integer:
		if nb, ok := n.Base.(*ir.Integer); ok {
			d.compareCommon(s, ob.Common, nb.Common, false)
			d.compareBounds(s, ob.Bounds, nb.Bounds)
		}
	}
}

// compareFiles reports the schema files, by base name, that only one of
// two packages from several files has.
func (d *differ) compareFiles() {
	if len(d.old.Sources) < 2 && len(d.new.Sources) < 2 {
		return
	}
	paired := map[string]bool{}
	for _, o := range d.files {
		paired[o] = true
	}
	oldBases, newBases := map[string]bool{}, map[string]bool{}
	for _, s := range d.old.Sources {
		oldBases[path.Base(s.Path)] = true
	}
	for _, s := range d.new.Sources {
		newBases[path.Base(s.Path)] = true
	}
	for b := range oldBases {
		if !newBases[b] && !paired[b] {
			d.report(site{path: b, loc: b}, RemovedFile, true, b, "", "schema file removed")
		}
	}
	for b := range newBases {
		if !oldBases[b] && d.files[b] == "" {
			d.report(site{path: b, loc: b}, AddedFile, false, "", b, "schema file added")
		}
	}
}
