package generator

import (
	"encoding/json"
	"maps"
	"slices"
	"sort"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
)

// needsCheck reports whether s uses a keyword that the static Go types
// cannot express, so that its values must be kept as raw JSON and validated
// by a generated Check.
func needsCheck(s *jsonschema.Schema) bool {
	_, isTuple := s.Items.([]*jsonschema.Schema)
	// Keywords whose meaning depends on other schemas, on evaluation, or on
	// positions in an array; additionalItems only matters with a tuple.
	if s.Not != nil || len(s.AllOf) > 0 || len(s.AnyOf) > 0 || len(s.OneOf) > 0 || s.If != nil ||
		len(s.PatternProperties) > 0 && !typedPattern(s) && !checkedPatterns(s) || s.PropertyNames != nil || len(s.Dependencies) > 0 ||
		len(s.DependentRequired) > 0 || len(s.DependentSchemas) > 0 ||
		s.UnevaluatedProperties != nil || s.UnevaluatedItems != nil || len(s.PrefixItems) > 0 ||
		isTuple || s.Contains != nil || s.RecursiveRef != nil || s.DynamicRef != nil ||
		s.Ref != nil && constrains(s) {
		return true
	}
	types, _ := splitNull(s.Types)
	switch {
	case len(types) == 0 && otherKeywords(s), len(types) > 1:
		return true // keywords for one type, values of any; or a union of types
	case s.Always != nil && !*s.Always:
		return true
	case s.AdditionalProperties == false && requiresUnlisted(s):
		return true // no object is valid; a struct cannot say so
	}
	return false
}

// openPatterns reports whether the patternProperties of s only say which
// names additionalProperties leaves alone: each pattern's schema allows
// any value ({} or true, the usual "^x-" extensions), and
// additionalProperties is false, absent or allows any value too, so that
// the extra properties of a struct are raw JSON, and their names must
// match a pattern when it is false.
func openPatterns(s *jsonschema.Schema) bool {
	if ap, ok := s.AdditionalProperties.(*jsonschema.Schema); ok && !allowsAny(ap) {
		return false
	}
	for _, ps := range s.PatternProperties {
		if !allowsAny(ps) {
			return false
		}
	}
	return true
}

// checkedPatterns reports whether the values of the properties that the
// patternProperties of s name can be checked in raw JSON, beside the
// properties a struct names or as the members of a map: additionalProperties
// is false, absent or allows any value, and no property that s names or
// requires matches a pattern whose schema constrains (it would have to pass
// two schemas). Patterns whose schemas allow any value (see openPatterns)
// only say which names additionalProperties leaves alone.
func checkedPatterns(s *jsonschema.Schema) bool {
	if ap, ok := s.AdditionalProperties.(*jsonschema.Schema); ok && !allowsAny(ap) {
		return false
	}
	for re, ps := range s.PatternProperties {
		if allowsAny(ps) {
			continue
		}
		for name := range s.Properties {
			if re.MatchString(name) {
				return false
			}
		}
		for _, name := range s.Required {
			if re.MatchString(name) {
				return false
			}
		}
	}
	return true
}

// typedPattern reports whether patternProperties has one pattern, beside
// additionalProperties false, that no property named in properties
// matches: every other property is then one the pattern names, and its
// value is of the pattern's schema alone. {"patternProperties":
// {"^[a-z]+$": {"$ref": "#/$defs/service"}}, "additionalProperties": false}
// is a map of services.
func typedPattern(s *jsonschema.Schema) bool {
	if len(s.PatternProperties) != 1 || s.AdditionalProperties != false {
		return false
	}
	for re := range s.PatternProperties {
		for name := range s.Properties {
			if re.MatchString(name) {
				return false
			}
		}
	}
	return true
}

// allowsAny reports whether a schema accepts every value: true, or a
// schema of annotations and of keywords whose schemas all accept every
// value, through its $ref too. Swagger's {"$ref":
// "#/definitions/vendorExtension"}, a schema of a description,
// "additionalProperties": true and "additionalItems": true, allows any
// value. A format does not (whether it asserts depends on the draft), nor
// does a reference cycle.
func allowsAny(s *jsonschema.Schema) bool { return acceptsAll(s, nil) }

