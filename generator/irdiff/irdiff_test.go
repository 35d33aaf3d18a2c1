package irdiff_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/generator/irdiff"

	"github.com/schemagen/schemagen/internal/golden"
)

// update rewrites the golden files instead of comparing with them:
// go test ./generator/irdiff -update.
var update = golden.Update // -update: rewrite golden files

// build returns the IR of one schema file.
func build(t *testing.T, path string) *ir.Package {
	t.Helper()
	pkg, err := generator.Build(generator.Config{Package: "p"}, []string{path})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return pkg
}

// cases lists the golden case directories under testdata, sorted by name.
func cases(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, filepath.Join("testdata", e.Name()))
		}
	}
	if len(dirs) == 0 {
		t.Fatal("no golden cases in testdata")
	}
	return dirs
}

// compareCase builds a case's two schemas and compares them.
func compareCase(t *testing.T, dir string) []irdiff.Change {
	t.Helper()
	return irdiff.Compare(build(t, filepath.Join(dir, "old.json")), build(t, filepath.Join(dir, "new.json")))
}

// TestGolden compares the Text of each case's changes, from old.json to
// new.json, with its want.txt.
func TestGolden(t *testing.T) {
	for _, dir := range cases(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			got := irdiff.Text(compareCase(t, dir))
			wantPath := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(wantPath, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("Text mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestUnchanged checks that every schema compared with itself, built
// twice, has no changes.
func TestUnchanged(t *testing.T) {
	for _, dir := range cases(t) {
		for _, name := range []string{"old.json", "new.json"} {
			path := filepath.Join(dir, name)
			if changes := irdiff.Compare(build(t, path), build(t, path)); len(changes) > 0 {
				t.Errorf("%s compared with itself:\n%s", path, irdiff.Text(changes))
			}
		}
	}
}

// TestDeterministic checks that comparing twice gives the same changes in
// the same order, sorted by type, field and kind.
func TestDeterministic(t *testing.T) {
	for _, dir := range cases(t) {
		first, second := compareCase(t, dir), compareCase(t, dir)
		if diff := cmp.Diff(first, second); diff != "" {
			t.Errorf("%s: two comparisons differ:\n%s", dir, diff)
		}
		for i := 1; i < len(first); i++ {
			a, b := first[i-1], first[i]
			if key(a) > key(b) {
				t.Errorf("%s: %q sorts after %q", dir, a.Message, b.Message)
			}
		}
	}
}

// key is the sort key Compare promises.
func key(c irdiff.Change) string { return c.Type + "\x00" + c.Field + "\x00" + string(c.Kind) }

// TestBreaking checks Breaking against the golden cases' summaries and on
// its own.
func TestBreaking(t *testing.T) {
	if irdiff.Breaking(nil) {
		t.Error("Breaking(nil) = true")
	}
	if irdiff.Breaking([]irdiff.Change{{Kind: irdiff.AddedType}}) {
		t.Error("Breaking of a compatible change = true")
	}
	if !irdiff.Breaking([]irdiff.Change{{Kind: irdiff.AddedType}, {Kind: irdiff.RemovedType, Breaking: true}}) {
		t.Error("Breaking of a breaking change = false")
	}
	for _, dir := range cases(t) {
		changes := compareCase(t, dir)
		want := !strings.HasSuffix(irdiff.Text(changes), ", 0 breaking\n")
		if got := irdiff.Breaking(changes); got != want {
			t.Errorf("%s: Breaking = %v, want %v", dir, got, want)
		}
	}
}

// TestJSON checks the JSON form: lowercase keys, every key on every change,
// the overall verdict, and [] for no changes.
func TestJSON(t *testing.T) {
	data, err := irdiff.JSON(compareCase(t, filepath.Join("testdata", "removed_field")))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Breaking bool             `json:"breaking"`
		Changes  []map[string]any `json:"changes"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	want := []map[string]any{{
		"kind": "removed-field", "breaking": true, "type": "Pet", "field": "Age",
		"location": "old.json#/properties/age", "old": "*int64", "new": "",
		"message": "Pet.Age: field removed, was *int64 (breaking)",
	}, {
		"kind": "removed-field", "breaking": true, "type": "Pet", "field": "LegacyID",
		"location": "old.json#/properties/legacy_id", "old": "string", "new": "",
		"message": "Pet.LegacyID: field removed, was string (breaking)",
	}}
	if !got.Breaking {
		t.Error(`"breaking" = false, want true`)
	}
	if diff := cmp.Diff(want, got.Changes); diff != "" {
		t.Errorf("changes mismatch (-want +got):\n%s", diff)
	}

	data, err = irdiff.JSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	var empty map[string]any
	if err := json.Unmarshal(data, &empty); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]any{"breaking": false, "changes": []any{}}, empty); diff != "" {
		t.Errorf("JSON(nil) mismatch (-want +got):\n%s", diff)
	}
}

// TestNil checks that a nil package counts as one with no declarations.
func TestNil(t *testing.T) {
	pkg := build(t, filepath.Join("testdata", "added_type", "new.json"))
	added := irdiff.Compare(nil, pkg)
	if len(added) != len(pkg.Decls) || irdiff.Breaking(added) {
		t.Errorf("Compare(nil, pkg):\n%s", irdiff.Text(added))
	}
	for _, c := range added {
		if c.Kind != irdiff.AddedType {
			t.Errorf("Compare(nil, pkg): %s", c.Message)
		}
	}
	removed := irdiff.Compare(pkg, nil)
	if len(removed) != len(pkg.Decls) || !irdiff.Breaking(removed) {
		t.Errorf("Compare(pkg, nil):\n%s", irdiff.Text(removed))
	}
	if got := irdiff.Text(irdiff.Compare(nil, nil)); got != "0 changes, 0 breaking\n" {
		t.Errorf("Text(Compare(nil, nil)) = %q", got)
	}
}
