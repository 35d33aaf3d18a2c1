package jsonrt

import "encoding/json"

// Unmarshal consumes the next value of d and decodes it with json.Unmarshal
// into v, a pointer to a value of the Go type that the x-go-type keyword at
// kwLoc names. It records an "x-go-type" violation at kwLoc when that fails,
// and when v then encodes (with json.Marshal) to a different JSON value, so
// that the value would not round-trip: math/big.Int, for one, decodes null
// as 0.
func (d *Decoder) Unmarshal(kwLoc string, v any) {
	raw := d.Raw()
	if raw == nil {
		return // a syntax error, which Finish reports
	}
	if err := json.Unmarshal(raw, v); err != nil {
		d.Add(kwLoc, "x-go-type", err.Error())
		return
	}
	switch out := Encode(v); {
	case out == nil:
		d.Add(kwLoc, "x-go-type", "the decoded value cannot be encoded again")
	case !EqualJSON(raw, out):
		d.Add(kwLoc, "x-go-type", "the decoded value encodes as "+string(out)+", so it would not round-trip")
	}
}
