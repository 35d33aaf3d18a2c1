// Package stytch holds the Go types generated from the bundled Stytch
// request schemas in ../../schemas. Do not edit the _gen.go files: change
// the schema's overlay and run "go generate ./..." instead.
package stytch

//go:generate go run ../../cmd/schemagen -p stytch -o . --type MigrateRequest ../../schemas/api_session_v1_MigrateRequest.json
