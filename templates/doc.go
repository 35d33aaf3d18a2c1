// Package templates turns schemagen's intermediate representation (package
// ir) into Go source with github.com/dave/jennifer.
//
// Render is the entry point; it writes two files per schema document, the
// API (X_gen.go: types, constants, defaults, exported methods) and the
// codec (X_json_gen.go: everything else), see Render. Each IR construct has
// its own emitter file: struct.go for objects (with defaults.go for their
// properties' defaults), enum.go for enums, defined.go for named scalars,
// slices, maps and raw values. The statements that read, write and check
// one value live in decode.go, encode.go and validate.go (with bounds.go
// for numbers), and every emitter uses them, so a value is handled the same
// way wherever it appears. Violation messages are in messages.go, by
// keyword; the Go type that holds a value is ir.GoTypeOf's.
//
// Every generated type T gets:
//
//	func (x *T) UnmarshalJSON(data []byte) error // decode, checking JSON types and required properties
//	func (x T) MarshalJSON() ([]byte, error)     // encode, writing back unknown properties
//	func (x *T) Validate() error                 // check every other constraint
//
// plus unexported decodeJSON, appendJSON and validate methods through which
// nested types call each other without re-scanning their input. The code
// calls the small runtime package templates/jsonrt and the standard library,
// nothing else. Emitters invent no exported names: every one arrives in the IR.
//
// Words, so that "check" names one thing: a check is an ir.Check, a schema
// compiled into a function "func checkX(v any, c *jsonrt.Ctx, ann *jsonrt.Ann) bool"
// for the schemas no Go type holds, emitted by checkEmitter (check.go,
// check_keywords.go). What a declared type's Validate method runs is
// validation, emitted by the validate* methods of an emitter
// (validate.go). The generator's build stage that builds checks is
// build_check.go, whose functions are named after the keywords they read
// (valueKeywords, arrayKeywords, ...). The command line's --check is a
// drift check of the output directory (outputDir.staleDiff).
package templates
