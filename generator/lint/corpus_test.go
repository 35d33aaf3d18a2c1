package lint

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/document"
)

// A corpusEntry is one property description of testdata/descriptions.json,
// with the constraints a careful reader finds stated in it.
type corpusEntry struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Description string `json:"description"`
	Want        []struct {
		Keyword string          `json:"keyword"`
		Value   json.RawMessage `json:"value"`
	} `json:"want"`
}

// constraint is a keyword and a canonical form of its value: numbers as
// exact rationals, enums as sorted lists and "required" as true.
type constraint struct{ keyword, value string }

func (c constraint) String() string { return c.keyword + "=" + c.value }

// canonical returns the canonical form of a keyword's JSON value.
func canonical(t *testing.T, keyword string, raw []byte) string {
	t.Helper()
	if keyword == "required" {
		return "true"
	}
	n, err := document.Parse(raw)
	if err != nil {
		t.Fatalf("%s value %s: %v", keyword, raw, err)
	}
	switch n.Kind {
	case document.Number:
		r, ok := new(big.Rat).SetString(n.Number)
		if !ok {
			t.Fatalf("%s value %s is not a number", keyword, raw)
		}
		return r.RatString()
	case document.Array:
		var vals []string
		for _, item := range n.Items {
			vals = append(vals, string(item.Encode()))
		}
		sort.Strings(vals)
		return strings.Join(vals, ",")
	}
	return string(n.Encode())
}

// corpusDocument returns an object schema whose one property is the entry.
func corpusDocument(e corpusEntry) *document.Node {
	prop := &document.Node{Kind: document.Object}
	prop.Set("type", &document.Node{Kind: document.String, String: e.Type})
	prop.Set("description", &document.Node{Kind: document.String, String: e.Description})
	props := &document.Node{Kind: document.Object}
	props.Set(e.Name, prop)
	root := &document.Node{Kind: document.Object}
	root.Set("type", &document.Node{Kind: document.String, String: "object"})
	root.Set("properties", props)
	return root
}

// score compares what Check finds in a corpus entry with what the entry
// wants, and returns the constraints found and wanted, found but not
// wanted, and wanted but not found.
func score(t *testing.T, e corpusEntry) (hits int, wrong, misses []string) {
	t.Helper()
	want := map[constraint]bool{}
	for _, w := range e.Want {
		want[constraint{w.Keyword, canonical(t, w.Keyword, w.Value)}] = true
	}
	got := map[constraint]bool{}
	for _, f := range Check("corpus.json", corpusDocument(e)) {
		got[constraint{f.Keyword, canonical(t, f.Keyword, f.Value.Encode())}] = true
	}
	for c := range want {
		if got[c] {
			hits++
		} else {
			misses = append(misses, c.String())
		}
	}
	for c := range got {
		if !want[c] {
			wrong = append(wrong, c.String())
		}
	}
	sort.Strings(misses)
	sort.Strings(wrong)
	return hits, wrong, misses
}

// TestCorpus measures precision and recall on real-world-style
// descriptions, many of which state nothing or state numbers that are no
// constraint (defaults, examples, dates, HTTP codes, conditions).
func TestCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/descriptions.json")
	if err != nil {
		t.Fatal(err)
	}
	var entries []corpusEntry
	if err := json.Unmarshal(data, &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) < 80 {
		t.Fatalf("corpus has %d entries, want at least 80", len(entries))
	}
	var tp, fp, fn int
	for i, e := range entries {
		hits, wrong, misses := score(t, e)
		tp, fp, fn = tp+hits, fp+len(wrong), fn+len(misses)
		if len(misses) > 0 {
			t.Logf("entry %d (%s): missed %s", i, e.Name, strings.Join(misses, " "))
		}
		if len(wrong) > 0 {
			t.Logf("entry %d (%s): false positive %s", i, e.Name, strings.Join(wrong, " "))
		}
	}
	t.Logf("corpus: %d entries, %d constraints stated; %d found, %d false positives, %d missed",
		len(entries), tp+fn, tp, fp, fn)
	t.Logf("precision %s, recall %s", ratio(tp, tp+fp), ratio(tp, tp+fn))
	if precision := float64(tp) / float64(max(1, tp+fp)); precision < 0.95 {
		t.Errorf("precision %.3f < 0.95", precision)
	}
	if recall := float64(tp) / float64(max(1, tp+fn)); recall < 0.80 {
		t.Errorf("recall %.3f < 0.80", recall)
	}
}

func ratio(a, b int) string { return fmt.Sprintf("%d/%d = %.3f", a, b, float64(a)/float64(max(1, b))) }
