// Package stytch holds the Go types generated from the bundled Stytch
// schemas in ../../schemas: the request of the session migrate endpoint
// (MigrateRequest) and its response (MigrateResponse) with every schema the
// response refers to, which schemagen finds beside it. Do not edit the
// _gen.go files: change the schemas' overlays and run "go generate ./..."
// instead.
package stytch

//go:generate go run ../../cmd/schemagen -p stytch -o . ../../schemas/api_session_v1_MigrateRequest.json ../../schemas/stytch-api-session-v1-migrateresponse-schema.json
