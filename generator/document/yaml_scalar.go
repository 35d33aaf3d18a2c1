package document

import (
	"errors"
	"math/big"
	"regexp"
	"strings"

	"github.com/goccy/go-yaml/token"
)

// plain resolves a plain (unquoted) scalar by the YAML 1.2 core schema.
func (c *yamlConverter) plain(text string, tk *token.Token, off int, ptr string) (*Node, error) {
	switch text {
	case "", "~", "null", "Null", "NULL":
		return &Node{Kind: Null, Offset: off}, nil
	case "true", "True", "TRUE":
		return &Node{Kind: Bool, Bool: true, Offset: off}, nil
	case "false", "False", "FALSE":
		return &Node{Kind: Bool, Offset: off}, nil
	}
	if num, ok, err := yamlNumber(text); err != nil {
		return nil, c.errorAt(tk, ptr, err.Error())
	} else if ok {
		return &Node{Kind: Number, Number: num, Offset: off}, nil
	}
	return &Node{Kind: String, String: text, Offset: off}, nil
}

var (
	yamlDecimal = regexp.MustCompile(`^[-+]?[0-9]+$`)
	yamlOctal   = regexp.MustCompile(`^0o[0-7]+$`)
	yamlHex     = regexp.MustCompile(`^0x[0-9a-fA-F]+$`)
	yamlFloat   = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)
	yamlSpecial = regexp.MustCompile(`^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$`)
)

// yamlNumber reports whether a plain scalar is a number by the YAML 1.2 core
// schema, and returns it as a JSON number literal with the same value.
func yamlNumber(s string) (string, bool, error) {
	switch {
	case yamlSpecial.MatchString(s):
		return "", false, errors.New("the YAML number " + s + " has no JSON counterpart; quote it if a string is meant")
	case yamlOctal.MatchString(s), yamlHex.MatchString(s):
		base := 8
		if s[1] == 'x' {
			base = 16
		}
		var i big.Int
		i.SetString(s[2:], base)
		return i.String(), true, nil
	case yamlDecimal.MatchString(s), yamlFloat.MatchString(s):
	default:
		return "", false, nil
	}
	var b strings.Builder
	if s[0] == '-' || s[0] == '+' {
		if s[0] == '-' {
			b.WriteByte('-')
		}
		s = s[1:]
	}
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i:]
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	b.WriteString(intPart)
	if frac != "" {
		b.WriteString("." + frac)
	}
	b.WriteString(exp)
	return b.String(), true, nil
}
