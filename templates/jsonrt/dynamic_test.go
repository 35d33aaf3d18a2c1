package jsonrt

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{`null`, nil},
		{` true `, true},
		{`false`, false},
		{`1.50e+3`, json.Number("1.50e+3")},
		{`-0`, json.Number("-0")},
		{`123456789012345678901234567890`, json.Number("123456789012345678901234567890")},
		{`"a\u00e9\n\"\ud83d\ude00"`, "aé\n\"😀"},
		{`"\ud800"`, "\uFFFD"},
		{`[]`, []any{}},
		{`{}`, map[string]any{}},
		{`[1,"x",[null]]`, []any{json.Number("1"), "x", []any{nil}}},
		{`{"a":1,"b":{"c":[]},"a":2}`, map[string]any{"a": json.Number("2"), "b": map[string]any{"c": []any{}}}},
		{`{"a\/b":true,"a/b":false}`, map[string]any{"a/b": false}},
	}
	for _, tt := range tests {
		got, err := Parse([]byte(tt.in))
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%s) = %#v, %v; want %#v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{``, ` `, `nul`, `[1,]`, `{"a"}`, `{"a":1,}`, `01`, `1.`, `[1] 2`,
		`{"a":1`, `"\x"`, `"a`, `[`, `{1:2}`, "\"\x01\"", `tru`, `-`} {
		if v, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) = %#v, want an error", in, v)
		}
	}
}

func TestParseDepth(t *testing.T) {
	tests := []struct {
		depth int
		ok    bool
	}{{1, true}, {9999, true}, {10000, true}, {10001, false}, {20000, false}}
	for _, tt := range tests {
		for _, brackets := range []string{"[]", `{"":}`} {
			open, cls := brackets[:len(brackets)-1], brackets[len(brackets)-1:]
			data := strings.Repeat(open, tt.depth) + "1" + strings.Repeat(cls, tt.depth)
			_, err := Parse([]byte(data))
			if (err == nil) != tt.ok {
				t.Errorf("Parse of %s nested %d deep: error %v, want ok %v", brackets, tt.depth, err, tt.ok)
			}
		}
	}
}

// mustParse is Parse for a JSON text known to be valid.
func mustParse(s string) any {
	v, err := Parse([]byte(s))
	if err != nil {
		panic("mustParse: " + err.Error())
	}
	return v
}

// violations returns the violations recorded in c as "location|keyword|message".
func violations(c *Ctx) []string {
	var ve *ValidationError
	if !errors.As(c.Err(), &ve) {
		return nil
	}
	var out []string
	for _, v := range ve.Violations {
		out = append(out, v.InstanceLocation+"|"+v.Keyword+"|"+v.Message)
	}
	return out
}

func TestCtxQuiet(t *testing.T) {
	var c Ctx
	c.Enter("a")
	c.Fail("#/minimum", "minimum", "must be >= %v but found %v", "5", json.Number("4"))
	c.beginQuiet()
	c.beginQuiet()
	c.Fail("#/type", "type", "quiet 1")
	c.endQuiet()
	quietAfterOneEnd := c.quiet > 0
	c.Fail("#/type", "type", "quiet 2")
	c.endQuiet()
	c.endQuiet() // unmatched: no effect
	c.EnterIndex(3)
	c.Fail("#/const", "const", "value must be 2 but found %v", Show("x"))
	c.Leave()
	c.Leave()
	c.Fail("#/required", "required", "missing %s", Quote("id"))

	if !quietAfterOneEnd || c.quiet > 0 {
		t.Errorf("quiet after one of two endQuiet = %v, at the end = %v; want true, false", quietAfterOneEnd, c.quiet > 0)
	}
	want := []string{
		"/a|minimum|must be >= 5 but found 4",
		`/a/3|const|value must be 2 but found "x"`,
		"|required|missing 'id'",
	}
	if got := violations(&c); !reflect.DeepEqual(got, want) {
		t.Errorf("violations = %q, want %q", got, want)
	}
}

func TestCtxFailQuietNoAlloc(t *testing.T) {
	var c Ctx
	n, name, size := json.Number("12.5"), strings.Repeat("k", 3), len(strings.Repeat("x", 1000))
	value := any(map[string]any{"a": []any{}})
	c.beginQuiet()
	allocs := testing.AllocsPerRun(100, func() {
		c.Fail("#/properties/x/minimum", "minimum", "must be >= %v but found %v", "13", n)
		c.Fail("#/maxLength", "maxLength", "length must be <= %d, but got %d", 3, size)
		c.Fail("#/const", "const", "member %q: value must be 2 but found %v", name, Show(value))
		c.Fail("#/x", "x", "%v %v %v %v", 1.5, true, nil, int64(size))
	})
	if allocs != 0 || c.Len() != 0 {
		t.Errorf("Fail while quiet: %v allocations, %d violations; want none", allocs, c.Len())
	}
}

