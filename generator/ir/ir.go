package ir

import (
	"fmt"
	"math/big"
	"path"
)

// A Package is everything generated into one Go package.
type Package struct {
	Name      string      // Go package name
	Sources   []Source    // the schema files the package was generated from
	Decls     []*Decl     // named types, in output order
	Checks    []*Check    // validation functions, in output order
	Resources []*Resource // schema resources that declare dynamic anchors
	// AssertFormat makes the Format of Checks an assertion. The builder sets
	// it when any format is asserted (generator.Config.AssertFormat or
	// FormatTypes) and leaves the formats that stay annotations out of
	// Checks.
	AssertFormat bool
}

// A Source is one schema file given to the generator, with the overlay that was
// merged into it, if any. Paths are as the user gave them, with forward slashes.
type Source struct {
	Path    string
	Overlay string // "" when the schema has no overlay
}

// An Origin says where a schema lives: the file, as the user named it, and the
// JSON Pointer of the schema within it.
type Origin struct {
	File    string // e.g. "schemas/pet.json"
	Pointer string // e.g. "/$defs/Owner"; "" is the document root
}

// String formats the origin as File#Pointer, the form error messages use.
func (o Origin) String() string { return o.File + "#" + o.Pointer }

// Keyword returns the location of keyword kw of the schema at o, as validation
// errors report it: the file's base name, "#", and the keyword's JSON Pointer,
// e.g. "pet.json#/properties/age/minimum". The base name keeps the location
// the same wherever the generator runs.
func (o Origin) Keyword(kw string) string {
	return o.Location() + "/" + kw
}

// Location returns the location of the schema at o as validation errors
// report it: the file's base name, "#", and the schema's JSON Pointer.
func (o Origin) Location() string {
	return path.Base(o.File) + "#" + o.Pointer
}

// Doc is the documentation a schema carries.
type Doc struct {
	Title       string
	Description string
	Deprecated  bool
	Default     Value // the schema's "default", as JSON; nil when absent
}

// A Decl is a named Go type generated for one schema.
type Decl struct {
	Name   string // exported Go identifier
	Origin Origin
	Doc    Doc
	Type   Type // the type's definition; never a *Named
	// Patterns are the package-level variables that hold the regular
	// expressions the type's code matches, named by the naming pass.
	Patterns []PatternVar
}

// A PatternVar is a package-level variable holding a compiled regular
// expression: one per distinct expression a Decl's or a Check's code uses.
type PatternVar struct {
	RE2  string // the expression, in Go's RE2 syntax
	Name string // unexported Go identifier, assigned by the naming pass
	// Source is the pattern as the schema writes it (ECMA-262), and Text
	// what the generated code compiles: Source when Go's regexp parses it
	// into the same expression as RE2, else RE2.
	Source, Text string
}

// PatternName returns the name of the variable in vars that holds the
// regular expression re2, or "" when there is none.
func PatternName(vars []PatternVar, re2 string) string {
	if v := patternVar(vars, re2); v != nil {
		return v.Name
	}
	return ""
}

// PatternText returns the text the generated code compiles for the
// regular expression re2 in vars, and the schema's pattern it comes from
// (see PatternVar), or re2 twice when vars does not hold it.
func PatternText(vars []PatternVar, re2 string) (text, source string) {
	if v := patternVar(vars, re2); v != nil && v.Text != "" {
		return v.Text, v.Source
	}
	return re2, re2
}

// patternVar returns the variable in vars that holds re2, or nil.
func patternVar(vars []PatternVar, re2 string) *PatternVar {
	for i := range vars {
		if vars[i].RE2 == re2 {
			return &vars[i]
		}
	}
	return nil
}

// A Type is the shape of a JSON value and the Go type that holds it. The
// concrete types are *Struct, *Map, *Slice, *String, *Integer, *Number,
// *Boolean, *Raw, *Enum, *Union, *Formatted, *External, *Nullable and
// *Named.
type Type interface {
	// TypeOrigin returns the location of the schema the type was built from.
	TypeOrigin() Origin
	sealed()
}

// A Named refers to a Decl by pointer; it is how one type uses another, and
// how recursive types close their loops.
type Named struct {
	Decl *Decl
}

// TypeOrigin implements Type.
func (n *Named) TypeOrigin() Origin { return n.Decl.Origin }
func (*Named) sealed()              {}

// A Nullable is a value that may also be JSON null.
type Nullable struct {
	Origin Origin
	Elem   Type // never a *Nullable
}

// NewNullable wraps elem, which must not already be nullable.
func NewNullable(origin Origin, elem Type) *Nullable {
	if _, ok := elem.(*Nullable); ok {
		panic(fmt.Sprintf("ir: nullable of nullable at %s", origin))
	}
	return &Nullable{Origin: origin, Elem: elem}
}

// TypeOrigin implements Type.
func (n *Nullable) TypeOrigin() Origin { return n.Origin }
func (*Nullable) sealed()              {}

// Bounds limit a numeric value. Nil fields are absent keywords.
type Bounds struct {
	Minimum, Maximum                   *big.Rat
	ExclusiveMinimum, ExclusiveMaximum *big.Rat
	MultipleOf                         *big.Rat
}

// Value is a JSON value from a schema (a const, an enum member, a default),
// kept as its compact JSON encoding.
type Value []byte

// Common holds the keywords that apply to a value whatever its Go type.
type Common struct {
	Const          Value   // nil when there is no const
	Enum           []Value // nil when there is no enum
	MaxEncodedSize int     // the x-maxEncodedSize extension; -1 when absent
	// TypeFrom is, in a schema without "type", the keyword whose values
	// its JSON type is inferred from: "const" or "enum". It is "" when the
	// schema says "type".
	TypeFrom string
}
