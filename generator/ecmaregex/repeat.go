package ecmaregex

import "fmt"

// repeat writes the atom whose translation starts at offset atom in p.out
// repeated lo to hi times (hi -1: without bound), for counts over
// maxRepeat, which Go's regexp refuses in one {n,m}, nested repeats
// included ((?:x{1000}){2} is refused too). It writes a sequence of
// repeats instead: x{lo} as x{1000}x{1000}…x{lo%1000}, then x{0,hi-lo} as
// x{0,1000}x{0,1000}…x{0,(hi-lo)%1000}, or x* without bound. Concatenating
// up to a and up to b strings of x gives exactly up to a+b of them, so the
// sequence matches the same strings: ^[a-z]{0,4096}$ becomes
// ^[a-z]{0,1000}[a-z]{0,1000}[a-z]{0,1000}[a-z]{0,1000}[a-z]{0,96}$. The
// atom holds no capturing group, which the copies would duplicate.
func (p *parser) repeat(atom, lo, hi int) {
	out := p.out.String()
	x := out[atom:]
	p.out.Reset()
	p.out.WriteString(out[:atom])
	for _, q := range repeatPieces(lo, hi) {
		p.out.WriteString(x)
		p.out.WriteString(q)
	}
}

// repeatPieces returns the quantifiers of the sequence that repeat writes
// for {lo,hi}, each within maxRepeat.
func repeatPieces(lo, hi int) []string {
	var qs []string
	for n := lo; n > 0; n -= maxRepeat {
		qs = append(qs, fmt.Sprintf("{%d}", min(n, maxRepeat)))
	}
	if hi < 0 {
		return append(qs, "*")
	}
	for n := hi - lo; n > 0; n -= maxRepeat {
		qs = append(qs, fmt.Sprintf("{0,%d}", min(n, maxRepeat)))
	}
	return qs
}
