package conformance

import (
	"bytes"
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

// draftSchemas are the $schema values of the drafts the generator does not
// assume: a schema of such a draft's directory without $schema gets it, as
// the suite means the draft of its directory.
var draftSchemas = map[string]string{
	"draft7": "http://json-schema.org/draft-07/schema#",
}

// schemaDocument returns the document to generate from for a group's
// schema in draft. A boolean schema cannot carry $schema and is returned
// as is, with boolean set.
func schemaDocument(draft string, schema json.RawMessage) (doc []byte, boolean bool, err error) {
	schema = bytes.TrimSpace(schema)
	uri, ok := draftSchemas[draft]
	if !ok || len(schema) == 0 || schema[0] != '{' {
		return schema, len(schema) > 0 && schema[0] != '{', nil
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(schema, &keys); err != nil {
		return nil, false, err
	}
	if _, ok := keys["$schema"]; ok {
		return schema, false, nil
	}
	quoted, err := json.Marshal(uri)
	if err != nil {
		return nil, false, err
	}
	head := append([]byte(`{"$schema": `), quoted...)
	if len(keys) == 0 {
		return append(head, '}'), false, nil
	}
	// Keep the schema's own text, and so its key order, after $schema.
	return append(append(head, ','), schema[1:]...), false, nil
}
