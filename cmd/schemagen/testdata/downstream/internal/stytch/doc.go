// Package stytch holds the Stytch API types, generated from ../../schemas.
package stytch

//go:generate go tool schemagen -p stytch -o . --type MigrateRequest ../../schemas/api_session_v1_MigrateRequest.json
