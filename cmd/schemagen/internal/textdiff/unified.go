package textdiff

import (
	"strconv"
	"strings"
)

// contextLines is the number of unchanged lines shown around each change.
const contextLines = 3

// noNewline is the marker line that follows a last line lacking its "\n".
const noNewline = "\\ No newline at end of file\n"

// Unified returns a unified diff (as `diff -u` / `git diff` print it) turning
// old into new, with 3 lines of context, headers "--- <oldName>\n+++ <newName>\n"
// and hunks "@@ -l,s +l,s @@". As in GNU diff, a range of exactly one line is
// written without its ",1", and an empty range is written "l,0" where l is the
// number of the line before it. It returns "" when old == new.
//
// A file that does not exist is passed as empty text with name "/dev/null" by
// the caller. Texts without a final newline get the "\ No newline at end of
// file" marker line after their last line.
func Unified(oldName, newName, old, new string) string {
	if old == new {
		return ""
	}
	return unified(oldName, newName, old, new, defaultCostLimit)
}

// unified is Unified with an explicit cost limit for the line comparison.
func unified(oldName, newName, old, new string, limit int) string {
	a, b := splitLines(old), splitLines(new)
	ia, ib := internLines(a, b)
	delA, insB := diffSeqs(ia, ib, limit)
	var sb strings.Builder
	sb.WriteString("--- " + oldName + "\n+++ " + newName + "\n")
	changes := collectChanges(delA, insB)
	for len(changes) > 0 {
		n := hunkLen(changes)
		writeHunk(&sb, a, b, changes[:n])
		changes = changes[n:]
	}
	return sb.String()
}

// splitLines splits s after each "\n". The last line lacks the "\n" if s
// does not end with one; an empty s has no lines.
func splitLines(s string) []string {
	lines := make([]string, 0, strings.Count(s, "\n")+1)
	for s != "" {
		i := strings.IndexByte(s, '\n') + 1
		if i == 0 {
			i = len(s)
		}
		lines = append(lines, s[:i])
		s = s[i:]
	}
	return lines
}

// internLines maps every distinct line of a and b to a small integer, so
// that lines can be compared cheaply.
func internLines(a, b []string) (ia, ib []int) {
	ids := make(map[string]int, len(a))
	intern := func(lines []string) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	return intern(a), intern(b)
}

// change is a maximal block of deleted old lines [a0, a1) and inserted new
// lines [b0, b1) between two unchanged lines. gap is the number of unchanged
// lines between the previous change (or the start) and this one.
type change struct {
	a0, a1, b0, b1 int
	gap            int
}

// collectChanges groups the marked lines into changes, in order.
func collectChanges(delA, insB []bool) []change {
	var changes []change
	i, j, gap := 0, 0, 0
	for i < len(delA) || j < len(insB) {
		if i < len(delA) && j < len(insB) && !delA[i] && !insB[j] {
			i, j, gap = i+1, j+1, gap+1
			continue
		}
		c := change{a0: i, b0: j, gap: gap}
		for i < len(delA) && delA[i] {
			i++
		}
		for j < len(insB) && insB[j] {
			j++
		}
		c.a1, c.b1 = i, j
		changes = append(changes, c)
		gap = 0
	}
	return changes
}

// hunkLen returns how many of the leading changes share one hunk: a change
// joins the previous one when their contexts would overlap or touch.
func hunkLen(changes []change) int {
	n := 1
	for n < len(changes) && changes[n].gap <= 2*contextLines {
		n++
	}
	return n
}

// writeHunk writes one hunk covering the given changes, with context taken
// from the old lines a (which equal the corresponding new lines b).
func writeHunk(sb *strings.Builder, a, b []string, changes []change) {
	first, last := changes[0], changes[len(changes)-1]
	lead := min(contextLines, first.gap)
	trail := min(contextLines, len(a)-last.a1)
	aStart, bStart := first.a0-lead, first.b0-lead
	aEnd, bEnd := last.a1+trail, last.b1+trail
	sb.WriteString("@@ -" + hunkRange(aStart, aEnd) + " +" + hunkRange(bStart, bEnd) + " @@\n")
	i := aStart
	for _, c := range changes {
		writeLines(sb, ' ', a[i:c.a0], c.a0 == len(a))
		writeLines(sb, '-', a[c.a0:c.a1], c.a1 == len(a))
		writeLines(sb, '+', b[c.b0:c.b1], c.b1 == len(b))
		i = c.a1
	}
	writeLines(sb, ' ', a[i:aEnd], aEnd == len(a))
}

// hunkRange formats the 0-based half-open line range [start, end) the way
// GNU diff does in a unified hunk header.
func hunkRange(start, end int) string {
	switch end - start {
	case 0:
		return strconv.Itoa(start) + ",0"
	case 1:
		return strconv.Itoa(start + 1)
	}
	return strconv.Itoa(start+1) + "," + strconv.Itoa(end-start)
}

// writeLines writes lines, each after prefix. atEnd reports that the last of
// them is the last line of its text, which gets the no-newline marker if it
// does not end in "\n".
func writeLines(sb *strings.Builder, prefix byte, lines []string, atEnd bool) {
	for _, l := range lines {
		sb.WriteByte(prefix)
		sb.WriteString(l)
	}
	if atEnd && len(lines) > 0 && !strings.HasSuffix(lines[len(lines)-1], "\n") {
		sb.WriteString("\n" + noNewline)
	}
}
