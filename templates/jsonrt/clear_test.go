package jsonrt

import (
	"slices"
	"testing"
	"unsafe"
)

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

// TestEachPage checks that touchForWrite probes one aligned word of each
// page a value lies on, and nothing outside the value.
func TestEachPage(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("the offsets below are those of 8-byte words")
	}
	for _, c := range []struct {
		start, size uintptr
		want        []uintptr
	}{
		{8192, 8192, []uintptr{0, 4096}},
		{8192, 8193, []uintptr{0, 4096}},
		{8192, 8200, []uintptr{0, 4096, 8192}},
		{41060, 5000, []uintptr{4, 3996}},
		{4090, 10, nil}, // the one aligned word, at 4096, ends past the value
		{4088, 16, []uintptr{0, 8}},
		{100, 4, nil},
	} {
		var got []uintptr
		eachPage(c.start, c.size, func(off uintptr) { got = append(got, off) })
		if !slices.Equal(got, c.want) {
			t.Errorf("eachPage(%d, %d) gave %v, want %v", c.start, c.size, got, c.want)
		}
	}
}

// TestTouchForWrite checks that touching a value's pages changes none of
// its bytes, zero or not, and that Clear still clears a value of several
// pages whatever it holds.
func TestTouchForWrite(t *testing.T) {
	type big struct {
		Head  *string
		Bytes [3 * pageSize]byte
		Tail  *string
	}
	name := "n"
	v := &big{Head: &name, Tail: &name}
	for i := range v.Bytes {
		v.Bytes[i] = byte(i%251 + 1)
	}
	want := *v
	touchForWrite(unsafe.Slice((*byte)(unsafe.Pointer(v)), unsafe.Sizeof(*v)))
	if *v != want {
		t.Fatal("touchForWrite changed the value")
	}
	Clear(v)
	if *v != (big{}) {
		t.Errorf("Clear left a non-zero value")
	}
	touchForWrite(unsafe.Slice((*byte)(unsafe.Pointer(v)), unsafe.Sizeof(*v)))
	if *v != (big{}) {
		t.Errorf("touchForWrite changed a zero value")
	}
}

// TestClearAllocates checks that clearing a value of several pages
// allocates nothing: it runs once for every decode.
func TestClearAllocates(t *testing.T) {
	v := new([3 * pageSize]byte)
	if n := testing.AllocsPerRun(100, func() { Clear(v) }); n != 0 {
		t.Errorf("Clear allocates %v times", n)
	}
}
