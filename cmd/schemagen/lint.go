package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/lint"
	"github.com/schemagen/schemagen/generator/openapi"
)

const lintUsage = `Usage: schemagen lint [--fix] SCHEMA_OR_DIR...

For an OpenAPI document, every component under components.schemas is
checked, and the overlay is a merge patch on the whole document.

Finds constraints that descriptions state in prose but the schema (with its
overlay X.overlay.json, if any) does not encode: bounds, lengths, item
counts, sizes, allowed values and required properties. Each finding names
the file, the JSON Pointer and the sentence. The vendor's file is never
changed; --fix writes the missing keywords into the overlay instead. A
directory stands for every X.json below it (a vendor's whole folder).

Exit status: 0 when nothing is found (or --fix wrote it), 1 when something
is found, 2 on bad usage.

Examples:
  schemagen lint schemas/api_session_v1_MigrateRequest.json
  schemagen lint --fix schemas/*.json
  schemagen lint vendor/stytch/

Flags:
`

// runLint is "schemagen lint".
func runLint(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schemagen lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, lintUsage); fs.PrintDefaults() }
	fix := fs.Bool("fix", false, "write the missing keywords into each schema's overlay file")
	// The loading flags are accepted so that one command line serves
	// generation, lint and diff; lint reads each file with its overlay.
	var load loadFlags
	load.register(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "schemagen: lint: no schema files given\nRun 'schemagen lint -h' for usage.")
		return exitUsage
	}
	var paths []string
	for _, arg := range fs.Args() {
		files, _, err := diffInputs(arg) // a directory stands for its schema files
		if err != nil {
			printError(stderr, err)
			return exitError
		}
		paths = append(paths, files...)
	}
	code := exitOK
	for _, path := range paths {
		found, err := lintFile(path, *fix, stdout)
		if err != nil {
			printError(stderr, err)
			return exitError
		}
		if found && !*fix {
			code = exitError
		}
	}
	return code
}

// lintFile reports the findings of one schema file and, with fix, merges
// them into its overlay. It reports whether there were any.
func lintFile(path string, fix bool, stdout io.Writer) (bool, error) {
	file := filepath.ToSlash(path)
	root, err := readSchema(path)
	if err != nil {
		return false, &generator.Error{File: file, Err: err}
	}
	// The overlay that generation merges, else a new one: for a YAML file
	// a JSON one (JSON is YAML too).
	overlayPath, ok := generator.FindOverlay(path)
	switch {
	case ok:
	case generator.IsYAML(path):
		overlayPath = strings.TrimSuffix(path, filepath.Ext(path)) + ".overlay.json"
	default:
		overlayPath = generator.OverlayPath(path)
	}
	overlay, err := readSchema(overlayPath)
	switch {
	case errors.Is(err, os.ErrNotExist):
		overlay = nil
	case err != nil:
		return false, &generator.Error{File: filepath.ToSlash(overlayPath), Err: err}
	default:
		root = document.Merge(root, overlay)
	}
	var findings []lint.Finding
	if v, _ := openapi.Detect(root); v == openapi.V30 || v == openapi.V31 {
		findings = lint.CheckComponents(file, root)
	} else {
		findings = lint.Check(file, root)
	}
	for _, f := range findings {
		fmt.Fprintf(stdout, "%s#%s: %s %s is stated but not encoded: %q\n", f.File, f.Pointer, f.Keyword, f.Value.Encode(), f.Sentence)
	}
	if len(findings) == 0 {
		return false, nil
	}
	patch := pretty(lint.MergePatches(overlay, findings))
	if !fix {
		fmt.Fprintf(stdout, "To encode them, make %s this (or run schemagen lint --fix):\n%s", filepath.ToSlash(overlayPath), patch)
		return true, nil
	}
	if err := writeAtomic(overlayPath, patch); err != nil {
		return true, err
	}
	fmt.Fprintf(stdout, "wrote %s\n", filepath.ToSlash(overlayPath))
	return true, nil
}

// readSchema reads a schema file or overlay, YAML or JSON.
func readSchema(path string) (*document.Node, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return generator.ParseSchema(path, data)
}

// pretty indents a document for people to read and edit.
func pretty(n *document.Node) []byte {
	var buf bytes.Buffer
	if err := json.Indent(&buf, n.Encode(), "", "  "); err != nil {
		panic(err) // Encode writes valid JSON
	}
	buf.WriteByte('\n')
	return buf.Bytes()
}

// writeAtomic replaces the file at path with data, or leaves it as it was.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	if err := errors.Join(werr, tmp.Close()); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
