package jsonrt

// Mark, used by generated code, is a position of a Decoder that it can return
// to with [Decoder.Rewind]. Generated unions use marks to try the variant a
// discriminator names and, if the value turns out not to be that variant, to
// read it again the general way.
type Mark struct {
	pos, nest, depth, violations int
	opened                       bool
	keyStart, keyEnd             int
	esc                          []byte
}

// Mark returns d's current position.
func (d *Decoder) Mark() Mark {
	return Mark{pos: d.pos, nest: d.nest, depth: d.n, violations: len(d.list), opened: d.opened,
		keyStart: d.keyStart, keyEnd: d.keyEnd, esc: d.esc}
}

// Rewind returns d to m, a mark taken before any syntax error: what was
// read since is unread, and the violations recorded since are forgotten.
func (d *Decoder) Rewind(m Mark) {
	d.pos, d.nest, d.opened, d.err = m.pos, m.nest, m.opened, nil
	d.keyStart, d.keyEnd, d.esc = m.keyStart, m.keyEnd, m.esc
	for d.n > m.depth {
		d.Leave()
	}
	d.Truncate(m.violations)
}

// CleanSince reports whether nothing went wrong since d was at m: no
// violation was recorded and the input is well-formed so far.
func (d *Decoder) CleanSince(m Mark) bool {
	return d.err == nil && len(d.list) == m.violations
}

// PeekMember reports the value of the member called name when the next value
// is an object whose member of that name is a string (the last one, when the
// name repeats, as everywhere else). It consumes nothing and records
// nothing. The value is unescaped and valid until the next read.
func (d *Decoder) PeekMember(name string) (value []byte, ok bool) {
	if d.Kind() != Object {
		return nil, false
	}
	pos := d.pos
	value, ok = d.peekMember(name)
	d.pos, d.err = pos, nil
	return value, ok
}

// peekMember scans the object that starts at d.pos for PeekMember, checking
// its syntax but keeping no instance location and recording no violation.
// It leaves d.pos somewhere in the object, and maybe a syntax error in
// d.err.
func (d *Decoder) peekMember(name string) (value []byte, ok bool) {
	d.pos++ // the '{'
	if d.peek() == '}' {
		return nil, false
	}
	for {
		if d.peek() != '"' {
			return nil, false
		}
		key, slow := d.readString()
		if slow {
			key = appendUnescaped(nil, key)
		}
		if d.peek() != ':' {
			return nil, false
		}
		d.pos++
		switch {
		case string(key) != name:
			d.skip()
		case d.peek() == '"':
			raw, slow := d.readString()
			if slow {
				raw = appendUnescaped(nil, raw)
			}
			value, ok = raw, true
		default:
			value, ok = nil, false
			d.skip()
		}
		switch d.peek() {
		case ',':
			d.pos++
		case '}':
			return value, ok && d.err == nil
		default:
			return nil, false
		}
	}
}
