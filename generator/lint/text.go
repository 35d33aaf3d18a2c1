package lint

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// A sentence is one sentence of a description.
type sentence struct {
	// text is the sentence as written, whitespace-normalised.
	text string
	// view is the analysis view of text (see analysisView).
	view string
	// bullets are the items of a bulleted list that directly follows the
	// sentence, when the sentence ends its paragraph with a colon.
	bullets []string
}

// bulletRE matches a line that starts a bulleted list item.
var bulletRE = regexp.MustCompile(`^\s*(?:[-*•+]|\d+[.)])\s+`)

// splitSentences splits a description into sentences. Blank lines end a
// paragraph, and so does a line that starts a list item; a single line
// break inside a paragraph is only wrapping.
func splitSentences(desc string) []sentence {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(desc, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			flush()
		case bulletRE.MatchString(line):
			flush()
			paras = append(paras, "\x00"+bulletRE.ReplaceAllString(line, ""))
		default:
			cur = append(cur, line)
		}
	}
	flush()
	var out []sentence
	for i, p := range paras {
		p = strings.TrimPrefix(p, "\x00")
		texts := splitParagraph(strings.Join(strings.Fields(p), " "))
		for _, t := range texts {
			out = append(out, sentence{text: t, view: analysisView(t)})
		}
		if len(texts) > 0 && strings.HasSuffix(texts[len(texts)-1], ":") {
			last := &out[len(out)-1]
			for _, q := range paras[i+1:] {
				if !strings.HasPrefix(q, "\x00") {
					break
				}
				last.bullets = append(last.bullets, strings.Join(strings.Fields(q[1:]), " "))
			}
		}
	}
	return out
}

// abbreviations are words that a period follows without ending a sentence.
var abbreviations = map[string]bool{"e.g": true, "i.e": true, "eg": true, "ie": true,
	"vs": true, "approx": true, "incl": true, "cf": true, "no": true, "max": true, "min": true}

// splitParagraph splits whitespace-normalised text at '.', '!' or '?' that
// is followed by a space and a character that can start a sentence, unless
// the period ends a known abbreviation.
func splitParagraph(p string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(p); i++ {
		c := p[i]
		if (c != '.' && c != '!' && c != '?') || p[i+1] != ' ' || !startsSentence(p[i+2]) {
			continue
		}
		if c == '.' && abbreviations[strings.ToLower(lastWord(p[start:i]))] {
			continue
		}
		out = append(out, p[start:i+1])
		start = i + 2
	}
	if rest := strings.TrimSpace(p[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// startsSentence reports whether c can be the first byte of a sentence.
func startsSentence(c byte) bool {
	return c >= 'A' && c <= 'Z' || strings.IndexByte("`\"'(*_[", c) >= 0
}

// lastWord returns the letters and periods at the end of s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == '.' || unicode.IsLetter(rune(s[i-1]))) {
		i--
	}
	return s[i:]
}

var (
	viewReplacer = strings.NewReplacer("**", "", "__", "", "–", "-", "—", ", ", "−", "-",
		"≤", "<=", "≥", ">=", "\u00a0", " ", "’", "'", "“", "\"", "”", "\"")
	backtickNumberRE = regexp.MustCompile("`(-?[0-9][0-9,]*(?:\\.[0-9]+)?)`")
	thousandsRE      = regexp.MustCompile(`\b\d{1,3}(?:,\d{3})+\b`)
	numberWordRE     = regexp.MustCompile(`\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine) (?:hundred|thousand)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b`)
)

// smallNumbers are the number words analysisView replaces by digits.
var smallNumbers = map[string]int{"zero": 0, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000}

// analysisView returns the text the detectors read: lower case, Markdown
// emphasis removed, typographic dashes and comparison signs in ASCII,
// backticks removed around numbers, thousands separators removed, and
// number words ("four", "twenty-five", "one hundred") as digits.
func analysisView(s string) string {
	s = viewReplacer.Replace(strings.ToLower(s))
	s = backtickNumberRE.ReplaceAllString(s, "$1")
	s = thousandsRE.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ",", "") })
	return numberWordRE.ReplaceAllStringFunc(s, numberWordValue)
}

// numberWordValue converts one match of numberWordRE to digits.
func numberWordValue(w string) string {
	if a, b, ok := strings.Cut(w, " "); ok {
		return strconv.Itoa(smallNumbers[a] * smallNumbers[b])
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		return strconv.Itoa(smallNumbers[a] + smallNumbers[b])
	}
	return strconv.Itoa(smallNumbers[w])
}

// clauseStart returns where the clause containing view[pos] starts: just
// after the last comma, semicolon, colon, parenthesis or coordinating
// "and"/"but"/"while" before pos.
func clauseStart(view string, pos int) int {
	start := 0
	for i := 0; i < pos; i++ {
		switch view[i] {
		case ',', ';', ':', '(', ')', '[':
			start = i + 1
		case ' ':
			for _, w := range []string{" and ", " but ", " while ", " whereas "} {
				if strings.HasPrefix(view[i:], w) && i+len(w) <= pos {
					start = i + len(w)
				}
			}
		}
	}
	return start
}

var (
	// presenceRE matches conditions on the mere presence of the value,
	// which do not weaken a constraint on it.
	presenceRE = regexp.MustCompile(`\b(?:if|when|where)\s+(?:(?:this|the|a|it)\s+(?:\w+\s+)?(?:is|are)\s+)?(?:set|provided|specified|present|given|supplied|passed|included|serialized|encoded|non-empty)\b`)
	// conditionRE matches words that make a clause conditional.
	conditionRE = regexp.MustCompile(`\b(?:if|unless|when|whenever|while|otherwise|except|only for|in which case|in case|valid only|only valid|only applies|applies only|depends|depending)\b|^\s*(?:for|in)\s+[^,]{1,40},`)
	// softRE matches words showing that a stated number is not enforced,
	// is advice, or is history.
	softRE = regexp.MustCompile(`\b(?:clamped|coerced|capped|truncated|rounded|recommend\w*|suggest\w*|ideally|for best|keep it|previously|formerly|deprecated|silently)\b`)
)

// conditional reports whether the constraint at view[pos] is stated only
// under a condition or only as advice. A parenthetical is judged on its
// own; elsewhere the part of the sentence between semicolons counts, with
// parentheticals left out.
func conditional(view string, pos int) bool {
	if softRE.MatchString(view) {
		return true
	}
	scope := scopeOf(view, pos)
	return conditionRE.MatchString(presenceRE.ReplaceAllString(scope, ""))
}

// scopeOf returns the parenthetical containing view[pos], or else the
// semicolon-separated segment containing it with parentheticals removed.
func scopeOf(view string, pos int) string {
	if open := strings.LastIndexByte(view[:pos], '('); open >= 0 && !strings.Contains(view[open:pos], ")") {
		if end := strings.IndexByte(view[pos:], ')'); end >= 0 {
			return view[open+1 : pos+end]
		}
		return view[open+1:]
	}
	start := strings.LastIndexByte(view[:pos], ';') + 1
	end := len(view)
	if i := strings.IndexByte(view[pos:], ';'); i >= 0 {
		end = pos + i
	}
	var b strings.Builder
	depth := 0
	for _, r := range view[start:end] {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
