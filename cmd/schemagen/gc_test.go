package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestTuneGC checks that schemagen raises the garbage collector's target
// only when GOGC does not set one.
func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC")
	tuneGC()
	if got := debug.SetGCPercent(150); got != gcPercent {
		t.Errorf("without GOGC, the target is %d, want %d", got, gcPercent)
	}
	t.Setenv("GOGC", "150") // as the runtime read it at start: 150
	tuneGC()
	if got := debug.SetGCPercent(100); got != 150 {
		t.Errorf("with GOGC=150, the target is %d, want 150", got)
	}
}
