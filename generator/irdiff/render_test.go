package irdiff

import (
	"math/big"
	"slices"
	"testing"

	"github.com/schemagen/schemagen/generator/ir"
)

// TestFieldType checks the field types the renderer writes against the
// templates' rules.
func TestFieldType(t *testing.T) {
	pet := &ir.Decl{Name: "Pet", Type: &ir.Struct{}}
	list := &ir.Decl{Name: "Names", Type: &ir.Slice{Elem: &ir.String{}}}
	str := &ir.String{}
	tests := []struct {
		f    ir.Field
		want string
	}{
		{ir.Field{Type: str, Required: true}, "string"},
		{ir.Field{Type: str}, "*string"},
		{ir.Field{Type: &ir.Nullable{Elem: str}, Required: true}, "*string"},
		{ir.Field{Type: &ir.Nullable{Elem: str}}, "jsonrt.Optional[*string]"},
		{ir.Field{Type: &ir.Named{Decl: pet}, Required: true, Indirect: true}, "*Pet"},
		{ir.Field{Type: &ir.Named{Decl: list}}, "Names"},
		{ir.Field{Type: &ir.Nullable{Elem: &ir.Named{Decl: list}}}, "jsonrt.Optional[Names]"},
		{ir.Field{Type: &ir.Map{Value: &ir.Integer{Bits: 32}}}, "map[string]int32"},
		{ir.Field{Type: &ir.Slice{Elem: &ir.Nullable{Elem: &ir.Number{}}}}, "[]*float64"},
		{ir.Field{Type: &ir.Raw{}, Required: true}, "json.RawMessage"},
		{ir.Field{Type: &ir.Boolean{}}, "*bool"},
		{ir.Field{Type: &ir.Formatted{Type: "DateTime"}, Required: true}, "jsonrt.DateTime"},
		{ir.Field{Type: &ir.Slice{Elem: &ir.Formatted{Type: "UUID"}}}, "[]jsonrt.UUID"},
		{ir.Field{Type: &ir.External{ImportPath: "math/big", Name: "Int"}}, "*math/big.Int"},
		{ir.Field{Type: &ir.Nullable{Elem: &ir.External{ImportPath: "net/netip", Name: "Prefix"}}}, "jsonrt.Optional[*net/netip.Prefix]"},
	}
	name := func(d *ir.Decl) string { return d.Name }
	for _, tt := range tests {
		if got := fieldType(&tt.f, name); got != tt.want {
			t.Errorf("fieldType(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

// TestRatString checks the rendering of schema numbers.
func TestRatString(t *testing.T) {
	for in, want := range map[string]string{
		"100": "100", "-3": "-3", "0.5": "0.5", "1.25": "1.25", "0.0000001": "0.0000001",
		"1/3": "1/3", "1e21": "1000000000000000000000",
	} {
		r, ok := new(big.Rat).SetString(in)
		if !ok {
			t.Fatalf("bad test number %q", in)
		}
		if got := ratString(r); got != want {
			t.Errorf("ratString(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestCompareCheck checks how checks that only a schema can express are
// ordered, on hand-built checks.
func TestCompareCheck(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		name     string
		old, new *ir.Check
		want     []Kind
	}{
		{"types narrowed", &ir.Check{Types: []string{"string", "null"}}, &ir.Check{Types: []string{"string"}}, []Kind{Tightened}},
		{"types widened", &ir.Check{Types: []string{"string"}}, &ir.Check{}, []Kind{Loosened}},
		{"true to schema", &ir.Check{Always: &yes}, &ir.Check{Types: []string{"string"}}, []Kind{Tightened}},
		{"false to true", &ir.Check{Always: &no}, &ir.Check{Always: &yes}, []Kind{Loosened}},
		{"allOf", &ir.Check{AllOf: []*ir.Check{{MinLength: 1}}}, &ir.Check{AllOf: []*ir.Check{{MinLength: 2}}}, []Kind{ChangedValidation}},
		{"required", &ir.Check{Required: []string{"a"}}, &ir.Check{Required: []string{"b"}}, []Kind{Loosened, Tightened}},
		{"items", &ir.Check{Items: &ir.Check{MaxItems: 3}}, &ir.Check{Items: &ir.Check{MaxItems: 2}}, []Kind{Tightened}},
		{"same", &ir.Check{Not: &ir.Check{Types: []string{"null"}}}, &ir.Check{Not: &ir.Check{Types: []string{"null"}}}, nil},
	}
	for _, tt := range tests {
		for _, c := range []*ir.Check{tt.old, tt.new} {
			normalize(c)
		}
		d := &differ{old: &ir.Package{}, new: &ir.Package{}, checks: map[[2]*ir.Check]bool{}}
		d.compareCheck(site{typ: "T", path: "T"}, tt.old, tt.new)
		sortChanges(d.changes)
		var got []Kind
		for _, c := range d.changes {
			got = append(got, c.Kind)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: kinds %v, want %v", tt.name, got, tt.want)
		}
	}
}

// normalize gives a hand-built check's absent counts their -1.
func normalize(c *ir.Check) {
	if c == nil {
		return
	}
	for _, p := range []*int{&c.MaxEncodedSize, &c.MinLength, &c.MaxLength, &c.MinItems, &c.MaxItems,
		&c.MaxContains, &c.MinProperties, &c.MaxProperties} {
		if *p == 0 {
			*p = -1
		}
	}
	for _, s := range append([]*ir.Check{c.Items, c.Not}, c.AllOf...) {
		normalize(s)
	}
}
