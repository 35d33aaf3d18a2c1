package templates

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// runtimePath is the import path of the runtime package generated code uses.
const runtimePath = "github.com/schemagen/schemagen/templates/jsonrt"

// rt refers to a name in the runtime package.
func rt(name string) *jen.Statement { return jen.Qual(runtimePath, name) }

// goType returns the Go type that holds a value of t.
//
//	string, int32, int64, float64, bool, json.RawMessage, []T, map[string]T, Name, *T,
//	jsonrt.DateTime, big.Int
func goType(t ir.Type) *jen.Statement {
	switch t := t.(type) {
	case *ir.Named:
		return jen.Id(t.Decl.Name)
	case *ir.Nullable:
		if nilable(t.Elem) {
			return goType(t.Elem)
		}
		return jen.Op("*").Add(goType(t.Elem))
	case *ir.Map:
		return jen.Map(jen.String()).Add(goType(t.Value))
	case *ir.Slice:
		return jen.Index().Add(goType(t.Elem))
	case *ir.String:
		return jen.String()
	case *ir.Integer:
		if t.Bits == 32 {
			return jen.Int32()
		}
		return jen.Int64()
	case *ir.Number:
		return jen.Float64()
	case *ir.Boolean:
		return jen.Bool()
	case *ir.Raw:
		return jen.Qual("encoding/json", "RawMessage")
	case *ir.Formatted:
		return rt(t.Type)
	case *ir.External:
		return jen.Qual(t.ImportPath, t.Name)
	}
	panic(unnamed(t))
}

// nilable reports whether the Go type of t has nil among its values, so that
// nil can stand for an absent or null value without a pointer.
func nilable(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Named:
		return nilable(t.Decl.Type)
	case *ir.Map, *ir.Slice, *ir.Raw:
		return true
	}
	return false
}

// fieldType returns the Go type of a struct field:
//
//	required:           T    (*T when Indirect)
//	optional:           *T   (T when T has nil: slices, maps, raw JSON)
//	optional, nullable: jsonrt.Optional[*T]
func fieldType(f *ir.Field) *jen.Statement {
	switch {
	case f.Required && f.Indirect:
		return jen.Op("*").Add(goType(f.Type))
	case f.Required:
		return goType(f.Type)
	}
	if _, ok := f.Type.(*ir.Nullable); ok {
		return rt("Optional").Types(goType(f.Type))
	}
	if nilable(f.Type) {
		return goType(f.Type)
	}
	return jen.Op("*").Add(goType(f.Type))
}

// unnamed is the panic message for a struct or enum found outside a Decl,
// which the generator never builds.
func unnamed(t ir.Type) string {
	return "templates: " + t.TypeOrigin().String() + ": struct or enum type without a declaration"
}

// local names a variable of the generated code at nesting depth n, so nested
// loops and temporaries never shadow each other: local("v", 2) is "v2".
func local(prefix string, n int) string { return prefix + strconv.Itoa(n) }

// deref is *v. It needs parentheses only where a selector or an index
// follows, which operand adds.
func deref(v *jen.Statement) *jen.Statement { return jen.Op("*").Add(v) }

// receiver returns v as the receiver of a pointer method (appendJSON,
// validate): for *p it returns p, which already is the pointer the method
// wants, instead of (*p).
func receiver(v *jen.Statement) *jen.Statement {
	if strings.HasPrefix(fmt.Sprintf("%#v", v), "*") && len(*v) > 1 {
		inner := jen.Statement((*v)[1:])
		return inner.Clone()
	}
	return operand(v)
}

// address returns &v, or p for v = *p: the pointer through which
// encoding/json finds the methods of v's type whatever their receivers.
func address(v *jen.Statement) *jen.Statement {
	if strings.HasPrefix(fmt.Sprintf("%#v", v), "*") && len(*v) > 1 {
		return receiver(v)
	}
	return jen.Op("&").Add(v)
}

// operand returns v ready for a following selector or index: (*x).f, not
// *x.f, which would dereference the selector's result.
func operand(v *jen.Statement) *jen.Statement {
	if strings.HasPrefix(fmt.Sprintf("%#v", v), "*") {
		return jen.Parens(v.Clone())
	}
	return v.Clone()
}
