package templates

import (
	"bytes"
	"slices"
	"strings"
)

// groupImports splits the import block jennifer writes (one block, sorted)
// into two groups, as goimports does: the standard library first, then the
// rest, with a blank line between them.
//
//	import (
//		"encoding/json"
//		"strconv"
//
//		"github.com/schemagen/schemagen/templates/jsonrt"
//	)
//
// A path whose first element has no dot is the standard library's, the rule
// goimports applies. src is gofmt-formatted; the result is too, as both
// groups stay sorted. The block is rewritten in place when src has room
// for one more byte (formatSource leaves room), so that a file of
// megabytes is not copied for it.
func groupImports(src []byte) []byte {
	const open, closing = "\nimport (\n", "\n)\n"
	i := bytes.Index(src, []byte(open))
	if i < 0 {
		return src
	}
	start := i + len(open)
	n := bytes.Index(src[start:], []byte(closing))
	if n < 0 {
		return src
	}
	var std, other []string
	for _, line := range strings.Split(string(src[start:start+n]), "\n") {
		if line == "" {
			continue
		}
		if isStdImport(line) {
			std = append(std, line)
		} else {
			other = append(other, line)
		}
	}
	if len(std) == 0 || len(other) == 0 {
		return src
	}
	block := strings.Join(std, "\n") + "\n\n" + strings.Join(other, "\n")
	return slices.Replace(src, start, start+n, []byte(block)...)
}

// isStdImport reports whether an import line (`"strconv"`, or
// `name "path"`) names a standard library package.
func isStdImport(line string) bool {
	q := strings.IndexByte(line, '"')
	if q < 0 {
		return false
	}
	p := strings.Trim(line[q:], "\"")
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}
