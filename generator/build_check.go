package generator

import (
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
)

// check returns the Check of s, building it, and the Checks it leads to, on
// first use. The Check is registered before its keywords are built, so
// recursive schemas close their loops.
func (b *builder) check(s *jsonschema.Schema) *ir.Check {
	if c, ok := b.checks[s]; ok {
		return c
	}
	// The schema library may compile one location twice (a metaschema
	// reached by $ref and by URL): one location, one Check.
	if c, ok := b.checksAt[s.Location]; ok {
		b.checks[s] = c
		return c
	}
	c := &ir.Check{Origin: b.origin(s), Resource: -1}
	b.checks[s] = c
	b.checksAt[s.Location] = c
	b.checkOrder = append(b.checkOrder, c)
	if s.Always != nil {
		c.Always = s.Always
		return c
	}
	c.Resource = b.resource(s)
	b.valueKeywords(s, c)
	b.arrayKeywords(s, c)
	b.objectKeywords(s, c)
	b.applicatorKeywords(s, c)
	if s.Ref != nil && !constrains(s) && s.Format == "" {
		b.refOnly = append(b.refOnly, c)
	}
	return c
}

// always returns a synthetic boolean Check for a keyword whose value is
// true or false rather than a schema (additionalItems: false), with a
// function of its own.
func (b *builder) always(o ir.Origin, kw string, v bool) *ir.Check {
	c := boolean(o, kw, v)
	b.checkOrder = append(b.checkOrder, c)
	return c
}

// boolean returns the Check of a keyword of the schema at o whose value is
// true or false, without a function: the caller's check acts for it.
func boolean(o ir.Origin, kw string, v bool) *ir.Check {
	return &ir.Check{Origin: ir.Origin{File: o.File, Pointer: o.Pointer + "/" + kw}, Resource: -1, Always: &v}
}

// optional returns the Check of a keyword that holds a schema or a boolean
// (true still evaluates the members it applies to), or nil when absent.
func (b *builder) optional(o ir.Origin, kw string, v interface{}) *ir.Check {
	switch v := v.(type) {
	case *jsonschema.Schema:
		return b.check(v)
	case bool:
		return b.always(o, kw, v)
	}
	return nil
}

// closable is optional for additionalProperties and additionalItems, whose
// false jsonschema/v5 reports as one violation at the object or array
// rather than one at each member or item it rejects: false is a Check that
// fails, without a function of its own, and the check of the object or
// array rejects what it applies to itself.
func (b *builder) closable(o ir.Origin, kw string, v interface{}) *ir.Check {
	if open, ok := v.(bool); ok && !open {
		return boolean(o, kw, open)
	}
	return b.optional(o, kw, v)
}

func (b *builder) valueKeywords(s *jsonschema.Schema, c *ir.Check) {
	c.Types = s.Types
	cm := common(s)
	c.Const, c.Enum, c.MaxEncodedSize = cm.Const, cm.Enum, cm.MaxEncodedSize
	if s.Format == "int32" || s.Format == "int64" || b.assertsFormat(s) {
		c.Format = s.Format
	}
	c.Bounds = ir.Bounds{
		Minimum: s.Minimum, Maximum: s.Maximum,
		ExclusiveMinimum: s.ExclusiveMinimum, ExclusiveMaximum: s.ExclusiveMaximum,
		MultipleOf: s.MultipleOf,
	}
	c.MinLength, c.MaxLength = s.MinLength, s.MaxLength
	if re := schemaPattern(s); re != "" {
		c.Pattern, c.RE2 = b.load.pattern(re)
	}
}

