package jsonrt

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// skipPlainSlow is skipPlain one byte at a time, the reference.
func skipPlainSlow(data []byte, i int) int {
	for i < len(data) && plainStringByte[data[i]] {
		i++
	}
	return i
}

// TestSkipPlain puts every byte value at every offset of plain text of
// several lengths, and checks random mixes of plain and special bytes.
func TestSkipPlain(t *testing.T) {
	for n := range 20 {
		for at := range n {
			for c := range 256 {
				data := make([]byte, n)
				for k := range data {
					data[k] = 'a' + byte(k%26)
				}
				data[at] = byte(c)
				for start := 0; start <= at; start++ {
					if got, want := skipPlain(data, start), skipPlainSlow(data, start); got != want {
						t.Fatalf("skipPlain(%q, %d) = %d, want %d", data, start, got, want)
					}
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	special := []byte{'"', '\\', 0, 0x1f, 0x20, 0x7f, 0x80, 0xff, '!', '#', '[', ']'}
	for i := range 40000 {
		// From one special byte in two to one in ten: several in a word
		// make the word tests mark bytes after the first.
		density := 2 + i%9
		data := make([]byte, rng.IntN(40))
		for k := range data {
			if rng.IntN(density) == 0 {
				data[k] = special[rng.IntN(len(special))]
			} else {
				data[k] = byte(0x20 + rng.IntN(0x60))
			}
		}
		start := rng.IntN(len(data) + 1)
		if got, want := skipPlain(data, start), skipPlainSlow(data, start); got != want {
			t.Fatalf("skipPlain(%q, %d) = %d, want %d", data, start, got, want)
		}
	}
}

// TestShortNumber checks that shortNumber reads the short plain literals
// that scanNumber ends at the same offset, and that Float64 converts them as
// strconv.ParseFloat does, bit for bit, on edge cases and random literals
// of up to 15 digits; and that it leaves exponents, longer literals and
// malformed ones to the general way.
func TestShortNumber(t *testing.T) {
	check := func(lit string) {
		t.Helper()
		for _, after := range []string{"", ",", "}", "]", " ", "x", "-"} {
			if _, _, _, end := shortNumber([]byte(lit+after), 0); end != len(lit) {
				t.Fatalf("shortNumber(%s) ends at %d, want %d", lit+after, end, len(lit))
			}
		}
		var got float64
		if viol := readOne(t, lit, func(d *Decoder) { got = d.Float64("#/type") }); viol != nil {
			t.Fatalf("Float64(%s): %v", lit, viol)
		}
		want, err := strconv.ParseFloat(lit, 64)
		if err != nil || math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("Float64(%s) = %v, want %v (%v)", lit, got, want, err)
		}
	}
	for _, lit := range []string{"0", "-0", "-0.0", "0.0", "7", "-7", "12.99", "0.1", "0.3", "-0.00000000000001",
		"0.00000000000001", "999999999999999", "-99999999999999.9", "9.99999999999999", "123456789012345"} {
		check(lit)
	}
	for _, lit := range []string{"1e2", "1E2", "-1.5e-3", "1234567890123456", "0.1234567890123456", "-1234567890123456",
		"01", "-01", "-", "1.", "1.e5", "-x", ".5", ""} {
		if _, _, _, end := shortNumber([]byte(lit), 0); end != 0 {
			t.Errorf("shortNumber(%s) ends at %d, want it left to the general way", lit, end)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		n := 1 + rng.IntN(15)
		b := []byte{}
		if rng.IntN(2) == 0 {
			b = append(b, '-')
		}
		first := byte('1' + rng.IntN(9))
		if rng.IntN(4) == 0 {
			first, n = '0', 1
		}
		b = append(b, first)
		for range n - 1 {
			b = append(b, byte('0'+rng.IntN(10)))
		}
		if frac := min(1+rng.IntN(15), 15-n); frac > 0 && rng.IntN(3) > 0 {
			b = append(b, '.')
			for range frac {
				b = append(b, byte('0'+rng.IntN(10)))
			}
		}
		if scanNumber(b) != len(b) {
			t.Fatalf("test bug: %s is not a JSON number", b)
		}
		check(string(b))
	}
}
