// Package benchwide holds the Go types generated from the benchmark schemas
// ../../schemas/bench/wide_batch.json and the wide_record.json it refers
// to: WideRecord has 300 properties of mixed types with bounds, patterns and
// enums, and WideBatch is a page of them, so that large documents are
// valid. The benchmarks in generated/internal/bench use it. Do not edit the
// _gen.go files: change the schemas and run "go generate ./..." instead.
package benchwide

//go:generate go run ../../cmd/schemagen -p benchwide -o . --type WideBatch ../../schemas/bench/wide_batch.json
