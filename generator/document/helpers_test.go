package document

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// decodeStd decodes data with encoding/json and UseNumber, the reference
// every round trip is compared against.
func decodeStd(t testing.TB, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("encoding/json cannot decode %q: %v", data, err)
	}
	return v
}

// mustParse parses src or fails the test.
func mustParse(t testing.TB, src string) *Node {
	t.Helper()
	n, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return n
}

// checkRoundTrip checks that n encodes to JSON equal in value to src, that
// Interface agrees with encoding/json, and that encoding is stable.
func checkRoundTrip(t testing.TB, src []byte, n *Node) {
	t.Helper()
	want := decodeStd(t, src)
	out := n.Encode()
	if !json.Valid(out) {
		t.Fatalf("Encode of %q is not valid JSON: %q", src, out)
	}
	if got := decodeStd(t, out); !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip of %q:\n got %#v\nwant %#v", src, got, want)
	}
	if got := n.Interface(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Interface of %q:\n got %#v\nwant %#v", src, got, want)
	}
	again, err := Parse(out)
	if err != nil {
		t.Fatalf("Parse(Encode(%q)) = %v", src, err)
	}
	if out2 := again.Encode(); !bytes.Equal(out2, out) {
		t.Fatalf("Encode is not stable for %q: %q then %q", src, out, out2)
	}
}

// checkOffsets checks that every node of n records an offset in src where
// a value of its kind begins.
func checkOffsets(t testing.TB, src []byte, n *Node) {
	t.Helper()
	if n.Offset < 0 || n.Offset >= len(src) {
		t.Fatalf("offset %d out of range in %q", n.Offset, src)
	}
	c := src[n.Offset]
	ok := false
	switch n.Kind {
	case Null:
		ok = c == 'n'
	case Bool:
		ok = c == 't' && n.Bool || c == 'f' && !n.Bool
	case Number:
		ok = bytes.HasPrefix(src[n.Offset:], []byte(n.Number))
	case String:
		ok = c == '"'
	case Array:
		ok = c == '['
		for _, item := range n.Items {
			checkOffsets(t, src, item)
		}
	case Object:
		ok = c == '{'
		for _, m := range n.Members {
			checkOffsets(t, src, m.Value)
		}
	}
	if !ok {
		t.Fatalf("%v node at offset %d of %q starts with %q", n.Kind, n.Offset, src, c)
	}
}
