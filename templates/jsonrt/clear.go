package jsonrt

import (
	"bytes"
	"unsafe"
)

// Clear is used by generated code: it sets *x to its zero value, writing
// only when *x is not zero already. Generated UnmarshalJSON methods clear
// the value they decode into, which is most often new: reading it is
// cheaper than clearing it, which costs a write barrier for each pointer
// while the garbage collector runs.
func Clear[T any](x *T) {
	if !allZero(unsafe.Slice((*byte)(unsafe.Pointer(x)), unsafe.Sizeof(*x))) {
		var zero T
		*x = zero
	}
}

// zeros is what allZero compares memory with, a piece at a time.
var zeros [512]byte

// allZero reports whether every byte of b is zero.
func allZero(b []byte) bool {
	for len(b) > 0 {
		n := min(len(b), len(zeros))
		if !bytes.Equal(b[:n], zeros[:n]) {
			return false
		}
		b = b[n:]
	}
	return true
}
