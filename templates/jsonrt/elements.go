package jsonrt

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
func (e *Elements[T]) Next() *T {
	if e.all == nil && e.n < len(e.first) {
		e.n++
		return &e.first[e.n-1]
	}
	if len(e.all) == cap(e.all) {
		e.grow()
	}
	e.all = e.all[:len(e.all)+1]
	return &e.all[len(e.all)-1]
}

// grow moves the elements to an array with room for as many elements again
// (four times the first ones, at first). Append grows the array to at least
// twice its length then, by its own rule and rounded up to the allocator's
// size class, where it grows a large slice by a quarter or so one element
// at a time: a long array of structs, such as the records of a page, costs
// less memory and copying, though the slice returned may have up to about
// three times the capacity it needs.
func (e *Elements[T]) grow() {
	if e.all == nil {
		e.all = make([]T, len(e.first), 4*len(e.first))
		copy(e.all, e.first[:])
		return
	}
	n := len(e.all)
	e.all = append(e.all, make([]T, n)...)[:n]
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