func TestAppendMessageMatchesFmt(t *testing.T) {
	type custom struct{ X int }
	tests := []struct {
		format string
		args   []any
	}{
		{"plain", nil},
		{"100%% of %v", []any{"x"}},
		{"%v %s %q %d", []any{"a\"b", "c", "d\n", 42}},
		{"%v %v", []any{json.Number("1e400"), json.Number("-0.5")}},
		{"%v %v %v %v", []any{true, false, nil, -7}},
		{"%v %v %v %v %v", []any{1.5, 1e21, 1e-7, 123456789.0, float32(0.1)}},
		{"%v %v %v", []any{math.Inf(-1), math.NaN(), math.Copysign(0, -1)}},
		{"%d %d %v %d", []any{int8(-8), uint8(200), uint64(math.MaxUint64), int64(math.MinInt64)}},
		{"%q %q %q %q", []any{65, -1, 0x110000, int64(1<<32 + 65)}},
		{"%d %s %x", []any{"s", 3, true}},
		{"%s %d", []any{nil, 1.5}},
		{"%v", nil},
		{"trailing %", []any{1}},
		{"%v", []any{1, "extra", nil}},
		{"%d", []any{custom{1}}},
		{"héllo %v ü", []any{"wörld"}},
	}
	for _, tt := range tests {
		got := string(appendMessage(nil, tt.format, tt.args))
		want := fmt.Sprintf(tt.format, tt.args...)
		if tt.format == "%d" {
			want = "%!d(jsonrt.custom)" // other types are not formatted
		}
		if got != want {
			t.Errorf("appendMessage(%q, %#v) = %q, want %q", tt.format, tt.args, got, want)
		}
	}
}

func TestAppendMessageShown(t *testing.T) {
	tests := []struct {
		format string
		arg    any
		want   string
	}{
		{"found %v", Show(json.Number("1.0")), "found 1.0"},
		{"found %s", Show("a\"b"), `found "a\"b"`},
		{"found %v", Show(nil), "found null"},
		{"found %v", Show([]any{}), "found array"},
		{"found %d", Show(true), "found %!d(jsonrt.Shown=true)"},
		{"found %v", Show(strings.Repeat("é", 41)), `found "` + strings.Repeat("é", 40) + `…"`},
	}
	for _, tt := range tests {
		if got := string(appendMessage(nil, tt.format, []any{tt.arg})); got != tt.want {
			t.Errorf("appendMessage(%q, %#v) = %q, want %q", tt.format, tt.arg, got, tt.want)
		}
	}
}

func TestCtxScope(t *testing.T) {
	var c Ctx
	c.PopScope() // empty: no effect
	c.PushScope(3)
	c.PushScope(1)
	c.PushScope(4)
	c.PopScope()
	c.PushScope(5)
	if got, want := c.Scope(), []int{3, 1, 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("Scope = %v, want %v", got, want)
	}
	c.PopScope()
	c.PopScope()
	c.PopScope()
	if got := c.Scope(); len(got) != 0 {
		t.Errorf("Scope after popping all = %v", got)
	}
}

func TestCtxDescend(t *testing.T) {
	var c Ctx
	for i := range MaxCallDepth {
		if !c.Descend() {
			t.Fatalf("Descend number %d = false", i+1)
		}
	}
	for range 2 {
		if c.Descend() {
			t.Fatalf("Descend beyond %d = true", MaxCallDepth)
		}
	}
	c.Ascend()
	if !c.Descend() {
		t.Error("Descend after Ascend = false")
	}
	if c.Descend() {
		t.Error("Descend at the limit again = true")
	}
}

// recurse is a check function of {"allOf":[{"$ref":"#"}]}, which recurses
// on the same instance.
func recurse(v any, c *Ctx, ann *Ann) bool {
	if !c.Descend() {
		c.Fail("#/allOf/0/$ref", "$ref", "schema recursion too deep")
		return false
	}
	ok := recurse(v, c, ann)
	c.Ascend()
	return ok
}

func TestCtxDescendStopsRecursion(t *testing.T) {
	var c Ctx
	if recurse(nil, &c, nil) {
		t.Error("recurse = true")
	}
	if got := violations(&c); len(got) != 1 || !strings.HasSuffix(got[0], "schema recursion too deep") {
		t.Errorf("violations = %q", got)
	}
	if c.depth != 0 {
		t.Errorf("depth after unwinding = %d", c.depth)
	}
}
