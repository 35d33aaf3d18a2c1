package generator

import "io/fs"

// Config controls how schemas become Go.
type Config struct {
	// FS, when set, is the file system that every input is read from: the
	// schema files named, their overlays, the files their references reach,
	// the directories searched for a family's siblings, the directories of
	// Maps and Imports, OpenAPI documents, and the go.mod and generated files
	// that show whether an imported package declares a type. Its root is the
	// working directory: paths are slash-separated, relative to it
	// ("schemas/pet.json"; a leading "/" or "./" changes nothing, and ".."
	// does not lead above it), and errors name them as given. A tool that
	// embeds schemagen passes an embed.FS or an fstest.MapFS here. When FS
	// is nil, the operating system's files are read, relative to the
	// process's working directory, as the command does.
	FS fs.FS
	// Package is the Go package name of the output.
	Package string
	// RootName, when set, names the root type of the only input schema.
	RootName string
	// Maps resolve remote references to local directories. The network is
	// never used: a reference to a URL that no Mapping covers is an error.
	Maps []Mapping
	// Draft is the dialect of schema files that declare no "$schema":
	// "2020-12" (also when empty), "2019-09", "7", "6" or "4" (Drafts lists
	// them). A file's "$schema" wins; documents it refers to that declare
	// none are read in its draft.
	Draft string
	// FormatAssertion says where "format" is an assertion (values must be
	// valid for their format) rather than an annotation. The default,
	// FormatDefault, asserts exactly where jsonschema/v5 does by default.
	FormatAssertion FormatMode
	// FormatTypes lists string formats whose values Go types hold instead
	// of strings: a string schema with one of these formats becomes a field
	// of a runtime type (jsonrt.DateTime holds a time.Time, ...) that keeps
	// the string it was decoded from, so the value round-trips exactly.
	// TextFormats returns the formats allowed. Each listed format becomes an
	// assertion wherever it appears, whatever FormatAssertion says:
	// a field of type time.Time cannot hold a string that is not a date.
	FormatTypes []string
	// Imports make references to the schema files under a prefix use the Go
	// types that schemagen generated from them in another package, imported
	// instead of generated again.
	Imports []Import
	// Note, when set, receives one-line notes on what a run does beyond its
	// inputs: each sibling schema file it finds and generates too.
	Note func(msg string)
	// Only, when set, limits an OpenAPI document's run to these components
	// (by their names under components.schemas) and the types they need;
	// the inline bodies of operations get no types then. A name that no
	// input document has is an error.
	Only []string
	// Operations declares a type for each JSON body schema written inline
	// in an OpenAPI document's operations, besides its components (see
	// openapi.Bodies). A document without components.schemas gets those
	// types whatever Operations says, as it has nothing else to generate.
	Operations bool
	// Warn receives one-line warnings about input that was repaired. It may
	// be nil.
	Warn func(msg string)
}

// A Mapping serves every URL that starts with Prefix from the file at the
// rest of the URL below Dir.
type Mapping struct {
	Prefix string // e.g. "https://example.com/schemas/"
	Dir    string // e.g. "third_party/schemas"
}

// A FormatMode says where "format" is an assertion. Whatever the mode, the
// formats of Config.FormatTypes are asserted everywhere, and "int32" and
// "int64" always, since Go integers hold them.
type FormatMode int

// The format modes.
const (
	// FormatDefault asserts formats as jsonschema/v5 does with its default
	// settings: in drafts 4, 6 and 7, and in 2019-09 and 2020-12 only in
	// documents whose metaschema's $vocabulary requires format-assertion.
	FormatDefault FormatMode = iota
	// FormatAssert asserts every format everywhere (--assert-format).
	FormatAssert
	// FormatAnnotate makes every format an annotation, which every value
	// passes (--assert-format=false).
	FormatAnnotate
)

// An Import serves the types of every schema file whose path (or URL)
// starts with Prefix from the Go package at Path, which schemagen generated
// from those files.
type Import struct {
	Prefix string // e.g. "schemas/users/" or "https://example.com/users/"
	Path   string // e.g. "example.com/api/users"
}
