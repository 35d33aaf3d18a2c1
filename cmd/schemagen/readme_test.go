package main

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeExample checks that the generated code the README shows is the
// code schemagen generates for the bundled seed schema.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	generated, err := os.ReadFile("../../generated/stytch/api_session_v1_migraterequest_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "## Example: the bundled Stytch schema")
	if !ok {
		t.Fatal("README has no example section")
	}
	_, block, ok := strings.Cut(section, "```go\n")
	if !ok {
		t.Fatal("README example has no Go block")
	}
	block, _, _ = strings.Cut(block, "```")
	if !strings.Contains(string(generated), block) {
		t.Errorf("README example is not in the generated file; copy the type from generated/stytch again:\n%s", block)
	}
}
