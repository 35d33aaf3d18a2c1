package jsonrt

import (
	"math/big"
	"strconv"
)

// maxExpDigits is the most significant digits an exponent may have to be
// held in an int64; longer exponents are held in a big.Int.
const maxExpDigits = 15

// decimal is a JSON number in normal form: the value is ±digits × 10^exp,
// where digits, the concatenation of hi and lo, has neither leading nor
// trailing zeros. Zero has no digits, exponent 0 and no sign. hi and lo are
// subslices of the literal, so normalising does not allocate.
type decimal struct {
	neg    bool
	hi, lo []byte
	exp    int64
	bigExp *big.Int // the exponent, instead of exp, when it is huge
}

// parseDecimal normalises a JSON number literal; ok is false if lit is not
// one.
func parseDecimal(lit []byte) (dec decimal, ok bool) {
	if len(lit) == 0 || scanNumber(lit) != len(lit) {
		return decimal{}, false
	}
	i := 0
	if lit[0] == '-' {
		dec.neg = true
		i = 1
	}
	j := i
	for j < len(lit) && isDigit(lit[j]) {
		j++
	}
	hi, lo := lit[i:j], []byte(nil)
	if j < len(lit) && lit[j] == '.' {
		k := j + 1
		for k < len(lit) && isDigit(lit[k]) {
			k++
		}
		lo, j = lit[j+1:k], k
	}
	var expLit []byte
	if j < len(lit) {
		expLit = lit[j+1:]
	}
	adj := -int64(len(lo))
	for len(lo) > 0 && lo[len(lo)-1] == '0' {
		lo, adj = lo[:len(lo)-1], adj+1
	}
	if len(lo) == 0 {
		for len(hi) > 0 && hi[len(hi)-1] == '0' {
			hi, adj = hi[:len(hi)-1], adj+1
		}
	}
	for len(hi) > 0 && hi[0] == '0' {
		hi = hi[1:]
	}
	if len(hi) == 0 {
		for len(lo) > 0 && lo[0] == '0' {
			lo = lo[1:]
		}
	}
	if len(hi)+len(lo) == 0 {
		return decimal{}, true
	}
	dec.hi, dec.lo = hi, lo
	dec.setExp(expLit, adj)
	return dec, true
}

// setExp sets the exponent to the value of expLit (an exponent literal
// without the 'e', possibly empty) plus adj.
func (dec *decimal) setExp(expLit []byte, adj int64) {
	neg := false
	if len(expLit) > 0 && (expLit[0] == '+' || expLit[0] == '-') {
		neg = expLit[0] == '-'
		expLit = expLit[1:]
	}
	for len(expLit) > 1 && expLit[0] == '0' {
		expLit = expLit[1:]
	}
	if len(expLit) > maxExpDigits {
		e, _ := new(big.Int).SetString(string(expLit), 10)
		if neg {
			e.Neg(e)
		}
		dec.bigExp = e.Add(e, big.NewInt(adj))
		return
	}
	var e int64
	for _, c := range expLit {
		e = e*10 + int64(c-'0')
	}
	if neg {
		e = -e
	}
	dec.exp = e + adj
}

func (dec *decimal) isZero() bool {
	return len(dec.hi)+len(dec.lo) == 0
}

func (dec *decimal) ndigits() int {
	return len(dec.hi) + len(dec.lo)
}

func (dec *decimal) digit(i int) byte {
	if i < len(dec.hi) {
		return dec.hi[i]
	}
	return dec.lo[i-len(dec.hi)]
}

// expSign returns the sign of the exponent: -1, 0 or +1.
func (dec *decimal) expSign() int {
	switch {
	case dec.bigExp != nil:
		return dec.bigExp.Sign()
	case dec.exp < 0:
		return -1
	case dec.exp > 0:
		return 1
	}
	return 0
}

func (dec *decimal) bigExponent() *big.Int {
	if dec.bigExp != nil {
		return dec.bigExp
	}
	return big.NewInt(dec.exp)
}

// expDiff returns a's exponent minus b's, clamped to ±2^40.
func expDiff(a, b *decimal) int64 {
	const limit = 1 << 40
	if a.bigExp == nil && b.bigExp == nil {
		return max(-limit, min(limit, a.exp-b.exp))
	}
	k := new(big.Int).Sub(a.bigExponent(), b.bigExponent())
	switch {
	case k.Cmp(big.NewInt(limit)) > 0:
		return limit
	case k.Cmp(big.NewInt(-limit)) < 0:
		return -limit
	}
	return k.Int64()
}

// equal reports whether a and b are the same number.
func (dec *decimal) equal(b *decimal) bool {
	if dec.neg != b.neg || dec.ndigits() != b.ndigits() {
		return false
	}
	for i := 0; i < dec.ndigits(); i++ {
		if dec.digit(i) != b.digit(i) {
			return false
		}
	}
	if dec.bigExp == nil && b.bigExp == nil {
		return dec.exp == b.exp
	}
	return dec.bigExponent().Cmp(b.bigExponent()) == 0
}

// appendCanonical appends a text that is the same for two numbers exactly
// when they are equal: "0", or the sign, the digits, 'e' and the exponent.
func (dec *decimal) appendCanonical(b []byte) []byte {
	if dec.isZero() {
		return append(b, '0')
	}
	if dec.neg {
		b = append(b, '-')
	}
	b = append(b, dec.hi...)
	b = append(b, dec.lo...)
	b = append(b, 'e')
	if dec.bigExp != nil {
		return dec.bigExp.Append(b, 10)
	}
	return strconv.AppendInt(b, dec.exp, 10)
}

// uint64 returns the digits as an integer; it requires ndigits() <= 19.
func (dec *decimal) uint64() uint64 {
	var v uint64
	for i := 0; i < dec.ndigits(); i++ {
		v = v*10 + uint64(dec.digit(i)-'0')
	}
	return v
}

// bigInt returns the digits as an integer.
func (dec *decimal) bigInt() *big.Int {
	s := make([]byte, 0, dec.ndigits())
	s = append(append(s, dec.hi...), dec.lo...)
	v, _ := new(big.Int).SetString(string(s), 10)
	return v
}
