package naming

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A Candidate is a name wanted by one item.
type Candidate struct {
	// Want is the preferred Go name, usually from GoName, e.g. "ID". It is
	// used as given.
	Want string
	// Key is a stable key for the item, unique within one Assign call: the
	// raw JSON property name "Id", or a schema location. Ties between items
	// that want the same name are broken by Key, in byte order.
	Key string
}

// A Scope hands out unique identifiers within one Go namespace (the package's
// top-level names, or one struct's fields and methods).
//
// The zero value is an empty Scope ready to use. A Scope is not safe for
// concurrent use.
type Scope struct {
	taken map[string]struct{} // reserved names and names handed out so far
}

// NewScope returns an empty Scope.
func NewScope() *Scope {
	return &Scope{taken: make(map[string]struct{})}
}

// Reserve marks names as taken (for example the generated method names
// "Validate", "MarshalJSON", "UnmarshalJSON", "String", or names the generated
// code defines itself). Reserved names are never handed out.
func (s *Scope) Reserve(names ...string) {
	if s.taken == nil {
		s.taken = make(map[string]struct{}, len(names))
	}
	for _, n := range names {
		s.taken[n] = struct{}{}
	}
}

// Assign gives every candidate a unique name and returns them in the same
// order as the input. The names are taken from then on: later calls on the
// same Scope never hand them out again.
//
// Candidates are grouped by Want, and each group is sorted by Key. If Want is
// free (neither reserved nor handed out by an earlier call), the first member
// of the group gets it. Every other member gets Want followed by a number, in
// Key order: Want2, Want3, and so on, skipping any name that is taken or that
// another candidate of this call wants. So a property "id2" keeps ID2 while the
// second of "ID" and "id" gets ID3. If Want ends with a digit or an underscore
// (or is empty), an underscore goes before the number ("V1" → V1_2), so the
// numbered names of different groups never clash.
//
// As a result the name a candidate gets depends only on the candidates that
// want the same name, on the names already taken, and on whether some
// candidate wants exactly a numbered name; never on the order of cands or on
// other, unrelated candidates.
//
// Assign panics if two candidates in cands have the same Key: that is a
// programming error in the caller, as Key must identify the item.
func (s *Scope) Assign(cands []Candidate) []string {
	if s.taken == nil {
		s.taken = make(map[string]struct{})
	}
	groups := groupByWant(cands)
	wants := make([]string, 0, len(groups))
	for w := range groups {
		wants = append(wants, w)
	}
	slices.Sort(wants)

	out := make([]string, len(cands))
	for _, want := range wants {
		members := groups[want]
		slices.SortFunc(members, func(a, b int) int {
			return strings.Compare(cands[a].Key, cands[b].Key)
		})
		next := 2
		for n, i := range members {
			if n == 0 && !s.isTaken(want) {
				out[i] = want
				continue
			}
			out[i], next = s.numbered(want, next, groups)
		}
	}
	for _, name := range out {
		s.taken[name] = struct{}{}
	}
	return out
}

// groupByWant returns the indexes of cands grouped by Want. It panics on a
// duplicate Key.
func groupByWant(cands []Candidate) map[string][]int {
	seen := make(map[string]int, len(cands))
	groups := make(map[string][]int)
	for i, c := range cands {
		if j, dup := seen[c.Key]; dup {
			panic(fmt.Sprintf("naming: Scope.Assign: candidates %d and %d have the same Key %q", j, i, c.Key))
		}
		seen[c.Key] = i
		groups[c.Want] = append(groups[c.Want], i)
	}
	return groups
}

// isTaken reports whether name is reserved or was handed out by an earlier
// Assign call.
func (s *Scope) isTaken(name string) bool {
	_, ok := s.taken[name]
	return ok
}

// numbered returns the first name want+sep+n, n >= next, that is neither
// taken nor wanted by a group, and the number to try after it.
func (s *Scope) numbered(want string, next int, groups map[string][]int) (string, int) {
	sep := ""
	if want == "" || strings.ContainsRune("0123456789_", rune(want[len(want)-1])) {
		sep = "_"
	}
	for n := next; ; n++ {
		name := want + sep + strconv.Itoa(n)
		if _, wanted := groups[name]; !wanted && !s.isTaken(name) {
			return name, n + 1
		}
	}
}
