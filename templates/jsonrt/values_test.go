package jsonrt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

func TestCodePoints(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{{"", 0}, {"abc", 3}, {"héllo", 5}, {"😀x", 2}, {"\xff\xfe", 2},
		{"abcdefgh", 8}, {"abcdefghi", 9}, {"abcdefghijklmnop", 16}, {"abcdefghé", 9}, {"abcdefgéhijklmnopq", 18},
		{"abcdefghijklmno😀", 16}, {"abcdefg\xff", 8}, {strings.Repeat("é", 9), 9}}
	for _, tt := range tests {
		if got := CodePoints(tt.in); got != tt.want {
			t.Errorf("CodePoints(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestEqualJSON(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{`1`, `1`, true},
		{`1`, `1.0`, true},
		{`1`, `1e0`, true},
		{`100`, `1E+2`, true},
		{`0.5`, `5e-1`, true},
		{`-0`, `0`, true},
		{`0.0`, `-0e10`, true},
		{`1`, `2`, false},
		{`1`, `-1`, false},
		{`0.1`, `0.10000000000000001`, false},
		{`12345678901234567890`, `12345678901234567891`, false},
		{`1e1000`, `10e999`, true},
		{`1e99999999999999999999`, `1e99999999999999999998`, false},
		{`1e99999999999999999999`, `10e99999999999999999998`, true},
		{`"a"`, `"a"`, true},
		{`"a"`, `"\u0061"`, true},
		{`"\ud83d\ude00"`, `"😀"`, true},
		{`"a"`, `"b"`, false},
		{`"1"`, `1`, false},
		{`null`, `null`, true},
		{`null`, `false`, false},
		{`true`, ` true `, true},
		{`[]`, `[ ]`, true},
		{`[1,2]`, `[1.0, 2e0]`, true},
		{`[1,2]`, `[2,1]`, false},
		{`[1]`, `[1,1]`, false},
		{`{}`, `{ }`, true},
		{`{"a":1,"b":[true,{"c":null}]}`, `{"b":[true,{"c":null}],"a":1.0}`, true},
		{`{"a":1}`, `{"a":1,"b":1}`, false},
		{`{"a":1}`, `{"b":1}`, false},
		{`{"\u0061":1}`, `{"a":1}`, true},
		{`{"a":1,"a":2}`, `{"a":2}`, true},
		{`{}`, `[]`, false},
		{`1`, `1 x`, false},
		{`[1`, `[1`, false},
		{``, ``, false},
		{`{"a":}`, `{"a":}`, false},
	}
	for _, tt := range tests {
		if got := EqualJSON([]byte(tt.a), []byte(tt.b)); got != tt.want {
			t.Errorf("EqualJSON(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := EqualJSON([]byte(tt.b), []byte(tt.a)); got != tt.want {
			t.Errorf("EqualJSON(%s, %s) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestCompactSize(t *testing.T) {
	tests := []struct {
		in   string
		want int // -1 for an error
	}{
		{`null`, 4},
		{` true `, 4},
		{`-1.50e+3`, 8},
		{`""`, 2},
		{`"abc"`, 5},
		{`"\u0061"`, 3},
		{`"\/"`, 3},
		{`"\n\t\""`, 8},
		{`"\u0001"`, 8},
		{`"\u001F"`, 8},
		{`"é"`, 4},
		{`"\u00e9"`, 4},
		{`"\u2028"`, 5},
		{`"\ud83d\ude00"`, 6},
		{`"\ud83d"`, 5},
		{"\"\xff\"", 5},
		{`[ 1 , 2 ]`, 5},
		{`[]`, 2},
		{`{ }`, 2},
		{`{ "a" : [ 1, "x" ] , "b\n" : {} }`, len(`{"a":[1,"x"],"b\n":{}}`)},
		{`[`, -1},
		{`{"a" 1}`, -1},
		{`1 2`, -1},
		{``, -1},
	}
	for _, tt := range tests {
		got, err := CompactSize([]byte(tt.in))
		if tt.want < 0 {
			if err == nil {
				t.Errorf("CompactSize(%q) = %d, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("CompactSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestIsMultipleOf(t *testing.T) {
	tests := []struct {
		value, divisor string
		want           bool
	}{
		{"10", "2", true},
		{"10", "3", false},
		{"0", "7", true},
		{"-12", "4", true},
		{"7.5", "2.5", true},
		{"7.5", "2", false},
		{"0.0075", "0.0001", true},
		{"0.00751", "0.0001", false},
		{"1", "0.1", true},
		{"1", "0.3", false},
		{"0.3", "0.1", true},
		{"1e308", "0.123456789", false},
		{"1e308", "1e-308", true},
		{"1e-308", "1e308", false},
		{"1e99999999999999999999", "0.2", true},
		{"1e99999999999999999999", "3", false},
		{"123456789012345678901234567890", "3", true},
		{"123456789012345678901234567891", "3", false},
		{"123456789012345678901234567890", "123456789012345678901234567890e-5", true},
		{"4", "1.2345678901234567890123e-50", false},
		{"1.5e3", "0.75", true},
		{"10", "0", false},
		{"10", "x", false},
		{"1.", "1", false},
		{"10", "-5", true},
	}
	// Huge exponents must not be expanded (an expansion would exhaust
	// memory); how fast this runs is not asserted, since a clock in a test
	// fails on a busy machine.
	for _, tt := range tests {
		if got := isMultipleOf(tt.value, tt.divisor); got != tt.want {
			t.Errorf("isMultipleOf(%s, %s) = %v, want %v", tt.value, tt.divisor, got, tt.want)
		}
	}
}

func TestFloatAndIntIsMultipleOf(t *testing.T) {
	floats := []struct {
		v       float64
		divisor string
		want    bool
	}{
		{0.3, "0.1", true}, {0.75, "0.25", true}, {1.1, "0.01", true}, {1.15, "0.1", false},
		{1e21, "7", false}, {1e300, "1e-300", true}, {math.NaN(), "1", false}, {math.Inf(1), "1", false},
		{19.99, "0.01", true}, {-4.5, "1.5", true},
	}
	for _, tt := range floats {
		if got := FloatIsMultipleOf(tt.v, tt.divisor); got != tt.want {
			t.Errorf("FloatIsMultipleOf(%v, %s) = %v, want %v", tt.v, tt.divisor, got, tt.want)
		}
	}
	ints := []struct {
		v       int64
		divisor string
		want    bool
	}{
		{10, "5", true}, {10, "4", false}, {0, "3", true}, {-9, "3", true}, {10, "0", false},
		{10, "2.5", true}, {10, "0.3", false}, {10, "1e1", true}, {100, "1e2", true}, {10, "1e2", false},
		{math.MinInt64, "-1", true}, {math.MaxInt64, "9223372036854775807", true},
		{math.MaxInt64, "10000000000000000000", false}, {1, "x", false},
	}
	for _, tt := range ints {
		if got := IntIsMultipleOf(tt.v, tt.divisor); got != tt.want {
			t.Errorf("IntIsMultipleOf(%v, %s) = %v, want %v", tt.v, tt.divisor, got, tt.want)
		}
		// The general path agrees.
		if got := isMultipleOf(strconv.FormatInt(tt.v, 10), tt.divisor); got != tt.want {
			t.Errorf("isMultipleOf(%v, %s) = %v, want %v", tt.v, tt.divisor, got, tt.want)
		}
	}
}

func TestUniqueComparable(t *testing.T) {
	long := make([]int, 40)
	for i := range long {
		long[i] = i
	}
	longDup := append([]int(nil), long...)
	longDup[30], longDup[35] = 7, 3
	tests := []struct {
		in     []int
		i, j   int
		unique bool
	}{
		{nil, 0, 0, true},
		{[]int{1}, 0, 0, true},
		{[]int{1, 2, 3}, 0, 0, true},
		{[]int{1, 2, 1}, 0, 2, false},
		{[]int{1, 2, 2, 1}, 1, 2, false},
		{[]int{5, 1, 5, 1, 5}, 0, 2, false},
		{long, 0, 0, true},
		{longDup, 7, 30, false},
	}
	for _, tt := range tests {
		i, j, ok := UniqueComparable(tt.in)
		if ok != tt.unique || (!ok && (i != tt.i || j != tt.j)) {
			t.Errorf("UniqueComparable(%v) = %d, %d, %v; want %d, %d, %v", tt.in, i, j, ok, tt.i, tt.j, tt.unique)
		}
	}
	small := []string{"a", "b", "c", "d"}
	if allocs := testing.AllocsPerRun(10, func() { UniqueComparable(small) }); allocs != 0 {
		t.Errorf("UniqueComparable allocates %v times for a short slice", allocs)
	}
}

func TestUniqueJSON(t *testing.T) {
	items := func(s ...string) [][]byte {
		out := make([][]byte, len(s))
		for i, v := range s {
			out[i] = []byte(v)
		}
		return out
	}
	var long, longDup []string
	for i := 0; i < 30; i++ {
		long = append(long, strconv.Itoa(i))
	}
	longDup = append(longDup, long...)
	longDup[25] = "3.0e0"
	tests := []struct {
		in     [][]byte
		i, j   int
		unique bool
	}{
		{items(), 0, 0, true},
		{items(`1`, `2`, `"1"`), 0, 0, true},
		{items(`1`, `2`, `1.0`), 0, 2, false},
		{items(`{"a":1,"b":2}`, `[1]`, `{"b":2,"a":1}`), 0, 2, false},
		{items(`[1,2]`, `[2,1]`), 0, 0, true},
		{items(`x`, `x`), 0, 0, true},
		{items(`null`, `x`, `null`), 0, 2, false},
		{items(long...), 0, 0, true},
		{items(longDup...), 3, 25, false},
	}
	for _, tt := range tests {
		i, j, ok := UniqueJSON(tt.in)
		if ok != tt.unique || (!ok && (i != tt.i || j != tt.j)) {
			t.Errorf("UniqueJSON(%q) = %d, %d, %v; want %d, %d, %v", tt.in, i, j, ok, tt.i, tt.j, tt.unique)
		}
	}
}

func TestEqualJSONDeep(t *testing.T) {
	// Unsorted members at every level of maximal nesting. Equality takes
	// linear time; that is not asserted here, since a clock in a test fails
	// on a busy machine.
	a := strings.Repeat(`{"b":0,"a":`, maxDepth) + "1" + strings.Repeat("}", maxDepth)
	b := strings.Repeat(`{ "a":`, maxDepth) + "1.0" + strings.Repeat(`,"b":0}`, maxDepth)
	c := strings.Repeat(`{ "a":`, maxDepth) + "2" + strings.Repeat(`,"b":0}`, maxDepth)
	if !EqualJSON([]byte(a), []byte(b)) || EqualJSON([]byte(a), []byte(c)) {
		t.Errorf("EqualJSON wrong on deep objects")
	}
	if _, _, ok := UniqueJSON([][]byte{[]byte(a), []byte(c), []byte(b)}); ok {
		t.Errorf("UniqueJSON wrong on deep objects")
	}
}

// ratMultiple is the reference for isMultipleOf.
func ratMultiple(value, divisor string) bool {
	v, ok1 := new(big.Rat).SetString(value)
	d, ok2 := new(big.Rat).SetString(divisor)
	if !ok1 || !ok2 || d.Sign() == 0 {
		return false
	}
	return v.Quo(v, d).IsInt()
}

func FuzzIsMultipleOf(f *testing.F) {
	f.Add(int64(75), int8(-4), int64(1), int8(-4))
	f.Add(int64(751), int8(-5), int64(1), int8(-4))
	f.Add(int64(-1500), int8(0), int64(75), int8(-2))
	f.Add(int64(3), int8(2), int64(12), int8(0))
	f.Add(int64(math.MaxInt64), int8(3), int64(1<<40), int8(-7))
	f.Fuzz(func(t *testing.T, vm int64, ve int8, dm int64, de int8) {
		value := strconv.FormatInt(vm, 10) + "e" + strconv.Itoa(int(ve))
		divisor := strconv.FormatInt(dm, 10) + "e" + strconv.Itoa(int(de))
		want := ratMultiple(value, divisor)
		if got := isMultipleOf(value, divisor); got != want {
			t.Fatalf("isMultipleOf(%s, %s) = %v, want %v", value, divisor, got, want)
		}
		if ve == 0 {
			if got := IntIsMultipleOf(vm, divisor); got != want {
				t.Fatalf("IntIsMultipleOf(%d, %s) = %v, want %v", vm, divisor, got, want)
			}
		}
	})
}
