package conformance

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

// logLines bounds the failing-test list in the test log; the report file
// has all of it.
const logLines = 50

// A report is what a run found, for every draft.
type report struct {
	drafts []*draftResult
	notes  []string
}

// passed returns the number of passing tests by draft.
func (r *report) passed() map[string]int {
	out := map[string]int{}
	for _, d := range r.drafts {
		for _, o := range d.outcomes {
			if o.pass {
				out[d.name]++
			}
		}
	}
	return out
}

// total returns the number of tests run, in all drafts.
func (r *report) total() int {
	n := 0
	for _, d := range r.drafts {
		n += len(d.outcomes)
	}
	return n
}

// log writes the table, the reasons and the first failing tests to the
// test log.
func (r *report) log(t *testing.T) {
	t.Helper()
	list := r.failureList()
	more := ""
	if len(list) > logLines {
		more = fmt.Sprintf("  ... %d more lines: set CONFORMANCE_REPORT=FILE for the full list\n", len(list)-logLines)
		list = list[:logLines]
	}
	t.Log("\n" + r.table() + r.reasons() + listHeader(list) + strings.Join(list, "") + more)
}

// full returns the whole report.
func (r *report) full() string {
	list := r.failureList()
	return r.table() + r.reasons() + listHeader(list) + strings.Join(list, "")
}

// listHeader introduces the failing-test list, if there is one.
func listHeader(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return "failing tests by reason:\n"
}

// table lists passed/total per file and per draft, the time each phase
// took, and the notes.
func (r *report) table() string {
	var b strings.Builder
	for _, d := range r.drafts {
		if len(d.outcomes) == 0 {
			fmt.Fprintf(&b, "%s: no tests selected\n", d.name)
			continue
		}
		files, passed, total := d.perFile()
		fmt.Fprintf(&b, "%-44s %s\n", d.name, "passed/total")
		for _, f := range files {
			fmt.Fprintf(&b, "  %-42s %5d/%d\n", f, passed[f], total[f])
		}
		fmt.Fprintf(&b, "  %-42s %5d/%d\n", "total "+d.name, passed[""], total[""])
		fmt.Fprintf(&b, "  time: generate %s, build %s (%d batch build(s)), run %s\n",
			round(d.generate), round(d.build), d.builds, round(d.run))
	}
	for _, n := range r.notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	return b.String()
}

// perFile counts passing and all tests by file, and under "" in all, and
// returns the files sorted.
func (d *draftResult) perFile() (files []string, passed, total map[string]int) {
	passed, total = map[string]int{}, map[string]int{}
	for _, o := range d.outcomes {
		if _, ok := total[o.file]; !ok {
			files = append(files, o.file)
		}
		for _, k := range []string{o.file, ""} {
			total[k]++
			if o.pass {
				passed[k]++
			}
		}
	}
	sort.Strings(files)
	return files, passed, total
}

// round shortens a duration for the report.
func round(d time.Duration) time.Duration {
	return d.Round(time.Millisecond)
}

// failures groups the failing tests by reason: the reasons sorted by
// falling count, then by name; the tests in draft, file, group and test
// order.
func (r *report) failures() (reasons []string, byReason map[string][]string) {
	byReason = map[string][]string{}
	for _, d := range r.drafts {
		for _, o := range d.outcomes {
			if o.pass {
				continue
			}
			line := fmt.Sprintf("%s/%s: %s / %s", d.name, o.file, o.group, o.test)
			if o.detail != "" {
				line += " (" + o.detail + ")"
			}
			if _, ok := byReason[o.reason]; !ok {
				reasons = append(reasons, o.reason)
			}
			byReason[o.reason] = append(byReason[o.reason], line)
		}
	}
	sort.Slice(reasons, func(i, j int) bool {
		ni, nj := len(byReason[reasons[i]]), len(byReason[reasons[j]])
		return ni > nj || ni == nj && reasons[i] < reasons[j]
	})
	return reasons, byReason
}

// reasons summarizes the failures: how many tests fail for each reason.
func (r *report) reasons() string {
	reasons, byReason := r.failures()
	if len(reasons) == 0 {
		return "no failures\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "failures by reason (%d reasons):\n", len(reasons))
	for _, reason := range reasons {
		fmt.Fprintf(&b, "  %5d  %s\n", len(byReason[reason]), reason)
	}
	return b.String()
}

// failureList returns the lines of the failing-test list, grouped by
// reason.
func (r *report) failureList() []string {
	reasons, byReason := r.failures()
	var lines []string
	for _, reason := range reasons {
		lines = append(lines, fmt.Sprintf("  %s [%d]\n", reason, len(byReason[reason])))
		for _, l := range byReason[reason] {
			lines = append(lines, "    "+l+"\n")
		}
	}
	return lines
}
