package jsonrt

// A Value is what schemagen generates for every type T: *T decodes itself
// from JSON and checks itself against its schema. Generated UnmarshalJSON
// methods read the whole input themselves, so they reject malformed JSON and
// anything but whitespace after the value, as json.Unmarshal does.
type Value interface {
	UnmarshalJSON(data []byte) error
	Validate() error
}

// Unmarshal decodes the JSON text in data into v and validates it: the fast
// path from bytes to a validated value. It accepts exactly the documents that
//
//	json.Unmarshal(data, v) == nil && v.Validate() == nil
//
// accepts, and is faster, because it skips encoding/json's scan of the whole
// input before UnmarshalJSON is called. Errors are those of the two steps:
// malformed JSON is a plain error giving the byte offset (not a
// *json.SyntaxError), and schema violations are a *ValidationError. As with
// json.Unmarshal, Validate is not run when decoding fails, and a generated
// v is then set to its zero value.
func Unmarshal(data []byte, v Value) error {
	if err := v.UnmarshalJSON(data); err != nil {
		return err
	}
	return v.Validate()
}
