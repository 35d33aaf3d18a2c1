package jsonrt

// StringOf is used by generated code to decode a string enum: it is String,
// except that a string equal to an element of known comes back as that
// element rather than as a copy. Decoding the values an enum allows thus
// copies nothing and keeps none of the decoder's memory alive; any other
// string is copied as String copies it, for Validate to report. It compares
// the string with each element in turn: known should be short.
//
// The elements of known must be valid UTF-8 without '"', '\\' or control
// characters, so that each is written in JSON as it is: a string whose
// bytes between its quotes are an element is that element, and StringOf
// returns it without scanning the string first.
func (d *Decoder) StringOf(kwLoc string, known ...string) string {
	if d.peek() != '"' {
		d.mismatch(kwLoc, "string")
		return ""
	}
	rest := d.data[d.pos+1:]
	for _, s := range known {
		if len(s) < len(rest) && rest[len(s)] == '"' && string(rest[:len(s)]) == s {
			d.pos += len(s) + 2
			return s
		}
	}
	// Written otherwise (with escapes), or none of known.
	raw := d.unescapedString()
	for _, s := range known {
		if string(raw) == s {
			return s
		}
	}
	return d.cut(raw)
}
