package templates

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// runtimePath is the import path of the runtime package generated code uses.
const runtimePath = ir.RuntimePath

// rt refers to a name in the runtime package.
func rt(name string) *jen.Statement { return jen.Qual(runtimePath, name) }

// goType returns the Go type that holds a value of t (see ir.GoTypeOf).
func goType(t ir.Type) *jen.Statement {
	g := ir.GoTypeOf(t)
	if g.Kind == ir.GoInvalid {
		panic(unnamed(t))
	}
	return jenType(g)
}

// nilable reports whether the Go type of t has nil among its values (see
// ir.Nilable).
func nilable(t ir.Type) bool { return ir.Nilable(t) }

// fieldType returns the Go type of a struct field (see ir.FieldGoType).
func fieldType(f *ir.Field) *jen.Statement { return jenType(ir.FieldGoType(f)) }

// jenType renders a Go type with jennifer, which imports its packages.
func jenType(g ir.GoType) *jen.Statement {
	switch g.Kind {
	case ir.GoPointer:
		return jen.Op("*").Add(jenType(*g.Elem))
	case ir.GoSlice:
		return jen.Index().Add(jenType(*g.Elem))
	case ir.GoMap:
		return jen.Map(jen.String()).Add(jenType(*g.Elem))
	case ir.GoOptional:
		return rt("Optional").Types(jenType(*g.Elem))
	}
	if g.Pkg != "" {
		return jen.Qual(g.Pkg, g.Name)
	}
	return jen.Id(g.Name)
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

// star is the token deref puts first. jennifer's tokens are comparable
// values, so whether an expression is a dereference is read from the
// statement's data, without rendering it.
var star = (*jen.Op("*"))[0]

// pointee returns p for an expression deref(p) (or a Clone of one), and
// whether v is one.
func pointee(v *jen.Statement) (*jen.Statement, bool) {
	for len(*v) == 1 {
		inner, ok := (*v)[0].(*jen.Statement)
		if !ok {
			break
		}
		v = inner // a Clone wraps the statement it copies
	}
	if len(*v) < 2 || (*v)[0] != star {
		return nil, false
	}
	p := jen.Statement((*v)[1:])
	return &p, true
}

// receiver returns v as the receiver of a pointer method (appendJSON,
// validate): for *p it returns p, which already is the pointer the method
// wants, instead of (*p).
func receiver(v *jen.Statement) *jen.Statement {
	if p, ok := pointee(v); ok {
		return p.Clone()
	}
	return operand(v)
}

// address returns &v, or p for v = *p: the pointer through which
// encoding/json finds the methods of v's type whatever their receivers.
func address(v *jen.Statement) *jen.Statement {
	if p, ok := pointee(v); ok {
		return p.Clone()
	}
	return jen.Op("&").Add(v)
}

// operand returns v ready for a following selector or index: (*x).f, not
// *x.f, which would dereference the selector's result.
func operand(v *jen.Statement) *jen.Statement {
	if _, ok := pointee(v); ok {
		return jen.Parens(v.Clone())
	}
	return v.Clone()
}
