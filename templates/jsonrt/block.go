package jsonrt

// A Block hands out pointers to new variables of type T, allocated several
// at a time. A generated decoder keeps one for the optional properties of an
// object that share a Go type, such as its *string fields, so that one
// allocation serves several of them. The zero value is ready to use.
//
// The variables live in arrays of up to limit values (see Block.New): a
// pointer kept alive keeps the rest of its array alive too.
type Block[T any] struct {
	vars []T // the last array allocated
	used int // the number of its variables handed out
}

// New returns a pointer to a new variable holding v. limit is the most
// variables the caller expects to need: New allocates arrays of 4 values,
// then twice as many each time, never more than limit. Handing out a
// variable of the current array writes only the count, so that it costs no
// write barrier besides storing v.
func (b *Block[T]) New(v T, limit int) *T {
	if b.used == len(b.vars) {
		b.refill(limit)
	}
	p := &b.vars[b.used]
	b.used++
	*p = v
	return p
}

// refill allocates the next array.
func (b *Block[T]) refill(limit int) {
	b.vars = make([]T, max(min(2*len(b.vars), limit), min(4, limit), 1))
	b.used = 0
}
