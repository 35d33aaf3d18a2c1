package generator

// WriteFiles lets the external tests (package generator_test) write schema
// files as the internal ones do.
var WriteFiles = writeFiles
