package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
)

// goCommand runs "go args..." in dir and returns its combined output.
func goCommand(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = goEnv(os.Environ())
	return cmd.CombinedOutput()
}

// goEnv returns env with -mod=mod in GOFLAGS (instead of any other -mod
// flag) and GOWORK=off; later entries win, so they are appended.
func goEnv(env []string) []string {
	var flags []string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GOFLAGS="); ok {
			flags = nil
			for _, f := range strings.Fields(v) {
				if !strings.HasPrefix(f, "-mod=") && !strings.HasPrefix(f, "--mod=") {
					flags = append(flags, f)
				}
			}
		}
	}
	flags = append(flags, "-mod=mod")
	out := append([]string(nil), env...)
	return append(out, "GOFLAGS="+strings.Join(flags, " "), "GOWORK=off")
}

// vetError names the packages whose files "go vet" (or the compiler it
// runs) complained about, with its output.
func vetError(pkgs []Package, out []byte, err error) error {
	var bad []string
	for _, p := range pkgs {
		if mentions(out, p.Dir) {
			bad = append(bad, p.Dir)
		}
	}
	sort.Strings(bad)
	what := "package(s) " + strings.Join(bad, ", ")
	if len(bad) == 0 {
		what = "the driver or the module setup (a batch bug)"
	}
	return &BuildError{
		Packages: bad,
		Output:   string(out),
		err:      fmt.Errorf("batch: go vet failed (%v) in %s:\n%s", err, what, out),
	}
}

// mentions reports whether go command output refers to package dir: by its
// import path, or by a file in it.
func mentions(out []byte, dir string) bool {
	sep := func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '[' || r == ']' || r == ':' || r == '(' || r == ')'
	}
	for _, tok := range strings.FieldsFunc(string(out), sep) {
		if tok == Module+"/"+dir || strings.HasPrefix(strings.TrimPrefix(tok, "./"), dir+"/") {
			return true
		}
	}
	return false
}

// runDriver runs the built driver and parses its output: one JSON object
// per instance, in order.
func runDriver(ctx context.Context, dir, bin string, pkgs []Package) ([]Result, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var results []Result
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("batch: bad driver output line %q: %v", sc.Text(), err)
		}
		results = append(results, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("batch: reading driver output: %v", err)
	}
	want := expected(pkgs)
	if runErr != nil || len(results) != len(want) {
		e := &DriverError{Results: len(results), Stderr: stderr.String()}
		at := "after the last instance"
		if len(results) < len(want) {
			e.Package, e.Instance = want[len(results)][0], want[len(results)][1]
			at = "at package " + e.Package + ", instance " + e.Instance
		}
		e.err = fmt.Errorf("batch: driver failed %s (%v; %d of %d results):\n%s", at, runErr, len(results), len(want), stderr.Bytes())
		return results, e
	}
	for i, r := range results {
		if r.Package != want[i][0] || r.Instance != want[i][1] {
			return nil, fmt.Errorf("batch: result %d is for %s %s, want %s %s", i, r.Package, r.Instance, want[i][0], want[i][1])
		}
	}
	return results, nil
}

// A DriverError reports that the driver program died, typically of a crash
// that no recover catches (such as a stack overflow) in the instance after
// the last result.
type DriverError struct {
	Package, Instance string // the instance after the last result, if any
	Results           int    // how many results the driver printed
	Stderr            string // what the driver printed on stderr
	err               error
}

func (e *DriverError) Error() string { return e.err.Error() }

// expected lists the (package, instance) pairs the driver reports, in order.
func expected(pkgs []Package) [][2]string {
	var out [][2]string
	for _, p := range pkgs {
		for _, inst := range p.Instances {
			out = append(out, [2]string{p.Dir, inst.ID})
		}
	}
	return out
}
