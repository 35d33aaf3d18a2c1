package jsonrt

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"strings"
	"testing"
)

// decodeMembers reads data, a JSON array, with the free-form object reader
// members at its first element, then reads the rest of the array, and
// returns the map, what Finish reports and the instance location's depth.
func decodeMembers(data []byte, members func(d *Decoder) map[string]json.RawMessage) (map[string]json.RawMessage, string, int) {
	d := NewDecoder(data)
	var m map[string]json.RawMessage
	if d.BeginArray("#/type") {
		for i := 0; d.NextElement(); i++ {
			if i == 0 && d.BeginObject("#/items/type") {
				m = members(d)
			} else if i > 0 {
				d.Skip()
			}
		}
	}
	depth := d.n
	return m, errString(d.Finish()), depth
}

// memberLoop is the generic reading of a free-form object that RawMembers
// must match.
func memberLoop(d *Decoder) map[string]json.RawMessage {
	m := map[string]json.RawMessage{}
	for d.NextMember() {
		k := d.KeyString()
		m[k] = d.Raw()
	}
	return m
}

// checkRawMembers checks that RawMembers reads the object that is the first
// element of the array in data as memberLoop does: the same map, the same
// outcome of decoding the rest.
func checkRawMembers(t *testing.T, data []byte) {
	t.Helper()
	got, gotErr, gotDepth := decodeMembers(data, (*Decoder).RawMembers)
	want, wantErr, wantDepth := decodeMembers(data, memberLoop)
	if !reflect.DeepEqual(got, want) || gotErr != wantErr || gotDepth != wantDepth {
		t.Fatalf("RawMembers of %q = %q, %q, depth %d; want %q, %q, depth %d", data, got, gotErr, gotDepth, want, wantErr, wantDepth)
	}
	for k, v := range got {
		if cap(v) != len(v) {
			t.Fatalf("RawMembers of %q: value of %q has capacity %d, length %d", data, k, cap(v), len(v))
		}
	}
}

// longObject is a free-form object whose names and values are too long to
// share their memory with other strings.
var longObject = func() string {
	var b strings.Builder
	b.WriteString("{\"\":0,\"k\\u00e9\":\"\\n\",\"\xff\":[]")
	for i := range 40 {
		fmt.Fprintf(&b, `,"member%d":{"n":%d,"s":"abc"}`, i, i)
	}
	return b.String() + "}"
}()

func TestRawMembers(t *testing.T) {
	for _, obj := range []string{
		`{}`, `{ }`, `{"a":1}`, ` { "a" : [ 1 , {"b":null} ] , "c" : "x" } `, `{"a":1,"a":2}`, `{"":true}`,
		`{"k\"ey\u00e9":"v\\"}`, "{\"\xff\":1}", "{\"\xc3\xa9\":1}", `{"a":"\ud83d\ude00"}`,
		`{"a":1,}`, `{"a" 1}`, `{"a":}`, `{"a":1 "b":2}`, `{1:2}`, `{"a":1]`, `{"a":[1}`, `{"a`, `{"a":1`, `{`,
		`{"a":` + strings.Repeat("[", skipDepth+1) + strings.Repeat("]", skipDepth+1) + `}`,
		longObject, longObject[:len(longObject)-1],
	} {
		for _, rest := range []string{`]`, `,2]`, `,{"x":1}]`, ``, `,]`} {
			checkRawMembers(t, []byte(`[`+obj+rest))
		}
	}
}

// TestRawMembersShared checks that the values RawMembers returns are copies
// and that appending to one leaves the others as they were.
func TestRawMembersShared(t *testing.T) {
	for _, obj := range []string{`{"a":[1,2],"b":"x","c":{"d":true}}`, longObject} {
		checkRawMembersShared(t, []byte(obj))
	}
}

func checkRawMembersShared(t *testing.T, data []byte) {
	t.Helper()
	d := NewDecoder(data)
	if !d.BeginObject("#/type") {
		t.Fatal("not an object")
	}
	m := d.RawMembers()
	if err := d.Finish(); err != nil {
		t.Fatal(err)
	}
	want := maps.Clone(m)
	for k, v := range want {
		want[k] = append(json.RawMessage(nil), v...)
	}
	clear(data)
	for _, v := range m {
		_ = append(v, "garbage"...)
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("after changing the input and appending to values: %q, want %q", m, want)
	}
}

func FuzzRawMembers(f *testing.F) {
	for _, s := range []string{
		`[{"a":[1,2.5,"x",true,null,{"b":{}}],"c":-1e3},1]`, `[{"a":1,}]`, `[{"k\"ey":"v\\"}]`, "[{\"\xff\":1}]",
		`[{"a" 1}]`, `[{}]`, `[{"a":1,"a":{}}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(checkRawMembers)
}
