package main

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const (
	downstreamSchema  = "schemas/api_session_v1_MigrateRequest.json"
	downstreamOverlay = "schemas/api_session_v1_MigrateRequest.overlay.json"
	downstreamGenFile = "internal/stytch/api_session_v1_migraterequest_gen.go"
	// downstreamCodecFile holds the checking code, with the bound's message.
	downstreamCodecFile = "internal/stytch/api_session_v1_migraterequest_json_gen.go"
)

// downstreamCheck is the README's --check command. It runs where the
// //go:generate line runs, with the same arguments: the generated header
// names the schema as it was given, so running it from elsewhere (say, the
// module root with -o internal/stytch) reports a stale header on up-to-date
// output.
var downstreamCheck = []string{"tool", "schemagen", "--check", "-p", "stytch", "-o", ".",
	"--type", "MigrateRequest", "../../" + downstreamSchema}

// TestDownstream uses schemagen the way the README's "Using it in your
// repository" section tells users to: from a separate module that pins it as
// a tool dependency, generating with go generate and checking for drift in
// CI. It runs the real go and git commands in a throwaway module.
func TestDownstream(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a separate module with the go command; skipped with -short")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("the go command is not on PATH (%v); TestDownstream needs it to build a downstream module", err)
	}
	d := newDownstream(t)
	if !t.Run("get-tool", d.getTool) {
		return
	}
	if !t.Run("generate-build-run-vet", d.generateBuildRun) {
		return
	}
	t.Run("drift-check", d.driftCheck)
}

// downstream is the throwaway module example.com/downstream.
type downstream struct {
	root string   // this repository
	dir  string   // the downstream module
	env  []string // the environment its commands run in
}

func newDownstream(t *testing.T) *downstream {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if gomod, err := os.ReadFile(filepath.Join(root, "go.mod")); err != nil ||
		!strings.Contains(string(gomod), "module github.com/schemagen/schemagen\n") {
		t.Fatalf("%s is not the schemagen module root (%v)", root, err)
	}
	var env []string
	for _, kv := range os.Environ() {
		// GIT_DIR and friends (set when tests run from a git hook) would
		// point the git commands below at this repository.
		if !strings.HasPrefix(kv, "GIT_") {
			env = append(env, kv)
		}
	}
	env = append(env,
		// -mod=mod: CI sets -mod=readonly, but go get must edit go.mod.
		"GOFLAGS=-mod=mod", "GOWORK=off",
		// github.com/schemagen/schemagen is served by the replace directive,
		// not by a proxy, and a proxy may answer a lookup of a path it does
		// not serve with an error (403) rather than "not found". With
		// GOPROXY=off the go command resolves the replaced module offline
		// and takes schemagen's dependencies from the module cache, which
		// building this test has filled.
		"GOPROXY=off",
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull,
		"GIT_AUTHOR_DATE=2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE=2024-01-01T00:00:00Z")
	return &downstream{root: root, dir: t.TempDir(), env: env}
}

// getTool creates the module and pins schemagen with go get -tool.
func (d *downstream) getTool(t *testing.T) {
	d.mustRun(t, ".", "go", "mod", "init", "example.com/downstream")
	d.mustRun(t, ".", "go", "mod", "edit", "-replace", "github.com/schemagen/schemagen="+d.root)
	// schemagen's own checksums, so that adding its dependencies to go.sum
	// needs no checksum database (offline, it is unreachable).
	d.copyFile(t, filepath.Join(d.root, "go.sum"), "go.sum")
	d.mustRun(t, ".", "go", "get", "-tool", "github.com/schemagen/schemagen/cmd/schemagen")
	gomod := d.read(t, "go.mod")
	if !strings.Contains(gomod, "\ntool github.com/schemagen/schemagen/cmd/schemagen\n") {
		t.Fatalf("go get -tool recorded no tool directive; go.mod:\n%s", gomod)
	}
}

// generateBuildRun adds the schema and the package that generates from it,
// then runs go generate, go build, the program and go vet.
func (d *downstream) generateBuildRun(t *testing.T) {
	d.copyFile(t, filepath.Join(d.root, downstreamSchema), downstreamSchema)
	d.copyFile(t, filepath.Join(d.root, downstreamOverlay), downstreamOverlay)
	d.copyTree(t, filepath.Join("testdata", "downstream"))
	d.mustRun(t, ".", "go", "generate", "./...")
	if _, err := os.Stat(filepath.Join(d.dir, downstreamGenFile)); err != nil {
		t.Fatalf("go generate did not write %s: %v", downstreamGenFile, err)
	}
	d.mustRun(t, ".", "go", "build", "./...")
	out := d.mustRun(t, ".", "go", "run", ".")
	for _, want := range []string{"/session_duration_minutes", "minimum", "found 4"} {
		if !strings.Contains(out, want) {
			t.Errorf("go run . printed %q, which does not mention %q", out, want)
		}
	}
	d.mustRun(t, ".", "go", "vet", "./...")
}

