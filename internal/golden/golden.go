// Package golden holds the module's one -update flag and a helper that
// compares output with a golden file.
//
// "go test ./... -update" passes -update to every test binary, and a binary
// that does not know a flag fails. So every package with tests imports this
// package, for the flag alone if it has no golden files:
//
//	import _ "github.com/schemagen/schemagen/internal/golden" // -update
//
// TestEveryPackageAcceptsUpdate checks that none is missing. The package is
// for tests only: it registers a flag when it is imported.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Update is the -update flag: rewrite golden files (and, where a package
// says so, other recorded expectations) instead of comparing with them.
var Update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Check compares got with the golden file at path. With -update it writes
// got to path instead. A missing golden file fails the test unless -update
// is given: it is never created silently.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (run go test with -update, then read the diff):\n%s", path, firstDiff(string(want), string(got)))
	}
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return fmt.Sprintf("line %d:\n-want %q\n+got  %q", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}
