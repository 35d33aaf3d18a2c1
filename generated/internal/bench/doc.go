// Package bench benchmarks schemagen's generated code against
// jsonschema/v5 and other runtime validators, against plain encoding/json
// and faster JSON decoders and encoders, and measures how long schemagen
// takes to generate code as schemas grow. Everything is in the package's
// tests; the Performance section of the repository's README says how to
// run them and what they found.
//
// The package is a module of its own, which replaces schemagen with the
// repository around it, so that the peers it compares with stay out of the
// module users require. Run its tests from this directory: go test ./...
// at the repository's root does not include them.
package bench
