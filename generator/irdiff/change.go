package irdiff

import (
	"cmp"
	"slices"
)

// A Kind classifies a Change.
type Kind string

// The kinds of change Compare reports. Whether a change is breaking is in
// Change.Breaking; the comment says when it is.
const (
	AddedType          Kind = "added-type"           // a new declaration; compatible
	RemovedType        Kind = "removed-type"         // breaking
	RenamedType        Kind = "renamed-type"         // same schema location or same shape, new Go name; breaking
	ChangedType        Kind = "changed-type"         // a different Go type, for a declaration or a field; breaking
	AddedOptionalField Kind = "added-optional-field" // compatible
	AddedRequiredField Kind = "added-required-field" // breaking
	RemovedField       Kind = "removed-field"        // breaking
	RenamedField       Kind = "renamed-field"        // same JSON name, new Go name; breaking
	BecameRequired     Kind = "became-required"      // an optional property became required; breaking
	BecameNullable     Kind = "became-nullable"      // breaking when the Go type changes, else compatible
	NoLongerNullable   Kind = "no-longer-nullable"   // null is now rejected; breaking
	Tightened          Kind = "tightened-constraint" // fewer values are valid; breaking
	Loosened           Kind = "loosened-constraint"  // more values are valid; compatible
	EnumValuesAdded    Kind = "enum-values-added"    // compatible
	EnumValuesRemoved  Kind = "enum-values-removed"  // breaking
	AddedVariant       Kind = "added-variant"        // a union gained a branch; compatible
	RemovedVariant     Kind = "removed-variant"      // a union lost a branch; breaking
	AddedFile          Kind = "added-file"           // a schema file of a family is new; compatible
	RemovedFile        Kind = "removed-file"         // a schema file of a family is gone; breaking (its types are gone too)
	// ChangedValidation is a change to validation that only a Check
	// expresses (allOf, if/then/else, ...) and that Compare cannot order
	// as tighter or looser; it is reported as breaking.
	ChangedValidation Kind = "changed-validation"
)

// A Change is one difference between two versions of a package that matters
// to Go code using its types.
type Change struct {
	Kind     Kind
	Breaking bool
	Type     string // Go type name; the new name for a renamed type, the old for a removed one
	Field    string // Go field (or union variant) name, if the change is inside one
	Location string // schema location, e.g. "pet.json#/properties/age"
	Old, New string // short renderings, e.g. "*int64", "maximum 100"; "" for none
	Message  string // one readable line, e.g. "Pet.Age: maximum tightened from 100 to 50 (breaking)"
}

// Breaking reports whether any of changes is breaking.
func Breaking(changes []Change) bool {
	return slices.ContainsFunc(changes, func(c Change) bool { return c.Breaking })
}

// sortChanges puts changes in the order Compare returns them: by type, field
// and kind, then by message, so that the order never depends on the order
// in which they were found.
func sortChanges(changes []Change) {
	slices.SortStableFunc(changes, func(a, b Change) int {
		return cmp.Or(
			cmp.Compare(a.Type, b.Type),
			cmp.Compare(a.Field, b.Field),
			cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Message, b.Message),
			cmp.Compare(a.Location, b.Location),
		)
	})
}

// A site is where in the package a change is: the type and field it is
// reported under, the path a message names (e.g. "Pet.Tags[i]") and the
// schema location.
type site struct {
	typ, field, path, loc string
}

// at returns the site one step inside s: suffix extends the path, loc (when
// not "") replaces the location.
func (s site) at(suffix, loc string) site {
	s.path += suffix
	if loc != "" {
		s.loc = loc
	}
	return s
}

// report records a change at s; text is the message after the path.
func (d *differ) report(s site, kind Kind, breaking bool, old, new, text string) {
	verdict := " (compatible)"
	if breaking {
		verdict = " (breaking)"
	}
	d.changes = append(d.changes, Change{
		Kind: kind, Breaking: breaking,
		Type: s.typ, Field: s.field, Location: s.loc,
		Old: old, New: new,
		Message: s.path + ": " + text + verdict,
	})
}
