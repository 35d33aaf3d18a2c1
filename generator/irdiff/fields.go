package irdiff

import (
	"strconv"

	"github.com/schemagen/schemagen/generator/ir"
)

// compareStruct compares two structs: whether they take values that are
// not objects, their object constraints, their additional properties and
// their fields, matched by JSON name.
func (d *differ) compareStruct(s site, o, n *ir.Struct) {
	switch {
	case o.NonObject != "" && n.NonObject == "":
		d.report(s, Tightened, true, "any JSON value", "objects only",
			`"type": "object" added: values that are not objects are rejected, field `+o.NonObject+" removed")
	case o.NonObject == "" && n.NonObject != "":
		d.report(s, Loosened, false, "objects only", "any JSON value",
			`"type": "object" removed: values that are not objects are kept in field `+n.NonObject)
	}
	d.compareCommon(s, o.Common, n.Common, true)
	d.compareMin(s, "minProperties", o.MinProperties, n.MinProperties)
	d.compareMax(s, "maxProperties", o.MaxProperties, n.MaxProperties)
	d.compareExtra(s, o.Extra, n.Extra)
	old := map[string]*ir.Field{}
	for _, f := range o.Fields {
		old[f.JSONName] = f
	}
	seen := map[string]bool{}
	for _, nf := range n.Fields {
		fs := site{typ: s.typ, field: nf.Name, path: s.path + "." + nf.Name, loc: nf.Origin.Location()}
		seen[nf.JSONName] = true
		of := old[nf.JSONName]
		switch {
		case of != nil:
			d.compareField(fs, of, nf)
		case nf.Required:
			ft := fieldType(nf, d.newName)
			d.report(fs, AddedRequiredField, true, "", ft, "required field added: "+ft)
		default:
			ft := fieldType(nf, d.newName)
			d.report(fs, AddedOptionalField, false, "", ft, "optional field added: "+ft)
		}
	}
	for _, of := range o.Fields {
		if !seen[of.JSONName] {
			fs := site{typ: s.typ, field: of.Name, path: s.path + "." + of.Name, loc: of.Origin.Location()}
			ft := fieldType(of, d.oldName)
			d.report(fs, RemovedField, true, ft, "", "field removed, was "+ft)
		}
	}
}

// compareField compares two versions of a struct field: its Go name, whether
// it is required, whether it is nullable, its Go type and, when that stayed
// the same, the constraints on its values.
func (d *differ) compareField(s site, of, nf *ir.Field) {
	if of.Name != nf.Name {
		d.report(s, RenamedField, true, of.Name, nf.Name,
			"field "+strconv.Quote(nf.JSONName)+" renamed from "+of.Name+" to "+nf.Name)
	}
	flipped := d.compareRequired(s, of, nf)
	if d.compareFieldNull(s, of, nf) {
		flipped = true
	}
	ob, _ := stripNull(of.Type)
	nb, _ := stripNull(nf.Type)
	oldFT, newFT := fieldType(of, d.oldName), fieldType(nf, d.newName)
	if goType(ob, d.oldName) != goType(nb, d.newName) || !flipped && oldFT != newFT {
		d.report(s, ChangedType, true, oldFT, newFT, "Go type changed from "+oldFT+" to "+newFT)
		return
	}
	d.compareValue(s, ob, nb)
}

// compareRequired reports a field that became required or optional, and
// reports whether it did.
func (d *differ) compareRequired(s site, of, nf *ir.Field) bool {
	if of.Required == nf.Required {
		return false
	}
	before := renderField(of.Type, of.Required, of.Indirect, d.oldName)
	after := renderField(of.Type, nf.Required, nf.Indirect, d.oldName)
	switch {
	case nf.Required:
		was, is := orWord(before, after, "optional", "required")
		d.report(s, BecameRequired, true, was, is, "became required"+goChange(before, after))
	case before != after:
		d.report(s, ChangedType, true, before, after, "no longer required"+goChange(before, after))
	default:
		d.report(s, Loosened, false, "required", "optional", "no longer required")
	}
	return true
}

// orWord returns the Go types before and after a change, or, when the Go
// type did not change, the words that say what did.
func orWord(before, after, was, is string) (string, string) {
	if before == after {
		return was, is
	}
	return before, after
}

// compareFieldNull reports a field that became nullable or no longer is,
// and reports whether it did. Becoming nullable breaks Go code only when
// the field's Go type changes (a nil-able type holds null as nil).
func (d *differ) compareFieldNull(s site, of, nf *ir.Field) bool {
	ob, oNull := stripNull(of.Type)
	_, nNull := stripNull(nf.Type)
	if oNull == nNull {
		return false
	}
	var flipped ir.Type = ob
	if nNull {
		flipped = &ir.Nullable{Origin: ob.TypeOrigin(), Elem: ob}
	}
	before := renderField(of.Type, nf.Required, nf.Indirect, d.oldName)
	after := renderField(flipped, nf.Required, nf.Indirect, d.oldName)
	if nNull {
		was, is := orWord(before, after, "not nullable", "nullable")
		d.report(s, BecameNullable, before != after, was, is, "became nullable"+goChange(before, after))
	} else {
		was, is := orWord(before, after, "nullable", "not nullable")
		d.report(s, NoLongerNullable, true, was, is, "no longer nullable"+goChange(before, after))
	}
	return true
}

