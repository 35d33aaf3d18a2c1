package templates

import (
	"strings"
	"unicode"

	"github.com/dave/jennifer/jen"
)

// commentLines splits schema text (a title, a description, a file name) into
// lines that are safe inside // comments: every line break Unicode knows ends
// a line, control and bidirectional-formatting characters are dropped, and
// blank lines collapse. Text therefore never ends a comment early, never
// starts a directive (each line is written after "// "), and never reorders
// what a reader sees.
func commentLines(text string) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		lines = append(lines, strings.TrimRightFunc(cur.String(), unicode.IsSpace))
		cur.Reset()
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for _, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085' || r == '\v' || r == '\f':
			flush()
		case r == '\t':
			cur.WriteByte(' ')
		case unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\uFEFF':
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return tidy(lines)
}

// tidy trims the lines' common indentation away, removes leading and
// trailing blank lines, and keeps at most one blank line in a row.
func tidy(lines []string) []string {
	var out []string
	for _, l := range lines {
		l = strings.TrimLeftFunc(l, unicode.IsSpace)
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// comment returns one // comment line per line of text, or nothing.
func comment(text string) []jen.Code {
	var out []jen.Code
	for _, l := range commentLines(text) {
		if l == "" {
			out = append(out, jen.Comment("//"))
			continue
		}
		out = append(out, jen.Comment("// "+l))
	}
	return out
}

// oneLine returns text as a single safe comment line.
func oneLine(text string) string {
	return strings.Join(commentLines(text), " ")
}

// paragraphs joins non-empty texts with blank lines between them.
func paragraphs(texts ...string) string {
	var parts []string
	for _, t := range texts {
		if strings.TrimSpace(t) != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n\n")
}

// addComment writes text as top-level // comment lines of f.
func addComment(f *jen.File, text string) {
	for _, c := range comment(text) {
		f.Add(c)
	}
}
