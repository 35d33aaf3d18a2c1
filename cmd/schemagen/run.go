package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// Exit codes.
const (
	exitOK    = 0 // success; with --check, the output is up to date
	exitError = 1 // generation failed, or --check found stale output
	exitUsage = 2 // bad flags or arguments
)

const usage = `Usage: schemagen [flags] SCHEMA...
       schemagen lint [--fix] SCHEMA_OR_DIR...
       schemagen diff [--json] OLD.json NEW.json | OLD_DIR NEW_DIR

Generates Go types with UnmarshalJSON, MarshalJSON and Validate methods from
JSON Schema files (drafts 4, 6, 7, 2019-09 and 2020-12), in JSON or YAML, and
from OpenAPI 3.0 and 3.1 documents (one type per components.schemas entry).
A file X.overlay.json beside X.json (X.overlay.yaml beside X.yaml) is merged
into it first, as an RFC 7396 JSON Merge Patch.

Examples:
  schemagen -o internal/stytch -p stytch --type MigrateRequest schemas/migrate.json
  schemagen -o api --map https://example.com/schemas/=third_party/schemas api/*.json
  schemagen --check -o internal/stytch -p stytch schemas/migrate.json   # CI drift check
  schemagen -o api -p api --only Pet,Owner openapi.yaml   # two components and what they need
  schemagen -o api --format-types api/*.json   # date-times as time.Time, UUIDs as [16]byte, ...
  schemagen -o stytch -p stytch vendor/stytch/*.json   # a vendor's folder: "#/components/schemas/X" finds X's file
  schemagen -o sessions --import schemas/users/=example.com/api/users schemas/sessions/*.json
  schemagen lint schemas/migrate.json   # constraints the descriptions state but the schema lacks
  schemagen diff old/migrate.json schemas/migrate.json   # what a vendor update changes for Go users

In a downstream repository:
  //go:generate go tool schemagen -o . -p stytch ../../schemas/migrate.json

Flags:
`

// options are the parsed command line.
type options struct {
	out, pkg, rootName string
	load               loadFlags
	check, version     bool
	quiet, verbose     bool
	only               []string
	operations         bool
	schemas            []string
}

// run is the whole command: main only passes os.Args and exits with its
// result, so tests drive exactly what users run.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "lint":
			return runLint(args[1:], stdout, stderr)
		case "diff":
			return runDiff(args[1:], stdout, stderr)
		}
	}
	opts, code := parseFlags(args, stderr)
	if code >= 0 {
		return code
	}
	if opts.version {
		fmt.Fprintln(stdout, "schemagen", version())
		return exitOK
	}
	cfg := generator.Config{
		Package: opts.pkg, RootName: opts.rootName, Only: opts.only, Operations: opts.operations,
		Warn: func(msg string) {
			if !opts.quiet {
				fmt.Fprintln(stderr, "schemagen:", msg)
			}
		},
	}
	opts.load.apply(&cfg)
	if opts.verbose {
		cfg.Note = func(msg string) { fmt.Fprintln(stderr, "schemagen:", msg) }
	}
	pkg, err := generator.Build(cfg, opts.schemas)
	if err != nil {
		printError(stderr, err)
		if pe := (*generator.PanicError)(nil); opts.verbose && errors.As(err, &pe) {
			fmt.Fprintf(stderr, "schemagen: stack of the panic:\n%s", pe.Stack)
		}
		return exitError
	}
	// The header names the schema files relative to the output directory,
	// so it reads the same wherever schemagen runs from.
	files, err := templates.Options{OutDir: opts.out}.Render(pkg)
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	out := outputDir{path: opts.out}
	if opts.verbose {
		out.log = func(format string, args ...any) { fmt.Fprintf(stderr, "schemagen: "+format+"\n", args...) }
	}
	if opts.check {
		diff, err := out.staleDiff(files)
		if err != nil {
			printError(stderr, err)
			return exitError
		}
		if diff != "" {
			fmt.Fprint(stdout, diff)
			fmt.Fprintf(stderr, "schemagen: %s is stale; run schemagen without --check to regenerate it\n", opts.out)
			return exitError
		}
		return exitOK
	}
	if err := out.write(files); err != nil {
		printError(stderr, err)
		return exitError
	}
	return exitOK
}

