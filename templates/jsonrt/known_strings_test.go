package jsonrt

import (
	"testing"
	"unsafe"
)

// TestStringOf checks that StringOf decodes as String does, and returns the
// known strings themselves, unescaped names included, without allocating.
func TestStringOf(t *testing.T) {
	known := []string{"active", "on hold", "é"}
	tests := []struct {
		in    string
		known int // the index in known of the result, or -1
	}{
		{`"active"`, 0},
		{`"on hold"`, 1},
		{`"\u00e9"`, 2},
		{`"\u0061ctive"`, 0},
		{`"activ"`, -1},
		{`"active\"x"`, -1}, // begins with a known value, then an escaped quote
		{`"active`, -1},     // unterminated
		{`"actives"`, -1},
		{`""`, -1},
		{`"Active"`, -1},
		{`"\ud83d"`, -1},
		{"\"\xff\"", -1},
		{`7`, -1},
		{`null`, -1},
		{`["active"]`, -1},
	}
	for _, tt := range tests {
		d := NewDecoder([]byte(tt.in))
		got := d.StringOf("#/type", known...)
		gotErr := d.Finish()
		w := NewDecoder([]byte(tt.in))
		want := w.String("#/type")
		wantErr := w.Finish()
		if got != want || (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
			t.Errorf("StringOf(%s) = %q, %v; String gives %q, %v", tt.in, got, gotErr, want, wantErr)
		}
		same := tt.known >= 0 && unsafe.StringData(got) == unsafe.StringData(known[tt.known])
		if (tt.known >= 0) != same {
			t.Errorf("StringOf(%s) = %q: returned known[%d] itself is %v", tt.in, got, tt.known, same)
		}
	}
	data := []byte(`["active","on hold","active"]`)
	allocs := testing.AllocsPerRun(10, func() {
		d := NewDecoder(data)
		if d.BeginArray("#") {
			for d.NextElement() {
				d.StringOf("#", "active", "on hold")
			}
		}
		if err := d.Finish(); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations decoding known strings, want none", allocs)
	}
}
