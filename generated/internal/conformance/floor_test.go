package conformance

import (
	"encoding/json"
	"os"
	"testing"
)

// checkFloors fails the test for every draft that passes fewer tests than
// its floor in the file at path, and with -update raises the floors to the
// current counts. A floor never goes down.
func checkFloors(t *testing.T, path string, passed map[string]int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var floors map[string]int
	if err := json.Unmarshal(data, &floors); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for _, d := range drafts {
		switch floor, ok := floors[d]; {
		case !ok:
			t.Errorf("%s has no floor for %s", path, d)
		case passed[d] < floor:
			t.Errorf("%s: %d tests pass, fewer than the floor of %d in %s", d, passed[d], floor, path)
		case passed[d] > floor && !*update:
			t.Logf("%s: %d tests pass, more than the floor of %d: run with -update to raise it", d, passed[d], floor)
		}
	}
	if !*update {
		return
	}
	raised, changed := raiseFloors(floors, passed)
	if !changed {
		return
	}
	out, err := json.MarshalIndent(raised, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("raised the floors in %s: %v", path, raised)
}

// raiseFloors returns the floors raised to the counts that passed, for
// every draft, and whether any changed.
func raiseFloors(floors, passed map[string]int) (map[string]int, bool) {
	out := map[string]int{}
	for k, v := range floors {
		out[k] = v
	}
	changed := false
	for _, d := range drafts {
		if floor, ok := out[d]; !ok || passed[d] > floor {
			out[d] = max(passed[d], floor)
			changed = true
		}
	}
	return out, changed
}
