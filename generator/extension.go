package generator

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

// MaxEncodedSizeKeyword is schemagen's extension keyword for the largest
// size, in bytes, of a value's canonical compact JSON encoding (see
// jsonrt.CompactSize): no insignificant white space, strings escaped only
// where JSON requires it, numbers as written. Vendors state such limits in
// prose ("custom claims cannot exceed four kilobytes"); an overlay encodes
// them as {"x-maxEncodedSize": 4096}.
const MaxEncodedSizeKeyword = "x-maxEncodedSize"

var maxEncodedSizeMeta = jsonschema.MustCompileString("schemagen:meta/x-maxEncodedSize.json", `{
	"properties": {"`+MaxEncodedSizeKeyword+`": {"type": "integer", "minimum": 0}}
}`)

// RegisterExtensions teaches a jsonschema/v5 compiler schemagen's extension
// keywords, so that it validates them as the generated code does. Tests use
// it to compare generated code with jsonschema/v5 one to one.
func RegisterExtensions(c *jsonschema.Compiler) {
	c.RegisterExtension(MaxEncodedSizeKeyword, maxEncodedSizeMeta, maxEncodedSizeCompiler{})
	c.RegisterExtension(intFormatName, nil, intFormatCompiler{})
	c.RegisterExtension(emptyEnumName, nil, emptyEnumCompiler{})
	c.RegisterExtension(GoTypeKeyword, nil, goTypeCompiler{})
	c.RegisterExtension(LookaheadPatternKeyword, nil, lookaheadCompiler{})
}

type maxEncodedSizeCompiler struct{}

// Compile implements jsonschema.ExtCompiler.
func (maxEncodedSizeCompiler) Compile(_ jsonschema.CompilerContext, m map[string]interface{}) (jsonschema.ExtSchema, error) {
	v, ok := m[MaxEncodedSizeKeyword]
	if !ok {
		return nil, nil
	}
	// The extension's metaschema checks only the root of each document, so
	// a nested value is checked here.
	num, ok := v.(json.Number)
	if !ok {
		return nil, fmt.Errorf("%s must be a non-negative integer, not %v", MaxEncodedSizeKeyword, v)
	}
	r, ok := new(big.Rat).SetString(string(num))
	if !ok || !r.IsInt() || r.Sign() < 0 || !r.Num().IsInt64() {
		return nil, fmt.Errorf("%s must be a non-negative integer, not %s", MaxEncodedSizeKeyword, num)
	}
	return maxEncodedSize(r.Num().Int64()), nil
}

// maxEncodedSize is the compiled x-maxEncodedSize keyword.
type maxEncodedSize int64

// Validate implements jsonschema.ExtSchema.
func (limit maxEncodedSize) Validate(ctx jsonschema.ValidationContext, v interface{}) error {
	data, err := json.Marshal(v)
	if err != nil {
		return ctx.Error(MaxEncodedSizeKeyword, "cannot encode value: %v", err)
	}
	n, err := jsonrt.CompactSize(data)
	if err != nil {
		return ctx.Error(MaxEncodedSizeKeyword, "cannot measure value: %v", err)
	}
	if int64(n) > int64(limit) {
		// Generated code's wording: it stops measuring past the limit.
		return ctx.Error(MaxEncodedSizeKeyword, "encoded size must be <= %d bytes, but is at least %d", int64(limit), n)
	}
	return nil
}

// extensionLimit returns the x-maxEncodedSize of a compiled schema, or -1.
func extensionLimit(s *jsonschema.Schema) int {
	if ext, ok := s.Extensions[MaxEncodedSizeKeyword].(maxEncodedSize); ok {
		return int(ext)
	}
	return -1
}

// emptyEnumName names the extension that makes "enum": [] reject every
// value, as JSON Schema says (a value is valid when it equals one of the
// array's elements) and generated code does, where jsonschema/v5 ignores
// an empty enum.
const emptyEnumName = "schemagen-empty-enum"

type emptyEnumCompiler struct{}

// Compile implements jsonschema.ExtCompiler.
func (emptyEnumCompiler) Compile(_ jsonschema.CompilerContext, m map[string]interface{}) (jsonschema.ExtSchema, error) {
	if values, ok := m["enum"].([]interface{}); ok && len(values) == 0 {
		return emptyEnum{}, nil
	}
	return nil, nil
}

// emptyEnum is the compiled "enum": [].
type emptyEnum struct{}

// Validate implements jsonschema.ExtSchema.
func (emptyEnum) Validate(ctx jsonschema.ValidationContext, _ interface{}) error {
	return ctx.Error("enum", "value must be one of ") // generated code's message, with no values
}

// intFormatName names the extension that asserts "format": "int32" and
// "int64". JSON Schema leaves these formats to annotation, but schemagen
// holds such integers in Go's int32 and int64, so out-of-range values are
// rejected; the extension makes jsonschema/v5 agree.
const intFormatName = "schemagen-int-format"

type intFormatCompiler struct{}

// Compile implements jsonschema.ExtCompiler.
func (intFormatCompiler) Compile(_ jsonschema.CompilerContext, m map[string]interface{}) (jsonschema.ExtSchema, error) {
	switch m["format"] {
	case "int32":
		return intFormat(32), nil
	case "int64":
		return intFormat(64), nil
	}
	return nil, nil
}

// intFormat is the compiled assertion for an integer format of that many bits.
type intFormat int

// Validate implements jsonschema.ExtSchema.
func (bits intFormat) Validate(ctx jsonschema.ValidationContext, v interface{}) error {
	n, ok := v.(json.Number)
	if !ok {
		return nil
	}
	r, ok := new(big.Rat).SetString(string(n))
	if !ok || !r.IsInt() {
		return nil // not an integer: "type" decides
	}
	limit := new(big.Int).Lsh(big.NewInt(1), uint(bits-1))
	if r.Num().Cmp(limit) >= 0 || r.Num().Cmp(new(big.Int).Neg(limit)) < 0 {
		return ctx.Error("format", "%s is out of range for int%d", n, int(bits))
	}
	return nil
}
