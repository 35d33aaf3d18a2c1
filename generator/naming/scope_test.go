package naming

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// cands builds candidates from "Want=Key" pairs.
func cands(pairs ...string) []Candidate {
	out := make([]Candidate, len(pairs))
	for i, p := range pairs {
		want, key, _ := strings.Cut(p, "=")
		out[i] = Candidate{Want: want, Key: key}
	}
	return out
}

func TestScopeAssign(t *testing.T) {
	tests := []struct {
		name     string
		reserved []string
		earlier  []Candidate // assigned by a first Assign call
		cands    []Candidate
		want     []string
	}{
		{
			name:  "no collisions",
			cands: cands("Name=name", "ID=id", "Type=@type"),
			want:  []string{"Name", "ID", "Type"},
		},
		{
			name:  "collisions in Key order",
			cands: cands("ID=id", "ID=Id", "ID=ID"),
			want:  []string{"ID3", "ID2", "ID"},
		},
		{
			name:  "suffix wanted by another candidate is skipped",
			cands: cands("ID=id", "ID=Id", "ID2=id2"),
			want:  []string{"ID3", "ID", "ID2"},
		},
		{
			name:     "reserved want",
			reserved: []string{"Validate", "String"},
			cands:    cands("Validate=validate", "Validate=VALIDATE", "Name=name"),
			want:     []string{"Validate3", "Validate2", "Name"},
		},
		{
			name:     "reserved suffix is skipped",
			reserved: []string{"ID2", "ID4"},
			cands:    cands("ID=a", "ID=b", "ID=c"),
			want:     []string{"ID", "ID3", "ID5"},
		},
		{
			name:    "names from an earlier call are taken",
			earlier: cands("Name=name", "Name2=name2"),
			cands:   cands("Name=Name", "ID=id"),
			want:    []string{"Name3", "ID"},
		},
		{
			name:  "want ending in a digit gets an underscore",
			cands: cands("V1=v1", "V1=V1", "V=v", "V=V"),
			want:  []string{"V1_2", "V1", "V2", "V"},
		},
		{
			name:  "numbered names of different groups never clash",
			cands: cands("A=a", "A=b", "A1=c", "A1=d", "A12=e", "A1_=f", "A1_=g"),
			want:  []string{"A", "A2", "A1", "A1_2", "A12", "A1_", "A1__2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScope()
			s.Reserve(tt.reserved...)
			s.Assign(tt.earlier)
			if got := s.Assign(tt.cands); !slices.Equal(got, tt.want) {
				t.Errorf("Assign(%v) = %q, want %q", tt.cands, got, tt.want)
			}
		})
	}
}

func TestScopeZeroValue(t *testing.T) {
	var s Scope
	if got := s.Assign(cands("A=a", "A=b")); !slices.Equal(got, []string{"A", "A2"}) {
		t.Errorf("zero Scope: Assign = %q", got)
	}
	var r Scope
	r.Reserve("A")
	if got := r.Assign(cands("A=a")); !slices.Equal(got, []string{"A2"}) {
		t.Errorf("zero Scope after Reserve: Assign = %q", got)
	}
}

func TestScopeAssignDuplicateKeyPanics(t *testing.T) {
	defer func() {
		msg, _ := recover().(string)
		if !strings.Contains(msg, "same Key") || !strings.Contains(msg, `"id"`) {
			t.Errorf("recovered %q, want a duplicate Key panic naming the key", msg)
		}
	}()
	NewScope().Assign(cands("ID=id", "Other=id"))
	t.Errorf("Assign did not panic")
}

// assignByKey runs Assign on a fresh Scope with reserved names and returns the
// name given to each Key.
func assignByKey(reserved []string, cs []Candidate) map[string]string {
	s := NewScope()
	s.Reserve(reserved...)
	names := s.Assign(cs)
	out := make(map[string]string, len(cs))
	for i, c := range cs {
		out[c.Key] = names[i]
	}
	return out
}

// randomCands returns n candidates with distinct keys and colliding wants.
func randomCands(r *rand.Rand, n int) []Candidate {
	wants := []string{"A", "A2", "A3", "A1", "A1_2", "A1_", "B", "B2", "ID", "ID2", "Validate", ""}
	out := make([]Candidate, n)
	for i := range out {
		out[i] = Candidate{Want: wants[r.IntN(len(wants))], Key: fmt.Sprintf("k%d", r.IntN(1000)*1000+i)}
	}
	return out
}

func TestScopeAssignStable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	reserved := []string{"Validate", "A3", "B"}
	for range 200 {
		cs := randomCands(r, 1+r.IntN(12))
		base := assignByKey(reserved, cs)

		// Shuffling the input changes nothing.
		shuffled := slices.Clone(cs)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := assignByKey(reserved, shuffled); !mapsEqual(got, base) {
			t.Fatalf("shuffled input: got %v, want %v", got, base)
		}

		// Adding an unrelated candidate changes nothing for the others.
		extra := append(slices.Clone(cs), Candidate{Want: "Unrelated", Key: "zzz"})
		got := assignByKey(reserved, extra)
		delete(got, "zzz")
		if !mapsEqual(got, base) {
			t.Fatalf("with an unrelated candidate: got %v, want %v", got, base)
		}
	}
}

func TestScopeAssignUnique(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		s := NewScope()
		reserved := []string{"Validate", "A2", "ID"}
		s.Reserve(reserved...)
		seen := map[string]bool{}
		for _, n := range reserved {
			seen[n] = true
		}
		for range 3 { // several calls on one Scope
			cs := randomCands(r, r.IntN(10))
			names := s.Assign(cs)
			if len(names) != len(cs) {
				t.Fatalf("Assign returned %d names for %d candidates", len(names), len(cs))
			}
			for i, name := range names {
				if seen[name] {
					t.Fatalf("name %q handed out twice or reserved (candidates %v, names %q)", name, cs, names)
				}
				seen[name] = true
				if !strings.HasPrefix(name, cs[i].Want) {
					t.Errorf("candidate %v got %q, which does not start with its Want", cs[i], name)
				}
			}
		}
	}
}

// mapsEqual reports whether a and b hold the same entries.
func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
