package jsonrt

import (
	"errors"
	"testing"
)

// fakeValue records which of its methods Unmarshal calls.
type fakeValue struct {
	decodeErr, validateErr error
	decoded, validated     bool
}

func (f *fakeValue) UnmarshalJSON([]byte) error { f.decoded = true; return f.decodeErr }
func (f *fakeValue) Validate() error            { f.validated = true; return f.validateErr }

func TestUnmarshalRunsBothSteps(t *testing.T) {
	decodeErr, validateErr := errors.New("decode"), errors.New("validate")
	for _, c := range []struct {
		name                   string
		decodeErr, validateErr error
		want                   error
		validated              bool
	}{
		{"accepted", nil, nil, nil, true},
		{"decoding fails: Validate is not run", decodeErr, validateErr, decodeErr, false},
		{"validation fails", nil, validateErr, validateErr, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeValue{decodeErr: c.decodeErr, validateErr: c.validateErr}
			if err := Unmarshal([]byte(`{}`), f); err != c.want {
				t.Errorf("Unmarshal = %v, want %v", err, c.want)
			}
			if !f.decoded || f.validated != c.validated {
				t.Errorf("decoded %v, validated %v; want true, %v", f.decoded, f.validated, c.validated)
			}
		})
	}
}
