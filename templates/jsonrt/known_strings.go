package jsonrt

// StringOf is used by generated code to decode a string enum: it is String,
// except that a string equal to an element of known comes back as that
// element rather than as a copy. Decoding the values an enum allows thus
// copies nothing and keeps none of the decoder's memory alive; any other
// string is copied as String copies it, for Validate to report. It compares
// the string with each element in turn: known should be short.
func (d *Decoder) StringOf(kwLoc string, known ...string) string {
	if d.peek() != '"' {
		d.mismatch(kwLoc, "string")
		return ""
	}
	raw := d.unescapedString()
	for _, s := range known {
		if string(raw) == s {
			return s
		}
	}
	return d.cut(raw)
}
