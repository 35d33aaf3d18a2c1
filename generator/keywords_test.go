package generator

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestAllowsAny checks which schemas allowsAny finds to accept every value,
// against jsonschema/v5 on values of each JSON type: a schema it says yes
// to must accept them all. The schema under test is $defs/s of a document
// whose $defs also hold what it refers to.
func TestAllowsAny(t *testing.T) {
	values := []string{`null`, `true`, `0`, `1.5`, `"s"`, `"2024-01-01"`, `[]`, `[1, "a", {}]`, `{}`, `{"a": 1, "x-b": [null]}`}
	tests := []struct {
		schema string
		want   bool
	}{
		{`{}`, true},
		{`true`, true},
		{`false`, false},
		{`{"description": "anything", "title": "x", "examples": [1]}`, true},
		{`{"additionalProperties": true, "additionalItems": true}`, true},
		{`{"additionalProperties": {"description": "any"}, "items": {}, "propertyNames": true}`, true},
		{`{"$ref": "#/$defs/vendorExtension"}`, true},
		{`{"$ref": "#/$defs/indirect"}`, true},
		{`{"properties": {"a": {}}, "patternProperties": {"^x-": true}, "allOf": [{}, {"$ref": "#/$defs/vendorExtension"}]}`, true},
		{`{"prefixItems": [{}, true], "unevaluatedItems": {}, "unevaluatedProperties": true, "dependentSchemas": {"a": {}}}`, true},
		{`{"type": "string"}`, false},
		{`{"format": "date"}`, false},
		{`{"$ref": "#/$defs/typed"}`, false},
		{`{"additionalProperties": false}`, false},
		{`{"additionalProperties": {"$ref": "#/$defs/typed"}}`, false},
		{`{"properties": {"a": {"type": "string"}}}`, false},
		{`{"patternProperties": {"^x-": false}}`, false},
		{`{"allOf": [{}, {"minimum": 1}]}`, false},
		{`{"items": {"type": "string"}}`, false},
		{`{"contains": {}}`, false},
		{`{"required": ["a"]}`, false},
		// Recursive: it accepts every value, but allowsAny does not follow
		// a schema into itself, and leaves it to the checks.
		{`{"properties": {"child": {"$ref": "#/$defs/s"}}}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.schema, func(t *testing.T) {
			doc := fmt.Sprintf(`{"$defs": {"s": %s,
				"vendorExtension": {"description": "Any property starting with x- is valid.", "additionalProperties": true, "additionalItems": true},
				"indirect": {"$ref": "#/$defs/vendorExtension", "description": "again"},
				"typed": {"type": "object"}}}`, tt.schema)
			c := jsonschema.NewCompiler()
			c.Draft = jsonschema.Draft2020
			if err := c.AddResource("doc.json", strings.NewReader(doc)); err != nil {
				t.Fatal(err)
			}
			s, err := c.Compile("doc.json#/$defs/s")
			if err != nil {
				t.Fatal(err)
			}
			if got := allowsAny(s); got != tt.want {
				t.Errorf("allowsAny = %v, want %v", got, tt.want)
			}
			if !tt.want {
				return
			}
			for _, v := range values {
				var inst any
				if err := json.Unmarshal([]byte(v), &inst); err != nil {
					t.Fatal(err)
				}
				if err := s.Validate(inst); err != nil {
					t.Errorf("allowsAny, but jsonschema/v5 refuses %s: %v", v, err)
				}
			}
		})
	}
}
