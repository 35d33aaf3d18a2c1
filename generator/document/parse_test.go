package document

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestParseEncode(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"null", `null`, `null`},
		{"true", ` true `, `true`},
		{"false", "\t\r\nfalse\n", `false`},
		{"zero", `0`, `0`},
		{"negative zero", `-0`, `-0`},
		{"fraction kept", `1.0`, `1.0`},
		{"exponent kept", `-2e3`, `-2e3`},
		{"exponent forms", `[1E+2,1e-2,0.5e0]`, `[1E+2,1e-2,0.5e0]`},
		{"huge number", `123456789012345678901234567890`, `123456789012345678901234567890`},
		{"empty string", `""`, `""`},
		{"simple escapes", `"\"\\\/\b\f\n\r\t"`, `"\"\\/\b\f\n\r\t"`},
		{"unicode escape", `"\u0041\u00e9\u4e2d"`, `"Aé中"`},
		{"surrogate pair", `"\ud83d\ude00"`, `"😀"`},
		{"lone high surrogate", `"\ud83dx"`, "\"\ufffdx\""},
		{"lone low surrogate", `"\ude00"`, "\"\ufffd\""},
		{"high then non-low", `"\ud83d\u0041"`, "\"\ufffdA\""},
		{"raw UTF-8", `"héllo 中 😀"`, `"héllo 中 😀"`},
		{"html kept", `"<a>&"`, `"<a>&"`},
		{"line separator", `"\u2028"`, `"\u2028"`},
		{"empty array", `[ ]`, `[]`},
		{"empty object", `{ }`, `{}`},
		{"nested", ` { "a" : [ 1 , { "b" : null } ] , "c" : "d" } `, `{"a":[1,{"b":null}],"c":"d"}`},
		{"order kept", `{"z":1,"a":2,"m":3}`, `{"z":1,"a":2,"m":3}`},
		{"duplicate last wins", `{"a":1,"b":2,"a":3}`, `{"b":2,"a":3}`},
		{"triple duplicate", `{"a":1,"a":2,"a":3}`, `{"a":3}`},
		{"duplicate nested", `{"a":{"x":1},"b":0,"a":{"y":2}}`, `{"b":0,"a":{"y":2}}`},
		{"escaped names", `{"a\u0062":1,"ab":2}`, `{"ab":2}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := mustParse(t, tt.src)
			if got := string(n.Encode()); got != tt.want {
				t.Errorf("Encode = %s, want %s", got, tt.want)
			}
			checkRoundTrip(t, []byte(tt.src), n)
			checkOffsets(t, []byte(tt.src), n)
		})
	}
}

// duplicateObject builds an object with size distinct names k0, k1, ...
// followed by repeats of the names in again, large enough to use the
// builder's index.
func duplicateObject(size int, again ...int) (src string, keys []string) {
	var b strings.Builder
	b.WriteString("{")
	for i := range size {
		fmt.Fprintf(&b, `"k%d":%d,`, i, i)
	}
	repeated := map[string]bool{}
	for _, i := range again {
		fmt.Fprintf(&b, `"k%d":"again",`, i)
		repeated[fmt.Sprintf("k%d", i)] = true
	}
	src = strings.TrimSuffix(b.String(), ",") + "}"
	for i := range size {
		if k := fmt.Sprintf("k%d", i); !repeated[k] {
			keys = append(keys, k)
		}
	}
	seen := map[string]bool{}
	var tail []string
	for j := len(again) - 1; j >= 0; j-- {
		k := fmt.Sprintf("k%d", again[j])
		if !seen[k] {
			seen[k] = true
			tail = append([]string{k}, tail...)
		}
	}
	return src, append(keys, tail...)
}

func TestParseMemberOrder(t *testing.T) {
	tests := []struct {
		name  string
		size  int
		again []int
	}{
		{"no duplicates small", 3, nil},
		{"no duplicates large", 40, nil},
		{"small duplicates", 4, []int{0, 2}},
		{"duplicates across index threshold", 7, []int{0, 1, 0, 6}},
		{"large duplicates", 30, []int{5, 0, 29, 5, 5, 12}},
		{"every name twice", 50, seq(50)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, want := duplicateObject(tt.size, tt.again...)
			n := mustParse(t, src)
			if got := n.Keys(); !reflect.DeepEqual(got, want) {
				t.Fatalf("Keys = %v\nwant %v", got, want)
			}
			for _, i := range tt.again {
				if v := n.Get(fmt.Sprintf("k%d", i)); v == nil || v.String != "again" {
					t.Errorf("k%d = %+v, want the repeated value", i, v)
				}
			}
			checkRoundTrip(t, []byte(src), n)
		})
	}
}

func TestParseOffsets(t *testing.T) {
	src := "  \n{\"a\": [1, \"x\"], \"b\" : null}"
	n := mustParse(t, src)
	tests := []struct {
		pointer string
		offset  int
	}{
		{"", 3},
		{"/a", 9},
		{"/a/0", 10},
		{"/a/1", 13},
		{"/b", 25},
	}
	for _, tt := range tests {
		v, ok := n.Lookup(tt.pointer)
		if !ok {
			t.Fatalf("Lookup(%q) failed", tt.pointer)
		}
		if v.Offset != tt.offset {
			t.Errorf("Lookup(%q).Offset = %d, want %d", tt.pointer, v.Offset, tt.offset)
		}
	}
}

func TestParseDepth(t *testing.T) {
	tests := []struct {
		name  string
		depth int
		open  string
		close string
		ok    bool
	}{
		{"arrays at limit", MaxDepth, "[", "]", true},
		{"arrays over limit", MaxDepth + 1, "[", "]", false},
		{"objects at limit", MaxDepth, `{"a":`, "}", true},
		{"objects over limit", MaxDepth + 1, `{"a":`, "}", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(strings.Repeat(tt.open, tt.depth) + "1" + strings.Repeat(tt.close, tt.depth))
			if std := json.Valid(src); std != tt.ok {
				t.Fatalf("json.Valid = %v, test expects %v", std, tt.ok)
			}
			n, err := Parse(src)
			if (err == nil) != tt.ok {
				t.Fatalf("Parse error = %v, want success %v", err, tt.ok)
			}
			if tt.ok {
				checkRoundTrip(t, src, n)
				return
			}
			var se *SyntaxError
			if !errors.As(err, &se) || !strings.Contains(se.Msg, "nesting depth") {
				t.Fatalf("error = %v, want a nesting depth *SyntaxError", err)
			}
			if want := len(tt.open) * MaxDepth; se.Offset != want {
				t.Errorf("Offset = %d, want %d", se.Offset, want)
			}
		})
	}
}

// seq returns 0, 1, ..., n-1.
func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}
