package stytch_test

import (
	"encoding/json"
	"os"

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

// FuzzMigrateResponse checks MigrateResponse, whose user, session and
// device types come from sibling schema files, the same way; its seeds are
// the response seeds of testdata/family.seeds.json.
func FuzzMigrateResponse(f *testing.F) {
	data, err := os.ReadFile("testdata/family.seeds.json")
	if err != nil {
		f.Fatal(err)
	}
	var seeds map[string][]json.RawMessage
	if err := json.Unmarshal(data, &seeds); err != nil {
		f.Fatal(err)
	}
	for _, s := range seeds["stytch-api-session-v1-migrateresponse-schema.json"] {
		f.Add([]byte(s))
	}
	f.Fuzz(fuzzcheck.Fuzz[stytch.MigrateResponse](f, "../../schemas/stytch-api-session-v1-migrateresponse-schema.json"))
}
