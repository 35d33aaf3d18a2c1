package stytch_test

import (
	"testing"

	"github.com/schemagen/schemagen/generated/internal/fuzzcheck"
	"github.com/schemagen/schemagen/generated/stytch"
)

// FuzzMigrateRequest checks MigrateRequest against jsonschema/v5 on
// arbitrary instances: no panics, the same verdict (numbers Go cannot hold
// exactly aside) and a lossless round trip for every accepted instance. The
// seeds in testdata/fuzz/FuzzMigrateRequest are the instances of
// testdata/migrate_request.instances.json and edge cases.
func FuzzMigrateRequest(f *testing.F) {
	f.Fuzz(fuzzcheck.Fuzz[stytch.MigrateRequest](f, "../../schemas/api_session_v1_MigrateRequest.json"))
}
