package fuzzcases_test

import (
	"slices"
	"testing"

	"github.com/schemagen/schemagen/generated/fuzzcases"
	"github.com/schemagen/schemagen/generated/internal/fuzzcheck"
)

// fastPathMutations is how many mutated instances of each schema
// TestFastPath adds to the instances files and fuzz seeds.
const fastPathMutations = 1000

// TestFastPath checks that jsonrt.Unmarshal gives the verdict of
// json.Unmarshal followed by Validate, and the same violations, on the
// instances files (valid and invalid), the fuzz seeds and mutated instances
// of each schema, and on malformed variants of all of them (see
// fuzzcheck.CheckFastPath). TestDifferential and the fuzz targets compare
// the fast path too, through fuzzcheck.Run.
func TestFastPath(t *testing.T) {
	for _, c := range []struct {
		name, schema string
		instances    []string
		check        func(*testing.T, [][]byte) int
	}{
		{"Order", orderSchema, []string{"testdata/order.instances.json", "testdata/order_payment.instances.json"}, fuzzcheck.CheckFastPath[fuzzcases.Order, *fuzzcases.Order]},
		{"Rule", ruleSchema, []string{"testdata/rule.instances.json"}, fuzzcheck.CheckFastPath[fuzzcases.Rule, *fuzzcases.Rule]},
		{"Shape", shapeSchema, []string{"testdata/shape.instances.json"}, fuzzcheck.CheckFastPath[fuzzcases.Shape, *fuzzcases.Shape]},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := fuzzcheck.Corpus(t, c.instances, []string{"testdata/fuzz/Fuzz" + c.name})
			m := newMutator(t, c.schema)
			seeds := validInstances(t, c.instances[0])
			for i := range fastPathMutations {
				docs = append(docs, m.Mutate(seeds[i%len(seeds)]))
			}
			t.Logf("%d inputs compared", c.check(t, docs))
		})
	}
}

// TestDecodeInPlace checks that UnmarshalJSON, decoding in place, leaves
// nothing of the value it decodes over, and the zero value when decoding
// fails (see fuzzcheck.CheckInPlace), on the instances files and fuzz seeds
// and malformed variants of them.
func TestDecodeInPlace(t *testing.T) {
	for _, c := range []struct {
		name      string
		instances []string
		check     func(*testing.T, []byte, [][]byte) int
	}{
		{"Order", []string{"testdata/order.instances.json", "testdata/order_payment.instances.json"}, fuzzcheck.CheckInPlace[fuzzcases.Order, *fuzzcases.Order]},
		{"Rule", []string{"testdata/rule.instances.json"}, fuzzcheck.CheckInPlace[fuzzcases.Rule, *fuzzcases.Rule]},
		{"Shape", []string{"testdata/shape.instances.json"}, fuzzcheck.CheckInPlace[fuzzcases.Shape, *fuzzcases.Shape]},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := fuzzcheck.Corpus(t, c.instances, []string{"testdata/fuzz/Fuzz" + c.name})
			// The longest valid instance, to leave the most behind.
			base := slices.MaxFunc(validInstances(t, c.instances[0]), func(a, b []byte) int { return len(a) - len(b) })
			t.Logf("%d inputs decoded", c.check(t, base, docs))
		})
	}
}
