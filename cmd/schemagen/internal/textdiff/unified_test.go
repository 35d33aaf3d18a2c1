package textdiff

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// numbered returns the lines "1\n" to "n\n".
func numbered(n int) string {
	var sb strings.Builder
	for i := 1; i <= n; i++ {
		sb.WriteString(strconv.Itoa(i) + "\n")
	}
	return sb.String()
}

// replaceLine returns text with its whole line old replaced by new lines
// (new may be "" to delete the line or contain several lines).
func replaceLine(text, old, new string) string {
	lines := splitLines(text)
	for i, l := range lines {
		if l == old+"\n" {
			lines[i] = new
			return strings.Join(lines, "")
		}
	}
	panic("line " + old + " not found")
}

const abcde = "a\nb\nc\nd\ne\n"

// unifiedTests are small cases with the exact hunks Unified must produce
// (checked against GNU diff -u); the file header is added by TestUnified.
var unifiedTests = []struct {
	name     string
	old, new string
	want     string
}{
	{"equal", abcde, abcde, ""},
	{"both empty", "", "", ""},
	{"insert at start", abcde, "X\n" + abcde,
		"@@ -1,3 +1,4 @@\n+X\n a\n b\n c\n"},
	{"insert at end", abcde, abcde + "X\n",
		"@@ -3,3 +3,4 @@\n c\n d\n e\n+X\n"},
	{"delete", numbered(9), replaceLine(numbered(9), "5", ""),
		"@@ -2,7 +2,6 @@\n 2\n 3\n 4\n-5\n 6\n 7\n 8\n"},
	{"change with merged context", numbered(20),
		replaceLine(replaceLine(numbered(20), "5", "X\n"), "11", "Y\n"),
		"@@ -2,13 +2,13 @@\n 2\n 3\n 4\n-5\n+X\n 6\n 7\n 8\n 9\n 10\n-11\n+Y\n 12\n 13\n 14\n"},
	{"six lines apart merge", numbered(20),
		replaceLine(replaceLine(numbered(20), "1", "X\n"), "8", "Y\n"),
		"@@ -1,11 +1,11 @@\n-1\n+X\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+Y\n 9\n 10\n 11\n"},
	{"seven lines apart split", numbered(20),
		replaceLine(replaceLine(numbered(20), "1", "X\n"), "9", "Y\n"),
		"@@ -1,4 +1,4 @@\n-1\n+X\n 2\n 3\n 4\n@@ -6,7 +6,7 @@\n 6\n 7\n 8\n-9\n+Y\n 10\n 11\n 12\n"},
	{"two far-apart hunks", numbered(20),
		replaceLine(replaceLine(numbered(20), "2", "X\nZ\n"), "18", ""),
		"@@ -1,5 +1,6 @@\n 1\n-2\n+X\n+Z\n 3\n 4\n 5\n@@ -15,6 +16,5 @@\n 15\n 16\n 17\n-18\n 19\n 20\n"},
	{"single line", "x\n", "y\n", "@@ -1 +1 @@\n-x\n+y\n"},
	{"blank context line", "a\n\nb\n", "a\n\nc\n", "@@ -1,3 +1,3 @@\n a\n \n-b\n+c\n"},
	{"no newline both", "a\nb", "a\nc",
		"@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
	{"newline added", "a\nb", "a\nb\n",
		"@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"},
	{"newline removed", "a\nb\n", "a\nb",
		"@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"},
	{"no newline in context", "a\nb\nc", "x\nb\nc",
		"@@ -1,3 +1,3 @@\n-a\n+x\n b\n c\n\\ No newline at end of file\n"},
	{"old empty", "", "a\nb\n", "@@ -0,0 +1,2 @@\n+a\n+b\n"},
	{"old empty no newline", "", "a", "@@ -0,0 +1 @@\n+a\n\\ No newline at end of file\n"},
	{"new empty", "a\nb\n", "", "@@ -1,2 +0,0 @@\n-a\n-b\n"},
	{"delete at start", abcde, "b\nc\nd\ne\n", "@@ -1,4 +1,3 @@\n-a\n b\n c\n d\n"},
	{"insert after line", "a\nb\n", "a\nX\nb\n", "@@ -1,2 +1,3 @@\n a\n+X\n b\n"},
	{"all replaced", "a\nb\n", "c\nd\ne\n", "@@ -1,2 +1,3 @@\n-a\n-b\n+c\n+d\n+e\n"},
}

func TestUnified(t *testing.T) {
	for _, tt := range unifiedTests {
		t.Run(tt.name, func(t *testing.T) {
			oldName, newName := "old.txt", "new.txt"
			if tt.old == "" {
				oldName = "/dev/null"
			}
			if tt.new == "" {
				newName = "/dev/null"
			}
			want := tt.want
			if want != "" {
				want = "--- " + oldName + "\n+++ " + newName + "\n" + want
			}
			if got := Unified(oldName, newName, tt.old, tt.new); got != want {
				t.Errorf("Unified(%q, %q) =\n%s\nwant\n%s", tt.old, tt.new, got, want)
			}
		})
	}
}

// hunkHeader parses "@@ -l[,s] +l[,s] @@\n".
func hunkHeader(line string) (oldStart, oldLen, newStart, newLen int, err error) {
	var oldR, newR string
	if _, err = fmt.Sscanf(line, "@@ -%s +%s @@\n", &oldR, &newR); err != nil {
		return 0, 0, 0, 0, fmt.Errorf("bad hunk header %q: %v", line, err)
	}
	parse := func(r string) (start, n int, err error) {
		s, l, found := strings.Cut(r, ",")
		n = 1
		if found {
			if n, err = strconv.Atoi(l); err != nil {
				return 0, 0, err
			}
		}
		start, err = strconv.Atoi(s)
		return start, n, err
	}
	if oldStart, oldLen, err = parse(oldR); err == nil {
		newStart, newLen, err = parse(newR)
	}
	return oldStart, oldLen, newStart, newLen, err
}

// hunkBody reads the body lines following a hunk header at lines[i:], returning
// the old-side and new-side texts and the index after the hunk.
func hunkBody(lines []string, i int) (oldSide, newSide []string, next int, err error) {
	for ; i < len(lines) && !strings.HasPrefix(lines[i], "@@ "); i++ {
		l := lines[i]
		if l == noNewline {
			return nil, nil, 0, fmt.Errorf("misplaced marker at line %d", i+1)
		}
		if !strings.HasSuffix(l, "\n") || len(l) < 2 {
			return nil, nil, 0, fmt.Errorf("bad body line %q", l)
		}
		text := l[1:]
		if i+1 < len(lines) && lines[i+1] == noNewline {
			text = strings.TrimSuffix(text, "\n")
			i++
		}
		switch l[0] {
		case ' ':
			oldSide, newSide = append(oldSide, text), append(newSide, text)
		case '-':
			oldSide = append(oldSide, text)
		case '+':
			newSide = append(newSide, text)
		default:
			return nil, nil, 0, fmt.Errorf("bad body line %q", l)
		}
	}
	return oldSide, newSide, i, nil
}

// applyPatch applies a unified diff as produced by Unified to old.
func applyPatch(old, patch string) (string, error) {
	if patch == "" {
		return old, nil
	}
	src, lines := splitLines(old), splitLines(patch)
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		return "", fmt.Errorf("bad file header")
	}
	var out []string
	pos := 0 // lines of src consumed
	for i := 2; i < len(lines); {
		oldStart, oldLen, newStart, newLen, err := hunkHeader(lines[i])
		if err != nil {
			return "", err
		}
		oldSide, newSide, next, err := hunkBody(lines, i+1)
		if err != nil {
			return "", err
		}
		if len(oldSide) != oldLen || len(newSide) != newLen {
			return "", fmt.Errorf("hunk %q has %d/%d lines", lines[i], len(oldSide), len(newSide))
		}
		start := oldStart - 1
		if oldLen == 0 {
			start = oldStart
		}
		if start < pos || start+oldLen > len(src) {
			return "", fmt.Errorf("hunk %q out of order or range", lines[i])
		}
		out = append(out, src[pos:start]...)
		if wantNew := len(out) + 1; newLen > 0 && newStart != wantNew || newLen == 0 && newStart != len(out) {
			return "", fmt.Errorf("hunk %q: new start should be %d", lines[i], wantNew)
		}
		if got := strings.Join(src[start:start+oldLen], ""); got != strings.Join(oldSide, "") {
			return "", fmt.Errorf("hunk %q does not match old text", lines[i])
		}
		out, pos, i = append(out, newSide...), start+oldLen, next
	}
	return strings.Join(append(out, src[pos:]...), ""), nil
}

