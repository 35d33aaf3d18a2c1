package generator_test

import (
	"testing"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/internal/fuzzschema"
)

// FuzzStructured builds a schema from the fuzz input with the grammar of
// package fuzzschema (nested objects, arrays and maps, references to any
// subschema, unions, patterns, formats, names that collide with generated
// identifiers) and checks what FuzzGenerate checks: whatever Build accepts
// renders to gofmt-clean Go that type-checks, the same on every run. The
// root type takes the schema's title, so that titles can collide with
// generated names. Whether the code agrees with jsonschema/v5 is
// TestStructuredAgreement's job in generated/internal/fuzzcheck, which
// builds the schemas of the seed corpus in testdata/fuzz/FuzzStructured.
func FuzzStructured(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x01\x01\x00\x02\x06\x03\x01\x07\x02"))
	// Type-check what generated code imports before the first input: from
	// source, on a busy machine, that can take longer than the 10s a fuzz
	// worker may spend on one input before it counts as hung.
	for _, path := range []string{"encoding/json", "strconv", "strings", "github.com/schemagen/schemagen/templates/jsonrt"} {
		if _, err := imports.Import(path); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkGeneration(t, generator.Config{Package: "p"}, fuzzschema.Schema(data))
	})
}
