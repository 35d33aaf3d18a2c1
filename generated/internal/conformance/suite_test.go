package conformance

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// A group is one test group of a suite file: a schema and instances.
type group struct {
	Description string          `json:"description"`
	Schema      json.RawMessage `json:"schema"`
	Tests       []suiteTest     `json:"tests"`

	file  string // the file, relative to tests/<draft>: "ref.json", "optional/format/date.json"
	index int    // the group's position in its file
	pkg   string // the Go package generated for it: its name and batch directory
}

// A suiteTest is one instance of a group and whether it is valid.
type suiteTest struct {
	Description string          `json:"description"`
	Data        json.RawMessage `json:"data"`
	Valid       bool            `json:"valid"`
}

// loadDraft reads the groups of every selected file of a draft, in file
// order, and names their packages g0001, g0002, ... after the packages
// already named (*named counts them), so that names are unique in a run.
func loadDraft(t *testing.T, opts options, draft string, named *int) []*group {
	t.Helper()
	dir := filepath.Join(opts.suite, "tests", draft)
	pattern := "*.json"
	if opts.optional {
		pattern = filepath.Join("optional", "*.json")
	}
	if opts.format {
		pattern = filepath.Join("optional", "format", "*.json")
	}
	paths, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	var groups []*group
	for _, path := range paths {
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			t.Fatal(err)
		}
		rel = filepath.ToSlash(rel)
		if opts.filter != nil && !opts.filter.MatchString(draft+"/"+rel) {
			continue
		}
		gs, err := readGroups(path)
		if err != nil {
			t.Fatalf("%s/%s: %v", draft, rel, err)
		}
		for i, g := range gs {
			*named++
			g.file, g.index, g.pkg = rel, i, fmt.Sprintf("g%04d", *named)
		}
		groups = append(groups, gs...)
	}
	return groups
}

// readGroups parses one suite file.
func readGroups(path string) ([]*group, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var groups []*group
	if err := json.Unmarshal(data, &groups); err != nil {
		return nil, err
	}
	for i, g := range groups {
		if len(g.Schema) == 0 {
			return nil, fmt.Errorf("group %d (%s) has no schema", i, g.Description)
		}
	}
	return groups, nil
}

// dialects are the values of generator.Config.Draft for the suite's
// directories: each directory's schemas are read in its draft, as the
// suite means them, whether or not they say "$schema".
var dialects = map[string]string{
	"draft2020-12": "2020-12",
	"draft2019-09": "2019-09",
	"draft7":       "7",
	"draft6":       "6",
	"draft4":       "4",
}
