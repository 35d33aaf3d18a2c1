package document

import (
	"bytes"
	"regexp"
)

// keepHeader finds a line that ends in a block scalar header with keep
// chomping (|+, >2+, |+2, ...), and an optional comment: group 1 is the
// indentation and any "- " before the node, group 2 the key if there is
// one, group 3 the header.
var keepHeader = regexp.MustCompile(`^( *(?:- +)*)(?:([^ #\n][^\n]*?): +)?([|>](?:[1-9]\+|\+[1-9]?))[ \t]*(?:#[^\n]*)?$`)

// emptyKeepBlocks returns data with each block scalar header with keep
// chomping whose content is empty, because the next line is indented no
// deeper than the node holding it, replaced by "" (and spaces, so that
// every offset stays where it was). The YAML parser refuses such a scalar
// ("could not find multi-line content"), which OpenAPI documents that
// emitters wrote hold (OpenAI's writes example: |2+ for an empty string).
// Its value is the empty string, as "" says. A header followed by blank
// lines is left alone, and so still refused. It returns nil if there is
// nothing to replace.
func emptyKeepBlocks(data []byte) []byte {
	var out []byte
	for start := 0; start < len(data); {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			break
		}
		end += start
		line := data[start:end]
		next := end + 1
		if m := keepHeader.FindSubmatchIndex(line); m != nil && next < len(data) {
			nextEnd := bytes.IndexByte(data[next:], '\n')
			if nextEnd < 0 {
				nextEnd = len(data) - next
			}
			nextLine := data[next : next+nextEnd]
			blank := len(bytes.TrimSpace(nextLine)) == 0
			indent := len(nextLine) - len(bytes.TrimLeft(nextLine, " "))
			// The column of the node that holds the scalar: its key, or
			// the "- " of its sequence entry.
			holder := m[3]
			if m[4] < 0 {
				holder = bytes.LastIndexByte(line[:m[3]], '-')
			}
			if !blank && indent <= holder {
				if out == nil {
					out = bytes.Clone(data)
				}
				h := out[start+m[6] : start+m[7]]
				copy(h, `""`)
				for i := 2; i < len(h); i++ {
					h[i] = ' '
				}
			}
		}
		start = next
	}
	return out
}
