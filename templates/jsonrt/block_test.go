package jsonrt

import "testing"

func TestBlockNew(t *testing.T) {
	var b Block[string]
	var ptrs []*string
	for i := range 20 {
		ptrs = append(ptrs, b.New(string(rune('a'+i)), 10))
	}
	for i, p := range ptrs {
		if want := string(rune('a' + i)); *p != want {
			t.Errorf("variable %d holds %q, want %q", i, *p, want)
		}
		for _, q := range ptrs[:i] {
			if p == q {
				t.Fatalf("variable %d handed out twice", i)
			}
		}
	}
	*ptrs[3] = "changed"
	if *ptrs[2] != "c" || *ptrs[4] != "e" {
		t.Error("writing one variable changed its neighbours")
	}
}

func TestBlockAllocations(t *testing.T) {
	for _, c := range []struct{ n, limit, allocs int }{
		{1, 1, 1}, {1, 97, 1}, {4, 97, 1}, {5, 97, 2}, {12, 97, 2}, {13, 97, 3}, {97, 97, 5}, {6, 6, 2}, {7, 3, 3},
	} {
		got := testing.AllocsPerRun(10, func() {
			var b Block[float64]
			for i := range c.n {
				b.New(float64(i), c.limit)
			}
		})
		if int(got) != c.allocs {
			t.Errorf("%d variables, limit %d: %v allocations, want %d", c.n, c.limit, got, c.allocs)
		}
	}
}
