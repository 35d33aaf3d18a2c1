package jsonrt

import (
	"math"
	"math/big"
	"strconv"
)

// isMultipleOf is [MultipleOf] for two JSON number literals.
func isMultipleOf(value, divisor string) bool {
	v, ok := parseDecimal([]byte(value))
	if !ok {
		return false
	}
	dv, ok := parseDecimal([]byte(divisor))
	return ok && multipleOf(&v, &dv)
}

// FloatIsMultipleOf is used by generated code: it is like [MultipleOf]
// for the value v, taken as its shortest decimal representation. It is false for NaN and infinities.
func FloatIsMultipleOf(v float64, divisor string) bool {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return false
	}
	if r, k, ok := shortDecimal(v); ok {
		if c, j, ok := smallDecimal(divisor); ok {
			return decimalIsMultiple(r, k, c, j)
		}
	}
	var buf [32]byte
	vd, _ := parseDecimal(strconv.AppendFloat(buf[:0], v, 'g', -1, 64))
	dv, ok := parseDecimal([]byte(divisor))
	return ok && multipleOf(&vd, &dv)
}

// IntIsMultipleOf is used by generated code: it is like [MultipleOf] for
// the value v. It is fast when divisor is an integer literal that fits in
// an int64.
func IntIsMultipleOf(v int64, divisor string) bool {
	if d, ok := smallInt(divisor); ok {
		return d != 0 && v%d == 0
	}
	var buf [24]byte
	vd, _ := parseDecimal(strconv.AppendInt(buf[:0], v, 10))
	dv, ok := parseDecimal([]byte(divisor))
	return ok && multipleOf(&vd, &dv)
}

// smallInt parses a literal of the form -?[0-9]{1,18} without leading zeros.
func smallInt(s string) (int64, bool) {
	digits := s
	if len(s) > 0 && s[0] == '-' {
		digits = s[1:]
	}
	if len(digits) == 0 || len(digits) > 18 || (digits[0] == '0' && len(digits) > 1) {
		return 0, false
	}
	var v int64
	for i := 0; i < len(digits); i++ {
		if !isDigit(digits[i]) {
			return 0, false
		}
		v = v*10 + int64(digits[i]-'0')
	}
	if len(digits) < len(s) {
		v = -v
	}
	return v, true
}

// multipleOf reports whether v/dv is an integer. With v = V×10^a and
// dv = D×10^b in normal form and k = a-b, that is whether D divides V×10^k.
// V has no factor 10, so for k < 0 it does not (unless V is 0). For k >= 0,
// write D = 2^p × 5^q × m with m coprime to 10: D divides V×10^k exactly
// when m divides V, p <= ν2(V)+k and q <= ν5(V)+k. No power of ten is ever
// computed, so huge exponents cost nothing.
func multipleOf(v, dv *decimal) bool {
	if dv.isZero() {
		return false
	}
	if v.isZero() {
		return true
	}
	k := expDiff(v, dv)
	if k < 0 {
		return false
	}
	if v.ndigits() <= 19 && dv.ndigits() <= 19 {
		return multipleSmall(v.uint64(), dv.uint64(), k)
	}
	return multipleBig(v.bigInt(), dv.bigInt(), k)
}

func multipleSmall(v, d uint64, k int64) bool {
	p, d := valuation(d, 2)
	q, m := valuation(d, 5)
	if v%m != 0 {
		return false
	}
	v2, _ := valuation(v, 2)
	v5, _ := valuation(v, 5)
	return p <= v2+k && q <= v5+k
}

// valuation returns the exponent of prime p in x (x > 0) and x without it.
func valuation(x, p uint64) (int64, uint64) {
	var n int64
	for x%p == 0 {
		x /= p
		n++
	}
	return n, x
}

func multipleBig(v, d *big.Int, k int64) bool {
	p, d := bigValuation(d, 2)
	q, m := bigValuation(d, 5)
	if new(big.Int).Rem(v, m).Sign() != 0 {
		return false
	}
	v2, _ := bigValuation(v, 2)
	v5, _ := bigValuation(v, 5)
	return p <= v2+k && q <= v5+k
}

func bigValuation(x *big.Int, p int64) (int64, *big.Int) {
	if p == 2 {
		n := x.TrailingZeroBits()
		return int64(n), new(big.Int).Rsh(x, n)
	}
	x = new(big.Int).Set(x)
	bp := big.NewInt(p)
	var n int64
	q, r := new(big.Int), new(big.Int)
	for {
		q.QuoRem(x, bp, r)
		if r.Sign() != 0 {
			return n, x
		}
		x, q = q, x
		n++
	}
}
