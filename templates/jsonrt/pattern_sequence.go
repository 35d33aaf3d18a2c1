package jsonrt

// maxSequenceRuns is the most runs a sequence matches: one bit each in its
// table.
const maxSequenceRuns = 64

// A sequence matches a pattern that is a sequence of runs of ASCII
// characters which greedy matching decides (see greedyDecides), such as
// ^[a-z]{2,4}_[0-9a-z]{10}$: it takes for each run as many characters as
// the run allows, then checks that the run got at least its minimum and
// that nothing is left at the end. One table, indexed by byte, gives the
// runs whose set holds each byte, so that testing a character costs one
// load; non-ASCII bytes are in no run's set.
type sequence struct {
	sets [256]uint64 // bit i of sets[c] is set when run i's set holds c
	runs []sequenceRun
}

// A sequenceRun is a run of a sequence: between min and max characters
// (max is the largest int when the run is unbounded) whose bit is set in
// the table.
type sequenceRun struct {
	bit      uint64
	min, max int
}

// newSequence returns the sequence of runs, or nil if there are more than
// maxSequenceRuns. greedyDecides(runs) must hold.
func newSequence(runs []charRun) *sequence {
	if len(runs) > maxSequenceRuns {
		return nil
	}
	q := &sequence{runs: make([]sequenceRun, len(runs))}
	for i, r := range runs {
		bit := uint64(1) << i
		for c := range q.sets[:128] {
			if r.set.has(byte(c)) {
				q.sets[c] |= bit
			}
		}
		q.runs[i] = sequenceRun{bit: bit, min: r.min, max: r.max}
		if r.max < 0 {
			q.runs[i].max = int(^uint(0) >> 1)
		}
	}
	return q
}

// match reports whether the whole of s matches.
func (q *sequence) match(s string) bool {
	for _, r := range q.runs {
		t := s[:min(len(s), r.max)]
		n := 0
		for n < len(t) && q.sets[t[n]]&r.bit != 0 {
			n++
		}
		if n < r.min {
			return false
		}
		s = s[n:]
	}
	return s == ""
}
