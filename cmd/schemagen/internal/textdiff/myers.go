package textdiff

// defaultCostLimit bounds the number of edit steps explored from each end
// of a subproblem before the search gives up on an optimal split and falls
// back to the furthest point reached.
const defaultCostLimit = 1024

// snake is a run of matching elements from (x0, y0) to (x1, y1), in
// coordinates local to the subproblem being split. An empty snake
// (x0 == x1) is a plain split point.
type snake struct {
	x0, y0, x1, y1 int
}

// differ holds the state of one line comparison. The slices a and b are
// the sequences being compared; delA and insB receive the result: delA[i]
// reports that a[i] is deleted, insB[j] that b[j] is inserted.
type differ struct {
	a, b       []int
	delA, insB []bool
	vf, vb     []int // furthest x per diagonal, forward and backward; -1 unreachable
	off        int   // index of diagonal 0 in vf and vb
	limit      int   // cost limit per search direction
}

// diffSeqs compares a and b and returns, for each element, whether it is
// deleted from a or inserted into b. Elements that are not marked form a
// common subsequence, which is a longest one unless the cost limit was hit.
func diffSeqs(a, b []int, limit int) (delA, insB []bool) {
	delA = make([]bool, len(a))
	insB = make([]bool, len(b))
	ra, ia := filterUnique(a, b, delA)
	rb, ib := filterUnique(b, a, insB)
	if limit < 1 {
		limit = 1
	}
	dcap := min(limit, (len(ra)+len(rb)+1)/2)
	d := &differ{
		a: ra, b: rb,
		delA: make([]bool, len(ra)), insB: make([]bool, len(rb)),
		vf: make([]int, 2*dcap+3), vb: make([]int, 2*dcap+3),
		off: dcap + 1, limit: limit,
	}
	d.compare(0, len(ra), 0, len(rb))
	for i, del := range d.delA {
		delA[ia[i]] = del
	}
	for j, ins := range d.insB {
		insB[ib[j]] = ins
	}
	return delA, insB
}

// filterUnique marks in mark every element of s that does not occur in
// other, since such an element cannot be part of a common subsequence. It
// returns the remaining elements and their indexes in s.
func filterUnique(s, other []int, mark []bool) (rest, index []int) {
	present := make(map[int]bool, len(other))
	for _, v := range other {
		present[v] = true
	}
	for i, v := range s {
		if present[v] {
			rest = append(rest, v)
			index = append(index, i)
		} else {
			mark[i] = true
		}
	}
	return rest, index
}

// compare marks the differences between d.a[aLo:aHi] and d.b[bLo:bHi].
func (d *differ) compare(aLo, aHi, bLo, bHi int) {
	for {
		for aLo < aHi && bLo < bHi && d.a[aLo] == d.b[bLo] {
			aLo, bLo = aLo+1, bLo+1
		}
		for aLo < aHi && bLo < bHi && d.a[aHi-1] == d.b[bHi-1] {
			aHi, bHi = aHi-1, bHi-1
		}
		if aLo == aHi || bLo == bHi {
			break
		}
		s, ok := d.split(d.a[aLo:aHi], d.b[bLo:bHi])
		if !ok {
			break
		}
		d.compare(aLo, aLo+s.x0, bLo, bLo+s.y0)
		// Continue with the second half in this frame.
		aLo, bLo = aLo+s.x1, bLo+s.y1
	}
	for i := aLo; i < aHi; i++ {
		d.delA[i] = true
	}
	for j := bLo; j < bHi; j++ {
		d.insB[j] = true
	}
}

