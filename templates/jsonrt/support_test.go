package jsonrt

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestSortedKeys(t *testing.T) {
	got := SortedKeys(map[string]int{"b": 1, "a": 2, "": 3, "B": 4})
	if want := []string{"", "B", "a", "b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SortedKeys = %q, want %q", got, want)
	}
}

func TestAppendKey(t *testing.T) {
	b := []byte(`[`)
	open := len(b)
	b = append(b, '{')
	b = AppendKey(b, open, `"a":`)
	b = append(b, '1')
	b = AppendKey(b, open, `"b":`)
	b = append(b, "2}"...)
	if got, want := string(b), `[{"a":1,"b":2}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"a":     `'a'`,
		`it's`:  `'it\'s'`,
		`"q"`:   `'"q"'`,
		"tab\t": `'tab\t'`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
	if got, want := QuoteList([]string{"a", "b"}), `'a', 'b'`; got != want {
		t.Errorf("QuoteList = %s, want %s", got, want)
	}
}

func TestEncodedSize(t *testing.T) {
	v := map[string]json.RawMessage{"k": json.RawMessage(`"<é>"`), "n": json.RawMessage(`1.50`)}
	// {"k":"<é>","n":1.50}: json.Marshal escapes < and >, the canonical
	// size does not.
	if got, want := encodedSizeUpTo(v, 100), len(`{"k":"<é>","n":1.50}`); got != want {
		t.Errorf("encodedSizeUpTo = %d, want %d", got, want)
	}
	if got := EncodeEach([]int{1, 2}); string(got[0]) != "1" || string(got[1]) != "2" {
		t.Errorf("EncodeEach = %q", got)
	}
}

// TestEncodedSizeOfRawMap checks the size of free-form objects, measured
// without encoding them, against the size of their encoding.
func TestEncodedSizeOfRawMap(t *testing.T) {
	maps := []map[string]json.RawMessage{
		{},
		{"a": json.RawMessage(`1`)},
		{"a\n\"b": json.RawMessage(` { "x" : [1, 2.50, "\u00e9\n"] } `), "": json.RawMessage(`null`)},
		{"nil": nil, "t": json.RawMessage(`true`)},
		{"ctl\x01": json.RawMessage(`"\u2028"`)},
		{"bad\xffkey": json.RawMessage(`1`)}, // encoding/json replaces the byte
		{"k": json.RawMessage(`{ `)},         // not JSON: encoding fails
	}
	for _, m := range maps {
		want, err := CompactSize(Encode(m))
		if err != nil {
			want = 0
		}
		if got := encodedSizeUpTo(m, 1<<20); got != want {
			t.Errorf("encodedSizeUpTo(%q, 1<<20) = %d, want %d", m, got, want)
		}
	}
	m := map[string]json.RawMessage{"sub": json.RawMessage(`"user_1"`), "roles": json.RawMessage(`[ "admin", {"n": 1e3} ]`)}
	if allocs := testing.AllocsPerRun(100, func() { encodedSizeUpTo(m, 1000) }); allocs != 0 {
		t.Errorf("encodedSizeUpTo of a raw map without escapes allocates %v times, want 0", allocs)
	}
}

// TestEncodedSizeUpToLimit checks that a free-form object over the limit
// is measured only so far: the size returned is over the limit and at
// most the whole size, and it is the whole size at or under the limit.
func TestEncodedSizeUpToLimit(t *testing.T) {
	m := map[string]json.RawMessage{}
	for i := range 100 {
		m[fmt.Sprintf("claim%03d", i)] = json.RawMessage(`{"role": "admin", "level": 3}`)
	}
	size, err := CompactSize(Encode(m))
	if err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{0, 1, 50, size / 2, size - 1, size, size + 1} {
		got := encodedSizeUpTo(m, limit)
		switch {
		case size <= limit && got != size:
			t.Errorf("limit %d: %d, want the size, %d", limit, got, size)
		case size > limit && (got <= limit || got > size):
			t.Errorf("limit %d: %d, want over the limit and at most the size, %d", limit, got, size)
		case limit < size/4 && got > size/2:
			t.Errorf("limit %d: %d of %d: measured past the limit", limit, got, size)
		}
	}
}

func TestAddToParentfAndSortFrom(t *testing.T) {
	var e Errors
	e.Enter("obj")
	e.Enter("extra")
	e.AddToParentf("#/additionalProperties", "additionalProperties", "%s not allowed", "'extra'")
	e.Leave()
	start := e.Len()
	for _, k := range []string{"z", "a", "m"} {
		e.Enter(k)
		e.Add("#/x", "x", k)
		e.Leave()
	}
	e.SortFrom(start)
	var got []string
	for _, v := range e.Err().(*ValidationError).Violations {
		got = append(got, v.InstanceLocation)
	}
	if want := []string{"/obj", "/obj/a", "/obj/m", "/obj/z"}; !reflect.DeepEqual(got, want) {
		t.Errorf("locations = %q, want %q", got, want)
	}
}

// TestCompactASCII puts every kind of byte that ends a run of compact ASCII
// at every offset of the eight-byte words compactASCII reads, outside and
// inside a string.
func TestCompactASCII(t *testing.T) {
	for _, c := range []struct {
		b               byte
		outside, inside bool // whether the byte is compact ASCII there
	}{
		{'a', true, true}, {'!', true, true}, {0x7f, true, true}, {' ', false, true}, {'\n', false, false},
		{0, false, false}, {0x1f, false, false}, {0x80, false, false}, {0xff, false, false},
		{'\\', false, false}, // not JSON outside strings: its verdict there is unspecified
	} {
		for n := range 20 {
			outside := []byte("[" + strings.Repeat("1", n) + "_1,\"" + strings.Repeat("x", 20) + "\"]")
			outside[1+n] = c.b
			if got := compactASCII(outside); got != c.outside && c.b != '\\' {
				t.Errorf("compactASCII(%q) = %v, want %v", outside, got, c.outside)
			}
			inside := []byte("[\"" + strings.Repeat("x", n) + "_\"]")
			inside[2+n] = c.b
			if got := compactASCII(inside); got != c.inside {
				t.Errorf("compactASCII(%q) = %v, want %v", inside, got, c.inside)
			}
		}
	}
	for raw, want := range map[string]bool{
		`{"a":[1,2,{"b":"c"}],"d":"e\"f"}`: false,
		`{"a":[1,2,{"b":"c"}],"d":"ef"}`:   true,
		`["unterminated`:                   false,
		``:                                 true,
	} {
		if got := compactASCII([]byte(raw)); got != want {
			t.Errorf("compactASCII(%s) = %v, want %v", raw, got, want)
		}
	}
}

// TestEncodedSizeOver checks that EncodedSizeOver tells a value over the
// limit from one at or under it, on free-form objects whose encoding is as
// large as their names' and values' lengths allow (control characters in
// names, invalid UTF-8 in strings), so that a looser bound from the lengths
// alone would let some through.
func TestEncodedSizeOver(t *testing.T) {
	maps := []map[string]json.RawMessage{
		{},
		{"a": json.RawMessage(`1`), "nil": nil},
		{"\x01\x02": json.RawMessage("\"\xff\xfe\xfd\"")},
		{"k\xff": json.RawMessage(`[ "\u00e9" , 1 ]`), "\"": json.RawMessage("\"\xff\"")},
		{"sub": json.RawMessage(`"user_1"`), "roles": json.RawMessage(`["admin",{"n":1e3}]`)},
	}
	for _, m := range maps {
		size, err := CompactSize(Encode(m))
		if err != nil {
			t.Fatal(err)
		}
		if bound := rawMapBound(m, 1<<20); bound < size {
			t.Errorf("rawMapBound(%q) = %d, under the size, %d", m, bound, size)
		}
		for limit := 0; limit <= 3*size+10; limit++ {
			got := EncodedSizeOver(m, limit)
			switch {
			case size <= limit && got != 0:
				t.Errorf("%q, limit %d: %d, want 0 (the size is %d)", m, limit, got, size)
			case size > limit && (got <= limit || got > size):
				t.Errorf("%q, limit %d: %d, want over the limit and at most the size, %d", m, limit, got, size)
			}
		}
	}
	if got := EncodedSizeOver("abcdefgh", 9); got != 10 {
		t.Errorf(`EncodedSizeOver("abcdefgh", 9) = %d, want 10`, got)
	}
	if got := EncodedSizeOver("abcdefgh", 10); got != 0 {
		t.Errorf(`EncodedSizeOver("abcdefgh", 10) = %d, want 0`, got)
	}
}