// renderField renders the Go type of a field of type t.
func renderField(t ir.Type, required, indirect bool, name namer) string {
	return fieldType(&ir.Field{Type: t, Required: required, Indirect: indirect}, name)
}

// goChange describes a change of Go type for the end of a message, or
// returns "" when there is none.
func goChange(before, after string) string {
	if before == after {
		return ""
	}
	return ", Go type changed from " + before + " to " + after
}

// compareExtra compares what a struct does with the properties its schema
// does not name: nothing (additionalProperties false), or keep them in a
// map field.
func (d *differ) compareExtra(s site, o, n *ir.Extra) {
	switch {
	case o == nil && n == nil:
	case o == nil:
		after := extraString(n, d.newName)
		d.report(s, Loosened, false, "additionalProperties false", "additionalProperties "+after,
			"additionalProperties loosened from false to "+after)
	case n == nil:
		before := extraString(o, d.oldName)
		d.report(s, Tightened, true, "additionalProperties "+before, "additionalProperties false",
			"additionalProperties tightened from "+before+" to false, field "+o.Name+" removed")
	default:
		es := site{typ: s.typ, field: n.Name, path: s.path + "." + n.Name, loc: s.loc}
		before, after := "map[string]"+goType(o.Value, d.oldName), "map[string]"+goType(n.Value, d.newName)
		if before != after {
			d.report(es, ChangedType, true, before, after, "Go type changed from "+before+" to "+after)
			return
		}
		d.compareNames(es, o.Only, n.Only)
		d.comparePatternChecks(es, o.Checked, n.Checked)
		d.compareValue(es.at("[key]", ""), o.Value, n.Value)
	}
}

// extraString renders an additionalProperties that is not false: "true",
// or the Go type that holds its values.
func extraString(e *ir.Extra, name namer) string {
	if r, ok := e.Value.(*ir.Raw); ok && r.Check == nil && r.Common.Const == nil && r.Common.Enum == nil && r.Common.MaxEncodedSize < 0 {
		return "true"
	}
	return "a schema (" + goType(e.Value, name) + ")"
}

// compareUnion compares two unions: their keyword and their variants,
// matched by Go type.
func (d *differ) compareUnion(s site, o, n *ir.Union) {
	if o.Keyword != n.Keyword {
		kind, breaking, verb := Loosened, false, " loosened"
		if n.Keyword == "oneOf" { // exactly one branch is stricter than at least one
			kind, breaking, verb = Tightened, true, " tightened"
		}
		d.report(s, kind, breaking, o.Keyword, n.Keyword, "union"+verb+" from "+o.Keyword+" to "+n.Keyword)
	}
	old := map[string]*ir.Variant{}
	for i, k := range variantKeys(o, d.oldName) {
		old[k] = o.Variants[i]
	}
	for i, k := range variantKeys(n, d.newName) {
		nv := n.Variants[i]
		vs := site{typ: s.typ, field: nv.Name, path: s.path + "." + nv.Name, loc: nv.Type.TypeOrigin().Location()}
		ov := old[k]
		if ov == nil {
			d.report(vs, AddedVariant, false, "", goType(nv.Type, d.newName), "variant added: "+goType(nv.Type, d.newName))
			continue
		}
		delete(old, k)
		if ov.Name != nv.Name {
			d.report(vs, RenamedField, true, ov.Name, nv.Name, "variant renamed from "+ov.Name+" to "+nv.Name)
		}
		d.compareValue(vs, ov.Type, nv.Type)
	}
	for i, k := range variantKeys(o, d.oldName) {
		if ov := old[k]; ov != nil {
			vs := site{typ: s.typ, field: ov.Name, path: s.path + "." + ov.Name, loc: ov.Type.TypeOrigin().Location()}
			d.report(vs, RemovedVariant, true, goType(ov.Type, d.oldName), "", "variant removed, was "+goType(o.Variants[i].Type, d.oldName))
		}
	}
}

// variantKeys returns the key each variant of u is matched by: its Go type,
// numbered when several variants share one.
func variantKeys(u *ir.Union, name namer) []string {
	keys := make([]string, len(u.Variants))
	count := map[string]int{}
	for i, v := range u.Variants {
		t := goType(v.Type, name)
		count[t]++
		keys[i] = t + "#" + strconv.Itoa(count[t])
	}
	return keys
}
