package generator

import (
	"slices"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/templates/jsonrt"
)

// formatTypesName names the extension that asserts the formats of
// Config.FormatTypes wherever they appear, as the Go types that hold them
// do, whatever the draft says of "format".
const formatTypesName = "schemagen-format-types"

// formatTypesCompiler compiles the extension for the formats it lists.
type formatTypesCompiler []string

// Compile implements jsonschema.ExtCompiler.
func (formats formatTypesCompiler) Compile(_ jsonschema.CompilerContext, m map[string]interface{}) (jsonschema.ExtSchema, error) {
	if f, ok := m["format"].(string); ok && slices.Contains(formats, f) {
		return formatAssertion(f), nil
	}
	return nil, nil
}

// formatAssertion is the compiled assertion of one format.
type formatAssertion string

// Validate implements jsonschema.ExtSchema.
func (f formatAssertion) Validate(ctx jsonschema.ValidationContext, v interface{}) error {
	if jsonrt.Format(string(f), v) {
		return nil
	}
	return ctx.Error("format", "%q is not valid %q", v, string(f))
}

// assertsFormat reports whether values of s must be valid for its format
// (int32 and int64 aside, which the Go integer types assert): everywhere
// with FormatAssert, nowhere with FormatAnnotate, and by default where
// jsonschema/v5 asserts the formats both it and jsonrt know; the formats of
// Config.FormatTypes always.
func (b *builder) assertsFormat(s *jsonschema.Schema) bool {
	switch {
	case s.Format == "":
		return false
	case b.formatTypes[s.Format] != "" || b.formatMode == FormatAssert:
		return true
	case b.formatMode == FormatAnnotate:
		return false
	}
	return jsonrt.KnownFormat(s.Format) && v5Knows(s.Format) && b.load.assertsFormatByDefault(s)
}

// v5Knows reports whether jsonschema/v5 has a checker for the format name
// (idn-email and idn-hostname it has not): by default it asserts only
// those.
func v5Knows(name string) bool {
	_, ok := jsonschema.Formats[name]
	return ok
}

// assertsAnyFormat reports whether a Check asserts a format other than
// int32 and int64, which ir.Package.AssertFormat then says.
func assertsAnyFormat(checks []*ir.Check) bool {
	for _, c := range checks {
		if c.Format != "" && c.Format != "int32" && c.Format != "int64" {
			return true
		}
	}
	return false
}

// stringFormat reports whether s is a plain string schema (no enum or
// const, nothing a Check must evaluate) whose asserted format no Go type of
// Config.FormatTypes holds: its values stay Go strings, and Validate
// asserts the format.
func (b *builder) stringFormat(s *jsonschema.Schema) bool {
	if !b.assertsFormat(s) || b.formatTypes[s.Format] != "" || s.Format == "int32" || s.Format == "int64" ||
		s.Enum != nil || s.Constant != nil || needsCheck(s) || s.Ref != nil || b.dynamicDocument(s) {
		return false
	}
	types, _ := splitNull(s.Types)
	if len(types) == 0 {
		types = inferTypes(s)
	}
	return len(types) == 1 && types[0] == "string"
}
