package fuzzschema

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// TestSchemaIsDeterministicJSON checks that every input gives a JSON
// object, the same each time, and that the grammar reaches the shapes it
// promises on random inputs.
func TestSchemaIsDeterministicJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	for range 2000 {
		data := make([]byte, rng.IntN(200))
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		s := Schema(data)
		if !bytes.Equal(s, Schema(data)) {
			t.Fatalf("two different schemas from %q", data)
		}
		var doc map[string]any
		if err := json.Unmarshal(s, &doc); err != nil {
			t.Fatalf("%q: %v\n%s", data, err, s)
		}
		for _, kw := range []string{`"$ref":"#/properties/`, `"$ref":"#/$defs/`, `/items"`, `"oneOf"`, `"anyOf"`,
			`"additionalProperties":true`, `"additionalProperties":false`, `"pattern"`, `"format"`, `"required"`,
			`"Validate"`, `"open"`, `"title":"CheckPropertiesName"`, `"patternProperties"`} {
			if bytes.Contains(s, []byte(kw)) {
				seen[kw] = true
			}
		}
	}
	for _, kw := range []string{`"$ref":"#/properties/`, `"$ref":"#/$defs/`, `/items"`, `"oneOf"`, `"anyOf"`,
		`"additionalProperties":true`, `"additionalProperties":false`, `"pattern"`, `"format"`, `"required"`,
		`"Validate"`, `"open"`, `"title":"CheckPropertiesName"`, `"patternProperties"`} {
		if !seen[kw] {
			t.Errorf("no schema has %s", kw)
		}
	}
}

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{"a": "a", "a/b": "a~1b", "~": "~0", `^[a-z]+$`: "%5E%5Ba-z%5D+$", "a b": "a%20b"} {
		if got := escape(in); got != want {
			t.Errorf("escape(%q) = %q, want %q", in, got, want)
		}
	}
}
