package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator"
)

// loadFlags are the flags that say how schema files are read: --map,
// --draft, --assert-format and --format-types. Generation, lint and diff
// register them all from here, so that one command line serves all three.
type loadFlags struct {
	maps        []generator.Mapping
	draft       string
	format      generator.FormatMode
	formatTypes []string
}

// register defines the loading flags on fs.
func (lf *loadFlags) register(fs *flag.FlagSet) {
	fs.Func("map", "serve remote references under `URL_PREFIX=DIR` from local files (repeatable); the network is never used", func(v string) error {
		prefix, dir, ok := strings.Cut(v, "=")
		if !ok || prefix == "" || dir == "" {
			return errors.New("want URL_PREFIX=DIR")
		}
		lf.maps = append(lf.maps, generator.Mapping{Prefix: prefix, Dir: dir})
		return nil
	})
	fs.Func("draft", "the `dialect` of schema files that declare no $schema: "+strings.Join(generator.Drafts(), ", ")+" (default 2020-12)", func(v string) error {
		if !slices.Contains(generator.Drafts(), v) {
			return fmt.Errorf("unknown draft %q; the drafts are %s", v, strings.Join(generator.Drafts(), ", "))
		}
		lf.draft = v
		return nil
	})
	fs.Var(assertFormatFlag{&lf.format}, "assert-format", "make \"format\" an assertion (date-time, email, uuid, ...) everywhere; =false makes it an annotation everywhere."+
		" By default it is asserted where jsonschema/v5 asserts it: in drafts 4, 6 and 7, and where the metaschema requires format-assertion")
	fs.Var(formatTypesFlag{&lf.formatTypes}, "format-types", "hold strings of the formats "+strings.Join(generator.TextFormats(), ", ")+
		" in Go types (time.Time, netip.Addr, url.URL, [16]byte) that keep the string they were decoded from;"+
		" --format-types=LIST, comma-separated, for some of them. Those formats become assertions")
}

// apply sets the loading fields of cfg from the flags.
func (lf *loadFlags) apply(cfg *generator.Config) {
	cfg.Maps = lf.maps
	cfg.Draft = lf.draft
	cfg.FormatAssertion = lf.format
	cfg.FormatTypes = lf.formatTypes
}

// assertFormatFlag is --assert-format: alone or =true, every format is an
// assertion; =false, none is; absent, the default.
type assertFormatFlag struct{ mode *generator.FormatMode }

// IsBoolFlag lets the flag stand alone, like a boolean flag.
func (f assertFormatFlag) IsBoolFlag() bool { return true }

// String implements flag.Value.
func (f assertFormatFlag) String() string {
	if f.mode == nil { // the zero value, which flag.PrintDefaults makes
		return ""
	}
	switch *f.mode {
	case generator.FormatAssert:
		return "true"
	case generator.FormatAnnotate:
		return "false"
	}
	return ""
}

// Set implements flag.Value.
func (f assertFormatFlag) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return errors.New("want true or false")
	}
	*f.mode = generator.FormatAnnotate
	if b {
		*f.mode = generator.FormatAssert
	}
	return nil
}
