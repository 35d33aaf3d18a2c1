package bench

import (
	"encoding/json"
	"testing"

	"github.com/bytedance/sonic"
	gojson "github.com/goccy/go-json"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

// encoders returns the ways BenchmarkEncode turns a decoded document back
// into JSON: the generated MarshalJSON called directly (impl=generated);
// json.Marshal of the generated value, which calls it and then checks and
// compacts its output (impl=generated-json); and encoding/json, goccy/go-json
// and bytedance/sonic on the hand-written struct holding the same values
// (impl=stdlib, gojson, sonic).
func encoders(generated json.Marshaler, floor any) []struct {
	name   string
	encode func() ([]byte, error)
} {
	return []struct {
		name   string
		encode func() ([]byte, error)
	}{
		{"generated", generated.MarshalJSON},
		{"generated-json", func() ([]byte, error) { return json.Marshal(generated) }},
		{"stdlib", func() ([]byte, error) { return json.Marshal(floor) }},
		{"gojson", func() ([]byte, error) { return gojson.Marshal(floor) }},
		{"sonic", func() ([]byte, error) { return sonic.Marshal(floor) }},
	}
}

// BenchmarkEncode encodes the values of every benchmark document, decoded
// once before the loop, with each of the encoders.
func BenchmarkEncode(b *testing.B) {
	for _, s := range subjects() {
		for _, doc := range s.docs() {
			b.Run("schema="+s.schema+"/size="+doc.size, func(b *testing.B) {
				generated, floor, err := s.values(doc.data)
				if err != nil {
					b.Fatal(err)
				}
				for _, e := range encoders(generated, floor) {
					b.Run("impl="+e.name, func(b *testing.B) {
						b.SetBytes(int64(len(doc.data)))
						b.ReportAllocs()
						loop(b, func() {
							if _, err := e.encode(); err != nil {
								b.Fatal(err)
							}
						})
					})
				}
			})
		}
	}
}

// TestEncoders checks that every encoder writes the document back, equal as
// JSON to what was decoded, so that they all do the same work.
func TestEncoders(t *testing.T) {
	for _, s := range subjects() {
		for _, doc := range s.docs() {
			generated, floor, err := s.values(doc.data)
			if err != nil {
				t.Fatalf("%s/%s: %v", s.schema, doc.size, err)
			}
			for _, e := range encoders(generated, floor) {
				out, err := e.encode()
				if err != nil || !jsonrt.EqualJSON(out, doc.data) {
					t.Errorf("%s/%s: %s does not write the document back (%v)", s.schema, doc.size, e.name, err)
				}
			}
		}
	}
}
