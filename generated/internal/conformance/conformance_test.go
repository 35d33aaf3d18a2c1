// Package conformance runs the official JSON-Schema-Test-Suite through
// schemagen: every test group's schema is generated into a Go package, all
// packages of a draft are built in one batch (see generated/internal/batch),
// and every test's instance is run through the package's root type. A test
// passes iff the generated code accepts the instance (json.Unmarshal and
// Validate both succeed) exactly when the suite says it is valid, and an
// accepted instance marshals back to the same JSON value.
//
// The test logs a table of passed/total per file and per draft and the
// failing tests grouped by reason, and fails if a draft passes fewer tests
// than its floor in floor.json. Run with -update to raise the floors to the
// current counts; they never go down.
//
// Environment:
//
//	JSON_SCHEMA_TEST_SUITE  the suite's directory (default: see suiteDefault)
//	CONFORMANCE_RUN=REGEXP  only files whose "draft/file" name matches; no floors
//	CONFORMANCE_FORMAT=1    run tests/<draft>/optional/format instead, with --assert-format; no floors
//	CONFORMANCE_OPTIONAL=1  run the other tests/<draft>/optional files instead; no floors
//	CONFORMANCE_REPORT=FILE also write the full report to FILE
package conformance

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/schemagen/schemagen/internal/golden"
)

// update raises the floors in floor.json to the current pass counts. The
// module's golden files are refreshed with "go test ./... -update", which
// passes the flag to every test binary.
var update = golden.Update // -update: raise the floors in floor.json to the current pass counts

// drafts are the suite directories the runner covers, in report order.
var drafts = []string{"draft2020-12", "draft2019-09", "draft7", "draft6", "draft4"}

// suiteDefault is where the suite sits when JSON_SCHEMA_TEST_SUITE is not
// set, relative to this package's directory: beside the repository's clone.
const suiteDefault = "../../../../shared/JSON-Schema-Test-Suite"

// options are what the environment asks of one run.
type options struct {
	suite    string         // absolute path of the suite
	filter   *regexp.Regexp // CONFORMANCE_RUN, or nil
	format   bool           // CONFORMANCE_FORMAT=1: the optional format tests
	optional bool           // CONFORMANCE_OPTIONAL=1: the other optional tests
	report   string         // CONFORMANCE_REPORT, or ""
}

// full reports whether the run covers exactly what the floors count.
func (o options) full() bool { return o.filter == nil && !o.format && !o.optional }

func TestConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("builds one Go package per test group of the JSON-Schema-Test-Suite")
	}
	opts := readOptions(t)
	var rep report
	named := 0
	for _, draft := range drafts {
		groups := loadDraft(t, opts, draft, &named)
		rep.drafts = append(rep.drafts, runDraft(t, opts, draft, groups))
	}
	if rep.total() == 0 {
		t.Fatalf("no tests selected: does CONFORMANCE_RUN=%q match a draft/file name such as draft7/ref.json?", os.Getenv("CONFORMANCE_RUN"))
	}
	rep.log(t)
	if opts.report != "" {
		if err := os.WriteFile(opts.report, []byte(rep.full()), 0o644); err != nil {
			t.Errorf("CONFORMANCE_REPORT: %v", err)
		}
	}
	if !opts.full() {
		t.Log("floors not checked: CONFORMANCE_RUN or CONFORMANCE_FORMAT selects a partial run")
		return
	}
	checkFloors(t, "floor.json", rep.passed())
}

// readOptions reads the environment, skipping the test if the suite is
// missing.
func readOptions(t *testing.T) options {
	t.Helper()
	var opts options
	dir, where := os.Getenv("JSON_SCHEMA_TEST_SUITE"), "JSON_SCHEMA_TEST_SUITE"
	if dir == "" {
		dir, where = suiteDefault, "the default ("+suiteDefault+" from the package directory, as JSON_SCHEMA_TEST_SUITE is not set)"
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(abs, "tests")); errors.Is(err, os.ErrNotExist) {
		t.Skipf("no JSON-Schema-Test-Suite at %s, %s: clone https://github.com/json-schema-org/JSON-Schema-Test-Suite there or set JSON_SCHEMA_TEST_SUITE to its directory", abs, where)
	} else if err != nil {
		t.Fatal(err)
	}
	opts.suite = abs
	if re := os.Getenv("CONFORMANCE_RUN"); re != "" {
		if opts.filter, err = regexp.Compile(re); err != nil {
			t.Fatalf("CONFORMANCE_RUN: %v", err)
		}
	}
	opts.format = os.Getenv("CONFORMANCE_FORMAT") == "1"
	opts.optional = os.Getenv("CONFORMANCE_OPTIONAL") == "1"
	opts.report = os.Getenv("CONFORMANCE_REPORT")
	return opts
}
