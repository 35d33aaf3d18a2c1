package jsonrt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fmtRegexSyntaxChars are the characters that an identity escape may escape
// in Unicode mode ("/" included).
const fmtRegexSyntaxChars = `^$\.*+?()[]{}|/`

// atomEscape consumes what follows a backslash outside a character class.
func (p *fmtRegexParser) atomEscape() bool {
	if p.pos == len(p.src) {
		return false
	}
	switch c := p.src[p.pos]; {
	case c == 'k':
		if !strings.HasPrefix(p.src[p.pos+1:], "<") {
			return false
		}
		p.pos += 2
		name, ok := p.groupName()
		p.refs = append(p.refs, name)
		return ok
	case '1' <= c && c <= '9':
		n := 0
		for p.pos < len(p.src) && fmtIsDigit(p.src[p.pos]) {
			n = min(n*10+int(p.src[p.pos]-'0'), 1<<30)
			p.pos++
		}
		p.maxBackref = max(p.maxBackref, n)
		return true
	}
	_, _, ok := p.classEscape(false)
	return ok
}

// classEscape consumes what follows a backslash: a character class escape
// (set is true) or a character escape, whose value it returns. In a
// character class, \b is a backspace and \- a hyphen.
func (p *fmtRegexParser) classEscape(inClass bool) (value rune, set, ok bool) {
	if p.pos == len(p.src) {
		return 0, false, false
	}
	c := p.src[p.pos]
	p.pos++
	switch {
	case strings.IndexByte("dDsSwW", c) >= 0:
		return 0, true, true
	case c == 'p' || c == 'P':
		return 0, true, p.property()
	case inClass && c == 'b':
		return '\b', false, true
	case inClass && c == '-':
		return '-', false, true
	case c == 'f':
		return '\f', false, true
	case c == 'n':
		return '\n', false, true
	case c == 'r':
		return '\r', false, true
	case c == 't':
		return '\t', false, true
	case c == 'v':
		return '\v', false, true
	case c == 'c':
		if p.pos == len(p.src) || !fmtIsAlpha(p.src[p.pos]) {
			return 0, false, false
		}
		p.pos++
		return rune(p.src[p.pos-1] % 32), false, true
	case c == '0':
		return 0, false, p.pos == len(p.src) || !fmtIsDigit(p.src[p.pos])
	case c == 'x':
		v, ok := p.hex(2)
		return v, false, ok
	case c == 'u':
		v, ok := p.unicodeEscape()
		return v, false, ok
	case strings.IndexByte(fmtRegexSyntaxChars, c) >= 0:
		return rune(c), false, true
	}
	return 0, false, false
}

// hex consumes n hexadecimal digits and returns their value.
func (p *fmtRegexParser) hex(n int) (rune, bool) {
	if p.pos+n > len(p.src) {
		return 0, false
	}
	var v rune
	for _, c := range []byte(p.src[p.pos : p.pos+n]) {
		if !fmtIsHex(c) {
			return 0, false
		}
		v = v*16 + rune(fmtHexValue(c))
	}
	p.pos += n
	return v, true
}

// fmtHexValue returns the value of the hexadecimal digit c.
func fmtHexValue(c byte) int {
	if fmtIsDigit(c) {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}

// unicodeEscape consumes what follows "\u": four hexadecimal digits (and a
// following "\uXXXX" trail surrogate if they are a lead surrogate) or a
// code point of up to 0x10FFFF in braces.
func (p *fmtRegexParser) unicodeEscape() (rune, bool) {
	if p.pos < len(p.src) && p.src[p.pos] == '{' {
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 2 {
			return 0, false
		}
		var v rune
		for _, c := range []byte(p.src[p.pos+1 : p.pos+end]) {
			if !fmtIsHex(c) {
				return 0, false
			}
			if v = v*16 + rune(fmtHexValue(c)); v > unicode.MaxRune {
				return 0, false
			}
		}
		p.pos += end + 1
		return v, true
	}
	v, ok := p.hex(4)
	if ok && 0xD800 <= v && v <= 0xDBFF && strings.HasPrefix(p.src[p.pos:], `\u`) {
		save := p.pos
		p.pos += 2
		if trail, ok := p.hex(4); ok && 0xDC00 <= trail && trail <= 0xDFFF {
			return 0x10000 + (v-0xD800)<<10 + (trail - 0xDC00), true
		}
		p.pos = save
	}
	return v, ok
}

// class consumes a character class: "[", an optional "^", class atoms and
// ranges of two atoms that are single characters in order, and "]".
func (p *fmtRegexParser) class() bool {
	p.pos++
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		p.pos++
	}
	for p.pos < len(p.src) && p.src[p.pos] != ']' {
		lo, loSet, ok := p.classAtom()
		if !ok {
			return false
		}
		if p.pos+1 >= len(p.src) || p.src[p.pos] != '-' || p.src[p.pos+1] == ']' {
			continue
		}
		p.pos++
		hi, hiSet, ok := p.classAtom()
		if !ok || loSet || hiSet || lo > hi {
			return false
		}
	}
	if p.pos == len(p.src) {
		return false
	}
	p.pos++
	return true
}

