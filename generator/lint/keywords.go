package lint

import (
	"math/big"
	"regexp"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// A candidate is a keyword and value that one sentence states for a schema.
type candidate struct {
	keyword string
	value   *document.Node
	pos     int // offset in the sentence, for ordering
}

// schemaInfo is what the detectors need to know about the schema whose
// description they read.
type schemaInfo struct {
	types map[string]bool
	// name is the property name of the schema, or "" if it is no property.
	name string
	// tokens are the words of name, in the singular.
	tokens []string
	// unit is the time or size unit the value is measured in, or "".
	unit string
	// siblings are the names of the other properties of the parent.
	siblings []string
}

func (s *schemaInfo) numeric() bool { return s.types["integer"] || s.types["number"] }

// only reports whether the schema has type t and no other but null.
func (s *schemaInfo) only(t string) bool {
	for k := range s.types {
		if k != t && k != "null" {
			return false
		}
	}
	return s.types[t]
}

// namesThing reports whether one of nouns names what the property holds:
// "10 tags" for "tags", "1 recipient" for "recipients".
func (s *schemaInfo) namesThing(nouns []string) bool {
	for _, n := range nouns {
		for _, t := range s.tokens {
			if singular(n) == t {
				return true
			}
		}
	}
	return false
}

var (
	// mediaRE matches things whose size is not the size of their JSON
	// encoding: a base64 file is larger than the file.
	mediaRE = regexp.MustCompile(`\b(?:files?|images?|photos?|attachments?|uploads?|videos?|audio|documents?|pdfs?|binary)\b`)
	// containerRE matches things that contain the value; a limit on them
	// is no limit on the value unless the property is one.
	containerRE = regexp.MustCompile(`\b(?:requests?|responses?|body|bodies|pages?|batch(?:es)?|messages?|accounts?)\b`)
)

// sizeSubject reports whether a size limit in the analysis view of a
// sentence can be about the value itself.
func (s *schemaInfo) sizeSubject(view string) bool {
	if mediaRE.MatchString(view) {
		return false
	}
	for _, w := range containerRE.FindAllString(view, -1) {
		if !s.namesThing([]string{w}) {
			return false
		}
	}
	return true
}

// boundCandidates returns the keywords that the bounds stated in the
// analysis view of a sentence give for the schema.
func (s *schemaInfo) boundCandidates(view string) []candidate {
	var out []candidate
	for _, b := range findBounds(view) {
		out = append(out, s.mapBound(b, view)...)
	}
	return out
}

// mapBound returns the keywords a bound gives for the schema, or none if
// the bound does not fit its type: a number of characters bounds a string,
// a number of items an array, a plain number or one in the value's own
// unit a number, and a size in bytes any value.
func (s *schemaInfo) mapBound(b bound, view string) []candidate {
	switch {
	case b.sign != "":
		if !s.numeric() {
			return nil
		}
		if b.sign == "positive" {
			return one("exclusiveMinimum", "0", b.pos)
		}
		return one("minimum", "0", b.pos)
	case b.unit.kind == unitSize && s.numeric() && sizeFactor[s.unit] > 0:
		return s.numericBound(b)
	case b.unit.kind == unitSize:
		return s.sizeBound(b, view)
	case s.types["array"] && s.countsItems(b):
		return countBound(b, "Items")
	case s.types["string"] && (b.unit.kind == unitLength || b.unit.kind == unitNone && b.noun == "length"):
		return countBound(b, "Length")
	case s.numeric() && s.numericUnit(b):
		return s.numericBound(b)
	case s.types["integer"] && b.unit.kind == unitDigits && b.kind == kMax && b.value.IsInt():
		// An integer of at most N digits is at most 10^N - 1.
		if n := b.value.Num().Int64(); n > 0 && n < 19 {
			return one("maximum", strings.Repeat("9", int(n)), b.pos)
		}
	}
	return nil
}

// countsItems reports whether a bound counts the items of an array.
func (s *schemaInfo) countsItems(b bound) bool {
	switch b.unit.kind {
	case unitCount:
		return true
	case unitNone:
		return b.noun != "length" && b.noun != "size" && b.noun != "value"
	case unitOther:
		plural := strings.HasSuffix(b.unit.name, "s")
		return s.namesThing(b.unit.nouns) || plural && b.clauseStart
	}
	return false
}

// numericUnit reports whether a bound on a number is in the number's unit.
func (s *schemaInfo) numericUnit(b bound) bool {
	switch b.unit.kind {
	case unitNone:
		return b.noun != "length" && b.noun != "size"
	case unitPercent, unitCount:
		return true
	case unitTime:
		_, ok := convert(b.value, b.unit.name, s.unit)
		return s.unit != "" && ok
	case unitOther:
		return s.namesThing(b.unit.nouns)
	}
	return false
}

// numericKeywords maps bound kinds to the keywords of numbers.
var numericKeywords = map[boundKind]string{kMin: "minimum", kMax: "maximum",
	kExMin: "exclusiveMinimum", kExMax: "exclusiveMaximum"}

// numericBound returns minimum, maximum, exclusiveMinimum or
// exclusiveMaximum, converting a time or size to the value's unit.
func (s *schemaInfo) numericBound(b bound) []candidate {
	kw, ok := numericKeywords[b.kind]
	if !ok {
		return nil
	}
	if b.unit.kind != unitTime && b.unit.kind != unitSize {
		return one(kw, jsonNumber(b.lit), b.pos)
	}
	v, ok := convert(b.value, b.unit.name, s.unit)
	if !ok || !v.IsInt() {
		return nil
	}
	return one(kw, v.Num().String(), b.pos)
}

// countBound returns minX and maxX, for X "Length" or "Items". Counts are
// whole, so "fewer than 100" is at most 99.
func countBound(b bound, x string) []candidate {
	if !b.value.IsInt() || b.value.Sign() < 0 {
		return nil
	}
	n := new(big.Int).Set(b.value.Num())
	switch b.kind {
	case kExMin:
		n.Add(n, big.NewInt(1))
	case kExMax:
		if n.Sign() == 0 {
			return nil
		}
		n.Sub(n, big.NewInt(1))
	case kExact:
		return append(one("min"+x, n.String(), b.pos), one("max"+x, n.String(), b.pos)...)
	}
	if b.kind == kMin || b.kind == kExMin {
		return one("min"+x, n.String(), b.pos)
	}
	return one("max"+x, n.String(), b.pos)
}

// sizeBound returns x-maxEncodedSize for an upper bound on size. A string's
// encoding has two quotes more than its text, so a string limited to N
// bytes gets N+2.
func (s *schemaInfo) sizeBound(b bound, view string) []candidate {
	if b.kind != kMax && b.kind != kExMax || !s.sizeSubject(view) {
		return nil
	}
	v := new(big.Rat).Mul(b.value, new(big.Rat).SetInt64(sizeFactor[b.unit.name]))
	if !v.IsInt() || v.Sign() <= 0 {
		return nil
	}
	n := new(big.Int).Set(v.Num())
	if b.kind == kExMax {
		n.Sub(n, big.NewInt(1))
	}
	if s.only("string") {
		n.Add(n, big.NewInt(2))
	}
	return one(maxEncodedSize, n.String(), b.pos)
}

// one returns a single candidate with a number value.
func one(keyword, number string, pos int) []candidate {
	return []candidate{{keyword: keyword, value: &document.Node{Kind: document.Number, Number: number}, pos: pos}}
}

// jsonNumber returns lit, a decimal number, as a JSON number literal:
// without the leading zeros JSON does not allow ("007" is 7).
func jsonNumber(lit string) string {
	sign, digits := "", lit
	if strings.HasPrefix(lit, "-") {
		sign, digits = "-", lit[1:]
	}
	for len(digits) > 1 && digits[0] == '0' && digits[1] != '.' {
		digits = digits[1:]
	}
	return sign + digits
}
