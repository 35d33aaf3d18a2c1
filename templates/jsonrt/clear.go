package jsonrt

import (
	"bytes"
	"sync/atomic"
	"unsafe"
)

// Clear is used by generated code: it sets *x to its zero value, writing
// only when *x is not zero already. Generated UnmarshalJSON methods clear
// the value they decode into, which is most often new: reading it is
// cheaper than clearing it, which costs a write barrier for each pointer
// while the garbage collector runs. A large value's pages are first
// touched for writing (see touchForWrite).
func Clear[T any](x *T) {
	b := unsafe.Slice((*byte)(unsafe.Pointer(x)), unsafe.Sizeof(*x))
	touchForWrite(b)
	if !allZero(b) {
		var zero T
		*x = zero
	}
}

// pageSize is the smallest page size of the systems Go runs on.
const pageSize = 4096

// touchForWrite asks for write access to each page that b, a value about
// to be decoded into, lies on, before allZero reads it. A new value often
// lies on pages the runtime gave back to the kernel, which hands out the
// shared zero page when such a page is first read: reading b, then
// decoding into it, would fault twice on each of them, once for the read
// and again for the first write. A compare-and-swap of a zero word with
// zero is a write access that changes nothing, so it faults once, for
// writing, and needs no write barrier: no pointer changes. Values under
// half a page are left alone: they share their page with other values, so
// the second fault is seldom theirs, and the compare-and-swap would cost
// each of them more than it saves.
func touchForWrite(b []byte) {
	if len(b) < pageSize/2 {
		return
	}
	eachPage(uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), func(off uintptr) {
		atomic.CompareAndSwapUintptr((*uintptr)(unsafe.Pointer(&b[off])), 0, 0)
	})
}

// eachPage calls f, for each page that the size bytes at start lie on,
// with the offset from start of a pointer-aligned word within both the
// bytes and the page.
func eachPage(start, size uintptr, f func(off uintptr)) {
	const word = unsafe.Sizeof(uintptr(0))
	for at := (start + word - 1) &^ (word - 1); at+word <= start+size; at = (at + pageSize) &^ (pageSize - 1) {
		f(at - start)
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
