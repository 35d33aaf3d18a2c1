package jsonrt

import (
	"slices"
	"testing"
)

// annProbe lists what an Ann reports for a few names and indices.
type annProbe struct {
	props []string // of "a", "b", "c", "" those HasProp reports
	items []int    // of -1, 0, 1, 2, 3, 63, 64, 65, 200, 1000 those HasItem reports
}

func probeAnn(a *Ann) annProbe {
	var p annProbe
	for _, name := range []string{"a", "b", "c", ""} {
		if a.HasProp(name) {
			p.props = append(p.props, name)
		}
	}
	for _, i := range []int{-1, 0, 1, 2, 3, 63, 64, 65, 200, 1000} {
		if a.HasItem(i) {
			p.items = append(p.items, i)
		}
	}
	return p
}

func TestAnn(t *testing.T) {
	tests := []struct {
		name  string
		build func(a, b *Ann)
		want  annProbe
	}{
		{"empty", func(a, b *Ann) {}, annProbe{}},
		{"props", func(a, b *Ann) { a.Prop("a"); a.Prop("") }, annProbe{props: []string{"a", ""}}},
		{"items", func(a, b *Ann) { a.Item(1); a.Item(64); a.Item(200); a.Item(-5) },
			annProbe{items: []int{1, 64, 200}}},
		{"merge nil", func(a, b *Ann) { a.Prop("c"); a.Merge(nil) }, annProbe{props: []string{"c"}}},
		{"merge self", func(a, b *Ann) { a.Prop("c"); a.Item(2); a.Merge(a) },
			annProbe{props: []string{"c"}, items: []int{2}}},
		{"merge union", func(a, b *Ann) {
			a.Prop("a")
			a.Item(1)
			b.Prop("b")
			b.Item(1000)
			b.Item(63)
			b.Item(0)
			a.Merge(b)
		}, annProbe{props: []string{"a", "b"}, items: []int{0, 1, 63, 1000}}},
	}
	for _, tt := range tests {
		var a, b Ann
		tt.build(&a, &b)
		got := probeAnn(&a)
		if !slices.Equal(got.props, tt.want.props) || !slices.Equal(got.items, tt.want.items) {
			t.Errorf("%s: props %q items %v, want props %q items %v",
				tt.name, got.props, got.items, tt.want.props, tt.want.items)
		}
	}
}

func TestAnnMergeLeavesSourceAlone(t *testing.T) {
	var a, b Ann
	b.Prop("x")
	b.Item(70)
	a.Merge(&b)
	a.Prop("y")
	a.Item(1)
	if b.HasProp("y") || b.HasItem(1) || !b.HasProp("x") || !b.HasItem(70) {
		t.Errorf("b after merging it into a and changing a: %+v", probeAnn(&b))
	}
}
