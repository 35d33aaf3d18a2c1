package jsonrt

import (
	"slices"
	"testing"
)

func TestElements(t *testing.T) {
	for n := range 12 {
		var e Elements[[]int]
		var want [][]int
		for i := range n {
			if i%2 == 0 {
				e.Append([]int{i})
			} else {
				p := e.Next()
				if *p != nil {
					t.Fatalf("%d elements: Next returned %v, not a zero element", n, *p)
				}
				*p = []int{i}
			}
			want = append(want, []int{i})
		}
		got := e.Slice()
		if got == nil || !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%d elements: Slice = %v, want %v", n, got, want)
		}
	}
}

var elementsKept []int

// TestElementsAllocations checks that an array of up to four elements
// costs one allocation, of its length, and that longer ones grow as
// append would.
func TestElementsAllocations(t *testing.T) {
	for n, allocs := range []float64{0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2} {
		got := testing.AllocsPerRun(10, func() {
			var e Elements[int]
			for i := range n {
				e.Append(i)
			}
			elementsKept = e.Slice() // as decoded values are kept
			if s := elementsKept; len(s) != n || n <= len(e.first) && cap(s) != n {
				t.Fatalf("%d elements: Slice has length %d and capacity %d", n, len(s), cap(s))
			}
		})
		if got != allocs {
			t.Errorf("%d elements: %v allocations, want %v", n, got, allocs)
		}
	}
}

// TestElementsDoubles checks that a long array at least doubles its
// capacity each time it grows, where append would grow it by a quarter or
// so past 256 elements: 1,000 elements take at most seven arrays.
func TestElementsDoubles(t *testing.T) {
	got := testing.AllocsPerRun(10, func() {
		var e Elements[*int]
		last := 0
		for range 1000 {
			e.Next()
			if c := cap(e.all); c != last {
				if c < 2*last {
					t.Fatalf("capacity grew from %d to %d, want at least %d", last, c, 2*last)
				}
				last = c
			}
		}
		if s := e.Slice(); len(s) != 1000 {
			t.Fatalf("Slice has length %d, want 1000", len(s))
		}
	})
	if got > 7 {
		t.Errorf("%v allocations, want at most 7", got)
	}
}
