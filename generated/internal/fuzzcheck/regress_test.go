package fuzzcheck_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/schemagen/schemagen/generated/internal/batch"
	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// regressions are small schemas on which fuzzing found generated code and
// jsonschema/v5 (as generator.Compile configures it) to disagree. For each,
// Build and Compile must both accept the schema or both reject it, and when
// they accept it the generated root type must accept exactly the instances
// jsonschema/v5 finds valid.
var regressions = []struct {
	name, schema string
	instances    []string
}{
	// x-maxEncodedSize 1e400 passes the extension's metaschema ("integer",
	// "minimum": 0); the oracle converted it to int64 through float64, got
	// math.MinInt64 and rejected every value, while generated code had no
	// limit. (Fixed: both reject the schema.)
	{"max_encoded_size_1e400", `{"x-maxEncodedSize":1e400}`, []string{`1`, `{}`}},
	// Below the root, x-maxEncodedSize escaped the extension's metaschema:
	// -1 meant "no limit" to generated code and "nothing fits" to the
	// oracle. (Fixed: both reject the schema.)
	{"nested_max_encoded_size_negative", `{"properties":{"a":{"x-maxEncodedSize":-1}}}`, []string{`{"a":1}`, `{}`}},
	// Without "$schema", jsonschema/v5 finds no metaschema and asserts
	// "format"; generated code treats it as an annotation, as with
	// "$schema": "https://json-schema.org/draft/2020-12/schema".
	{"format_without_schema_keyword", `{"format":"email"}`, []string{`"x"`, `"a@example.com"`}},
	{"format_with_schema_keyword", `{"$schema":"https://json-schema.org/draft/2020-12/schema","format":"email"}`, []string{`"x"`}},
	// Before draft 2019-09, jsonschema/v5 always asserts "format".
	{"format_draft07", `{"$schema":"http://json-schema.org/draft-07/schema#","format":"email"}`, []string{`"x"`}},
	// Generated decoders check the JSON type of every member of a duplicated
	// name, here of a required property; jsonschema/v5 sees the last one
	// only, as encoding/json keeps it.
	{"duplicate_member_names", `{"type":"object","properties":{"a":{"type":"string"}},"required":["a"]}`, []string{`{"a":1,"a":"x"}`, `{"a":"x","a":1}`}},
	{"duplicate_member_names_optional", `{"type":"object","properties":{"a":{"type":"string"}}}`, []string{`{"a":1,"a":"x"}`, `{"a":"x","a":1}`}},
}

// TestRegressions builds the regressions' generated packages in one module
// and compares their verdicts with jsonschema/v5's.
func TestRegressions(t *testing.T) {
	if testing.Short() {
		t.Skip("builds generated packages")
	}
	var pkgs []batch.Package
	oracles := map[string]func(doc []byte) error{}
	for i, r := range regressions {
		dir := fmt.Sprintf("r%02d_%s", i, r.name)
		p, validate, ok := prepare(t, dir, r.schema)
		if !ok {
			continue
		}
		for j, doc := range r.instances {
			p.Instances = append(p.Instances, batch.Instance{ID: fmt.Sprint(j), Data: []byte(doc)})
		}
		pkgs = append(pkgs, p)
		oracles[dir] = validate
	}
	if len(pkgs) == 0 {
		return
	}
	results, err := batch.Run(context.Background(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range results {
		var doc []byte
		for _, p := range pkgs {
			for _, in := range p.Instances {
				if p.Dir == res.Package && in.ID == res.Instance {
					doc = in.Data
				}
			}
		}
		oracleErr := oracles[res.Package](doc)
		if res.Accepted != (oracleErr == nil) || res.Panic != "" {
			t.Errorf("%s: instance %s: generated code accepts: %v (%s%s); jsonschema/v5: %v",
				res.Package, doc, res.Accepted, res.Err, res.Panic, oracleErr)
		}
	}
}

// prepare generates the package for schema and compiles its oracle. It
// reports false, failing the test if they disagree, when the schema is
// rejected.
func prepare(t *testing.T, dir, schema string) (batch.Package, func([]byte) error, bool) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	oracle, oracleErr := generator.Compile(generator.Config{}, path)
	pkg, err := generator.Build(generator.Config{Package: "p", RootName: "Root"}, []string{path})
	if (err == nil) != (oracleErr == nil) {
		t.Errorf("%s: Build: %v; Compile: %v", dir, err, oracleErr)
	}
	if err != nil || oracleErr != nil {
		return batch.Package{}, nil, false
	}
	files, err := templates.Render(pkg)
	if err != nil {
		t.Errorf("%s: Render: %v", dir, err)
		return batch.Package{}, nil, false
	}
	validate := func(doc []byte) error {
		dec := json.NewDecoder(bytes.NewReader(doc))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return err
		}
		return oracle.Validate(v)
	}
	return batch.Package{Dir: dir, Name: "p", Files: files, RootType: "Root"}, validate, true
}
