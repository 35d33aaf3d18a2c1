// Package ir is schemagen's intermediate representation: the Go types to
// generate, described as plain data.
//
// The generator package builds a Package from JSON Schemas; the templates
// package turns it into Go source. The IR knows nothing about either: it holds
// no schema library values, no jennifer code and no closures, so it can be
// dumped, compared and tested on its own.
//
// Every name in the IR is final. Emitters never derive a Go identifier
// themselves; the generator's naming pass assigns them all.
//
// Types form a sealed set (the Type interface can only be implemented here),
// one struct per construct, so invalid combinations cannot be built.
package ir
