package jsonrt

import "unicode/utf8"

// maxPositions is the most character positions an automaton holds: one bit
// each, and one more for the state after the last.
const maxPositions = 63

// An automaton matches a pattern that is a sequence of runs (see charRun),
// anchored at both ends, that greedy matching does not decide, such as
// ^[^@ ]+@[^@ ]+\.[a-z]{2,}$. It follows every way of matching at once, one
// bit per position (the shift-and method): a run of min to max characters
// is min positions that must match, then max-min that may be skipped, or,
// when it is unbounded, one that may be skipped and repeated. Bit j of a
// state means that positions 0 to j-1 have matched, so that the next
// character may match position j.
type automaton struct {
	ascii    [utf8.RuneSelf]uint64 // for each ASCII character, the positions whose class holds it
	nonASCII uint64                // the positions whose class holds every non-ASCII character
	repeat   uint64                // the positions that may match again
	skip     uint64                // the positions that may be skipped
	start    uint64                // the state before the first character
	final    uint64                // the bit of the state after the last position
}

// newAutomaton returns the automaton of runs, or nil if it needs more than
// maxPositions positions.
func newAutomaton(runs []charRun) *automaton {
	a := new(automaton)
	n := 0
	add := func(r charRun, skip, repeat bool) bool {
		if n == maxPositions {
			return false
		}
		bit := uint64(1) << n
		for c := range a.ascii {
			if r.set.has(byte(c)) {
				a.ascii[c] |= bit
			}
		}
		if r.nonASCII {
			a.nonASCII |= bit
		}
		if skip {
			a.skip |= bit
		}
		if repeat {
			a.repeat |= bit
		}
		n++
		return true
	}
	for _, r := range runs {
		for range r.min {
			if !add(r, false, false) {
				return nil
			}
		}
		switch {
		case r.max < 0:
			if !add(r, true, true) {
				return nil
			}
		default:
			for range r.max - r.min {
				if !add(r, true, false) {
					return nil
				}
			}
		}
	}
	a.final = 1 << n
	a.start = a.close(1)
	return a
}

// close adds to state the states reached by skipping positions.
func (a *automaton) close(state uint64) uint64 {
	for {
		next := state | (state&a.skip)<<1
		if next == state {
			return state
		}
		state = next
	}
}

// match reports whether the whole of s matches. Like package regexp, it
// takes each byte of invalid UTF-8 as the character U+FFFD.
func (a *automaton) match(s string) bool {
	state := a.start
	for i := 0; i < len(s) && state != 0; {
		var class uint64
		if c := s[i]; c < utf8.RuneSelf {
			class = a.ascii[c]
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			class = a.nonASCII
			i += size
		}
		moved := state & class
		state = a.close(moved<<1 | moved&a.repeat)
	}
	return state&a.final != 0
}
