// Package fuzzcases holds the Go types generated from the schemas in
// ../../schemas/fuzzcases, which the fuzz and differential tests of this
// package run against jsonschema/v5: a typed struct (Order), raw JSON with
// generated checks (Rule) and a oneOf union of typed objects (Shape). Do not
// edit the _gen.go files: change the schemas and run "go generate ./..."
// instead.
package fuzzcases

//go:generate go run ../../cmd/schemagen -p fuzzcases -o . ../../schemas/fuzzcases/order.json ../../schemas/fuzzcases/rule.json ../../schemas/fuzzcases/shape.json
