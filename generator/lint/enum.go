package lint

import (
	"regexp"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// An enumTrigger is a phrase that introduces the list of allowed values.
type enumTrigger struct {
	re *regexp.Regexp
	// bare allows unquoted values (the list must then end the sentence);
	// otherwise values need backticks or quotes, as they do after any
	// trigger unless it ends in a colon.
	bare bool
	// direct lists follow "can be" with nothing between, so they must be
	// quoted: "Can be `public` or `private`".
	direct bool
}

// enumTriggers are tried in order; the first that yields a list wins.
var enumTriggers = []enumTrigger{
	{re: regexp.MustCompile(`(?i)\b(?:must|should|can|may|will|shall)\s+(?:only\s+)?be\s+(?:one\s+of|either)\b(?:\s+the\s+following)?\s*(:?)`)},
	{re: regexp.MustCompile(`(?i)\b(?:is|are)\s+(?:one\s+of|either)\b\s*(:?)`)},
	{re: regexp.MustCompile(`(?i)^(?:one\s+of|either)\b\s*(:?)`), bare: true},
	{re: regexp.MustCompile(`(?i)\b(?:possible|valid|allowed|accepted|acceptable|permitted|supported|available)\s+(?:enum\s+)?[a-z]+(?:\s+(?:are|is)\b\s*(:?)|\s*(:))`), bare: true},
	{re: regexp.MustCompile(`(?i)\b(?:can|must|should|may)\s+be(?:\s+set\s+to)?\s*(:?)`), direct: true},
}

var (
	// enumCueRE matches words that, before a list, show it is incomplete
	// or a choice between other things.
	enumCueRE = regexp.MustCompile(`\b(?:e\.g|eg|for example|for instance|such as|like|includes?|including|only|not|exactly|at least|at most)\b`)
	// bulletTriggerRE matches a sentence that introduces a bulleted list
	// of allowed values.
	bulletTriggerRE = regexp.MustCompile(`(?i)\b(?:possible|valid|allowed|accepted|supported)\s+(?:enum\s+)?values\b|^(?:must be |can be |is )?one of\b`)
	// openEndedRE matches words after a list that show it is incomplete.
	openEndedRE = regexp.MustCompile(`(?i)\b(?:etc|among others|and others|and more|and so on)\b|\.\.\.|…`)
	separatorRE = regexp.MustCompile(`^(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)`)
	bareValueRE = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.:/+-]*`)
)

// enumCandidate returns the enum that a sentence states for a string
// schema, if any.
func (s *schemaInfo) enumCandidate(sent sentence) (candidate, bool) {
	if !s.only("string") {
		return candidate{}, false
	}
	text := strings.NewReplacer("**", "", "__", "").Replace(sent.text)
	lower := strings.ToLower(text)
	if vals := bulletValues(sent); len(vals) > 0 && bulletTriggerRE.MatchString(text) && !conditional(lower, 0) {
		return s.enumOf(vals, 0)
	}
	for _, t := range enumTriggers {
		m := t.re.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		colon := false
		for g := 2; g+1 < len(m); g += 2 {
			colon = colon || m[g+1] > m[g]
		}
		if enumCueRE.MatchString(lower[clauseStart(lower, m[0]):m[0]]) || conditional(lower, m[0]) {
			return candidate{}, false
		}
		if openEndedRE.MatchString(text[m[1]:]) {
			return candidate{}, false
		}
		bare := t.bare || colon && !t.direct
		vals, quoted, rest := parseList(text[m[1]:], bare)
		if t.direct && !quoted || !listEnds(rest, quoted) {
			continue
		}
		return s.enumOf(vals, m[0])
	}
	return candidate{}, false
}

// listEnds reports whether what follows a list lets it be complete: a
// bare list must end the sentence, a quoted one may be followed by more
// after punctuation ("`a` or `b`, defaults to `a`"), but not by more words
// ("`email` or `phone` is required").
func listEnds(rest string, quoted bool) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || rest == "." {
		return true
	}
	return quoted && strings.IndexByte(".,;(", rest[0]) >= 0
}

// enumOf returns the enum candidate for values, or false if there are
// fewer than two or one names a property: "one of `email` or `phone`"
// chooses between properties.
func (s *schemaInfo) enumOf(vals []string, pos int) (candidate, bool) {
	arr := &document.Node{Kind: document.Array}
	seen := map[string]bool{}
	for _, v := range vals {
		if v == s.name || contains(s.siblings, v) || len(v) > 64 {
			return candidate{}, false
		}
		if seen[v] {
			continue
		}
		seen[v] = true
		switch {
		case v == "null" && s.types["null"]:
			arr.Items = append(arr.Items, &document.Node{Kind: document.Null})
		case v != "null":
			arr.Items = append(arr.Items, &document.Node{Kind: document.String, String: v})
		}
	}
	if len(arr.Items) < 2 {
		return candidate{}, false
	}
	return candidate{keyword: "enum", value: arr, pos: pos}, true
}

// parseList reads a list of values such as "`a`, `b`, or `c`" from the
// start of s, and returns the values, whether all were quoted, and the
// rest of s. Unquoted values are read only if bare is set.
func parseList(s string, bare bool) (vals []string, quoted bool, rest string) {
	quoted = true
	s = strings.TrimLeft(s, " ")
	for {
		v, n, q := listItem(s, bare)
		if n == 0 {
			return vals, quoted && len(vals) > 0, s
		}
		vals, quoted, s = append(vals, v), quoted && q, s[n:]
		sep := separatorRE.FindString(s)
		if sep == "" {
			return vals, quoted, s
		}
		if _, n, _ := listItem(s[len(sep):], bare); n == 0 {
			return vals, quoted, s
		}
		s = s[len(sep):]
	}
}

// listItem reads one value from the start of s: in backticks or quotes,
// or bare if allowed. A value in backticks may itself be quoted, as
// Kubernetes writes `"Always"`. It returns the value, the bytes read and
// whether the value was quoted; n is 0 if there is no value.
func listItem(s string, bare bool) (v string, n int, quoted bool) {
	if s != "" && strings.IndexByte("`\"'", s[0]) >= 0 {
		end := strings.IndexByte(s[1:], s[0])
		if end <= 0 {
			return "", 0, false
		}
		v = s[1 : end+1]
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		return v, end + 2, v != ""
	}
	if !bare {
		return "", 0, false
	}
	v = bareValueRE.FindString(s)
	n = len(v)
	return strings.TrimRight(v, ".:"), n, false
}

// bulletValues returns the quoted value that starts each item of the list
// after a sentence, or nil unless every item starts with one.
func bulletValues(sent sentence) []string {
	if len(sent.bullets) < 2 {
		return nil
	}
	var vals []string
	for _, b := range sent.bullets {
		v, n, q := listItem(b, false)
		if n == 0 || !q {
			return nil
		}
		vals = append(vals, v)
	}
	return vals
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
