package lint

import (
	"math/big"
	"regexp"
	"strings"
	"unicode"
)

// unitKind classifies the word that follows a number.
type unitKind int

const (
	unitNone    unitKind = iota // no unit: punctuation or a function word follows
	unitTime                    // "seconds", "5-minute", "24h"
	unitSize                    // "bytes", "KB", "MiB"
	unitLength                  // "characters", "chars"
	unitCount                   // "items", "elements", "results"
	unitPercent                 // "%", "percent"
	unitDigits                  // "digits"
	unitOther                   // any other word, e.g. "tags" or "requests"
	unitInvalid                 // the number is not a plain quantity: "3x", "10th", "2023-10-16"
)

// A unit is what follows a number in the text.
type unit struct {
	kind unitKind
	// name is the canonical unit for time and size ("s", "min", "kb"), else
	// the word itself.
	name string
	// nouns are the words after the number that name what is counted,
	// for matching against a property name ("100 line items", "10 tags").
	nouns []string
	// end is the offset just after the unit in the text.
	end int
}

// unitTable maps unit words to their kind and canonical name. Time units
// convert through timeFactor and size units through sizeFactor.
var unitTable = map[string][2]string{}

func init() {
	add := func(kind, name string, words ...string) {
		for _, w := range words {
			unitTable[w] = [2]string{kind, name}
		}
	}
	add("time", "ms", "ms", "msec", "millisecond", "milliseconds")
	add("time", "s", "s", "sec", "secs", "second", "seconds")
	add("time", "min", "min", "mins", "minute", "minutes")
	add("time", "h", "h", "hr", "hrs", "hour", "hours")
	add("time", "d", "d", "day", "days")
	add("time", "w", "week", "weeks")
	add("time", "mo", "month", "months")
	add("time", "y", "year", "years")
	add("size", "b", "b", "byte", "bytes")
	add("size", "kb", "kb", "kib", "kilobyte", "kilobytes", "kibibyte", "kibibytes")
	add("size", "mb", "mb", "mib", "megabyte", "megabytes", "mebibyte", "mebibytes")
	add("size", "gb", "gb", "gib", "gigabyte", "gigabytes", "gibibyte", "gibibytes")
	add("length", "char", "character", "characters", "char", "chars", "letter", "letters")
	add("count", "item", "item", "items", "element", "elements", "entry", "entries", "value",
		"values", "object", "objects", "result", "results", "record", "records", "member", "members")
	add("percent", "%", "%", "percent", "pct")
	add("digits", "digit", "digit", "digits")
}

// timeFactor gives time units in milliseconds; months and years have no
// fixed length and are missing.
var timeFactor = map[string]int64{"ms": 1, "s": 1000, "min": 60_000, "h": 3_600_000,
	"d": 86_400_000, "w": 604_800_000}

