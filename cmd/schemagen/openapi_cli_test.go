package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeOpenAPITemp writes files by name into a new temporary directory, which
// becomes the working directory.
func writeOpenAPITemp(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

const lintAPI = `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    User:
      type: object
      properties:
        name:
          type: string
          description: The name. Must be at most 64 characters long.
        age:
          type: integer
          description: Between 0 and 150.
`

// TestLintOpenAPI checks that lint reads every component's descriptions and
// that --fix writes the document's overlay, which generation then applies.
func TestLintOpenAPI(t *testing.T) {
	writeOpenAPITemp(t, map[string]string{"api.yaml": lintAPI})
	var stdout, stderr bytes.Buffer
	if code := run([]string{"lint", "api.yaml"}, &stdout, &stderr); code != exitError {
		t.Fatalf("lint: exit %d, want %d\n%s%s", code, exitError, stdout.String(), stderr.String())
	}
	for _, want := range []string{
		"api.yaml#/components/schemas/User/properties/name: maxLength 64 is stated",
		"api.yaml#/components/schemas/User/properties/age: maximum 150 is stated",
		"make api.overlay.json this",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("lint output lacks %q:\n%s", want, stdout.String())
		}
	}
	stdout.Reset()
	if code := run([]string{"lint", "--fix", "api.yaml"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("lint --fix: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	if code := run([]string{"lint", "api.yaml"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("lint after --fix: exit %d\n%s", code, stdout.String())
	}
	if code := run([]string{"-o", "out", "-p", "api", "api.yaml"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("generate: exit %d\n%s", code, stderr.String())
	}
	src, err := os.ReadFile(filepath.Join("out", "api_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "overlay: ../api.overlay.json") && !strings.Contains(string(src), "api.overlay.json") {
		t.Errorf("the generated file does not name the overlay:\n%.400s", src)
	}
	if !strings.Contains(string(src), "Must be between 0 and 150.") {
		t.Errorf("the overlay's bounds are not applied")
	}
}

// TestDiffOpenAPI checks that diff compares two versions of a document
// component by component.
func TestDiffOpenAPI(t *testing.T) {
	newer := strings.Replace(lintAPI, "        age:\n          type: integer\n", "        age:\n          type: string\n", 1) +
		"    Team:\n      type: object\n      properties:\n        users: {type: array, items: {$ref: '#/components/schemas/User'}}\n"
	writeOpenAPITemp(t, map[string]string{"old.yaml": lintAPI, "new.yaml": newer})
	var stdout, stderr bytes.Buffer
	code := run([]string{"diff", "old.yaml", "new.yaml"}, &stdout, &stderr)
	if code != exitError {
		t.Errorf("diff: exit %d, want %d (a field changed type)\n%s", code, exitError, stderr.String())
	}
	for _, want := range []string{"User.Age", "Team"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("diff output lacks %q:\n%s", want, stdout.String())
		}
	}
}

// TestMalformedYAMLCLI checks the error a user sees for malformed YAML.
func TestMalformedYAMLCLI(t *testing.T) {
	writeOpenAPITemp(t, map[string]string{"s.yaml": "type: object\nproperties:\n  a: {type: string\n"})
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-o", "out", "s.yaml"}, &stdout, &stderr); code != exitError {
		t.Fatalf("exit %d, want %d", code, exitError)
	}
	if want := "schemagen: s.yaml#: not valid YAML: line 3, column"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
	}
}
