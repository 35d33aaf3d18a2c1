package templates

import (
	"fmt"
	"strings"

	"github.com/schemagen/schemagen/generator/ir"
)

// constraints describes, in sentences for a doc comment, what Validate
// enforces on a value of type t, so that godoc alone tells a user what is
// allowed: "Must be between 5 and 527040."
func constraints(t ir.Type) string {
	var out []string
	switch t := t.(type) {
	case *ir.Nullable:
		return strings.TrimSpace("May be null. " + constraints(t.Elem))
	case *ir.Integer:
		out = append(out, boundsText(t.Bounds)...)
		out = append(out, commonText(t.Common)...)
	case *ir.Number:
		out = append(out, boundsText(t.Bounds)...)
		out = append(out, commonText(t.Common)...)
	case *ir.String:
		out = append(out, countText("Must be", t.MinLength, t.MaxLength, "character long", "characters long")...)
		if t.Format != "" {
			out = append(out, "Must be a valid "+t.Format+".")
		}
		if t.Pattern != "" {
			out = append(out, "Must match the pattern "+oneLine(t.Pattern)+".")
		}
		out = append(out, commonText(t.Common)...)
	case *ir.Slice:
		out = append(out, countText("Must have", t.MinItems, t.MaxItems, "item", "items")...)
		if t.UniqueItems {
			out = append(out, "Items must be unique.")
		}
		out = append(out, commonText(t.Common)...)
	case *ir.Map:
		out = append(out, countText("Must have", t.MinProperties, t.MaxProperties, "property", "properties")...)
		out = append(out, namesText("Property names", t.Names)...)
		out = append(out, checkedText("Properties", t.Checked)...)
		out = append(out, commonText(t.Common)...)
	case *ir.Struct:
		out = append(out, countText("Must have", t.MinProperties, t.MaxProperties, "property", "properties")...)
		out = append(out, commonText(t.Common)...)
	case *ir.Boolean:
		out = append(out, commonText(t.Common)...)
	case *ir.Raw:
		out = append(out, commonText(t.Common)...)
	case *ir.Formatted:
		out = append(out, "Must be a valid "+t.Format+".")
		if rest := constraints(t.Text); rest != "" {
			out = append(out, rest)
		}
	case *ir.External:
		if t.Check != nil {
			out = append(out, "Validate checks its JSON encoding against "+t.Check.Origin.Location()+".")
		}
	}
	return strings.Join(out, " ")
}

// boundsText describes numeric bounds.
func boundsText(b ir.Bounds) []string {
	var out []string
	lo, hi := b.Minimum, b.Maximum
	switch {
	case lo != nil && hi != nil:
		out = append(out, fmt.Sprintf("Must be between %s and %s.", ratString(lo), ratString(hi)))
	case lo != nil:
		out = append(out, fmt.Sprintf("Must be at least %s.", ratString(lo)))
	case hi != nil:
		out = append(out, fmt.Sprintf("Must be at most %s.", ratString(hi)))
	}
	if b.ExclusiveMinimum != nil {
		out = append(out, fmt.Sprintf("Must be greater than %s.", ratString(b.ExclusiveMinimum)))
	}
	if b.ExclusiveMaximum != nil {
		out = append(out, fmt.Sprintf("Must be less than %s.", ratString(b.ExclusiveMaximum)))
	}
	if b.MultipleOf != nil {
		out = append(out, fmt.Sprintf("Must be a multiple of %s.", ratString(b.MultipleOf)))
	}
	return out
}

// countText describes a range of counts; -1 is no limit. one and many are
// the unit after 1 and after other counts.
func countText(verb string, min, max int, one, many string) []string {
	unit := func(n int) string {
		if n == 1 {
			return one
		}
		return many
	}
	switch {
	case min > 0 && max >= 0 && min == max:
		return []string{fmt.Sprintf("%s exactly %d %s.", verb, min, unit(min))}
	case min > 0 && max >= 0:
		return []string{fmt.Sprintf("%s %d to %d %s.", verb, min, max, many)}
	case min > 0:
		return []string{fmt.Sprintf("%s at least %d %s.", verb, min, unit(min))}
	case max >= 0:
		return []string{fmt.Sprintf("%s at most %d %s.", verb, max, unit(max))}
	}
	return nil
}

// commonText describes const, enum and x-maxEncodedSize.
func commonText(c ir.Common) []string {
	var out []string
	if c.Const != nil {
		out = append(out, "Must be "+oneLine(string(c.Const))+".")
	}
	if c.Enum != nil {
		out = append(out, "Must be one of "+oneLine(joinValues(c.Enum))+".")
	}
	if c.MaxEncodedSize >= 0 {
		out = append(out, fmt.Sprintf("Its JSON encoding must not exceed %d bytes.", c.MaxEncodedSize))
	}
	return out
}

// namesText says which patterns the names of subject must match one of:
// "Property names must match the pattern ^x-."
func namesText(subject string, patterns []ir.NamePattern) []string {
	if len(patterns) == 0 {
		return nil
	}
	if len(patterns) == 1 {
		return []string{subject + " must match the pattern " + oneLine(patterns[0].Pattern) + "."}
	}
	var list []string
	for _, p := range patterns {
		list = append(list, oneLine(p.Pattern))
	}
	return []string{subject + " must match one of the patterns " + strings.Join(list, ", ") + "."}
}

// checkedText says that the properties, the subject, whose names checked
// patterns match are checked against the patterns' schemas: "Those whose
// names match ^count_ are checked against that pattern's schema."
func checkedText(subject string, patterns []ir.PatternCheck) []string {
	switch len(patterns) {
	case 0:
		return nil
	case 1:
		return []string{subject + " whose names match " + oneLine(patterns[0].Pattern) + " are checked against that pattern's schema."}
	}
	var list []string
	for _, p := range patterns {
		list = append(list, oneLine(p.Pattern))
	}
	return []string{subject + " whose names match " + strings.Join(list, ", ") + " are checked against the schema of each pattern they match."}
}
