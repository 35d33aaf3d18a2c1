// Package benchorders holds the Go types generated from the benchmark schema
// ../../schemas/bench/orders.json: a page of e-commerce orders with nested
// objects, arrays of objects, enums, patterns and a oneOf of payment
// methods. The benchmarks in generated/internal/bench use it. Do not edit
// the _gen.go files: change the schema and run "go generate ./..." instead.
package benchorders

//go:generate go run ../../cmd/schemagen -p benchorders -o . --type OrderBatch ../../schemas/bench/orders.json
