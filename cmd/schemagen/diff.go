package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/irdiff"
)

const diffUsage = `Usage: schemagen diff [--json] [--type NAME] [--map URL_PREFIX=DIR] [--draft D] OLD.json NEW.json
       schemagen diff [--json] [--map URL_PREFIX=DIR] [--draft D] OLD_DIR NEW_DIR

Explains what regenerating from NEW instead of OLD changes for Go code that
uses the generated types: added, removed and renamed types and fields,
changed Go types, tightened and loosened constraints, changed enums and
unions, each marked breaking or compatible. A schema that refers to
components of its family ("#/components/schemas/NAME") is compared with
the sibling files it refers to. Two directories compare the whole families
in them (every X.json below each, overlays applied), for a vendor update of
a whole folder: schema files added and removed are listed too, and a
component whose file and name changed but whose shape did not is reported
as moved.

Exit status: 0 when nothing breaking changed, 1 when something did (or on
error), 2 on bad usage.

Examples:
  git show HEAD:schemas/pet.json > /tmp/old.json
  schemagen diff /tmp/old.json schemas/pet.json
  schemagen diff --json old.json new.json | jq '.changes[] | select(.breaking)'
  schemagen diff vendor-v1/ vendor-v2/

Flags:
`

// runDiff is "schemagen diff".
func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schemagen diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, diffUsage); fs.PrintDefaults() }
	asJSON := fs.Bool("json", false, "print the changes as JSON, for tools")
	rootName := fs.String("type", "", "Go `name` of the root type of both schemas (default: from their titles or file names)")
	var load loadFlags
	load.register(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(stderr, "schemagen: diff takes two schema files, OLD and NEW, or two directories\nRun 'schemagen diff -h' for usage.")
		return exitUsage
	}
	oldFiles, oldDir, err := diffInputs(fs.Arg(0))
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	newFiles, newDir, err := diffInputs(fs.Arg(1))
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	if oldDir != newDir || oldDir && *rootName != "" {
		fmt.Fprintln(stderr, "schemagen: diff compares two schema files or two directories (and --type needs files)\nRun 'schemagen diff -h' for usage.")
		return exitUsage
	}
	cfg := generator.Config{Package: "diff", RootName: *rootName}
	load.apply(&cfg)
	old, err := generator.Build(cfg, oldFiles)
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	updated, err := generator.Build(cfg, newFiles)
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	changes := irdiff.Compare(old, updated)
	if *asJSON {
		data, err := irdiff.JSON(changes)
		if err != nil {
			printError(stderr, err)
			return exitError
		}
		fmt.Fprintf(stdout, "%s\n", data)
	} else {
		fmt.Fprint(stdout, irdiff.Text(changes))
	}
	if irdiff.Breaking(changes) {
		return exitError
	}
	return exitOK
}

// diffInputs returns the schema files a diff argument names: the file
// itself, or every X.json (not X.overlay.json) in the directory and below
// it, sorted; and whether it is a directory.
func diffInputs(arg string) ([]string, bool, error) {
	info, err := os.Stat(arg)
	if err != nil {
		return nil, false, &generator.Error{File: filepath.ToSlash(arg), Err: fmt.Errorf("cannot read: %v", errors.Unwrap(err))}
	}
	if !info.IsDir() {
		return []string{arg}, false, nil
	}
	var files []string
	err = filepath.WalkDir(arg, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && generator.IsSchemaFile(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, true, &generator.Error{File: filepath.ToSlash(arg), Err: err}
	}
	if len(files) == 0 {
		return nil, true, &generator.Error{File: filepath.ToSlash(arg), Err: errors.New("no schema files (*.json) in this directory")}
	}
	return files, true, nil
}
