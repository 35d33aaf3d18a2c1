package ir

// RuntimePath is the import path of the runtime package generated code
// uses, which holds the Formatted types and Optional.
const RuntimePath = "github.com/schemagen/schemagen/templates/jsonrt"

// A GoKind says what a GoType is.
type GoKind uint8

// The kinds of GoType.
const (
	GoInvalid  GoKind = iota // a struct, enum or union outside a Decl, which the generator never builds
	GoIdent                  // a predeclared type, a Decl's name, or a package's type (Pkg, Name)
	GoPointer                // *Elem
	GoSlice                  // []Elem
	GoMap                    // map[string]Elem
	GoOptional               // jsonrt.Optional[Elem]
)

// A GoType is the Go type that holds a value, as data: the one policy that
// the templates render with jennifer and irdiff renders as text, so that
// the two cannot disagree.
type GoType struct {
	Kind GoKind
	Name string  // GoIdent: "string", "int32", a Decl's name, or a package's type name
	Pkg  string  // GoIdent: the import path of a package's type ("encoding/json"); "" otherwise
	Decl *Decl   // GoIdent: the declaration a named type refers to; nil otherwise
	Elem *GoType // GoPointer, GoSlice, GoMap (the value type), GoOptional
}

// GoTypeOf returns the Go type that holds a value of t:
//
//	string, int32, int64, float64, bool, json.RawMessage, []T, map[string]T, Name, *T,
//	jsonrt.DateTime, big.Int
func GoTypeOf(t Type) GoType {
	switch t := t.(type) {
	case *Named:
		return GoType{Kind: GoIdent, Name: t.Decl.Name, Decl: t.Decl}
	case *Nullable:
		if Nilable(t.Elem) {
			return GoTypeOf(t.Elem)
		}
		return pointerTo(GoTypeOf(t.Elem))
	case *Map:
		v := GoTypeOf(t.Value)
		return GoType{Kind: GoMap, Elem: &v}
	case *Slice:
		e := GoTypeOf(t.Elem)
		return GoType{Kind: GoSlice, Elem: &e}
	case *String:
		return GoType{Kind: GoIdent, Name: "string"}
	case *Integer:
		if t.Bits == 32 {
			return GoType{Kind: GoIdent, Name: "int32"}
		}
		return GoType{Kind: GoIdent, Name: "int64"}
	case *Number:
		return GoType{Kind: GoIdent, Name: "float64"}
	case *Boolean:
		return GoType{Kind: GoIdent, Name: "bool"}
	case *Raw:
		return GoType{Kind: GoIdent, Pkg: "encoding/json", Name: "RawMessage"}
	case *Formatted:
		return GoType{Kind: GoIdent, Pkg: RuntimePath, Name: t.Type}
	case *External:
		return GoType{Kind: GoIdent, Pkg: t.ImportPath, Name: t.Name}
	}
	return GoType{Kind: GoInvalid}
}

// FieldGoType returns the Go type of a struct field:
//
//	required:           T    (*T when Indirect)
//	optional:           *T   (T when T has nil: slices, maps, raw JSON)
//	optional, nullable: jsonrt.Optional[*T]
func FieldGoType(f *Field) GoType {
	t := GoTypeOf(f.Type)
	switch {
	case f.Required && f.Indirect:
		return pointerTo(t)
	case f.Required:
		return t
	}
	if _, ok := f.Type.(*Nullable); ok {
		return GoType{Kind: GoOptional, Elem: &t}
	}
	if Nilable(f.Type) {
		return t
	}
	return pointerTo(t)
}

// Nilable reports whether the Go type of t has nil among its values, so that
// nil can stand for an absent or null value without a pointer.
func Nilable(t Type) bool {
	switch t := t.(type) {
	case *Named:
		return Nilable(t.Decl.Type)
	case *Map, *Slice, *Raw:
		return true
	}
	return false
}

func pointerTo(t GoType) GoType { return GoType{Kind: GoPointer, Elem: &t} }
