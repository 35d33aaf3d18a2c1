package fuzzcases_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generated/fuzzcases"
	"github.com/schemagen/schemagen/generated/internal/fuzzcheck"
	"github.com/schemagen/schemagen/generated/internal/roundtrip"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// instancesPerSchema is how many mutated instances TestDifferential checks
// for each schema.
const instancesPerSchema = 5000

// A runner applies the contract to one instance of a generated type.
type runner func(*jsonschema.Schema, []byte) fuzzcheck.Outcome

// TestDifferential derives instances from the valid instances of each
// schema by structural mutation (fuzzcheck.Mutator, with a fixed seed) and
// checks that the generated type accepts exactly those jsonschema/v5 finds
// valid, and that the accepted ones round-trip. Numbers Go cannot hold
// exactly are exempt (see fuzzcheck.NumberSemantics); with FUZZ_SKIP_KNOWN=1,
// so are the instances of known, reported bugs (see fuzzcheck.Known).
func TestDifferential(t *testing.T) {
	for _, c := range []struct {
		name, schema, instances string
		run                     runner
	}{
		{"Order", orderSchema, "testdata/order.instances.json", fuzzcheck.Run[fuzzcases.Order, *fuzzcases.Order]},
		{"Rule", ruleSchema, "testdata/rule.instances.json", fuzzcheck.Run[fuzzcases.Rule, *fuzzcases.Rule]},
		{"Shape", shapeSchema, "testdata/shape.instances.json", fuzzcheck.Run[fuzzcases.Shape, *fuzzcases.Shape]},
	} {
		t.Run(c.name, func(t *testing.T) {
			differential(t, c.schema, c.instances, c.run)
		})
	}
}

// differential runs instancesPerSchema mutated instances of the schema at
// schemaPath through run, and fails listing the first 20 problems.
func differential(t *testing.T, schemaPath, instancesPath string, run runner) {
	oracle := fuzzcheck.Oracle(t, schemaPath)
	m := newMutator(t, schemaPath)
	seeds := validInstances(t, instancesPath)
	var problems []string
	count := map[string]int{}
	for i := range instancesPerSchema {
		doc := m.Mutate(seeds[i%len(seeds)])
		o := run(oracle, doc)
		p := o.Problem()
		if p == "" {
			p = o.RoundTrip(doc)
		}
		count[verdict(o)]++
		if p != "" {
			problems = append(problems, fmt.Sprintf("instance %s\n  generated code: %s\n  jsonschema/v5:  %s\n  %s",
				doc, verdictOf(o.Accepted, o.Err), verdictOf(o.Valid, o.OracleErr), p))
		}
	}
	t.Logf("%d instances: %v", instancesPerSchema, count)
	if len(problems) > 0 {
		t.Errorf("%d of %d instances break the contract; the first %d:\n%s", len(problems), instancesPerSchema,
			min(len(problems), 20), strings.Join(problems[:min(len(problems), 20)], "\n"))
	}
	// The mutations must reach both verdicts often, or the test proves little.
	if count["both accept"] < instancesPerSchema/20 || count["both reject"] < instancesPerSchema/20 {
		t.Errorf("too few instances of a verdict to be a useful comparison: %v", count)
	}
}

func newMutator(t *testing.T, schemaPath string) *fuzzcheck.Mutator {
	t.Helper()
	schema, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	m, err := fuzzcheck.NewMutator(20260101, schema)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func validInstances(t *testing.T, path string) [][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var inst roundtrip.Instances
	if err := json.Unmarshal(data, &inst); err != nil || len(inst.Valid) == 0 {
		t.Fatalf("%s: no valid instances (%v)", path, err)
	}
	var out [][]byte
	for _, v := range inst.Valid {
		out = append(out, v)
	}
	return out
}

// verdict classifies an outcome for the statistics.
func verdict(o fuzzcheck.Outcome) string {
	switch {
	case o.Skip != "":
		return "exempt"
	case o.Accepted && o.Valid:
		return "both accept"
	case !o.Accepted && !o.Valid:
		return "both reject"
	}
	return "disagree"
}

func verdictOf(accepted bool, err error) string {
	if accepted {
		return "accepts"
	}
	return "rejects: " + strings.ReplaceAll(fmt.Sprint(err), "\n", "; ")
}
