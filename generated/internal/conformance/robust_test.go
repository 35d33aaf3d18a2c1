package conformance

import (
	"fmt"
	"go/format"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/schemagen/schemagen/generated/internal/batch"
	"github.com/schemagen/schemagen/templates"
)

// fakeSource is a package whose type T accepts any JSON number; body, if
// set, runs first in UnmarshalJSON.
const fakeSource = `package %s

import "os"

var _ = os.Exit

// T accepts numbers.
type T struct{ raw []byte }

// UnmarshalJSON keeps the document.
func (t *T) UnmarshalJSON(b []byte) error {
	%s
	t.raw = append([]byte(nil), b...)
	return nil
}

// MarshalJSON returns the document.
func (t T) MarshalJSON() ([]byte, error) { return t.raw, nil }

// Validate accepts everything.
func (*T) Validate() error { return nil }
`

// fakePackage returns a package named name whose UnmarshalJSON runs body.
func fakePackage(name, body string) batch.Package {
	src, err := format.Source([]byte(fmt.Sprintf(fakeSource, name, body)))
	if err != nil {
		panic(err)
	}
	return batch.Package{Dir: name, Name: name, RootType: "T",
		Files:     []templates.File{{Name: "t_gen.go", Content: src}},
		Instances: []batch.Instance{{ID: "0", Data: []byte(`1`)}, {ID: "1", Data: []byte(`2`)}}}
}

// TestBuildAndRunSurvivesBadPackages checks that a package that does not
// compile and one that kills the driver cost only their own results.
func TestBuildAndRunSurvivesBadPackages(t *testing.T) {
	if testing.Short() {
		t.Skip("builds modules")
	}
	pkgs := []batch.Package{
		fakePackage("g0001", ""),
		fakePackage("g0002", "var x int = \"not an int\"; _ = x"),
		fakePackage("g0003", `if string(b) == "2" { os.Exit(3) }`),
		fakePackage("g0004", ""),
	}
	res := &draftResult{name: "fake"}
	results, missing := buildAndRun(t, res, pkgs)
	var got []string
	for k, r := range results {
		if r.Accepted && r.RoundTrip {
			got = append(got, k[0]+"/"+k[1])
		}
	}
	want := []string{"g0001/0", "g0001/1", "g0003/0", "g0004/0", "g0004/1"}
	if diff := cmp.Diff(want, got, cmp.Transformer("sort", sortedCopy)); diff != "" {
		t.Errorf("accepted instances (-want +got):\n%s", diff)
	}
	if len(missing) != 2 || missing["g0002"].reason != "does not compile" || missing["g0003"].reason != "driver crashed" {
		t.Errorf("missing = %+v, want g0002 not compiling and g0003 crashing", missing)
	}
	if res.builds != 3 {
		t.Errorf("%d builds, want 3: the first fails to vet, the second crashes", res.builds)
	}
}
