package ir

import (
	"encoding/json"
	"unicode/utf8"
)

// MaxLookedUp is the most values of a string enum that decoding looks up:
// jsonrt.Decoder.StringOf compares the string with each in turn, which
// costs more than a copy past a few values.
const MaxLookedUp = 16

// LookedUp returns the values of a string enum that decoding looks up, so
// that a string equal to one of them comes back as that value, without a
// copy: all of them when they are at most MaxLookedUp and each is written
// in JSON as it is (see writtenAsIs). It returns nil otherwise.
func (e *Enum) LookedUp() []string {
	if _, ok := e.Base.(*String); !ok || len(e.Values) > MaxLookedUp {
		return nil
	}
	out := make([]string, len(e.Values))
	for i, v := range e.Values {
		if json.Unmarshal(v.Value, &out[i]) != nil || !writtenAsIs(out[i]) {
			return nil
		}
	}
	return out
}

// writtenAsIs reports whether s is valid UTF-8 with no character that a
// JSON string must escape ('"', '\\' and the controls below U+0020), so
// that the bytes of s between quotes are a literal of s and of nothing
// else, which Decoder.StringOf requires of the values it knows.
func writtenAsIs(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}
