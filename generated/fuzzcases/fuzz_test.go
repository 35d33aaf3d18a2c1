package fuzzcases_test

import (
	"testing"

	"github.com/schemagen/schemagen/generated/fuzzcases"
	"github.com/schemagen/schemagen/generated/internal/fuzzcheck"
)

// The fuzz targets check each generated type against jsonschema/v5 on
// arbitrary instances: no panics, the same verdict (numbers Go cannot hold
// exactly aside) and a lossless round trip for every accepted instance.
// Their seeds in testdata/fuzz/ are the instances of testdata/*.instances.json
// and edge cases.

func FuzzOrder(f *testing.F) {
	f.Fuzz(fuzzcheck.Fuzz[fuzzcases.Order](f, orderSchema))
}

func FuzzRule(f *testing.F) {
	f.Fuzz(fuzzcheck.Fuzz[fuzzcases.Rule](f, ruleSchema))
}

func FuzzShape(f *testing.F) {
	f.Fuzz(fuzzcheck.Fuzz[fuzzcases.Shape](f, shapeSchema))
}
