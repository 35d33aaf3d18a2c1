package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator"
)

// TestLintSeed runs "schemagen lint" on the vendor's seed schema: without
// its overlay it finds exactly the two documented-but-unencoded constraints
// (the duration bounds and the claims size); --fix writes them into the
// overlay, after which lint finds nothing and the vendor file is unchanged.
func TestLintSeed(t *testing.T) {
	dir := t.TempDir()
	vendor, err := os.ReadFile("../../schemas/api_session_v1_MigrateRequest.json")
	if err != nil {
		t.Fatal(err)
	}
	schema := filepath.Join(dir, "migrate.json")
	if err := os.WriteFile(schema, vendor, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"lint", schema}, &stdout, &stderr); code != exitError {
		t.Fatalf("lint exit %d, want %d; stderr: %s", code, exitError, stderr.String())
	}
	for _, want := range []string{
		"#/properties/session_duration_minutes: minimum 5 is stated",
		"#/properties/session_duration_minutes: maximum 527040 is stated",
		"#/properties/session_custom_claims: x-maxEncodedSize 4096 is stated",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("lint output lacks %q:\n%s", want, stdout.String())
		}
	}
	if n := strings.Count(stdout.String(), "is stated but not encoded"); n != 3 {
		t.Errorf("%d findings, want 3:\n%s", n, stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"lint", "--fix", schema}, &stdout, &stderr); code != exitOK {
		t.Fatalf("lint --fix exit %d; stderr: %s", code, stderr.String())
	}
	stdout.Reset()
	if code := run([]string{"lint", schema}, &stdout, &stderr); code != exitOK || stdout.Len() != 0 {
		t.Errorf("lint after --fix: exit %d, output %q", code, stdout.String())
	}
	if after, _ := os.ReadFile(schema); !bytes.Equal(after, vendor) {
		t.Error("lint --fix changed the vendor's file")
	}
}

// TestLintBundledOverlay checks that the bundled overlay encodes everything
// the seed's descriptions state.
func TestLintBundledOverlay(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"lint", "../../schemas/api_session_v1_MigrateRequest.json"}, &stdout, &stderr); code != exitOK {
		t.Errorf("exit %d:\n%s%s", code, stdout.String(), stderr.String())
	}
}

func TestLintUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"lint"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("lint without files: exit %d, want %d", code, exitUsage)
	}
	if code := run([]string{"lint", "missing.json"}, &stdout, &stderr); code != exitError || !strings.Contains(stderr.String(), "missing.json#") {
		t.Errorf("lint of a missing file: exit %d, stderr %q", code, stderr.String())
	}
}

// TestQuietVerbose checks that --quiet drops warnings and --verbose reports
// the files written.
func TestQuietVerbose(t *testing.T) {
	dir := t.TempDir()
	vendor, err := os.ReadFile("../../schemas/api_session_v1_MigrateRequest.json")
	if err != nil {
		t.Fatal(err)
	}
	schema := filepath.Join(dir, "migrate.json") // no overlay: the $id warning
	if err := os.WriteFile(schema, vendor, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--quiet", "-o", out, "-p", "s", schema}, &stdout, &stderr); code != exitOK || stderr.Len() != 0 {
		t.Errorf("--quiet: exit %d, stderr %q", code, stderr.String())
	}
	if err := os.RemoveAll(out); err != nil {
		t.Fatal(err)
	}
	if code := run([]string{"--verbose", "-o", out, "-p", "s", schema}, &stdout, &stderr); code != exitOK ||
		!strings.Contains(stderr.String(), "warning") || !strings.Contains(stderr.String(), "wrote "+filepath.Join(out, "migrate_gen.go")) {
		t.Errorf("--verbose: exit %d, stderr %q", code, stderr.String())
	}
}

// TestLintOverlayChoice checks that lint --fix writes into the overlay that
// generation merges (generator.FindOverlay): of a YAML file's overlays the
// first that exists, else a new JSON one.
func TestLintOverlayChoice(t *testing.T) {
	schema := "type: object\nproperties:\n  name:\n    type: string\n    description: The name, at most 255 characters.\n"
	for _, tc := range []struct {
		name     string
		overlays []string // existing, each "{}"
		want     string   // the overlay lint writes and generation merges
	}{
		{"none", nil, "pet.overlay.json"},
		{"json", []string{"pet.overlay.json"}, "pet.overlay.json"},
		{"yml first", []string{"pet.overlay.json", "pet.overlay.yml"}, "pet.overlay.yml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{"pet.yml": schema}
			for _, o := range tc.overlays {
				files[o] = "{}"
			}
			for name, content := range files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stdout, stderr bytes.Buffer
			path := filepath.Join(dir, "pet.yml")
			if code := run([]string{"lint", "--fix", path}, &stdout, &stderr); code != exitOK {
				t.Fatalf("lint --fix exit %d; stderr: %s", code, stderr.String())
			}
			if want := "wrote " + filepath.ToSlash(filepath.Join(dir, tc.want)); !strings.Contains(stdout.String(), want) {
				t.Errorf("lint --fix output %q, want %q", stdout.String(), want)
			}
			pkg, err := generator.Build(generator.Config{Package: "p"}, []string{path})
			if err != nil {
				t.Fatal(err)
			}
			if got := pkg.Sources[0].Overlay; got != filepath.ToSlash(filepath.Join(dir, tc.want)) {
				t.Errorf("generation merges %s, want %s", got, tc.want)
			}
			if code := run([]string{"lint", path}, &stdout, &stderr); code != exitOK {
				t.Errorf("lint after --fix: exit %d", code)
			}
		})
	}
}