// randomText returns up to maxLines lines drawn from a small alphabet, so
// that texts share many lines, optionally without a final newline.
func randomText(r *rand.Rand, maxLines, alphabet int) string {
	var sb strings.Builder
	for range r.IntN(maxLines + 1) {
		sb.WriteString(strconv.Itoa(r.IntN(alphabet)) + "\n")
	}
	s := sb.String()
	if s != "" && r.IntN(4) == 0 {
		s = s[:len(s)-1]
	}
	return s
}

// mutate returns text with a few random line edits.
func mutate(r *rand.Rand, text string, alphabet int) string {
	lines := splitLines(text)
	for range r.IntN(5) {
		i := r.IntN(len(lines) + 1)
		switch {
		case r.IntN(2) == 0 && i < len(lines):
			lines = append(lines[:i], lines[i+1:]...)
		default:
			l := "n" + strconv.Itoa(r.IntN(alphabet)) + "\n"
			lines = append(lines[:i], append([]string{l}, lines[i:]...)...)
		}
	}
	return strings.Join(lines, "")
}

// lcsLen returns the length of a longest common subsequence of a and b.
func lcsLen(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// changedLines counts the '-' and '+' lines of a patch.
func changedLines(patch string) int {
	n := 0
	for _, l := range splitLines(patch) {
		if (l[0] == '-' || l[0] == '+') && !strings.HasPrefix(l, "--- ") && !strings.HasPrefix(l, "+++ ") {
			n++
		}
	}
	return n
}

func TestUnifiedApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name    string
		limit   int
		minimal bool
	}{
		{"default limit", defaultCostLimit, true},
		{"limit 1", 1, false},
		{"limit 3", 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for iter := range 3000 {
				alphabet := 2 + r.IntN(10)
				old := randomText(r, 30, alphabet)
				new := randomText(r, 30, alphabet)
				if iter%2 == 0 {
					new = mutate(r, old, alphabet)
				}
				patch := ""
				if old != new {
					patch = unified("a", "b", old, new, tt.limit)
				}
				got, err := applyPatch(old, patch)
				if err != nil || got != new {
					t.Fatalf("old %q new %q: patch\n%s\napplies to %q, %v", old, new, patch, got, err)
				}
				a, b := splitLines(old), splitLines(new)
				if want := len(a) + len(b) - 2*lcsLen(a, b); tt.minimal && changedLines(patch) != want {
					t.Fatalf("old %q new %q: %d changed lines, want %d:\n%s", old, new, changedLines(patch), want, patch)
				}
			}
		})
	}
}