// driftCheck commits the module and shows that both CI checks pass on it,
// then commits an overlay change without regenerating and shows that both
// fail, naming the changed bound.
func (d *downstream) driftCheck(t *testing.T) {
	d.mustRun(t, ".", "git", "init", "-q")
	d.mustRun(t, ".", "git", "config", "user.name", "Downstream Test")
	d.mustRun(t, ".", "git", "config", "user.email", "downstream@example.com")
	d.commit(t, "initial")
	d.mustRun(t, ".", "go", "generate", "./...")
	d.mustRun(t, ".", "git", "diff", "--exit-code")
	d.mustRun(t, "internal/stytch", "go", downstreamCheck...)

	overlay := d.read(t, downstreamOverlay)
	changed := strings.Replace(overlay, `"minimum": 5,`, `"minimum": 10,`, 1)
	if changed == overlay {
		t.Fatalf("%s has no %q to change:\n%s", downstreamOverlay, `"minimum": 5,`, overlay)
	}
	d.write(t, downstreamOverlay, changed)
	d.commit(t, "raise the minimum session duration, forgetting to regenerate")

	out := d.runExpect(t, 1, "internal/stytch", "go", downstreamCheck...)
	downstreamWantDiff(t, "schemagen --check", out, "api_session_v1_migraterequest_json_gen.go")
	if got := d.read(t, downstreamCodecFile); strings.Contains(got, "must be >= 10") {
		t.Errorf("schemagen --check rewrote %s", downstreamCodecFile)
	}
	d.mustRun(t, ".", "go", "generate", "./...")
	out = d.runExpect(t, 1, ".", "git", "diff", "--exit-code")
	downstreamWantDiff(t, "git diff --exit-code after go generate", out, downstreamCodecFile)
	// The type's doc comment states the bound, its checking code enforces it.
	if files, want := d.mustRun(t, ".", "git", "diff", "--name-only"), downstreamGenFile+"\n"+downstreamCodecFile; strings.TrimSpace(files) != want {
		t.Errorf("go generate changed %q, want only %q", files, want)
	}
}

// downstreamWantDiff checks that out holds a unified diff of a file whose
// path ends in file and that replaces the bound 5 with 10.
func downstreamWantDiff(t *testing.T, what, out, file string) {
	t.Helper()
	var from, to, hunk, removed, added bool
	for _, line := range strings.Split(out, "\n") {
		from = from || strings.HasPrefix(line, "--- ") && strings.HasSuffix(line, file)
		to = to || strings.HasPrefix(line, "+++ ") && strings.HasSuffix(line, file)
		hunk = hunk || strings.HasPrefix(line, "@@ ")
		removed = removed || strings.HasPrefix(line, "-") && strings.Contains(line, "must be >= 5 ")
		added = added || strings.HasPrefix(line, "+") && strings.Contains(line, "must be >= 10 ")
	}
	if !from || !to || !hunk || !removed || !added {
		t.Errorf("%s printed no unified diff of %s replacing the bound 5 with 10 "+
			"(---/+++ headers %v/%v, hunk %v, removed %v, added %v):\n%s", what, file, from, to, hunk, removed, added, out)
	}
}

// commit commits everything in the module.
func (d *downstream) commit(t *testing.T, msg string) {
	t.Helper()
	d.mustRun(t, ".", "git", "add", "-A")
	d.mustRun(t, ".", "git", "commit", "-q", "-m", msg)
}

// mustRun runs a command in dir (relative to the module) and returns its
// combined output, stopping the test unless it exits 0.
func (d *downstream) mustRun(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	return d.runExpect(t, 0, dir, name, args...)
}

// runExpect runs a command in dir (relative to the module) and returns its
// combined output, stopping the test unless it exits with code.
func (d *downstream) runExpect(t *testing.T, code int, dir, name string, args ...string) string {
	t.Helper()
	t.Logf("$ %s %s  (in %s)", name, strings.Join(args, " "), dir)
	cmd := exec.Command(name, args...)
	cmd.Dir = filepath.Join(d.dir, dir)
	cmd.Env = d.env
	out, err := cmd.CombinedOutput()
	got := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		got = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %s (in %s): %v\n%s", name, strings.Join(args, " "), dir, err, out)
	}
	if got != code {
		t.Fatalf("%s %s (in %s): exit %d, want %d; output:\n%s", name, strings.Join(args, " "), dir, got, code, out)
	}
	return string(out)
}

// copyTree copies the files under src (relative to this package) into the
// module, keeping their relative paths.
func (d *downstream) copyTree(t *testing.T, src string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || e.Name() == "README.md" {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		d.copyFile(t, path, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// copyFile copies src into the module as dst (a slash-separated path
// relative to the module).
func (d *downstream) copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	d.write(t, dst, string(data))
}

func (d *downstream) write(t *testing.T, name, content string) {
	t.Helper()
	path := filepath.Join(d.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (d *downstream) read(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(d.dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
