package templates

import (
	"encoding/json"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// A literalizer turns a JSON value into a Go literal of the checked value's
// type, or reports that no value of that type equals it.
type literalizer func(ir.Value) (jen.Code, bool)

// validateCommon checks const, enum and x-maxEncodedSize. With a literalizer
// the value is compared with ==; without one, by JSON encoding.
//
//	switch v { case "a", "b": default: e.Add(...) }
//	if !jsonrt.EqualJSON(jsonrt.Encode(v), []byte(`{"a":1}`)) { e.Add(...) }
func (c *emitter) validateCommon(o ir.Origin, cm ir.Common, v *jen.Statement, lits literalizer) []jen.Code {
	var out []jen.Code
	if cm.Const != nil {
		out = append(out, c.matchValues(o, "const", []ir.Value{cm.Const}, v, lits, message("const", string(cm.Const))))
	}
	if cm.Enum != nil {
		out = append(out, c.matchValues(o, "enum", cm.Enum, v, lits, message("enum", joinValues(cm.Enum))))
	}
	if cm.MaxEncodedSize >= 0 {
		out = append(out, jen.If(
			jen.Id("n").Op(":=").Add(rt("EncodedSizeOver")).Call(v, jen.Lit(cm.MaxEncodedSize)), jen.Id("n").Op(">").Lit(0),
		).Block(c.violation(o, "x-maxEncodedSize", message("x-maxEncodedSize"), jen.Lit(cm.MaxEncodedSize), jen.Id("n"))))
	}
	return out
}

// matchValues checks that v is one of values.
func (c *emitter) matchValues(o ir.Origin, kw string, values []ir.Value, v *jen.Statement, lits literalizer, msg string) jen.Code {
	fail := c.violation(o, kw, msg)
	if len(values) == 0 {
		return fail // an empty enum allows nothing
	}
	if lits == nil {
		var cases []jen.Code
		for _, val := range values {
			cases = append(cases, rt("EqualJSON").Call(jen.Id("data"), jen.Index().Byte().Call(jen.Lit(string(val)))))
		}
		return jen.If(jen.Id("data").Op(":=").Add(rt("Encode")).Call(v), none(cases)).Block(fail)
	}
	var cases []jen.Code
	for _, val := range values {
		if lit, ok := lits(val); ok {
			cases = append(cases, lit)
		}
	}
	switch len(cases) {
	case 0:
		return fail // no value of this Go type is allowed
	case 1:
		return jen.If(jen.Add(v).Op("!=").Add(cases[0])).Block(fail)
	}
	return jen.Switch(v).Block(jen.Case(cases...), jen.Default().Block(fail))
}

// none is true when none of conds is: !c for one, !(a || b) for more.
func none(conds []jen.Code) *jen.Statement {
	if len(conds) == 1 {
		return jen.Op("!").Add(conds[0])
	}
	return jen.Op("!").Parens(joinOr(conds))
}

func joinOr(conds []jen.Code) *jen.Statement {
	s := jen.Add(conds[0])
	for _, c := range conds[1:] {
		s = s.Op("||").Add(c)
	}
	return s
}

func joinValues(values []ir.Value) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = string(v)
	}
	return strings.Join(parts, ", ")
}

// stringLits matches JSON strings.
func stringLits(v ir.Value) (jen.Code, bool) {
	var s string
	if json.Unmarshal(v, &s) != nil {
		return nil, false
	}
	return jen.Lit(s), true
}

// booleanLits matches true and false.
func booleanLits(v ir.Value) (jen.Code, bool) {
	var b bool
	if json.Unmarshal(v, &b) != nil {
		return nil, false
	}
	return jen.Lit(b), true
}

// integerLits matches JSON numbers that are integers within the Go type's
// range; 1.0 equals 1.
func integerLits(bits int) literalizer {
	return func(v ir.Value) (jen.Code, bool) {
		r, ok := new(big.Rat).SetString(string(v))
		if !ok || !r.IsInt() || r.Num().BitLen() >= bits {
			return nil, false
		}
		return intLit(r.Num().Int64()), true
	}
}

// numberLits matches JSON numbers as the float64 nearest to them, which is
// what the decoder makes of the same literal (it rejects literals whose
// nearest float64 does not round-trip, so nearest is equal here).
func numberLits(v ir.Value) (jen.Code, bool) {
	r, ok := new(big.Rat).SetString(string(v))
	if !ok {
		return nil, false
	}
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return nil, false // no float64 equals a number beyond its range
	}
	return jen.Lit(f), true
}

// intLit is an untyped integer constant (jen.Lit would write int64(5), which
// does not compare with an int32).
func intLit(n int64) *jen.Statement { return jen.Id(strconv.FormatInt(n, 10)) }
