package jsonrt

import (
	"encoding/json"
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestTypeOf(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{nil, "null"},
		{true, "boolean"},
		{json.Number("7"), "integer"},
		{json.Number("-0"), "integer"},
		{json.Number("1.0"), "integer"},
		{json.Number("1e2"), "integer"},
		{json.Number("1.5e1"), "integer"},
		{json.Number("100e-2"), "integer"},
		{json.Number("0.0e-5"), "integer"},
		{json.Number("1e99999999999999999999"), "integer"},
		{json.Number("1.05e1"), "number"},
		{json.Number("0.5"), "number"},
		{json.Number("1e-1"), "number"},
		{json.Number("1e-99999999999999999999"), "number"},
		{json.Number("12345678901234567890.5"), "number"},
		{json.Number("01"), ""},
		{json.Number(""), ""},
		{"1", "string"},
		{[]any{}, "array"},
		{map[string]any{}, "object"},
		{1, ""},
		{1.5, ""},
	}
	for _, tt := range tests {
		if got := TypeOf(tt.in); got != tt.want {
			t.Errorf("TypeOf(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHasType(t *testing.T) {
	types := []string{"null", "boolean", "integer", "number", "string", "array", "object", ""}
	tests := []struct {
		in   any
		want string // the types that match, space-separated
	}{
		{nil, "null"},
		{false, "boolean"},
		{json.Number("1.0"), "integer number"},
		{json.Number("1.5e1"), "integer number"},
		{json.Number("-0"), "integer number"},
		{json.Number("1.05e1"), "number"},
		{json.Number("x"), ""},
		{"", "string"},
		{[]any{json.Number("1")}, "array"},
		{map[string]any{"a": nil}, "object"},
		{int64(1), ""},
	}
	for _, tt := range tests {
		var got []string
		for _, typ := range types {
			if HasType(tt.in, typ) {
				got = append(got, typ)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%#v has types %q, want %q", tt.in, got, tt.want)
		}
	}
}

// equalTests are pairs of JSON texts and whether they are equal.
var equalTests = []struct {
	a, b string
	want bool
}{
	{`1`, `1.0`, true},
	{`1`, `1e0`, true},
	{`100`, `1E+2`, true},
	{`0`, `-0`, true},
	{`0.0`, `-0e10`, true},
	{`1e400`, `10e399`, true},
	{`1e400`, `1e401`, false},
	{`0.1`, `0.10000000000000001`, false},
	{`9007199254740993`, `9007199254740992`, false},
	{`-1`, `1`, false},
	{`"a\u00e9\n"`, `"aé\u000a"`, true},
	{`"\ud83d\ude00"`, `"😀"`, true},
	{`"a"`, `"A"`, false},
	{`null`, `null`, true},
	{`null`, `false`, false},
	{`true`, `true`, true},
	{`true`, `1`, false},
	{`[1]`, `[true]`, false},
	{`[0]`, `[false]`, false},
	{`{"a":false}`, `{"a":0}`, false},
	{`{"a":null}`, `{}`, false},
	{`{"a":null}`, `{"b":null}`, false},
	{`[]`, `{}`, false},
	{`[]`, `null`, false},
	{`[1,2]`, `[2,1]`, false},
	{`[1,2]`, `[1,2,3]`, false},
	{`{"a":1,"b":[1.0,{"c":"x"}]}`, `{"b":[1,{"c":"x"}],"a":10e-1}`, true},
	{`{"a":1,"b":[1.0,{"c":"x"}]}`, `{"b":[1,{"c":"y"}],"a":1}`, false},
	{`{"a":1,"a":2}`, `{"a":2}`, true},
	{`"1"`, `1`, false},
}

func TestEqual(t *testing.T) {
	seed := maphash.MakeSeed()
	for _, tt := range equalTests {
		a, b := mustParse(tt.a), mustParse(tt.b)
		if got := Equal(a, b); got != tt.want {
			t.Errorf("Equal(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := Equal(b, a); got != tt.want {
			t.Errorf("Equal(%s, %s) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
		if want := EqualJSON([]byte(tt.a), []byte(tt.b)); tt.want != want {
			t.Errorf("EqualJSON(%s, %s) = %v, disagrees with the test", tt.a, tt.b, want)
		}
		if tt.want && hashValue(seed, a) != hashValue(seed, b) {
			t.Errorf("%s and %s are equal but hash differently", tt.a, tt.b)
		}
	}
}

func TestEqualNonGeneric(t *testing.T) {
	tests := []struct{ a, b any }{
		{json.Number("01"), json.Number("01")},
		{json.Number("1"), json.Number("1.")},
		{1, 1},
		{1.5, 1.5},
		{[]any{1}, []any{1}},
		{map[string]any{"a": json.Number("x")}, map[string]any{"a": json.Number("x")}},
	}
	for _, tt := range tests {
		if Equal(tt.a, tt.b) {
			t.Errorf("Equal(%#v, %#v) = true, want false", tt.a, tt.b)
		}
	}
}

func TestCompareNumber(t *testing.T) {
	tests := []struct {
		n, limit string
		want     int
	}{
		{"1", "1", 0},
		{"1", "1.0", 0},
		{"-0", "0", 0},
		{"0", "0.0e-7", 0},
		{"1", "2", -1},
		{"2", "1", 1},
		{"-2", "-1", -1},
		{"-1", "1", -1},
		{"0", "-1e-400", 1},
		{"0", "1e-400", -1},
		{"-1e-400", "0", -1},
		{"-1e-400", "-1e-401", -1},
		{"9007199254740993", "9007199254740992", 1},
		{"9007199254740992", "9007199254740993", -1},
		{"0.1", "0.10000000000000001", -1},
		{"0.10000000000000001", "0.1", 1},
		{"0.1", "1e-1", 0},
		{"1e400", "1e308", 1},
		{"1e308", "1e-308", 1},
		{"1e-308", "1e308", -1},
		{"1e99999", "1e400", 1},
		{"-1e99999", "-1e400", -1},
		{"1e999999999999999999999", "1e999999999999999999998", 1},
		{"1e-999999999999999999999", "1e-999999999999999999998", -1},
		{"1e999999999999999999999", "10e999999999999999999998", 0},
		{"12.5", "125e-1", 0},
		{"12.5", "12.49999999999999999999", 1},
		{"12.5", "12.50000000000000000001", -1},
		{"99", "100", -1},
		{"100", "99.9", 1},
		{"x", "1", 0},
		{"1", "", 0},
	}
	for _, tt := range tests {
		if got := CompareNumber(json.Number(tt.n), tt.limit); got != tt.want {
			t.Errorf("CompareNumber(%s, %s) = %d, want %d", tt.n, tt.limit, got, tt.want)
		}
	}
}

func TestMultipleOf(t *testing.T) {
	tests := []struct {
		n, divisor string
		want       bool
	}{
		{"10", "2", true},
		{"10", "3", false},
		{"0.3", "0.1", true},
		{"0.30000000000000004", "0.1", false},
		{"1e400", "1e399", true},
		{"4.5", "1.5", true},
		{"1", "0", false},
		{"x", "1", false},
	}
	for _, tt := range tests {
		if got := MultipleOf(json.Number(tt.n), tt.divisor); got != tt.want {
			t.Errorf("MultipleOf(%s, %s) = %v, want %v", tt.n, tt.divisor, got, tt.want)
		}
	}
}

// longArray returns a JSON array of n distinct numbers followed by extra.
func longArray(n int, extra ...string) string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprint(i + 1000)
	}
	return "[" + strings.Join(append(items, extra...), ",") + "]"
}

func TestUnique(t *testing.T) {
	tests := []struct {
		in   string
		i, j int
		ok   bool
	}{
		{`[]`, 0, 0, true},
		{`[1]`, 0, 0, true},
		{`[1, 1.0]`, 0, 1, false},
		{`[0, false]`, 0, 0, true},
		{`[1, true, "1", null, [], {}, [1], {"a":1}]`, 0, 0, true},
		{`[{"a":1,"b":2},{"b":2,"a":1}]`, 0, 1, false},
		{`[[1,2],[2,1]]`, 0, 0, true},
		{`[1, 2, 2.0, 1e0]`, 1, 2, false},
		{`[0, -0]`, 0, 1, false},
		{longArray(20), 0, 0, true},
		{longArray(20, "1000.0"), 0, 20, false},
		{longArray(20, "1.019e3"), 19, 20, false},
		{longArray(30, `{"a":[1],"b":"x"}`, `{"b":"x","a":[2]}`, `{"b":"x","a":[1.0]}`), 30, 32, false},
		{longArray(40, `{"k":[true]}`, `{"k":[1]}`, `[0]`, `[false]`, `""`, `null`), 0, 0, true},
	}
	for _, tt := range tests {
		items, _ := mustParse(tt.in).([]any)
		i, j, ok := Unique(items)
		if i != tt.i || j != tt.j || ok != tt.ok {
			t.Errorf("Unique(%.60s) = %d, %d, %v, want %d, %d, %v", tt.in, i, j, ok, tt.i, tt.j, tt.ok)
		}
	}
}

// TestUniqueHashingAgrees checks, on random arrays too long for pairwise
// comparison, that Unique finds the same pair as pairwise comparison: the
// hashing must be consistent with Equal.
func TestUniqueHashingAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		items := make([]any, 17+r.IntN(30))
		for k := range items {
			items[k] = randomValue(r, 2)
		}
		gi, gj, gok := Unique(items)
		wi, wj, wok := uniquePairwise(items)
		if gi != wi || gj != wj || gok != wok {
			t.Fatalf("Unique = %d, %d, %v, pairwise %d, %d, %v, on %v", gi, gj, gok, wi, wj, wok, items)
		}
	}
}

func uniquePairwise(items []any) (int, int, bool) {
	for j := 1; j < len(items); j++ {
		for i := 0; i < j; i++ {
			if Equal(items[i], items[j]) {
				return i, j, false
			}
		}
	}
	return 0, 0, true
}

// randomValue returns a small generic value drawn so that equal values with
// different spellings are frequent.
func randomValue(r *rand.Rand, depth int) any {
	numbers := []string{"0", "-0", "1", "1.0", "10e-1", "2", "0.5", "5e-1", "1e400", "10e399"}
	switch k := r.IntN(7); {
	case k == 0:
		return nil
	case k == 1:
		return r.IntN(2) == 0
	case k == 2:
		return json.Number(numbers[r.IntN(len(numbers))])
	case k == 3 || depth == 0:
		return []string{"a", "b", ""}[r.IntN(3)]
	case k == 4 || k == 5:
		a := make([]any, r.IntN(3))
		for i := range a {
			a[i] = randomValue(r, depth-1)
		}
		return a
	}
	m := map[string]any{}
	for range r.IntN(3) {
		m[[]string{"a", "b"}[r.IntN(2)]] = randomValue(r, depth-1)
	}
	return m
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{nil, "null"},
		{true, "true"},
		{false, "false"},
		{json.Number("1.50e3"), "1.50e3"},
		{"a\"b\n", `"a\"b\n"`},
		{strings.Repeat("x", 40), `"` + strings.Repeat("x", 40) + `"`},
		{strings.Repeat("x", 41), `"` + strings.Repeat("x", 40) + `…"`},
		{strings.Repeat("ü", 50), `"` + strings.Repeat("ü", 40) + `…"`},
		{[]any{json.Number("1")}, "array"},
		{map[string]any{}, "object"},
		{1.5, "(float64)"},
	}
	for _, tt := range tests {
		if got := Describe(tt.in); got != tt.want {
			t.Errorf("Describe(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
