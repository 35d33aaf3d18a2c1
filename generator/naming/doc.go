// Package naming spells Go identifiers for schemagen.
//
// It knows nothing about JSON Schema: it only turns arbitrary strings into Go
// names and keeps those names unique within one Go namespace.
//
// # Spelling
//
// GoName turns any string (a JSON property name, a schema title, a $defs key,
// an enum value, a file name) into an exported identifier in MixedCaps:
//
//	session_token                 → SessionToken
//	api_session_v1_MigrateRequest → APISessionV1MigrateRequest
//	HTTPServer                    → HTTPServer
//	user_ids                      → UserIDs
//	größe                         → Größe
//	2fa                           → X2fa
//	-                             → Minus
//
// Words that are well-known initialisms (ID, URL, JSON, OAuth, ...) keep their
// conventional spelling; see GoName for the full rules.
//
// Unexported derives an unexported name (for a local variable or a parameter)
// from an exported one, avoiding keywords and predeclared identifiers.
//
// # Uniqueness
//
// A Scope hands out unique names within one namespace, such as a package's
// top-level declarations or one struct's fields and methods. Collisions are
// resolved with numeric suffixes in a deterministic and stable way: the name
// an item receives depends only on the items that want the same name and on
// the names already taken, never on the order of the input or on unrelated
// items.
package naming