// acceptsAll is allowsAny, given the schemas whose $ref led to s.
func acceptsAll(s *jsonschema.Schema, via []*jsonschema.Schema) bool {
	if s.Always != nil {
		return *s.Always
	}
	if s.Format != "" || slices.Contains(via, s) {
		return false
	}
	via = append(via, s)
	if s.Ref != nil && !acceptsAll(s.Ref, via) {
		return false
	}
	all := func(schemas ...*jsonschema.Schema) bool {
		for _, sub := range schemas {
			if !acceptsAll(sub, via) {
				return false
			}
		}
		return true
	}
	// What is left once the keywords whose schemas accept everything are
	// dropped must constrain nothing.
	// open reports whether v, the value of a keyword that holds a boolean
	// or a schema, accepts every value.
	open := func(v any) bool {
		switch v := v.(type) {
		case bool:
			return v
		case *jsonschema.Schema:
			return all(v)
		}
		return false
	}
	rest := *s
	rest.Ref = nil
	if open(s.AdditionalProperties) {
		rest.AdditionalProperties = nil
	}
	if open(s.AdditionalItems) {
		rest.AdditionalItems = nil
	}
	switch items := s.Items.(type) {
	case *jsonschema.Schema:
		if all(items) {
			rest.Items = nil
		}
	case []*jsonschema.Schema:
		if all(items...) && rest.AdditionalItems == nil {
			rest.Items = nil
		}
	}
	if all(s.PrefixItems...) {
		rest.PrefixItems = nil
	}
	if all(slices.Collect(maps.Values(s.Properties))...) {
		rest.Properties = nil
	}
	if all(slices.Collect(maps.Values(s.PatternProperties))...) {
		rest.PatternProperties = nil
	}
	if all(slices.Collect(maps.Values(s.DependentSchemas))...) {
		rest.DependentSchemas = nil
	}
	if all(s.AllOf...) {
		rest.AllOf = nil
	}
	for _, kw := range []**jsonschema.Schema{&rest.Items2020, &rest.UnevaluatedProperties, &rest.UnevaluatedItems, &rest.PropertyNames} {
		if *kw != nil && all(*kw) {
			*kw = nil
		}
	}
	return !constrains(&rest)
}

// requiresUnlisted reports whether s requires a property it does not list.
func requiresUnlisted(s *jsonschema.Schema) bool {
	for _, r := range s.Required {
		if _, ok := s.Properties[r]; !ok {
			return true
		}
	}
	return false
}

// constrains reports whether s has any keyword, apart from $ref and
// annotations, that limits the values it accepts.
func constrains(s *jsonschema.Schema) bool {
	return len(s.Types) > 0 || s.Constant != nil || s.Enum != nil ||
		s.Not != nil || len(s.AllOf) > 0 || len(s.AnyOf) > 0 || len(s.OneOf) > 0 || s.If != nil ||
		s.MinProperties >= 0 || s.MaxProperties >= 0 || len(s.Required) > 0 || len(s.Properties) > 0 ||
		s.PropertyNames != nil || len(s.PatternProperties) > 0 || s.AdditionalProperties != nil ||
		len(s.Dependencies) > 0 || len(s.DependentRequired) > 0 || len(s.DependentSchemas) > 0 ||
		s.UnevaluatedProperties != nil || s.MinItems >= 0 || s.MaxItems >= 0 || s.UniqueItems ||
		s.Items != nil || s.Items2020 != nil || s.AdditionalItems != nil || len(s.PrefixItems) > 0 || s.Contains != nil ||
		s.UnevaluatedItems != nil || s.MinLength >= 0 || s.MaxLength >= 0 || s.Pattern != nil ||
		s.Minimum != nil || s.Maximum != nil || s.ExclusiveMinimum != nil || s.ExclusiveMaximum != nil ||
		s.MultipleOf != nil || s.RecursiveRef != nil || s.DynamicRef != nil || len(s.Extensions) > 0
}

// inferTypes guesses the type of a schema without "type" from keywords that
// only make sense for one type; it returns nil when any value is allowed.
// Only an enum or const whose values all share a JSON type is used: any
// other keyword applies to values of its type and accepts all others, so it
// does not make the schema typed.
func inferTypes(s *jsonschema.Schema) []string {
	values := s.Enum
	if s.Constant != nil {
		values = s.Constant
	}
	if len(values) == 0 || otherKeywords(s) {
		return nil
	}
	kinds := map[string]bool{}
	for _, v := range values {
		kinds[jsonType(v)] = true
	}
	if len(kinds) != 1 {
		return nil
	}
	for k := range kinds {
		if k == "null" {
			return nil
		}
		return []string{k}
	}
	return nil
}

// otherKeywords reports whether s has constraints other than enum and const.
func otherKeywords(s *jsonschema.Schema) bool {
	c := *s
	c.Constant, c.Enum = nil, nil
	c.Extensions = nil
	for name, ext := range s.Extensions {
		// x-maxEncodedSize applies to values of any type; the empty enum's
		// extension is the enum's.
		if name != MaxEncodedSizeKeyword && name != emptyEnumName {
			c.Extensions = map[string]jsonschema.ExtSchema{name: ext}
		}
	}
	return constrains(&c)
}

// jsonType names the JSON type of a value decoded by jsonschema/v5.
func jsonType(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		if _, err := v.Int64(); err == nil {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	default:
		return "object"
	}
}

// common returns the keywords of s that apply whatever its type.
func common(s *jsonschema.Schema) ir.Common {
	c := ir.Common{MaxEncodedSize: extensionLimit(s)}
	switch {
	case len(s.Types) > 0:
	case s.Constant != nil:
		c.TypeFrom = "const"
	case s.Enum != nil:
		c.TypeFrom = "enum"
	}
	if s.Constant != nil {
		c.Const = encodeValue(s.Constant[0])
	}
	for _, v := range s.Enum {
		c.Enum = append(c.Enum, encodeValue(v))
	}
	if s.Enum != nil && c.Enum == nil {
		c.Enum = []ir.Value{}
	}
	return c
}

// encodeValue returns the compact JSON encoding of a value from a schema.
// Object members come out sorted by name, so equal values encode equally.
func encodeValue(v any) ir.Value {
	data, err := json.Marshal(v)
	if err != nil { // unreachable: the value was decoded from JSON
		panic(err)
	}
	return data
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
