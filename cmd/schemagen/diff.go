package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/irdiff"
)

const diffUsage = `Usage: schemagen diff [--json] [--type NAME] [--map URL_PREFIX=DIR] [--draft D] OLD.json NEW.json

Explains what regenerating from NEW instead of OLD changes for Go code that
uses the generated types: added, removed and renamed types and fields,
changed Go types, tightened and loosened constraints, changed enums and
unions, each marked breaking or compatible.

Exit status: 0 when nothing breaking changed, 1 when something did (or on
error), 2 on bad usage.

Examples:
  git show HEAD:schemas/pet.json > /tmp/old.json
  schemagen diff /tmp/old.json schemas/pet.json
  schemagen diff --json old.json new.json | jq '.changes[] | select(.breaking)'

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
		fmt.Fprintln(stderr, "schemagen: diff takes two schema files, OLD and NEW\nRun 'schemagen diff -h' for usage.")
		return exitUsage
	}
	cfg := generator.Config{Package: "diff", RootName: *rootName}
	load.apply(&cfg)
	old, err := generator.Build(cfg, []string{fs.Arg(0)})
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	updated, err := generator.Build(cfg, []string{fs.Arg(1)})
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
