package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedUpToDate runs every //go:generate schemagen directive under
// generated/ with --check, so that plain "go test ./..." fails when the
// committed output no longer matches its schemas (refresh it with
// "go generate ./...").
func TestGeneratedUpToDate(t *testing.T) {
	const prefix = "//go:generate go run ../../cmd/schemagen "
	docs, err := filepath.Glob("../../generated/*/doc.go")
	if err != nil || len(docs) == 0 {
		t.Fatalf("no generated packages found (%v)", err)
	}
	for _, doc := range docs {
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, line := range strings.Split(string(data), "\n") {
			args, ok := strings.CutPrefix(line, prefix)
			if !ok {
				continue
			}
			found = true
			t.Run(filepath.Base(filepath.Dir(doc)), func(t *testing.T) {
				t.Chdir(filepath.Dir(doc))
				var stdout, stderr bytes.Buffer
				if code := run(append(strings.Fields(args), "--check"), &stdout, &stderr); code != 0 {
					t.Errorf("stale output (exit %d); run go generate ./...\n%s%s", code, stderr.String(), stdout.String())
				}
			})
		}
		if !found {
			t.Errorf("%s has no %q directive", doc, prefix)
		}
	}
}
