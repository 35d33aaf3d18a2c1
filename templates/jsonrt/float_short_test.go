package jsonrt

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// shortCases returns floats of the shapes numbers have in documents (prices,
// counts, rates, with a few decimal places) and others: random bits, values
// next to powers of ten and to 2^52, negative ones.
func shortCases() []float64 {
	rng := rand.New(rand.NewPCG(3, 4))
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.3, 12.99, 1e-6, 1e-7, 999999.999999, 1 << 52, 1<<52 - 1,
		(1<<52 - 1) / 1e6, 4503599627.370495, 0.000001, 1e21, 123456789012345678, 5e-324}
	for range 200000 {
		r := rng.Int64N(1 << uint(rng.IntN(54)))
		f := float64(r) / exactPow10[rng.IntN(9)]
		switch rng.IntN(4) {
		case 0:
			f = math.Float64frombits(rng.Uint64())
		case 1:
			f = math.Nextafter(f, math.Inf(1))
		case 2:
			f = -f
		}
		fs = append(fs, f)
	}
	return fs
}

func TestAppendFloatShortest(t *testing.T) {
	for _, f := range shortCases() {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		got := string(AppendFloat(nil, f))
		back, err := strconv.ParseFloat(got, 64)
		if err != nil || back != f {
			t.Fatalf("AppendFloat(%v) = %s, which reads back as %v (%v)", f, got, back, err)
		}
		if a := math.Abs(f); a == 0 || (a >= 1e-6 && a < 1e21) {
			if want := strconv.FormatFloat(f, 'f', -1, 64); got != want {
				t.Fatalf("AppendFloat(%v) = %s, want %s", f, got, want)
			}
		}
	}
}

// shortDivisors are divisors for FloatIsMultipleOf: small decimals that its
// fast path takes, and others.
var shortDivisors = []string{"0.01", "0.5", "3", "2.5", "0.000001", "7", "0.0000000000001", "0.3", "1", "1e-2", "4294967296", "0.1000"}

func TestFloatIsMultipleOfShortest(t *testing.T) {
	divisors := shortDivisors
	for i, f := range shortCases() {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		d := divisors[i%len(divisors)]
		want := isMultipleOf(strconv.FormatFloat(f, 'g', -1, 64), d)
		if got := FloatIsMultipleOf(f, d); got != want {
			t.Fatalf("FloatIsMultipleOf(%v, %s) = %v, want %v", f, d, got, want)
		}
	}
}

// FuzzFloatIsMultipleOf compares FloatIsMultipleOf with IsMultipleOf on the
// shortest decimal of the value.
func FuzzFloatIsMultipleOf(f *testing.F) {
	f.Add(12.99, uint8(0))
	f.Add(0.3, uint8(7))
	f.Fuzz(func(t *testing.T, v float64, i uint8) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		d := shortDivisors[int(i)%len(shortDivisors)]
		want := isMultipleOf(strconv.FormatFloat(v, 'g', -1, 64), d)
		if got := FloatIsMultipleOf(v, d); got != want {
			t.Errorf("FloatIsMultipleOf(%v, %s) = %v, want %v", v, d, got, want)
		}
	})
}
