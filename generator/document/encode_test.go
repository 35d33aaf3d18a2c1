package document

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// stdString encodes s as encoding/json does with SetEscapeHTML(false).
func stdString(t testing.TB, s string) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

func TestEncodeString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", `""`},
		{"plain", `"plain"`},
		{`quote " backslash \`, `"quote \" backslash \\"`},
		{"\b\f\n\r\t", `"\b\f\n\r\t"`},
		{"\x00\x01\x1f\x7f", `"\u0000\u0001\u001f` + "\x7f" + `"`},
		{"<a href='x'>&</a>", `"<a href='x'>&</a>"`},
		{"é中😀", `"é中😀"`},
		{"\u2028\u2029", `"\u2028\u2029"`},
		{"bad \xff\xfe utf8", `"bad \ufffd\ufffd utf8"`},
		{"truncated \xe4\xb8", `"truncated \ufffd\ufffd"`},
		{"\ufffd", "\"\ufffd\""},
		{"/", `"/"`},
	}
	for _, tt := range tests {
		got := string((&Node{Kind: String, String: tt.in}).Encode())
		if got != tt.want {
			t.Errorf("Encode(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if std := stdString(t, tt.in); got != std {
			t.Errorf("Encode(%q) = %s, encoding/json gives %s", tt.in, got, std)
		}
	}
}

func TestEncodeBuiltNodes(t *testing.T) {
	tests := []struct {
		name string
		node *Node
		want string
	}{
		{"nil", nil, `null`},
		{"zero node", &Node{}, `null`},
		{"unknown kind", &Node{Kind: Kind(42)}, `null`},
		{"false", &Node{Kind: Bool}, `false`},
		{"number literal", &Node{Kind: Number, Number: "1.50"}, `1.50`},
		{"nil items and values", &Node{Kind: Array, Items: []*Node{nil, {Kind: Object,
			Members: []Member{{Name: "a\"", Value: nil}}}}}, `[null,{"a\"":null}]`},
		{"empty object", &Node{Kind: Object}, `{}`},
		{"empty array", &Node{Kind: Array}, `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(tt.node.Encode()); got != tt.want {
				t.Errorf("Encode = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestInterface(t *testing.T) {
	tests := []struct {
		name string
		node *Node
		want any
	}{
		{"nil", nil, nil},
		{"null", mustParse(t, `null`), nil},
		{"bool", mustParse(t, `true`), true},
		{"number", mustParse(t, `-1.50e+3`), json.Number("-1.50e+3")},
		{"string", mustParse(t, `"a\nb"`), "a\nb"},
		{"empty array", mustParse(t, `[]`), []any{}},
		{"empty object", mustParse(t, `{}`), map[string]any{}},
		{"nested", mustParse(t, `{"a":[1,"x",null,{"b":false}],"a2":{}}`), map[string]any{
			"a":  []any{json.Number("1"), "x", nil, map[string]any{"b": false}},
			"a2": map[string]any{},
		}},
		{"duplicate members of a built node", &Node{Kind: Object, Members: []Member{
			{Name: "a", Value: &Node{Kind: Bool}}, {Name: "a", Value: &Node{Kind: Bool, Bool: true}}}},
			map[string]any{"a": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.node.Interface(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Interface = %#v, want %#v", got, tt.want)
			}
		})
	}
}
