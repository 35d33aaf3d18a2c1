package benchwide_test

import (
	"testing"

	"github.com/schemagen/schemagen/generated/benchwide"
	"github.com/schemagen/schemagen/generated/internal/roundtrip"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

func TestWideRecordRoundTrip(t *testing.T) {
	roundtrip.Check[benchwide.WideRecord](t,
		"../../schemas/bench/wide_record.json",
		"testdata/wide_record.instances.json")
}

func TestWideBatchRoundTrip(t *testing.T) {
	roundtrip.Check[benchwide.WideBatch](t,
		"../../schemas/bench/wide_batch.json",
		"testdata/wide_batch.instances.json")
}
