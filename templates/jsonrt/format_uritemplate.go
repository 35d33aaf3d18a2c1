package jsonrt

import (
	"strings"
	"unicode/utf8"
)

// fmtIsURITemplate reports whether s is a URI Template (RFC 6570 section
// 2): literal characters and percent-encoded octets, and expressions in
// braces. An expression is an optional operator (including the ones reserved
// for future extensions) and a comma-separated list of variable names, each
// with an optional prefix modifier (":" and 1 to 4 digits, not starting with
// 0) or explode modifier ("*"). The apostrophe is allowed in literals: the
// literals rule of RFC 6570 leaves it out although it is a sub-delim that
// URIs allow, and the JSON Schema test suite accepts it.
func fmtIsURITemplate(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 || !fmtIsURITemplateExpr(s[i+1:i+j]) {
				return false
			}
			i += j + 1
		case c == '%':
			if i+2 >= len(s) || !fmtIsHex(s[i+1]) || !fmtIsHex(s[i+2]) {
				return false
			}
			i += 3
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !fmtIsUCSChar(r) && !fmtIsIPrivate(r) {
				return false
			}
			i += size
		case c <= ' ' || c == 0x7F || strings.IndexByte("\"<>\\^`{|}", c) >= 0:
			return false
		default:
			i++
		}
	}
	return true
}

// fmtIsURITemplateExpr checks the inside of an expression's braces.
func fmtIsURITemplateExpr(expr string) bool {
	if expr != "" && strings.IndexByte("+#./;?&=,!@|", expr[0]) >= 0 {
		expr = expr[1:]
	}
	for spec := range strings.SplitSeq(expr, ",") {
		name := spec
		if i := strings.IndexAny(spec, ":*"); i >= 0 {
			name = spec[:i]
			if mod := spec[i:]; mod != "*" && !fmtIsURITemplatePrefix(mod) {
				return false
			}
		}
		if !fmtIsURITemplateVarname(name) {
			return false
		}
	}
	return true
}

// fmtIsURITemplatePrefix reports whether mod is a prefix modifier: ":" and
// a max-length of 1 to 9999 without leading zeros.
func fmtIsURITemplatePrefix(mod string) bool {
	n := len(mod) - 1
	if n < 1 || n > 4 || mod[1] == '0' {
		return false
	}
	return fmtDigits(mod, 1, n) >= 0
}

// fmtIsURITemplateVarname reports whether name is a varname: varchars
// (letters, digits, "_" and percent-encoded octets) with single dots between
// them.
func fmtIsURITemplateVarname(name string) bool {
	if name == "" || name[0] == '.' || name[len(name)-1] == '.' {
		return false
	}
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '%':
			if i+2 >= len(name) || !fmtIsHex(name[i+1]) || !fmtIsHex(name[i+2]) {
				return false
			}
			i += 2
		case c == '.':
			if name[i+1] == '.' {
				return false
			}
		case !fmtIsAlpha(c) && !fmtIsDigit(c) && c != '_':
			return false
		}
	}
	return true
}
