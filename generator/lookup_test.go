package generator

import (
	"fmt"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/document"
)

// TestLookup checks that loadedDoc.lookup finds what Node.Lookup finds, in
// large objects and small, before and after the document changes.
func TestLookup(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"properties": {`)
	for i := range 100 {
		fmt.Fprintf(&b, `"p%d": {"type": "string", "n": %d}, `, i, i)
	}
	b.WriteString(`"a/b": {"items": [{"x": 1}, {"y": 2}]}, "c~d": true}}`)
	root, err := document.Parse([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	doc := &loadedDoc{root: root}
	ptrs := []string{"", "/properties", "/properties/p0", "/properties/p99/n", "/properties/p100", "/properties/a~1b/items/1/y",
		"/properties/a~1b/items/01", "/properties/a~1b/items/-", "/properties/c~0d", "/properties/c~2d", "/properties/c~d",
		"properties", "/nothing", "/properties/p5/type/x", "/properties/p7/"}
	check := func(when string) {
		t.Helper()
		for _, ptr := range ptrs {
			want, wantOK := root.Lookup(ptr)
			got, gotOK := doc.lookup(ptr)
			if got != want || gotOK != wantOK {
				t.Errorf("%s: lookup(%q) = %p, %v; Node.Lookup: %p, %v", when, ptr, got, gotOK, want, wantOK)
			}
		}
	}
	check("fresh")
	check("indexed")
	props := root.Get("properties")
	props.Delete("p0")
	props.Set("p100", &document.Node{Kind: document.Bool})
	props.Members[3].Name = "renamed"
	ptrs = append(ptrs, "/properties/renamed", "/properties/p4")
	check("changed")
	props.Members[50] = document.Member{Name: "p150", Value: &document.Node{}}
	ptrs = append(ptrs, "/properties/p150", "/properties/p51")
	check("renamed in place")
}
