package jsonrt

import (
	"math"
	"strconv"
)

// numberLiteral consumes the next value and returns its literal if it is a
// number. Otherwise it records a "type" violation (expected want) at kwLoc,
// skips the value and returns nil. It also returns nil after a syntax error.
func (d *Decoder) numberLiteral(kwLoc, want string) []byte {
	if c := d.peek(); c != '-' && !isDigit(c) {
		d.mismatch(kwLoc, want)
		return nil
	}
	return d.readNumber()
}

// Int64 consumes the next value and returns it if it is an integer: a number
// with zero fractional part, such as 7, 1.0, 1e2 or -0. A number with a
// fraction is a "type" violation at kwLoc, as is a value of another type;
// an integer outside the range of int64 is a "format" violation at kwLoc's
// sibling "format". After a violation Int64 returns 0.
func (d *Decoder) Int64(kwLoc string) int64 {
	if c := d.peek(); c == '-' || isDigit(c) {
		if m, frac, neg, end := shortNumber(d.data, d.pos); end > 0 && frac < 0 {
			d.pos = end
			if neg {
				return -int64(m)
			}
			return int64(m)
		}
	}
	lit := d.numberLiteral(kwLoc, "integer")
	if lit == nil {
		return 0
	}
	return d.checkInt(kwLoc, lit, math.MinInt64, math.MaxInt64, "int64")
}

// Int32 is like [Decoder.Int64] for the range of int32.
func (d *Decoder) Int32(kwLoc string) int32 {
	lit := d.numberLiteral(kwLoc, "integer")
	if lit == nil {
		return 0
	}
	return int32(d.checkInt(kwLoc, lit, math.MinInt32, math.MaxInt32, "int32"))
}

func (d *Decoder) checkInt(kwLoc string, lit []byte, lo, hi int64, typ string) int64 {
	v, st := parseInt(lit)
	switch {
	case st == notInteger:
		d.Add(kwLoc, typeKeyword(kwLoc), "expected integer, but got number")
		return 0
	case st == outOfRange || v < lo || v > hi:
		d.Add(formatLocation(kwLoc), "format", string(lit)+" is out of range for "+typ)
		return 0
	}
	return v
}

type intStatus uint8

const (
	intOK intStatus = iota
	notInteger
	outOfRange
)

// parseInt converts a valid JSON number literal to an int64 exactly.
func parseInt(lit []byte) (int64, intStatus) {
	digits := lit
	if lit[0] == '-' {
		digits = lit[1:]
	}
	if len(digits) <= 18 {
		var v int64
		i := 0
		for i < len(digits) && isDigit(digits[i]) {
			v = v*10 + int64(digits[i]-'0')
			i++
		}
		if i == len(digits) {
			if lit[0] == '-' {
				v = -v
			}
			return v, intOK
		}
	}
	dec, _ := parseDecimal(lit)
	return decimalToInt(&dec)
}

func decimalToInt(dec *decimal) (int64, intStatus) {
	switch {
	case dec.isZero():
		return 0, intOK
	case dec.expSign() < 0:
		return 0, notInteger
	case dec.bigExp != nil || int64(dec.ndigits())+dec.exp > 19:
		return 0, outOfRange
	}
	u := dec.uint64()
	for k := int64(0); k < dec.exp; k++ {
		if u > math.MaxUint64/10 {
			return 0, outOfRange
		}
		u *= 10
	}
	switch {
	case !dec.neg && u <= math.MaxInt64:
		return int64(u), intOK
	case dec.neg && u <= 1<<63:
		return int64(-u), intOK // -(1<<63) wraps to math.MinInt64
	}
	return 0, outOfRange
}

// Float64 consumes the next value and returns it if it is a number. A value
// of another type is a "type" violation at kwLoc. A number too large for
// float64 (or so small that it would become zero) is a "format" violation at
// kwLoc's sibling "format", and so is a number that float64 cannot hold
// exactly, that is one whose shortest float64 representation is a different
// decimal number, because generated code promises a lossless round trip.
// After a violation Float64 returns 0.
func (d *Decoder) Float64(kwLoc string) float64 {
	if c := d.peek(); c == '-' || isDigit(c) {
		if m, frac, neg, end := shortNumber(d.data, d.pos); end > 0 {
			d.pos = end
			// m is below 2^53, which float64 holds exactly, and divided by
			// an exact power of ten it is correctly rounded: the result is
			// strconv.ParseFloat's. Such a number is also one Float64
			// accepts without further checks: not zero unless it denotes
			// zero, within the normal range, and exact in the sense of
			// floatExact.
			f := float64(m) / exactPow10[max(frac, 0)]
			if neg {
				f = -f
			}
			return f
		}
	}
	lit := d.numberLiteral(kwLoc, "number")
	if lit == nil {
		return 0
	}
	f, err := strconv.ParseFloat(string(lit), 64)
	if err != nil || (f == 0 && !isZeroLiteral(lit)) {
		d.Add(formatLocation(kwLoc), "format", string(lit)+" is out of range for float64")
		return 0
	}
	if !floatExact(lit, f) {
		d.Add(formatLocation(kwLoc), "format", string(lit)+" cannot be represented exactly as float64")
		return 0
	}
	return f
}

// exactPow10 holds the powers of ten that float64 represents exactly.
var exactPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// shortNumber reads the number at data[i] when it is short and plain: an
// optional minus sign, then at most 15 digits with or without a fraction,
// and no exponent, such as 12.99 or -7. It returns the digits as an
// integer m, the number of digits after the point (-1 without a point),
// whether it is negative, and the offset past it, where scanNumber would
// end it too. end is 0 when the number is not short and plain, or not a
// valid number at all: the caller then reads it the general way, which
// reports the syntax error.
func shortNumber(data []byte, i int) (m uint64, frac int, neg bool, end int) {
	if i < len(data) && data[i] == '-' {
		neg = true
		i++
	}
	start := i
	for i < len(data) && isDigit(data[i]) {
		m = m*10 + uint64(data[i]-'0')
		i++
	}
	n := i - start
	if n == 0 || n > 1 && data[start] == '0' {
		return 0, 0, false, 0
	}
	frac = -1
	if i < len(data) && data[i] == '.' {
		i++
		point := i
		for i < len(data) && isDigit(data[i]) {
			m = m*10 + uint64(data[i]-'0')
			i++
		}
		if frac = i - point; frac == 0 {
			return 0, 0, false, 0
		}
		n += frac
	}
	// The digits end at a byte that is not a digit; only an exponent
	// would continue the number.
	if n > 15 || i < len(data) && data[i]|0x20 == 'e' {
		return 0, 0, false, 0
	}
	return m, frac, neg, i
}

// isZeroLiteral reports whether a number literal denotes zero.
func isZeroLiteral(lit []byte) bool {
	for _, c := range lit {
		switch {
		case c == 'e' || c == 'E':
			return true
		case '1' <= c && c <= '9':
			return false
		}
	}
	return true
}

// floatExact reports whether f, parsed from lit, is exactly the decimal number
// lit, in the sense that the shortest decimal representation of f is lit's
// value. Literals of up to 15 significant digits within the normal range of
// float64 always are.
func floatExact(lit []byte, f float64) bool {
	normal := f == 0 || math.Abs(f) >= 0x1p-1022
	if normal && len(lit) <= 15 {
		return true
	}
	dec, _ := parseDecimal(lit)
	if normal && dec.ndigits() <= 15 {
		return true
	}
	var buf [32]byte
	short, _ := parseDecimal(strconv.AppendFloat(buf[:0], f, 'e', -1, 64))
	return dec.equal(&short)
}
