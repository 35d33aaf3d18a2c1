package templates

import "testing"

// TestWrittenAsIs checks which enum values Decoder.StringOf may know: those
// whose JSON literal is the value between quotes.
func TestWrittenAsIs(t *testing.T) {
	for s, want := range map[string]bool{
		"active": true, "on hold": true, "é": true, "\u202e": true, "": true, "*/": true,
		`a"b`: false, `a\b`: false, "a\nb": false, "\x1f": false, "\xff": false,
	} {
		if got := writtenAsIs(s); got != want {
			t.Errorf("writtenAsIs(%q) = %v, want %v", s, got, want)
		}
	}
}
