package document

import (
	"reflect"
	"testing"
)

func TestKindString(t *testing.T) {
	tests := []struct {
		kind Kind
		want string
	}{
		{Null, "null"},
		{Bool, "boolean"},
		{Number, "number"},
		{String, "string"},
		{Array, "array"},
		{Object, "object"},
		{Kind(9), "Kind(9)"},
		{Kind(-1), "Kind(-1)"},
	}
	for _, tt := range tests {
		if got := tt.kind.String(); got != tt.want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(tt.kind), got, tt.want)
		}
	}
}

// lookupDoc is the document TestLookup searches; it includes the example
// of RFC 6901, section 5.
const lookupDoc = `{
		"a": {"b/c": [10, {"~x": true}]},
		"": {"": 1},
		"0": "zero",
		"arr": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "ten"],
		"foo": ["bar", "baz"], "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4,
		"i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8, "~1": "tilde one"
	}`

// lookupTests are JSON Pointers into lookupDoc and what they find.
var lookupTests = []struct {
	pointer string
	want    string // encoding of the result; "" if Lookup must fail
}{
	{"", "(whole document)"},
	{"/a/b~1c/0", "10"},
	{"/a/b~1c/1/~0x", "true"},
	{"/", `{"":1}`},
	{"//", "1"},
	{"/0", `"zero"`},
	{"/arr/0", "0"},
	{"/arr/10", `"ten"`},
	{"/foo", `["bar","baz"]`},
	{"/foo/1", `"baz"`},
	{"/a~1b", "1"},
	{"/c%d", "2"},
	{"/e^f", "3"},
	{"/g|h", "4"},
	{"/i\\j", "5"},
	{`/k"l`, "6"},
	{"/ ", "7"},
	{"/m~0n", "8"},
	{"/~01", `"tilde one"`},
	{"/arr/01", ""},
	{"/arr/-", ""},
	{"/arr/11", ""},
	{"/arr/-1", ""},
	{"/arr/+1", ""},
	{"/arr/1e0", ""},
	{"/arr/", ""},
	{"/arr/99999999999999999999999", ""},
	{"a", ""},
	{"/a/b~2c", ""},
	{"/a/b~", ""},
	{"/0/x", ""},
	{"/missing", ""},
	{"/a/b~1c/1/~0x/deeper", ""},
}

func TestLookup(t *testing.T) {
	doc := mustParse(t, lookupDoc)
	for _, tt := range lookupTests {
		got, ok := doc.Lookup(tt.pointer)
		want := tt.want
		if tt.pointer == "" {
			want = string(doc.Encode())
		}
		switch {
		case ok != (want != ""):
			t.Errorf("Lookup(%q) ok = %v, want %v", tt.pointer, ok, want != "")
		case ok && string(got.Encode()) != want:
			t.Errorf("Lookup(%q) = %s, want %s", tt.pointer, got.Encode(), want)
		}
	}
	var nilNode *Node
	if _, ok := nilNode.Lookup(""); ok {
		t.Error("Lookup on a nil node succeeded")
	}
}

func TestGetKeys(t *testing.T) {
	obj := mustParse(t, `{"b":1,"a":null}`)
	tests := []struct {
		name string
		node *Node
		get  string
		want string // encoding of Get's result; "" for nil
		keys []string
	}{
		{"member", obj, "b", "1", []string{"b", "a"}},
		{"null member", obj, "a", "null", []string{"b", "a"}},
		{"missing", obj, "c", "", []string{"b", "a"}},
		{"array", mustParse(t, `["b"]`), "0", "", nil},
		{"string", mustParse(t, `"b"`), "b", "", nil},
		{"nil", nil, "b", "", nil},
		{"empty object", mustParse(t, `{}`), "b", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.node.Get(tt.get)
			if (got == nil) != (tt.want == "") || got != nil && string(got.Encode()) != tt.want {
				t.Errorf("Get(%q) = %v, want %s", tt.get, got, tt.want)
			}
			if keys := tt.node.Keys(); !reflect.DeepEqual(keys, tt.keys) {
				t.Errorf("Keys() = %#v, want %#v", keys, tt.keys)
			}
		})
	}
}

func TestSetDelete(t *testing.T) {
	tests := []struct {
		name string
		src  string
		edit func(n *Node)
		want string
	}{
		{"replace keeps position", `{"a":1,"b":2,"c":3}`,
			func(n *Node) { n.Set("b", mustParse(t, `[true]`)) }, `{"a":1,"b":[true],"c":3}`},
		{"new member appended", `{"a":1}`,
			func(n *Node) { n.Set("z", mustParse(t, `"z"`)) }, `{"a":1,"z":"z"}`},
		{"set on empty object", `{}`,
			func(n *Node) { n.Set("a", mustParse(t, `1`)) }, `{"a":1}`},
		{"nil value is null", `{"a":1}`,
			func(n *Node) { n.Set("a", nil) }, `{"a":null}`},
		{"delete middle", `{"a":1,"b":2,"c":3}`,
			func(n *Node) { n.Delete("b") }, `{"a":1,"c":3}`},
		{"delete first and last", `{"a":1,"b":2,"c":3}`,
			func(n *Node) { n.Delete("a"); n.Delete("c") }, `{"b":2}`},
		{"delete missing", `{"a":1}`,
			func(n *Node) { n.Delete("x") }, `{"a":1}`},
		{"delete on array", `[1]`,
			func(n *Node) { n.Delete("0") }, `[1]`},
		{"delete then set appends", `{"a":1,"b":2}`,
			func(n *Node) { n.Delete("a"); n.Set("a", mustParse(t, `3`)) }, `{"b":2,"a":3}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := mustParse(t, tt.src)
			tt.edit(n)
			if got := string(n.Encode()); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestDeleteDoesNotAlias(t *testing.T) {
	n := mustParse(t, `{"a":1,"b":2,"c":3}`)
	before := n.Members
	n.Delete("a")
	if got := string((&Node{Kind: Object, Members: before}).Encode()); got != `{"a":1,"b":2,"c":3}` {
		t.Errorf("Delete changed the old Members slice: %s", got)
	}
}

func TestSetPanicsOnNonObject(t *testing.T) {
	tests := []struct {
		name string
		node *Node
	}{
		{"array", &Node{Kind: Array}},
		{"null", &Node{}},
		{"nil", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("Set did not panic")
				}
			}()
			tt.node.Set("a", nil)
		})
	}
}

func TestClone(t *testing.T) {
	src := `{"a":[1,{"b":"c"}],"d":{"e":null}}`
	orig := mustParse(t, src)
	c := orig.Clone()
	c.Get("a").Items[1].Set("b", mustParse(t, `"changed"`))
	c.Get("a").Items[0].Number = "2"
	c.Get("d").Delete("e")
	c.Set("new", nil)
	if got := string(orig.Encode()); got != src {
		t.Errorf("editing the clone changed the original to %s", got)
	}
	if got, want := string(c.Encode()), `{"a":[2,{"b":"changed"}],"d":{},"new":null}`; got != want {
		t.Errorf("clone = %s, want %s", got, want)
	}
	if c.Get("a").Offset != orig.Get("a").Offset {
		t.Error("Clone lost the offset")
	}
	var nilNode *Node
	if nilNode.Clone() != nil {
		t.Error("Clone of nil is not nil")
	}
}