// bigTexts returns pairs of large texts for the performance test.
func bigTexts() []struct{ name, old, new string } {
	r := rand.New(rand.NewPCG(3, 4))
	base := make([]string, 20000)
	for i := range base {
		base[i] = fmt.Sprintf("line %d %x\n", i, r.Uint64())
	}
	few := append([]string(nil), base...)
	for _, i := range []int{10, 5000, 5001, 12000, 19999} {
		few[i] = "changed\n"
	}
	other := make([]string, len(base))
	for i := range other {
		other[i] = fmt.Sprintf("other %d\n", i)
	}
	shuffled := append([]string(nil), base...)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	return []struct{ name, old, new string }{
		{"few changes", strings.Join(base, ""), strings.Join(few[:19500], "") + "tail\n" + strings.Join(few[19500:], "")},
		{"totally different", strings.Join(base, ""), strings.Join(other, "")},
		{"shuffled", strings.Join(base, ""), strings.Join(shuffled, "")},
	}
}

// TestUnifiedLarge checks that diffs of large texts are correct; how fast
// they are is BenchmarkUnified's business, not a test's.
func TestUnifiedLarge(t *testing.T) {
	if raceEnabled {
		t.Skip("too slow under the race detector")
	}
	for _, tt := range bigTexts() {
		t.Run(tt.name, func(t *testing.T) {
			patch := Unified("a", "b", tt.old, tt.new)
			if got, err := applyPatch(tt.old, patch); err != nil || got != tt.new {
				t.Fatalf("patch does not apply: %v", err)
			}
		})
	}
}

func BenchmarkUnified(b *testing.B) {
	for _, tt := range bigTexts() {
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				Unified("a", "b", tt.old, tt.new)
			}
		})
	}
}
