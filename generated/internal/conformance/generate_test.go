package conformance

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/schemagen/schemagen/generated/internal/batch"
	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/templates"
)

// rootName is the Go name asked for every group's root type.
const rootName = "Root"

// generateGroup writes a group's schema to dir/schema.json and generates
// its package, with one instance per test, named by the test's index. The
// schema is read in the draft of its directory.
func generateGroup(opts options, draft, dir string, g *group) (p batch.Package, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return p, err
	}
	path := filepath.Join(dir, "schema.json")
	if err := os.WriteFile(path, g.Schema, 0o644); err != nil {
		return p, err
	}
	cfg := generator.Config{
		Package:  g.pkg,
		RootName: rootName,
		Maps:     []generator.Mapping{{Prefix: "http://localhost:1234/", Dir: filepath.Join(opts.suite, "remotes")}},
		Draft:    dialects[draft],
	}
	if opts.format {
		// The optional format tests measure format assertion, which users
		// turn on everywhere with --assert-format.
		cfg.FormatAssertion = generator.FormatAssert
	}
	p = batch.Package{Dir: g.pkg, Name: g.pkg}
	err = protect(func() error {
		pkg, err := generator.Build(cfg, []string{path})
		if err != nil {
			return err
		}
		p.RootType = rootType(pkg, filepath.ToSlash(path))
		if p.RootType == "" {
			return errors.New("no Go type for the root schema")
		}
		p.Files, err = templates.Render(pkg)
		return err
	})
	for i, tc := range g.Tests {
		p.Instances = append(p.Instances, batch.Instance{ID: fmt.Sprint(i), Data: tc.Data})
	}
	return p, err
}

// rootType returns the name of the root schema's type in pkg: the name
// asked for, or else that of the declaration for the root of file (whose
// origin names the document's $id instead, if it has one).
func rootType(pkg *ir.Package, file string) string {
	for _, d := range pkg.Decls {
		if d.Name == rootName && d.Origin.Pointer == "" {
			return d.Name
		}
	}
	for _, d := range pkg.Decls {
		if d.Origin.File == file && d.Origin.Pointer == "" {
			return d.Name
		}
	}
	return ""
}

// protect calls f, turning a panic into an error that says where it
// happened.
func protect(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v%s", r, panicSite())
		}
	}()
	return f()
}

// panicSite returns " at FUNC (FILE:LINE)" for the function that panicked,
// called from a deferred function while panicking.
func panicSite() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	inRuntime := false
	for {
		f, more := frames.Next()
		isRuntime := strings.HasPrefix(f.Function, "runtime.")
		if inRuntime && !isRuntime {
			fn := strings.TrimPrefix(f.Function, "github.com/schemagen/schemagen/")
			return fmt.Sprintf(" at %s (%s:%d)", fn, filepath.Base(f.File), f.Line)
		}
		inRuntime = inRuntime || isRuntime && f.Function != "runtime.Callers"
		if !more {
			return ""
		}
	}
}

// location matches the "FILE#POINTER: " or "FILE: " that starts a
// generator error line.
var location = regexp.MustCompile(`^\S+\.json(#\S*)?: `)

// unsupported matches the headline of the generator's error for a keyword
// it has no code for.
var unsupported = regexp.MustCompile(`^keyword ("[^"]*") is not supported$`)

// shortError turns a generator error into a failure reason: its distinct
// messages without their locations, each shortened, sorted, at most four.
func shortError(err error) string {
	seen := map[string]bool{}
	var msgs []string
	for _, line := range strings.Split(err.Error(), "\n") {
		msg := shortMessage(location.ReplaceAllString(strings.TrimSpace(line), ""))
		if msg != "" && !seen[msg] {
			seen[msg] = true
			msgs = append(msgs, msg)
		}
	}
	sort.Strings(msgs)
	if len(msgs) > 4 {
		msgs = append(msgs[:4], fmt.Sprintf("(+%d more)", len(msgs)-4))
	}
	return "generate: " + strings.Join(msgs, "; ")
}

// shortMessage shortens one generator message. `keyword "K" is not
// supported: WHY` becomes `"K" unsupported`, followed by the start of WHY
// unless WHY is only that there is no code for it yet.
func shortMessage(msg string) string {
	head, why, _ := strings.Cut(msg, ": ")
	m := unsupported.FindStringSubmatch(head)
	switch {
	case strings.HasPrefix(msg, "panic: "):
		return truncate(msg, 160)
	case m == nil:
		return truncate(msg, 90)
	case why == "" || strings.Contains(why, "no code for it yet"):
		return m[1] + " unsupported"
	}
	return m[1] + " unsupported (" + truncate(why, 50) + ")"
}

// truncate shortens s to at most n runes, marking a cut with "...".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-3]) + "..."
}
