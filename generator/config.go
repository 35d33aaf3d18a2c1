package generator

// Config controls how schemas become Go.
type Config struct {
	// Package is the Go package name of the output.
	Package string
	// RootName, when set, names the root type of the only input schema.
	RootName string
	// Maps resolve remote references to local directories. The network is
	// never used: a reference to a URL that no Mapping covers is an error.
	Maps []Mapping
	// AssertFormat makes "format" an assertion: values must be valid for
	// their format. By default, as draft 2020-12 says, it is an annotation.
	AssertFormat bool
	// FormatTypes lists string formats whose values Go types hold instead
	// of strings: a string schema with one of these formats becomes a field
	// of a runtime type (jsonrt.DateTime holds a time.Time, ...) that keeps
	// the string it was decoded from, so the value round-trips exactly.
	// TextFormats returns the formats allowed. Each listed format becomes an
	// assertion wherever it appears, as AssertFormat makes every format:
	// a field of type time.Time cannot hold a string that is not a date.
	FormatTypes []string
	// Only, when set, limits an OpenAPI document's run to these components
	// (by their names under components.schemas) and the types they need.
	// A name that no input document has is an error.
	Only []string
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
