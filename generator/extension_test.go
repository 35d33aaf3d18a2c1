package generator_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator"
)

// TestEmptyEnum checks the documented difference from jsonschema/v5: an
// empty enum allows no value, as JSON Schema says and generated code does
// (golden 069's "none"), where v5 ignores it; the oracle, generator.Compile,
// follows the specification.
func TestEmptyEnum(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schema.json")
	generator.WriteFiles(t, filepath.Dir(path), map[string]string{"schema.json": `{"properties": {"none": {"enum": []}}}`})
	doc := map[string]any{"none": "a"}
	v5, err := jsonschema.NewCompiler().Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	if v5.Validate(doc) != nil {
		t.Fatal("jsonschema/v5 rejects a value an empty enum does not list: the test's premise is wrong")
	}
	oracle, err := generator.Compile(generator.Config{}, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{"a", nil, map[string]any{}} {
		err := oracle.Validate(map[string]any{"none": v})
		if err == nil || !strings.Contains(err.Error(), "/properties/none/enum") {
			t.Errorf("%#v: oracle says %v, want a violation of /properties/none/enum", v, err)
		}
	}
	if err := oracle.Validate(map[string]any{}); err != nil {
		t.Errorf("no property: %v", err)
	}
}
