package jsonrt

import "slices"

// Elements is used by generated code: it collects the elements of an array
// while they are decoded (structs in place, see Next) and then returns them
// as a slice. The first four elements live in the Elements value itself, on
// the decoder's stack, so that a short array costs one allocation of its
// final length, instead of one each time append outgrows the slice.
type Elements[T any] struct {
	first [4]T
	n     int // the number of elements in first
	all   []T // every element, once there are more than fit in first
}

// Next returns a pointer to a new zero element, at the end. The pointer is
// for filling the element in: it is valid until the next call of Next,
// Append or Slice, which may move the elements.
//
// Past the first four, the elements are moved to a slice that doubles when
// it is full: append grows large slices by less than that, which copies a
// long array several times over, as in a page of a thousand records.
func (e *Elements[T]) Next() *T {
	if e.all == nil {
		if e.n < len(e.first) {
			e.n++
			return &e.first[e.n-1]
		}
		e.all = make([]T, len(e.first), 4*len(e.first))
		copy(e.all, e.first[:])
	}
	if len(e.all) == cap(e.all) {
		// At least twice as large, and as large as the allocator's
		// size class for that, as append makes it.
		e.all = slices.Grow(e.all, cap(e.all)+1)
	}
	e.all = e.all[:len(e.all)+1] // zero: Go zeroes what it allocates, and it was never written
	return &e.all[len(e.all)-1]
}

// Append adds v at the end.
func (e *Elements[T]) Append(v T) {
	*e.Next() = v
}

// Slice returns the elements, a non-nil slice even when there are none.
func (e *Elements[T]) Slice() []T {
	if e.all != nil {
		return e.all
	}
	s := make([]T, e.n)
	copy(s, e.first[:e.n])
	return s
}
