// Package bench benchmarks schemagen's generated code against
// jsonschema/v5 and against plain encoding/json, and measures how long
// schemagen takes to generate code as schemas grow. Everything is in the
// package's tests; the Performance section of the repository's README says
// how to run them and what they found.
package bench
