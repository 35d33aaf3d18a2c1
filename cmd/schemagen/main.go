// Command schemagen generates Go types with validation from JSON Schema files.
//
// Usage:
//
//	schemagen [flags] SCHEMA...
//
// For every schema file it writes one Go file into the output directory:
// a type for the root schema and for each of its definitions, with
// UnmarshalJSON, MarshalJSON and Validate methods that enforce the schema.
// A file X.overlay.json beside X.json is merged into it first (RFC 7396).
// Run "schemagen -h" for the flags and examples.
package main

import "os"

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
