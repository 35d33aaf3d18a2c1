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

// TestMigrateResponseRoundTrip decodes responses with a nested user and
// session, whose types come from the schema files the response refers to
// as "#/components/schemas/NAME".
func TestMigrateResponseRoundTrip(t *testing.T) {
	roundtrip.Check[stytch.MigrateResponse](t,
		"../../schemas/stytch-api-session-v1-migrateresponse-schema.json",
		"testdata/migrate_response.instances.json")
}
