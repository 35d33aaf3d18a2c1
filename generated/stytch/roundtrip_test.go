package stytch_test

import (
	"testing"

	"github.com/schemagen/schemagen/generated/internal/roundtrip"
	"github.com/schemagen/schemagen/generated/stytch"
)

func TestMigrateRequestRoundTrip(t *testing.T) {
	roundtrip.Check[stytch.MigrateRequest](t,
		"../../schemas/api_session_v1_MigrateRequest.json",
		"testdata/migrate_request.instances.json")
}
