package ir

import "slices"

// A Check is a schema compiled to a function that validates a value of any
// JSON type, for the schemas no static Go type captures (anyOf, if/then/else,
// keywords without "type", unevaluatedProperties, $dynamicRef, ...). A *Raw
// with a Check keeps the instance's JSON and validates it with the Check.
//
// Checks form a graph: references and applicators point at other Checks, and
// a recursive schema makes a cycle. Each Check becomes one Go function,
// except a Check that only applies its $ref and is not Recursive: it shares
// the function of the Check it refers to, and Package.Checks leaves it out.
type Check struct {
	Origin Origin
	Func   string // unexported Go function name, assigned by the naming pass
	// Patterns are the package-level variables that hold the regular
	// expressions of the function's pattern and patternProperties, named by
	// the naming pass.
	Patterns []PatternVar
	// Recursive reports that the Check may apply itself again, through its
	// Subchecks, on the same value; its $ref and $dynamicRef then count a
	// level toward jsonrt.MaxCallDepth, which stops a schema that recurses
	// without end. A Check on no cycle needs no such guard.
	Recursive bool
	// Resource is the index, in Package.Resources, of the schema resource
	// this schema is the root of, or -1. Entering it extends the dynamic
	// scope that $dynamicRef resolves against.
	Resource int
	// Always is set for a boolean schema: true accepts every value, false
	// none. Nothing else is set then.
	Always *bool

	Types          []string // allowed JSON types; empty allows all
	Const          Value    // nil when absent
	Enum           []Value  // nil when absent
	Format         string   // int32 and int64, or asserted with Package.AssertFormat; "" for an annotation
	MaxEncodedSize int      // -1 when absent

	Bounds Bounds // numbers

	MinLength, MaxLength int    // strings, in code points; -1 when absent
	Pattern              string // as the schema writes it (ECMA-262); "" when absent
	RE2                  string // Pattern translated into RE2 syntax, with any leading lookaheads (jsonrt.CompilePattern)

	PrefixItems      []*Check // arrays: the first items, by position
	Items            *Check   // the items after PrefixItems; nil when absent; additionalItems: false as AdditionalProperties
	Contains         *Check
	MinContains      int // defaults to 1
	MaxContains      int // -1 when absent
	ContainsEval     bool
	MinItems         int // -1 when absent
	MaxItems         int // -1 when absent
	UniqueItems      bool
	UnevaluatedItems *Check

	Properties            []NamedCheck // objects
	PatternProperties     []PatternCheck
	AdditionalProperties  *Check // false is a Check that Always fails, without a Func: c rejects the properties itself
	PropertyNames         *Check
	Required              []string
	DependentRequired     []Dependency
	DependentSchemas      []NamedCheck
	MinProperties         int // -1 when absent
	MaxProperties         int // -1 when absent
	UnevaluatedProperties *Check

	AllOf, AnyOf, OneOf []*Check // applicators, on the same value
	Not                 *Check
	If, Then, Else      *Check
	Ref                 *Check
	DynamicRef          *DynamicRef
}

// Subchecks returns the Checks c applies directly, statically: a
// $dynamicRef's Static target, but not the anchors it may resolve to. Every
// field above that holds a Check must be listed here.
func (c *Check) Subchecks() []*Check {
	out := append([]*Check(nil), c.PrefixItems...)
	out = append(out, c.Items, c.Contains, c.UnevaluatedItems)
	for _, list := range [][]NamedCheck{c.Properties, c.DependentSchemas} {
		for _, n := range list {
			out = append(out, n.Check)
		}
	}
	for _, p := range c.PatternProperties {
		out = append(out, p.Check)
	}
	out = append(out, c.AdditionalProperties, c.PropertyNames, c.UnevaluatedProperties)
	out = append(out, c.AllOf...)
	out = append(out, c.AnyOf...)
	out = append(out, c.OneOf...)
	out = append(out, c.Not, c.If, c.Then, c.Else, c.Ref)
	if c.DynamicRef != nil {
		out = append(out, c.DynamicRef.Static)
	}
	return slices.DeleteFunc(out, func(s *Check) bool { return s == nil })
}

// TracksScope reports whether some of checks has a $dynamicRef (or a
// $recursiveRef) that resolves against the dynamic scope; only then do
// Checks keep track of the schema resources they enter.
func TracksScope(checks []*Check) bool {
	return slices.ContainsFunc(checks, func(c *Check) bool { return c.DynamicRef != nil && c.DynamicRef.Anchor != "" })
}

// A NamedCheck applies to an object member (properties) or when a member is
// present (dependentSchemas).
type NamedCheck struct {
	Name  string
	Check *Check
}

// A PatternCheck applies to the members whose names match Pattern.
type PatternCheck struct {
	Pattern string // as the schema writes it (ECMA-262)
	RE2     string // Pattern translated into Go's RE2 syntax
	Check   *Check
}

// A Dependency lists the properties required when Name is present.
type Dependency struct {
	Name     string
	Required []string
}

// A DynamicRef is a $dynamicRef (or draft 2019-09 $recursiveRef). It goes to
// Static unless Anchor is set; then the outermost resource in the dynamic
// scope that declares that dynamic anchor wins.
type DynamicRef struct {
	Keyword string // "$dynamicRef" or "$recursiveRef"
	Static  *Check
	Anchor  string // "" when the reference is not dynamic
}

// A Resource is a schema resource (a document, or a schema with $id) and the
// dynamic anchors it declares, sorted by name.
type Resource struct {
	Origin  Origin
	Anchors []NamedCheck
}