// split finds the middle snake of an optimal edit script turning a into b,
// or a split point on a good one if that is too expensive. Both a and b
// must be non-empty and differ in their first and in their last elements.
// It reports false if no usable split point was found.
func (d *differ) split(a, b []int) (snake, bool) {
	n, m := len(a), len(b)
	delta := n - m
	odd := delta%2 != 0
	dmax := (n + m + 1) / 2
	for c := 0; c <= dmax; c++ {
		if c > d.limit {
			return d.bestSplit(n, m, delta, c-1)
		}
		if s, ok := d.forward(a, b, c, delta, odd); ok {
			return s, true
		}
		if s, ok := d.backward(a, b, c, delta, !odd); ok {
			return s, true
		}
	}
	return snake{}, false
}

// forward performs step c of the forward search, recording in d.vf the
// furthest point reachable with c edits on each diagonal k = x - y. If check
// is set and such a point overlaps the backward search of step c-1, it
// returns the last snake of that path.
func (d *differ) forward(a, b []int, c, delta int, check bool) (snake, bool) {
	n, m := len(a), len(b)
	for k := -c; k <= c; k += 2 {
		x := -1
		if k > -c { // step right (delete) from diagonal k-1
			if p := d.vf[d.off+k-1]; p >= 0 && p < n {
				x = p + 1
			}
		}
		if k < c { // step down (insert) from diagonal k+1
			if p := d.vf[d.off+k+1]; p >= 0 && p-(k+1) < m && p > x {
				x = p
			}
		}
		if c == 0 {
			x = 0
		}
		if x < 0 {
			d.vf[d.off+k] = -1
			continue
		}
		y := x - k
		x0, y0 := x, y
		for x < n && y < m && a[x] == b[y] {
			x, y = x+1, y+1
		}
		d.vf[d.off+k] = x
		if r := k - delta; check && r >= -(c-1) && r <= c-1 {
			if q := d.vb[d.off+r]; q >= 0 && q <= x {
				return snake{x0, y0, x, y}, true
			}
		}
	}
	return snake{}, false
}

// backward performs step c of the backward search, recording in d.vb the
// smallest x from which (n, m) is reachable with c edits, per diagonal
// r = x - y - delta. If check is set and such a point overlaps the forward
// search of step c, it returns the first snake of that path.
func (d *differ) backward(a, b []int, c, delta int, check bool) (snake, bool) {
	n := len(a)
	for r := -c; r <= c; r += 2 {
		k := r + delta
		x, ok := 0, false
		if r < c { // step left (delete) from diagonal k+1
			if p := d.vb[d.off+r+1]; p > 0 {
				x, ok = p-1, true
			}
		}
		if r > -c { // step up (insert) from diagonal k-1
			if p := d.vb[d.off+r-1]; p >= 0 && p-(k-1) > 0 && (!ok || p < x) {
				x, ok = p, true
			}
		}
		if c == 0 {
			x, ok = n, true
		}
		if !ok {
			d.vb[d.off+r] = -1
			continue
		}
		y := x - k
		x1, y1 := x, y
		for x > 0 && y > 0 && a[x-1] == b[y-1] {
			x, y = x-1, y-1
		}
		d.vb[d.off+r] = x
		if check && k >= -c && k <= c {
			if p := d.vf[d.off+k]; p >= 0 && p >= x {
				return snake{x, y, x1, y1}, true
			}
		}
	}
	return snake{}, false
}

// bestSplit picks, after c completed steps in both directions, the point
// that made the most progress towards the opposite corner, and returns it
// as an empty snake. It reports false if that point is a corner.
func (d *differ) bestSplit(n, m, delta, c int) (snake, bool) {
	best, bx, by := -1, 0, 0
	for k := -c; k <= c; k += 2 {
		if x := d.vf[d.off+k]; x >= 0 && 2*x-k > best {
			best, bx, by = 2*x-k, x, x-k
		}
	}
	for r := -c; r <= c; r += 2 {
		x := d.vb[d.off+r]
		if x < 0 {
			continue
		}
		y := x - r - delta
		if progress := n + m - x - y; progress > best {
			best, bx, by = progress, x, y
		}
	}
	if bx+by <= 0 || bx+by >= n+m {
		return snake{}, false
	}
	return snake{bx, by, bx, by}, true
}
