package jsonrt

import "sync"

// maxPooled is the capacity of the largest buffer Release keeps for reuse.
const maxPooled = 16 << 20

// buffers holds the buffers that Release returned, as *[]byte.
var buffers sync.Pool

// Buffer returns an empty slice to append an encoding to, with the room of
// a buffer used before when there is one. Generated MarshalJSON methods
// encode into it and pass the result to Release, as encoding/json does with
// its own buffers, so that an encoding allocates its result once instead of
// growing it step by step.
func Buffer() []byte {
	if p, ok := buffers.Get().(*[]byte); ok {
		return (*p)[:0]
	}
	return make([]byte, 0, 1024)
}

// Release returns a copy of b, an encoding appended to a slice from Buffer,
// and keeps b's memory for a later Buffer. b must not be used afterwards.
func Release(b []byte) []byte {
	out := make([]byte, len(b))
	copy(out, b)
	if cap(b) <= maxPooled {
		buffers.Put(&b)
	}
	return out
}
