package stytch_test

import (
	"testing"

	"github.com/schemagen/schemagen/generated/internal/fuzzcheck"
	"github.com/schemagen/schemagen/generated/stytch"
)

// TestFastPath checks that jsonrt.Unmarshal gives the verdict of
// json.Unmarshal followed by Validate, and the same violations, on the
// round-trip instances (valid and invalid) and fuzz seeds of MigrateRequest
// and MigrateResponse, and on malformed variants of them (see
// fuzzcheck.CheckFastPath). TestFamilyDifferential and FuzzMigrateRequest
// compare the fast path too, through fuzzcheck.Run.
func TestFastPath(t *testing.T) {
	req := fuzzcheck.Corpus(t, []string{"testdata/migrate_request.instances.json"}, []string{"testdata/fuzz/FuzzMigrateRequest"})
	t.Logf("MigrateRequest: %d inputs compared", fuzzcheck.CheckFastPath[stytch.MigrateRequest](t, req))
	resp := fuzzcheck.Corpus(t, []string{"testdata/migrate_response.instances.json"}, nil)
	t.Logf("MigrateResponse: %d inputs compared", fuzzcheck.CheckFastPath[stytch.MigrateResponse](t, resp))
}