// classAtom consumes one character or escape in a character class.
func (p *fmtRegexParser) classAtom() (value rune, set, ok bool) {
	if p.src[p.pos] == '\\' {
		p.pos++
		return p.classEscape(true)
	}
	r, size := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += size
	return r, false, true
}

// groupName consumes a group name and its closing ">" and returns the name
// with its escapes decoded.
func (p *fmtRegexParser) groupName() (string, bool) {
	var name []rune
	for p.pos < len(p.src) && p.src[p.pos] != '>' {
		r, size := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += size
		if r == '\\' {
			if p.pos == len(p.src) || p.src[p.pos] != 'u' {
				return "", false
			}
			p.pos++
			var ok bool
			if r, ok = p.unicodeEscape(); !ok {
				return "", false
			}
		}
		if !fmtIsIdentifierChar(r, len(name) == 0) {
			return "", false
		}
		name = append(name, r)
	}
	if p.pos == len(p.src) || len(name) == 0 {
		return "", false
	}
	p.pos++
	return string(name), true
}

// fmtIsIdentifierChar reports whether r may start (if start) or continue an
// ECMAScript identifier name: ID_Start or ID_Continue characters, "$", "_"
// and, after the start, the two zero width joiners.
func fmtIsIdentifierChar(r rune, start bool) bool {
	if r == '$' || r == '_' || (!start && (r == 0x200C || r == 0x200D)) {
		return true
	}
	if unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space) {
		return false
	}
	if unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start) {
		return true
	}
	return !start && unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// property consumes the "{...}" of \p or \P: a General_Category value or
// binary property alone, or "General_Category", "Script" or
// "Script_Extensions" (or their short names), "=" and a value.
func (p *fmtRegexParser) property() bool {
	if p.pos == len(p.src) || p.src[p.pos] != '{' {
		return false
	}
	end := strings.IndexByte(p.src[p.pos:], '}')
	if end < 0 {
		return false
	}
	body := p.src[p.pos+1 : p.pos+end]
	p.pos += end + 1
	name, value, ok := strings.Cut(body, "=")
	if !ok {
		return fmtHasWord(fmtGeneralCategories, name) || fmtHasWord(fmtBinaryProperties, name)
	}
	switch name {
	case "General_Category", "gc":
		return fmtHasWord(fmtGeneralCategories, value)
	case "Script", "sc", "Script_Extensions", "scx":
		return fmtIsScriptName(value)
	}
	return false
}

// fmtHasWord reports whether word is one of the space-separated words of
// list.
func fmtHasWord(list, word string) bool {
	if word == "" || strings.IndexByte(word, ' ') >= 0 {
		return false
	}
	return strings.Contains(" "+list+" ", " "+word+" ")
}

// fmtIsScriptName reports whether name is a Script value: a long name known
// to the unicode package (or "Unknown" or "Katakana_Or_Hiragana"), or a
// four-letter short name of the form "Xxxx".
func fmtIsScriptName(name string) bool {
	if _, ok := unicode.Scripts[name]; ok || name == "Unknown" || name == "Katakana_Or_Hiragana" {
		return true
	}
	if len(name) != 4 || name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	for i := 1; i < 4; i++ {
		if name[i] < 'a' || name[i] > 'z' {
			return false
		}
	}
	return true
}

// fmtGeneralCategories lists the values of General_Category and their
// aliases.
const fmtGeneralCategories = "C Other Cc Control cntrl Cf Format Cn Unassigned Co Private_Use " +
	"Cs Surrogate L Letter LC Cased_Letter Ll Lowercase_Letter Lm Modifier_Letter " +
	"Lo Other_Letter Lt Titlecase_Letter Lu Uppercase_Letter M Mark Combining_Mark " +
	"Mc Spacing_Mark Me Enclosing_Mark Mn Nonspacing_Mark N Number Nd Decimal_Number " +
	"digit Nl Letter_Number No Other_Number P Punctuation punct Pc Connector_Punctuation " +
	"Pd Dash_Punctuation Pe Close_Punctuation Pf Final_Punctuation Pi Initial_Punctuation " +
	"Po Other_Punctuation Ps Open_Punctuation S Symbol Sc Currency_Symbol " +
	"Sk Modifier_Symbol Sm Math_Symbol So Other_Symbol Z Separator Zl Line_Separator " +
	"Zp Paragraph_Separator Zs Space_Separator"

// fmtBinaryProperties lists the binary Unicode properties that ECMA-262
// supports and their aliases.
const fmtBinaryProperties = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned " +
	"Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased " +
	"Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL " +
	"Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT " +
	"Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep " +
	"Diacritic Dia Emoji Emoji_Component EComp Emoji_Modifier EMod Emoji_Modifier_Base " +
	"EBase Emoji_Presentation EPres Extended_Pictographic ExtPict Extender Ext " +
	"Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB " +
	"IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo " +
	"Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math " +
	"Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS " +
	"Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm " +
	"Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper " +
	"Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS"
