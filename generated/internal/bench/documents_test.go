package bench

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

// nominal returns the size a document's label promises, in bytes.
func nominal(label string) int {
	label, _, _ = strings.Cut(label, "-")
	n := 0
	for _, c := range label {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	if strings.HasSuffix(label, "MB") {
		return n << 20
	}
	return n << 10
}

// TestDocuments checks the benchmark inputs: each has about the size its
// name says; the generated code and jsonschema/v5 both accept exactly the
// valid ones; and the hand-written floor struct holds the whole document,
// so that the floor does the same decoding work.
func TestDocuments(t *testing.T) {
	for _, s := range subjects() {
		oracle := compile(t, s.path)
		for _, doc := range s.docs() {
			name := s.schema + "/" + doc.size
			t.Logf("%s: %d bytes", name, len(doc.data))
			if n := nominal(doc.size); len(doc.data) < n*3/4 || len(doc.data) > n*5/4 {
				t.Errorf("%s: %d bytes, want about %d", name, len(doc.data), n)
			}
			if err := s.unmarshal(doc.data); (err == nil) != doc.valid {
				t.Errorf("%s: generated code: valid=%v, got %v", name, doc.valid, err)
			}
			if err := s.direct(doc.data); (err == nil) != doc.valid {
				t.Errorf("%s: generated UnmarshalJSON: valid=%v, got %v", name, doc.valid, err)
			}
			if err := s.fast(doc.data); (err == nil) != doc.valid {
				t.Errorf("%s: jsonrt.Unmarshal: valid=%v, got %v", name, doc.valid, err)
			}
			v, err := decodeGeneric(doc.data)
			if err != nil {
				t.Fatal(err)
			}
			if err := oracle.Validate(v); (err == nil) != doc.valid {
				t.Errorf("%s: jsonschema/v5: valid=%v, got %v", name, doc.valid, err)
			}
			floor, err := s.floor(json.Unmarshal, doc.data)
			if err != nil {
				t.Fatalf("%s: floor: %v", name, err)
			}
			out, err := json.Marshal(floor)
			if err != nil || !jsonrt.EqualJSON(out, doc.data) {
				t.Errorf("%s: the floor struct does not hold the whole document (%v)", name, err)
			}
		}
	}
}

// TestOversizeClaims checks that the large seed documents are rejected for
// their size alone.
func TestOversizeClaims(t *testing.T) {
	s := subjects()[0]
	for _, doc := range s.docs() {
		if doc.valid {
			continue
		}
		validate, err := s.prepare(doc.data)
		if err != nil {
			t.Fatal(err)
		}
		var verr *jsonrt.ValidationError
		if err := validate(); !errors.As(err, &verr) || len(verr.Violations) != 1 || verr.Violations[0].Keyword != "x-maxEncodedSize" {
			t.Errorf("%s: got %v, want one x-maxEncodedSize violation", doc.size, err)
		}
	}
}
