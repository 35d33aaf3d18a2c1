package generator

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestPanicError checks that a panic Build recovers keeps its stack for
// --verbose and still reads as a request for a report.
func TestPanicError(t *testing.T) {
	var err error = &PanicError{Paths: []string{"a.json", "b.json"}, Value: "boom", Stack: []byte("goroutine 1 [running]:\n")}
	err = fmt.Errorf("wrapped: %w", err)
	var pe *PanicError
	if !errors.As(err, &pe) || !strings.HasPrefix(string(pe.Stack), "goroutine") {
		t.Fatalf("errors.As finds no stack in %v", err)
	}
	if got, want := pe.Error(), "schemagen failed on a.json, b.json (boom); please report this with the schema"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
