package jsonrt

// A Block hands out pointers to new variables of type T, allocated several
// at a time. A generated decoder keeps one for the optional properties of an
// object that share a Go type, such as its *string fields, so that one
// allocation serves several of them. The zero value is ready to use.
//
// The variables live in arrays of up to limit values (see Block.New): a
// pointer kept alive keeps the rest of its array alive too.
type Block[T any] struct {
	free []T // the variables not handed out yet
	size int // the length of the last array allocated
}

// New returns a pointer to a new variable holding v. limit is the most
// variables the caller expects to need: New allocates arrays of 4 values,
// then twice as many each time, never more than limit.
func (b *Block[T]) New(v T, limit int) *T {
	if len(b.free) == 0 {
		b.refill(limit)
	}
	p := &b.free[0]
	*p = v
	b.free = b.free[1:]
	return p
}

// refill allocates the next array.
func (b *Block[T]) refill(limit int) {
	b.size = max(min(2*b.size, limit), min(4, limit), 1)
	b.free = make([]T, b.size)
}
