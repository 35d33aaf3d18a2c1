package irdiff

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator/ir"
)

// A namer gives the Go name under which a declaration is compared. The new
// package's declarations go by their own names; the old package's go by the
// names of the declarations they were matched with, so that a renamed type
// is reported once, as a rename, and not again at every use.
type namer func(*ir.Decl) string

// goType renders the Go type that holds a value of t, as the generator's
// templates write it (ir.GoTypeOf): string, int32, int64, float64, bool,
// json.RawMessage, []T, map[string]T, Name, *T, jsonrt.DateTime; and a type
// of x-go-type by its import path, as in math/big.Int.
func goType(t ir.Type, name namer) string {
	switch t.(type) {
	case *ir.Struct, *ir.Enum, *ir.Union:
		// These always have a declaration; should one turn up inline, its
		// shape is the best rendering there is.
		return declShape(t, name)
	}
	return goTypeString(ir.GoTypeOf(t), name)
}

// fieldType renders the Go type of a struct field, as the templates do
// (ir.FieldGoType).
func fieldType(f *ir.Field, name namer) string {
	return goTypeString(ir.FieldGoType(f), name)
}

// goTypeString spells g, naming declarations through name and the
// runtime's types as jsonrt.T.
func goTypeString(g ir.GoType, name namer) string {
	switch g.Kind {
	case ir.GoPointer:
		return "*" + goTypeString(*g.Elem, name)
	case ir.GoSlice:
		return "[]" + goTypeString(*g.Elem, name)
	case ir.GoMap:
		return "map[string]" + goTypeString(*g.Elem, name)
	case ir.GoOptional:
		return "jsonrt.Optional[" + goTypeString(*g.Elem, name) + "]"
	case ir.GoInvalid:
		return "invalid"
	}
	switch {
	case g.Decl != nil:
		return name(g.Decl)
	case g.Pkg == ir.RuntimePath:
		return "jsonrt." + g.Name
	case g.Pkg == "encoding/json":
		return "json." + g.Name
	case g.Pkg != "":
		return g.Pkg + "." + g.Name
	}
	return g.Name
}

// declShape renders what a declaration defines: "struct", "union", "string
// enum", or the Go type of any other definition. Two declarations with
// different shapes cannot be compared member by member.
func declShape(t ir.Type, name namer) string {
	switch t := t.(type) {
	case *ir.Struct:
		return "struct"
	case *ir.Union:
		return "union"
	case *ir.Enum:
		return goType(t.Base, name) + " enum"
	}
	return goType(t, name)
}

// stripNull returns the type inside a nullable, and whether t was one.
func stripNull(t ir.Type) (ir.Type, bool) {
	if n, ok := t.(*ir.Nullable); ok {
		return n.Elem, true
	}
	return t, false
}

// ratString renders a schema number in decimal when it has a finite
// decimal expansion (every number written in a schema does), else as a
// fraction.
func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	d := new(big.Int).Set(r.Denom())
	digits := 0
	for _, p := range []int64{2, 5} {
		n, q, m := 0, big.NewInt(p), new(big.Int)
		for {
			quo, rem := new(big.Int).QuoRem(d, q, m)
			if rem.Sign() != 0 {
				break
			}
			d, n = quo, n+1
		}
		digits = max(digits, n)
	}
	if d.Cmp(big.NewInt(1)) != 0 {
		return r.RatString()
	}
	return r.FloatString(digits)
}

// intString renders a count keyword's value.
func intString(n int) string { return strconv.Itoa(n) }

// valuesString renders JSON values as a comma-separated list.
func valuesString(vs []ir.Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = string(v)
	}
	return strings.Join(parts, ", ")
}

// patternString quotes a regular expression for a message: in backquotes,
// so that its backslashes read as written, unless it holds a backquote.
func patternString(p string) string {
	if strings.Contains(p, "`") {
		return strconv.Quote(p)
	}
	return "`" + p + "`"
}