// sizeFactor gives size units in bytes: a kilobyte is 1024 bytes.
var sizeFactor = map[string]int64{"b": 1, "kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30}

var unitKinds = map[string]unitKind{"time": unitTime, "size": unitSize, "length": unitLength,
	"count": unitCount, "percent": unitPercent, "digits": unitDigits}

// functionWords may follow a number that has no unit.
var functionWords = map[string]bool{"and": true, "or": true, "but": true, "inclusive": true,
	"exclusive": true, "is": true, "are": true, "to": true, "through": true, "by": true,
	"with": true, "in": true, "per": true, "for": true, "of": true, "can": true, "may": true,
	"must": true, "will": true, "should": true, "max": true, "maximum": true, "min": true,
	"minimum": true, "where": true, "which": true, "that": true, "at": true, "than": true}

var wordRE = regexp.MustCompile(`^\s*([a-z]+|%)`)

// unitAfter reads the unit that follows a number ending at view[end].
func unitAfter(view string, end int) unit {
	rest := view[end:]
	if rest != "" && isLetter(rest[0]) { // attached: "4kb", "3x", "10th"
		w := leadingLetters(rest)
		if k, ok := unitTable[w]; ok && (k[0] == "time" || k[0] == "size") {
			return unit{kind: unitKinds[k[0]], name: k[1], end: end + len(w)}
		}
		return unit{kind: unitInvalid}
	}
	if len(rest) > 1 && strings.IndexByte("-/:.", rest[0]) >= 0 && isDigit(rest[1]) {
		return unit{kind: unitInvalid} // a date, a time, a version or a fraction
	}
	if strings.HasPrefix(rest, "-") && len(rest) > 1 && isLetter(rest[1]) { // "5-second"
		rest = rest[1:]
		end++
	}
	m := wordRE.FindStringSubmatchIndex(rest)
	if m == nil || functionWords[rest[m[2]:m[3]]] {
		return unit{kind: unitNone, end: end}
	}
	u := classify(rest[m[2]:m[3]], end+m[3])
	if u.kind == unitOther { // "100 line items", "10 rich embeds"
		if m2 := wordRE.FindStringSubmatchIndex(rest[m[1]:]); m2 != nil {
			w2 := rest[m[1]+m2[2] : m[1]+m2[3]]
			if k, ok := unitTable[w2]; ok && (k[0] == "count" || k[0] == "length") {
				return unit{kind: unitKinds[k[0]], name: k[1], nouns: []string{u.name, w2}, end: end + m[1] + m2[3]}
			}
			if !functionWords[w2] {
				u.nouns = append(u.nouns, w2)
			}
		}
	}
	return u
}

// classify returns the unit for the word w, which ends at end.
func classify(w string, end int) unit {
	if k, ok := unitTable[w]; ok {
		return unit{kind: unitKinds[k[0]], name: k[1], nouns: []string{w}, end: end}
	}
	return unit{kind: unitOther, name: w, nouns: []string{w}, end: end}
}

// leadingLetters returns the ASCII letters at the start of s.
func leadingLetters(s string) string {
	i := 0
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return s[:i]
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// nameTokens splits a property name into lower-case words: "max_age_seconds"
// and "maxAgeSeconds" both give max, age, seconds.
func nameTokens(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = nil
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(runes[i-1]) ||
			i+1 < len(runes) && unicode.IsLower(runes[i+1])):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

// singular returns a crude singular of an English plural noun.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

// fieldUnitRE finds the unit a description says the value is measured in.
var fieldUnitRE = regexp.MustCompile(`\b(?:in|number of|measured in|amount of)\s+(milliseconds|seconds|minutes|hours|days|weeks|months|years|bytes|kilobytes|megabytes)\b`)

// fieldUnit returns the canonical time or size unit of a property, from
// its name ("timeout_ms", "periodSeconds") or else its description ("in
// seconds", "number of days"), or "" if neither says.
func fieldUnit(tokens []string, descView string) string {
	for i := len(tokens) - 1; i >= 0; i-- {
		// "min" in a name is far more often "minimum" than "minutes".
		if k, ok := unitTable[tokens[i]]; ok && (k[0] == "time" || k[0] == "size") && len(tokens[i]) > 1 && tokens[i] != "min" {
			return k[1]
		}
	}
	if m := fieldUnitRE.FindStringSubmatch(descView); m != nil {
		return unitTable[m[1]][1]
	}
	return ""
}

// convert expresses v, measured in unit from, in unit to. It reports false
// if the units are of different kinds or either has no fixed length.
func convert(v *big.Rat, from, to string) (*big.Rat, bool) {
	if from == to {
		return v, true
	}
	ff, fok := timeFactor[from]
	tf, tok := timeFactor[to]
	if !fok || !tok {
		ff, fok = sizeFactor[from]
		tf, tok = sizeFactor[to]
	}
	if !fok || !tok {
		return nil, false
	}
	return new(big.Rat).Mul(v, big.NewRat(ff, tf)), true
}
