package jsonrt

import (
	"bytes"
	"testing"
)

func TestBufferRelease(t *testing.T) {
	b := append(Buffer(), "first"...)
	first := Release(b)
	b = Buffer()
	if len(b) != 0 {
		t.Fatalf("Buffer() has length %d, want 0", len(b))
	}
	b = append(b, "second"...)
	second := Release(b)
	if string(first) != "first" || string(second) != "second" {
		t.Errorf("Release gave %q and %q, want the encodings, unchanged by later ones", first, second)
	}
	if len(first) != cap(first) {
		t.Errorf("Release's result has capacity %d for length %d, want them equal", cap(first), len(first))
	}
	// Once a buffer is big enough, an encoding allocates only its result
	// (and the pool's box for the buffer).
	big := bytes.Repeat([]byte("x"), 10000)
	Release(append(Buffer(), big...))
	if allocs := testing.AllocsPerRun(100, func() { Release(append(Buffer(), big...)) }); allocs > 2 {
		t.Errorf("%v allocations per encoding, want at most 2", allocs)
	}
}