func (b *builder) arrayKeywords(s *jsonschema.Schema, c *ir.Check) {
	c.MinItems, c.MaxItems, c.UniqueItems = s.MinItems, s.MaxItems, s.UniqueItems
	for _, p := range s.PrefixItems {
		c.PrefixItems = append(c.PrefixItems, b.check(p))
	}
	switch items := s.Items.(type) {
	case *jsonschema.Schema: // drafts before 2020-12: every item
		c.Items = b.check(items)
	case []*jsonschema.Schema: // drafts before 2020-12: a tuple
		for _, p := range items {
			c.PrefixItems = append(c.PrefixItems, b.check(p))
		}
		c.Items = b.closable(c.Origin, "additionalItems", s.AdditionalItems)
	}
	if s.Items2020 != nil {
		c.Items = b.check(s.Items2020)
	}
	if s.Contains != nil {
		c.Contains = b.check(s.Contains)
	}
	c.MinContains, c.MaxContains, c.ContainsEval = s.MinContains, s.MaxContains, s.ContainsEval
	if b.load.inOtherDraft(s) {
		// What 2020-12 sets for a document without "$schema" (see compileDraft).
		c.ContainsEval = true
	}
	if s.UnevaluatedItems != nil {
		c.UnevaluatedItems = b.check(s.UnevaluatedItems)
	}
}

func (b *builder) objectKeywords(s *jsonschema.Schema, c *ir.Check) {
	for _, name := range b.load.propertyOrder(s) {
		c.Properties = append(c.Properties, ir.NamedCheck{Name: name, Check: b.check(s.Properties[name])})
	}
	// Built in pattern order, so that Checks come out in the same order
	// every run (the compiler keys patternProperties by *regexp.Regexp).
	for _, p := range b.sortedPatterns(s) {
		c.PatternProperties = append(c.PatternProperties, ir.PatternCheck{Pattern: p.Pattern, RE2: p.RE2, Check: b.check(p.schema)})
	}
	c.AdditionalProperties = b.closable(c.Origin, "additionalProperties", s.AdditionalProperties)
	if s.PropertyNames != nil {
		c.PropertyNames = b.check(s.PropertyNames)
	}
	c.Required = s.Required
	for _, name := range sortedKeys(s.DependentRequired) {
		c.DependentRequired = append(c.DependentRequired, ir.Dependency{Name: name, Required: s.DependentRequired[name]})
	}
	for _, name := range sortedKeys(s.DependentSchemas) {
		c.DependentSchemas = append(c.DependentSchemas, ir.NamedCheck{Name: name, Check: b.check(s.DependentSchemas[name])})
	}
	for _, name := range sortedKeys(s.Dependencies) { // draft 7 and earlier
		switch dep := s.Dependencies[name].(type) {
		case []string:
			c.DependentRequired = append(c.DependentRequired, ir.Dependency{Name: name, Required: dep})
		case *jsonschema.Schema:
			c.DependentSchemas = append(c.DependentSchemas, ir.NamedCheck{Name: name, Check: b.check(dep)})
		}
	}
	c.MinProperties, c.MaxProperties = s.MinProperties, s.MaxProperties
	if s.UnevaluatedProperties != nil {
		c.UnevaluatedProperties = b.check(s.UnevaluatedProperties)
	}
}

func (b *builder) applicatorKeywords(s *jsonschema.Schema, c *ir.Check) {
	for _, list := range []struct {
		from []*jsonschema.Schema
		to   *[]*ir.Check
	}{{s.AllOf, &c.AllOf}, {s.AnyOf, &c.AnyOf}, {s.OneOf, &c.OneOf}} {
		for _, sub := range list.from {
			*list.to = append(*list.to, b.check(sub))
		}
	}
	for _, one := range []struct {
		from *jsonschema.Schema
		to   **ir.Check
	}{{s.Not, &c.Not}, {s.If, &c.If}, {s.Then, &c.Then}, {s.Else, &c.Else}, {s.Ref, &c.Ref}} {
		if one.from != nil {
			*one.to = b.check(one.from)
		}
	}
	if s.DynamicRef != nil {
		c.DynamicRef = &ir.DynamicRef{Keyword: "$dynamicRef", Static: b.check(s.DynamicRef), Anchor: b.dynamicAnchorOf(s)}
	}
	if s.RecursiveRef != nil {
		ref := &ir.DynamicRef{Keyword: "$recursiveRef", Static: b.check(s.RecursiveRef)}
		if s.RecursiveRef.RecursiveAnchor {
			ref.Anchor = recursiveAnchor
		}
		c.DynamicRef = ref
	}
}
