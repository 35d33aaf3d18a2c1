package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiff runs "schemagen diff" on two versions of a schema: a tightened
// bound is breaking (exit 1), an added optional field is not (exit 0), and
// --json reports the same for tools.
func TestDiff(t *testing.T) {
	dir := t.TempDir()
	write := func(name, schema string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	v1 := write("v1.json", `{"title": "Pet", "type": "object", "properties": {"age": {"type": "integer", "maximum": 30}}}`)
	v2 := write("v2.json", `{"title": "Pet", "type": "object", "properties": {"age": {"type": "integer", "maximum": 20}}}`)
	v3 := write("v3.json", `{"title": "Pet", "type": "object", "properties": {"age": {"type": "integer", "maximum": 30}, "name": {"type": "string"}}}`)

	var stdout, stderr bytes.Buffer
	if code := run([]string{"diff", v1, v2}, &stdout, &stderr); code != exitError {
		t.Errorf("tightened maximum: exit %d, want %d\n%s%s", code, exitError, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), "Pet.Age: maximum tightened from 30 to 20 (breaking)") {
		t.Errorf("diff output:\n%s", stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"diff", v1, v3}, &stdout, &stderr); code != exitOK {
		t.Errorf("added optional field: exit %d, want %d\n%s", code, exitOK, stdout.String())
	}
	if !strings.Contains(stdout.String(), "Pet.Name") || !strings.Contains(stdout.String(), "compatible") {
		t.Errorf("diff output:\n%s", stdout.String())
	}
	stdout.Reset()
	run([]string{"diff", "--json", v1, v2}, &stdout, &stderr)
	var report struct {
		Breaking bool `json:"breaking"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil || !report.Breaking {
		t.Errorf("--json: %v, breaking %v:\n%s", err, report.Breaking, stdout.String())
	}
	if code := run([]string{"diff", v1}, &stdout, &stderr); code != exitUsage {
		t.Errorf("one file: exit %d, want %d", code, exitUsage)
	}
}
