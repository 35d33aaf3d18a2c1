package conformance

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/schemagen/schemagen/generated/internal/batch"
)

// A draftResult is what one draft's run found.
type draftResult struct {
	name     string
	outcomes []outcome // in file, group and test order
	generate time.Duration
	build    time.Duration
	run      time.Duration
	builds   int // batch builds, one more per round that dropped packages
}

// An outcome is the verdict on one test.
type outcome struct {
	file, group, test string
	pass              bool
	reason            string // why it failed: tests are grouped by it
	detail            string // what this test did, or ""
}

// A failure is why a package has no results for (some of) its instances.
type failure struct{ reason, detail string }

// runDraft generates, builds and runs every group of a draft.
func runDraft(t *testing.T, opts options, draft string, groups []*group) *draftResult {
	t.Helper()
	res := &draftResult{name: draft}
	dir := t.TempDir()
	start := time.Now()
	var pkgs []batch.Package
	genErr := map[string]string{}
	for _, g := range groups {
		p, err := generateGroup(opts, draft, filepath.Join(dir, g.pkg), g)
		if err != nil {
			genErr[g.pkg] = shortError(err)
			continue
		}
		pkgs = append(pkgs, p)
	}
	res.generate = time.Since(start)
	results, missing := buildAndRun(t, res, pkgs)
	for _, g := range groups {
		res.outcomes = append(res.outcomes, judgeGroup(g, genErr[g.pkg], results, missing[g.pkg])...)
	}
	return res
}

// buildAndRun builds pkgs in one batch and runs their instances. Packages
// that do not compile are dropped and the rest built again, and after a
// driver crash the packages after the crashing one run again, so that one
// bad package hides no other's results. It returns the results by package
// and instance, and why packages have no (or only some) results.
func buildAndRun(t *testing.T, res *draftResult, pkgs []batch.Package) (map[[2]string]batch.Result, map[string]failure) {
	t.Helper()
	results := map[[2]string]batch.Result{}
	missing := map[string]failure{}
	for len(pkgs) > 0 {
		start := time.Now()
		d, err := batch.Build(t.Context(), pkgs)
		res.build += time.Since(start)
		res.builds++
		var be *batch.BuildError
		if errors.As(err, &be) && len(be.Packages) > 0 {
			for _, dir := range be.Packages {
				missing[dir] = failure{"does not compile", firstMention(be.Output, dir)}
			}
			pkgs = dropPackages(pkgs, missing)
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", res.name, err)
		}
		start = time.Now()
		rs, err := d.Run(t.Context())
		res.run += time.Since(start)
		d.Close()
		for _, r := range rs {
			results[[2]string{r.Package, r.Instance}] = r
		}
		pkgs, err = afterCrash(pkgs, err, missing)
		if err != nil {
			t.Fatalf("%s: %v", res.name, err)
		}
	}
	return results, missing
}

// afterCrash returns the packages to run again after the driver failed
// with err: those after the one it crashed in, which is recorded in
// missing. It returns an error for a failure it cannot recover from.
func afterCrash(pkgs []batch.Package, err error, missing map[string]failure) ([]batch.Package, error) {
	var de *batch.DriverError
	if err == nil {
		return nil, nil
	} else if !errors.As(err, &de) || de.Package == "" {
		return nil, err
	}
	line, _, _ := strings.Cut(strings.TrimSpace(de.Stderr), "\n")
	if line == "" {
		line, _, _ = strings.Cut(de.Error(), "\n")
	}
	missing[de.Package] = failure{"driver crashed", "at test " + de.Instance + ": " + oneLine(line, 100)}
	for i, p := range pkgs {
		if p.Dir == de.Package {
			return pkgs[i+1:], nil
		}
	}
	return nil, err
}

// dropPackages returns pkgs without those in missing.
func dropPackages(pkgs []batch.Package, missing map[string]failure) []batch.Package {
	var out []batch.Package
	for _, p := range pkgs {
		if _, ok := missing[p.Dir]; !ok {
			out = append(out, p)
		}
	}
	return out
}

// firstMention returns the first error line of go command output about the
// package in dir.
func firstMention(out, dir string) string {
	header := ""
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "#"):
			if header == "" && strings.HasSuffix(line, "/"+dir) {
				header = line
			}
		case strings.Contains(line, dir+"/") || strings.Contains(line, batch.Module+"/"+dir+" "):
			return truncate(strings.TrimPrefix(strings.TrimPrefix(line, "batch: "), "./"), 120)
		}
	}
	return header
}

// judgeGroup returns the outcomes of a group's tests. genErr is why it
// has no package, and fail why its package has no results, if it does not.
func judgeGroup(g *group, genErr string, results map[[2]string]batch.Result, fail failure) []outcome {
	var out []outcome
	for i, tc := range g.Tests {
		o := outcome{file: g.file, group: g.Description, test: tc.Description}
		r, ok := results[[2]string{g.pkg, fmt.Sprint(i)}]
		switch {
		case genErr != "":
			o.reason = genErr
		case !ok && fail.reason != "":
			o.reason, o.detail = fail.reason, fail.detail
		case !ok:
			o.reason = "no result (a runner bug)"
		default:
			o.reason, o.detail = judge(tc, r)
		}
		o.pass = o.reason == ""
		out = append(out, o)
	}
	return out
}

// judge returns why the generated code failed a test, or "" if it passed:
// it must accept exactly the valid instances, without panicking, and
// marshal an accepted instance back to the same JSON value.
func judge(tc suiteTest, r batch.Result) (reason, detail string) {
	data := oneLine(string(tc.Data), 60)
	switch {
	case r.Panic != "":
		return "generated code panics", data + ": " + oneLine(r.Panic, 80)
	case tc.Valid && !r.Accepted:
		return "rejects a valid instance", data + ": " + oneLine(r.Err, 80)
	case !tc.Valid && r.Accepted:
		return "accepts an invalid instance", data
	case r.Accepted && !r.RoundTrip:
		return "round trip changes the value", data + " -> " + oneLine(r.Marshaled, 60) + " " + oneLine(r.Err, 60)
	}
	return "", ""
}

// oneLine returns s on one line, without runs of white space, truncated to
// n runes: JSON documents and error texts for the failure list.
func oneLine(s string, n int) string {
	return truncate(strings.Join(strings.Fields(s), " "), n)
}
