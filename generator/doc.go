// Package generator turns JSON Schema files into schemagen's intermediate
// representation (package ir).
//
// The pipeline has four stages, each in one place:
//
//   - load (load.go, overlay.go, extension.go): read each schema file as an
//     ordered document, merge its overlay (X.overlay.json beside X.json, an
//     RFC 7396 merge patch), repair known vendor artifacts with a warning, and
//     compile it with github.com/santhosh-tekuri/jsonschema/v5. References
//     resolve to local files only; remote URLs go through Config.Maps.
//     Every file is read through inputs.go: Config.FS, or the operating
//     system's files.
//   - build (build*.go): map every schema reached from the roots to an IR type.
//     Objects, enums and $defs become named declarations; the rest is inline.
//   - name (names.go): give every declaration and enum constant a unique,
//     stable Go name in one pass, so traversal order never changes a name.
//   - check (recursion.go): make recursive types representable in Go.
//
// Build returns every problem it finds as an *Error naming the schema file
// and JSON Pointer; it never writes files.
package generator