// parseFlags returns the options, or an exit code >= 0 when run must stop.
func parseFlags(args []string, stderr io.Writer) (options, int) {
	var opts options
	fs := flag.NewFlagSet("schemagen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	fs.StringVar(&opts.out, "o", ".", "output `directory`")
	fs.StringVar(&opts.pkg, "p", "", "Go package `name` (default: the output directory's name)")
	fs.StringVar(&opts.rootName, "type", "", "Go `name` of the root type (only with one schema; default: its title, else the file name)")
	opts.load.register(fs)
	fs.Func("only", "generate only the OpenAPI components `NAME[,NAME...]` (names under components.schemas) and the types they need, without operations' inline bodies", func(v string) error {
		for _, name := range strings.Split(v, ",") {
			if name == "" {
				return errors.New("want NAME[,NAME...]")
			}
			opts.only = append(opts.only, name)
		}
		return nil
	})
	fs.BoolVar(&opts.check, "check", false, "write nothing; exit 1 and print a unified diff if the output directory is stale")
	fs.BoolVar(&opts.version, "version", false, "print the version and exit")
	fs.BoolVar(&opts.operations, "operations", false, "also generate a type for each JSON request and response body schema written inline in an OpenAPI document's operations (always done for a document without components.schemas)")
	fs.BoolVar(&opts.quiet, "quiet", false, "print no warnings, only errors")
	fs.BoolVar(&opts.verbose, "verbose", false, "also report each file written or removed")
	// Flags may follow schema files (schemagen a.json --check), as they may
	// in most command-line tools; "--" ends the flags.
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return opts, exitOK
			}
			return opts, exitUsage
		}
		rest := fs.Args()
		if len(rest) == 0 || len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			opts.schemas = append(opts.schemas, rest...)
			break
		}
		opts.schemas = append(opts.schemas, rest[0])
		args = rest[1:]
	}
	if opts.version {
		return opts, -1
	}
	return opts, validateOptions(&opts, stderr)
}

// formatTypesFlag is --format-types, which sets the formats that Go types
// hold: alone, every format that one can (generator.TextFormats); with a
// comma-separated list, those.
type formatTypesFlag struct{ formats *[]string }

// IsBoolFlag lets the flag stand alone, like a boolean flag.
func (f formatTypesFlag) IsBoolFlag() bool { return true }

// String implements flag.Value.
func (f formatTypesFlag) String() string {
	if f.formats == nil { // the zero value, which flag.PrintDefaults makes
		return ""
	}
	return strings.Join(*f.formats, ",")
}

// Set implements flag.Value: "true" when the flag stands alone, else the
// list.
func (f formatTypesFlag) Set(v string) error {
	switch v {
	case "true":
		*f.formats = generator.TextFormats()
		return nil
	case "false":
		*f.formats = nil
		return nil
	}
	list := strings.Split(v, ",")
	for _, format := range list {
		if !slices.Contains(generator.TextFormats(), format) {
			return fmt.Errorf("no Go type holds format %q; the formats are %s", format, strings.Join(generator.TextFormats(), ", "))
		}
	}
	*f.formats = list
	return nil
}

// validateOptions checks the arguments flags cannot, and fills in defaults.
func validateOptions(opts *options, stderr io.Writer) int {
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "schemagen: "+format+"\n", args...)
		fmt.Fprintln(stderr, "Run 'schemagen -h' for usage.")
		return exitUsage
	}
	if len(opts.schemas) == 0 {
		return fail("no schema files given")
	}
	if opts.rootName != "" && len(opts.schemas) > 1 {
		return fail("--type names the root type of one schema, but %d were given", len(opts.schemas))
	}
	if opts.rootName != "" && !token.IsExported(opts.rootName) || opts.rootName != "" && !token.IsIdentifier(opts.rootName) {
		return fail("--type %q is not an exported Go identifier", opts.rootName)
	}
	if opts.pkg == "" {
		abs, err := filepath.Abs(opts.out)
		if err != nil {
			return fail("%v", err)
		}
		opts.pkg = filepath.Base(abs)
	}
	if !token.IsIdentifier(opts.pkg) || opts.pkg == "_" {
		return fail("package name %q is not a Go identifier; choose one with -p", opts.pkg)
	}
	return -1
}

// printError prints each problem on its own line.
func printError(w io.Writer, err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintln(w, "schemagen:", line)
	}
}

// version reports the module version schemagen was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
