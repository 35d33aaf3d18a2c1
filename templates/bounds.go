package templates

import (
	"math"
	"math/big"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// A bound is one numeric keyword: the value must be <op> limit.
type bound struct {
	keyword string
	limit   *big.Rat
	op      string // the comparison that passes: ">=", ">", "<=", "<"
}

func boundsOf(b ir.Bounds) []bound {
	var out []bound
	for _, c := range []bound{
		{"minimum", b.Minimum, ">="}, {"exclusiveMinimum", b.ExclusiveMinimum, ">"},
		{"maximum", b.Maximum, "<="}, {"exclusiveMaximum", b.ExclusiveMaximum, "<"},
	} {
		if c.limit != nil {
			out = append(out, c)
		}
	}
	return out
}

// failOp is the comparison that fails a bound.
var failOp = map[string]string{">=": "<", ">": "<=", "<=": ">", "<": ">="}

// validateInteger checks the bounds and multipleOf of an integer. A bound that
// is not an integer is rounded to the integer that decides the same values
// (v >= 1.5 is v >= 2), so the comparison stays in integer arithmetic.
//
//	if v < 5 { e.Addf(..., "must be >= %v but found %v", "5", v) }
func (c *emitter) validateInteger(t *ir.Integer, v *jen.Statement) []jen.Code {
	var out []jen.Code
	lo, hi := intRange(t.Bits)
	for _, b := range boundsOf(t.Bounds) {
		op, limit, always, never := integerLimit(b, lo, hi)
		msg := c.violation(t.Origin, b.keyword, message(b.keyword, b.op, ratString(b.limit)), v)
		switch {
		case never:
		case always:
			out = append(out, msg)
		default:
			out = append(out, jen.If(jen.Add(v).Op(failOp[op]).Add(intLit(limit))).Block(msg))
		}
	}
	if m := t.Bounds.MultipleOf; m != nil {
		cond := jen.Op("!").Add(rt("IntIsMultipleOf")).Call(jen.Int64().Call(v), jen.Lit(ratString(m)))
		if m.IsInt() && m.Num().IsInt64() {
			cond = jen.Int64().Call(v).Op("%").Add(intLit(m.Num().Int64())).Op("!=").Lit(0)
		}
		out = append(out, jen.If(cond).Block(
			c.violation(t.Origin, "multipleOf", message("multipleOf", ratString(m)), v)))
	}
	return out
}

// integerLimit turns a bound into an inclusive integer limit (op is ">=" or
// "<=") that decides the same integers, or reports that every value of the
// Go type fails it (always) or passes it (never).
func integerLimit(b bound, lo, hi *big.Int) (op string, limit int64, always, never bool) {
	num, den := b.limit.Num(), b.limit.Denom()
	floor := new(big.Int).Div(num, den) // Euclidean division: floor for den > 0
	ceil := new(big.Int).Neg(new(big.Int).Div(new(big.Int).Neg(num), den))
	var l *big.Int
	switch b.op {
	case ">=":
		l = ceil
	case ">":
		l = new(big.Int).Add(floor, big.NewInt(1))
		b.op = ">="
	case "<=":
		l = floor
	default: // "<"
		l = new(big.Int).Sub(ceil, big.NewInt(1))
		b.op = "<="
	}
	if b.op == ">=" {
		switch {
		case l.Cmp(lo) <= 0:
			return b.op, 0, false, true
		case l.Cmp(hi) > 0:
			return b.op, 0, true, false
		}
	} else {
		switch {
		case l.Cmp(hi) >= 0:
			return b.op, 0, false, true
		case l.Cmp(lo) < 0:
			return b.op, 0, true, false
		}
	}
	return b.op, l.Int64(), false, false
}

// validateNumber checks the bounds and multipleOf of a float64.
func (c *emitter) validateNumber(t *ir.Number, v *jen.Statement) []jen.Code {
	var out []jen.Code
	for _, b := range boundsOf(t.Bounds) {
		msg := c.violation(t.Origin, b.keyword, message(b.keyword, b.op, ratString(b.limit)), v)
		f, _ := b.limit.Float64()
		switch lower := b.op[0] == '>'; {
		case !math.IsInf(f, 0):
			out = append(out, jen.If(jen.Add(v).Op(failOp[b.op]).Lit(f)).Block(msg))
		case lower == (f > 0):
			out = append(out, msg) // beyond float64 on the failing side: no float64 passes
		} // beyond float64 on the passing side: every float64 passes
	}
	if m := t.Bounds.MultipleOf; m != nil {
		out = append(out, jen.If(jen.Op("!").Add(rt("FloatIsMultipleOf")).Call(jen.Float64().Call(v), jen.Lit(ratString(m)))).Block(
			c.violation(t.Origin, "multipleOf", message("multipleOf", ratString(m)), v)))
	}
	return out
}

func intRange(bits int) (lo, hi *big.Int) {
	hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits-1)), big.NewInt(1))
	lo = new(big.Int).Neg(new(big.Int).Add(hi, big.NewInt(1)))
	return lo, hi
}

// ratString writes a number from a schema as an exact decimal. Numbers in
// JSON are decimals, so their denominators are products of 2s and 5s and the
// expansion ends.
func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	digits := 0
	for d := new(big.Int).Set(r.Denom()); d.Cmp(big.NewInt(1)) != 0 && digits < 1100; digits++ {
		for _, p := range []int64{2, 5} {
			if new(big.Int).Mod(d, big.NewInt(p)).Sign() == 0 {
				d.Div(d, big.NewInt(p))
			}
		}
	}
	if digits <= 20 {
		return r.FloatString(digits)
	}
	// Long expansions are written as an integer and an exponent: 12e-30.
	scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil)))
	return scaled.Num().String() + "e-" + strconv.Itoa(digits)
}
