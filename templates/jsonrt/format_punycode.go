package jsonrt

import (
	"strings"
	"unicode"
)

// Parameters of Punycode, the Bootstring instance of RFC 3492 section 5.
const (
	fmtPunyBase        = 36
	fmtPunyTMin        = 1
	fmtPunyTMax        = 26
	fmtPunySkew        = 38
	fmtPunyDamp        = 700
	fmtPunyInitialBias = 72
	fmtPunyInitialN    = 0x80
	fmtPunyMaxInt      = 1<<31 - 1 // overflow bound, as for 32-bit integers
)

// fmtPunyAdapt is the bias adaptation function of RFC 3492 section 6.1.
func fmtPunyAdapt(delta, numPoints int, first bool) int {
	if first {
		delta /= fmtPunyDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > (fmtPunyBase-fmtPunyTMin)*fmtPunyTMax/2 {
		delta /= fmtPunyBase - fmtPunyTMin
		k += fmtPunyBase
	}
	return k + (fmtPunyBase-fmtPunyTMin+1)*delta/(delta+fmtPunySkew)
}

// fmtPunyThreshold returns the threshold t for digit position k.
func fmtPunyThreshold(k, bias int) int {
	return min(max(k-bias, fmtPunyTMin), fmtPunyTMax)
}

// fmtPunyDigit returns the value of the Punycode digit c, or -1.
func fmtPunyDigit(c byte) int {
	switch {
	case fmtIsDigit(c):
		return int(c-'0') + 26
	case fmtIsAlpha(c):
		return int(c|0x20) - 'a'
	}
	return -1
}

// fmtPunycodeDecode decodes Punycode (RFC 3492 section 6.2). It fails on
// malformed input, on overflow and on code points that are basic, surrogates
// or beyond U+10FFFF among the encoded ones.
func fmtPunycodeDecode(s string) ([]rune, bool) {
	var out []rune
	pos := 0
	if b := strings.LastIndexByte(s, '-'); b > 0 {
		for i := range b {
			if s[i] >= 0x80 {
				return nil, false
			}
			out = append(out, rune(s[i]))
		}
		pos = b + 1
	}
	n, i, bias := fmtPunyInitialN, 0, fmtPunyInitialBias
	for pos < len(s) {
		oldi, w := i, 1
		for k := fmtPunyBase; ; k += fmtPunyBase {
			if pos == len(s) {
				return nil, false
			}
			digit := fmtPunyDigit(s[pos])
			pos++
			if digit < 0 || digit > (fmtPunyMaxInt-i)/w {
				return nil, false
			}
			i += digit * w
			t := fmtPunyThreshold(k, bias)
			if digit < t {
				break
			}
			if w > fmtPunyMaxInt/(fmtPunyBase-t) {
				return nil, false
			}
			w *= fmtPunyBase - t
		}
		size := len(out) + 1
		bias = fmtPunyAdapt(i-oldi, size, oldi == 0)
		n += i / size
		i %= size
		if n > unicode.MaxRune || (0xD800 <= n && n <= 0xDFFF) {
			return nil, false
		}
		out = append(out[:i], append([]rune{rune(n)}, out[i:]...)...)
		i++
	}
	return out, true
}

// fmtPunycodeEncode encodes code points as Punycode (RFC 3492 section
// 6.3). It fails only on overflow.
func fmtPunycodeEncode(in []rune) (string, bool) {
	var out strings.Builder
	for _, r := range in {
		if r < 0x80 {
			out.WriteByte(byte(r))
		}
	}
	b := out.Len()
	h := b
	if b > 0 {
		out.WriteByte('-')
	}
	n, delta, bias := fmtPunyInitialN, 0, fmtPunyInitialBias
	for h < len(in) {
		m := int(unicode.MaxRune) + 1
		for _, r := range in {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		if m-n > (fmtPunyMaxInt-delta)/(h+1) {
			return "", false
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range in {
			if int(r) < n {
				delta++
			}
			if int(r) == n {
				fmtPunyEncodeDelta(&out, delta, bias)
				bias = fmtPunyAdapt(delta, h+1, h == b)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return out.String(), true
}

// fmtPunyEncodeDelta writes delta as a generalised variable-length integer.
func fmtPunyEncodeDelta(out *strings.Builder, delta, bias int) {
	const digits = "abcdefghijklmnopqrstuvwxyz0123456789"
	q := delta
	for k := fmtPunyBase; ; k += fmtPunyBase {
		t := fmtPunyThreshold(k, bias)
		if q < t {
			break
		}
		out.WriteByte(digits[t+(q-t)%(fmtPunyBase-t)])
		q = (q - t) / (fmtPunyBase - t)
	}
	out.WriteByte(digits[q])
}
