package jsonrt

import (
	"math"
	"math/bits"
)

// maxShortPlaces is the most decimal places shortDecimal looks for: all
// numbers of up to six places are at least 1e-6, which AppendFloat writes
// without an exponent.
const maxShortPlaces = 6

// shortDecimal returns the shortest decimal representation of f, the one
// strconv.FormatFloat(f, 'f', -1, 64) writes, as r×10^-k, when f is not
// zero and that representation has at most maxShortPlaces places and
// |r| < 2^52. It finds it without strconv: r is round(f×10^k) for the least
// k for which r/10^k reads back as f.
//
// Why this is the shortest representation: as |r| < 2^52, an ulp of f is
// less than 10^-k, so r×10^-k is the only multiple of 10^-k that reads back
// as f. The shortest representation has no more significant digits than
// it; unless it lies in another decade, which takes 16 digits or more, it
// has no more places, so it is a multiple of 10^-k that reads back as f:
// r×10^-k itself.
func shortDecimal(f float64) (r int64, k int, ok bool) {
	if f == 0 {
		return 0, 0, false
	}
	for k := 0; k <= maxShortPlaces; k++ {
		p := exactPow10[k]
		m := math.Round(f * p)
		if math.Abs(m) >= 1<<52 {
			return 0, 0, false
		}
		if m/p == f {
			return int64(m), k, true
		}
	}
	return 0, 0, false
}

// appendDecimal appends r×10^-k in plain decimal notation, as 12.5 or
// -0.05.
func appendDecimal(b []byte, r int64, k int) []byte {
	var buf [24]byte
	i := len(buf)
	u := uint64(r)
	if r < 0 {
		u = uint64(-r)
	}
	for range k {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if k > 0 {
		i--
		buf[i] = '.'
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if r < 0 {
		i--
		buf[i] = '-'
	}
	return append(b, buf[i:]...)
}

// smallDecimal parses a literal of the form [0-9]+(\.[0-9]+)? that is not
// zero as c×10^-j, with c < 2^32 and j <= 15.
func smallDecimal(s string) (c uint64, j int, ok bool) {
	point := false
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case isDigit(ch):
			c = c*10 + uint64(ch-'0')
			if c >= 1<<32 {
				return 0, 0, false
			}
			if point {
				j++
			}
		case ch == '.' && !point && i > 0 && i < len(s)-1:
			point = true
		default:
			return 0, 0, false
		}
	}
	return c, j, len(s) > 0 && c != 0 && j <= 15
}

// decimalIsMultiple reports whether r×10^-k is a multiple of c×10^-j, for
// the results of shortDecimal and smallDecimal.
func decimalIsMultiple(r int64, k int, c uint64, j int) bool {
	u := uint64(r)
	if r < 0 {
		u = uint64(-r)
	}
	if j >= k {
		// r×10^(j-k) mod c, in 128 bits.
		hi, lo := bits.Mul64(u, uint64(exactPow10[j-k]))
		return bits.Rem64(hi, lo, c) == 0
	}
	// c×10^(k-j) < 2^32×10^6 does not overflow.
	return u%(c*uint64(exactPow10[k-j])) == 0
}
