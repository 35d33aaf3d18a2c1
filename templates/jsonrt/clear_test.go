package jsonrt

import "testing"

// cleared has pointers, padding and more bytes than allZero compares at
// once.
type cleared struct {
	Flag  bool
	Name  *string
	Big   [700]byte
	Items []int
}

func TestClear(t *testing.T) {
	name := "n"
	for _, c := range []struct {
		name string
		set  func(*cleared)
	}{
		{"zero", func(*cleared) {}},
		{"bool", func(v *cleared) { v.Flag = true }},
		{"pointer", func(v *cleared) { v.Name = &name }},
		{"first piece", func(v *cleared) { v.Big[3] = 1 }},
		{"second piece", func(v *cleared) { v.Big[600] = 1 }},
		{"last byte", func(v *cleared) { v.Big[len(v.Big)-1] = 1 }},
		{"slice", func(v *cleared) { v.Items = []int{} }},
	} {
		v := new(cleared)
		c.set(v)
		Clear(v)
		if v.Flag || v.Name != nil || v.Big != ([700]byte{}) || v.Items != nil {
			t.Errorf("%s: Clear left %+v", c.name, *v)
		}
	}
	small := [3]byte{1, 2, 3}
	Clear(&small)
	if small != ([3]byte{}) {
		t.Errorf("Clear of an array left %v", small)
	}
}
