package ecmaregex

import (
	"strings"
	"sync"
	"unicode"
)

// property reads a Unicode property escape \p{...} or \P{...} whose
// backslash is at start, p.pos being just past the p or P (kind).
func (p *parser) property(start int, kind rune) charClass {
	if !p.lookingAt("{") {
		p.fail(start, `property escape \`+string(kind), "must be followed by {…} in unicode mode")
	}
	end := strings.IndexByte(p.src[p.pos:], '}')
	if end < 0 {
		p.fail(start, `property escape \`+string(kind)+"{", "has no closing }")
	}
	body := p.src[p.pos+1 : p.pos+end]
	p.pos += end + 1
	c, msg := resolveProperty(body)
	if msg != "" {
		p.fail(start, "property "+p.src[start:p.pos], msg)
	}
	if kind == 'P' {
		c = c.negate()
	}
	return c
}

// Messages about properties.
const (
	unknownProp = "names no property or value ECMA-262 knows (names are case-sensitive)"
	noTable     = "is not supported: Go's unicode package has no table for it"
)

// resolveProperty returns the class of the property expression inside
// \p{...}, or a message saying why it has none.
func resolveProperty(body string) (charClass, string) {
	name, value, ok := strings.Cut(body, "=")
	if !ok {
		if c, ok := generalCategory(body); ok {
			return c, ""
		}
		return binaryProperty(body)
	}
	switch name {
	case "General_Category", "gc":
		if c, ok := generalCategory(value); ok {
			return c, ""
		}
		return charClass{}, unknownProp
	case "Script", "sc":
		return script(value)
	case "Script_Extensions", "scx":
		return charClass{}, "is not supported: Go's unicode package has no Script_Extensions tables"
	}
	return charClass{}, unknownProp
}

// gcNames maps every name and alias of a General_Category value that
// ECMA-262 accepts to its short name.
var gcNames = aliases(`
	C Other; Cc Control cntrl; Cf Format; Cn Unassigned; Co Private_Use; Cs Surrogate;
	L Letter; LC Cased_Letter; Ll Lowercase_Letter; Lm Modifier_Letter; Lo Other_Letter;
	Lt Titlecase_Letter; Lu Uppercase_Letter; M Mark Combining_Mark; Mc Spacing_Mark;
	Me Enclosing_Mark; Mn Nonspacing_Mark; N Number; Nd Decimal_Number digit;
	Nl Letter_Number; No Other_Number; P Punctuation punct; Pc Connector_Punctuation;
	Pd Dash_Punctuation; Pe Close_Punctuation; Pf Final_Punctuation; Pi Initial_Punctuation;
	Po Other_Punctuation; Ps Open_Punctuation; S Symbol; Sc Currency_Symbol;
	Sk Modifier_Symbol; Sm Math_Symbol; So Other_Symbol; Z Separator; Zl Line_Separator;
	Zp Paragraph_Separator; Zs Space_Separator`)

// assigned are Go regexp categories that together hold every assigned code
// point, and only those: the categories other than Cn.
var assigned = []string{"L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Co", "Cs"}

// generalCategory returns the class of a General_Category value. Go's
// regexp has \p{C} and \p{LC} only in recent versions, and its \p{C} has
// not always held the unassigned code points, so C, Cn and LC are written
// with the categories every version has.
func generalCategory(value string) (charClass, bool) {
	short, ok := gcNames[value]
	switch {
	case !ok:
		return charClass{}, false
	case short == "C":
		return charClass{neg: true, props: assigned[:6:6]}, true
	case short == "Cn":
		return charClass{neg: true, props: assigned}, true
	case short == "LC":
		return charClass{props: []string{"Ll", "Lt", "Lu"}}, true
	}
	return charClass{props: []string{short}}, true
}

// binaryNames maps every name and alias of a binary property that ECMA-262
// accepts in \p{...} to its long name.
var binaryNames = aliases(`
	ASCII; ASCII_Hex_Digit AHex; Alphabetic Alpha; Any; Assigned; Bidi_Control Bidi_C;
	Bidi_Mirrored Bidi_M; Case_Ignorable CI; Cased; Changes_When_Casefolded CWCF;
	Changes_When_Casemapped CWCM; Changes_When_Lowercased CWL;
	Changes_When_NFKC_Casefolded CWKCF; Changes_When_Titlecased CWT;
	Changes_When_Uppercased CWU; Dash; Default_Ignorable_Code_Point DI; Deprecated Dep;
	Diacritic Dia; Emoji; Emoji_Component EComp; Emoji_Modifier EMod;
	Emoji_Modifier_Base EBase; Emoji_Presentation EPres; Extended_Pictographic ExtPict;
	Extender Ext; Grapheme_Base Gr_Base; Grapheme_Extend Gr_Ext; Hex_Digit Hex;
	IDS_Binary_Operator IDSB; IDS_Trinary_Operator IDST; ID_Continue IDC; ID_Start IDS;
	Ideographic Ideo; Join_Control Join_C; Logical_Order_Exception LOE; Lowercase Lower;
	Math; Noncharacter_Code_Point NChar; Pattern_Syntax Pat_Syn; Pattern_White_Space Pat_WS;
	Quotation_Mark QMark; Radical; Regional_Indicator RI; Sentence_Terminal STerm;
	Soft_Dotted SD; Terminal_Punctuation Term; Unified_Ideograph UIdeo; Uppercase Upper;
	Variation_Selector VS; White_Space space; XID_Continue XIDC; XID_Start XIDS`)

// binaryProperty returns the class of a binary property, or a message
// saying why it has none. Properties in unicode.Properties are read from
// there; the derived properties built from Go's tables follow the
// derivations in DerivedCoreProperties.txt.
func binaryProperty(name string) (charClass, string) {
	long, ok := binaryNames[name]
	if !ok {
		if _, isScript := script(name); isScript == "" {
			return charClass{}, unknownProp + "; write \\p{Script=" + name + "} for a script"
		}
		return charClass{}, unknownProp
	}
	props := func(names ...string) charClass { return charClass{props: names} }
	switch long {
	case "ASCII":
		return charClass{set: asciiSet}, ""
	case "Any":
		return charClass{neg: true}, ""
	case "Assigned":
		return props(assigned...), ""
	case "Alphabetic":
		return withTables(props("L", "Nl"), unicode.Other_Alphabetic), ""
	case "Lowercase":
		return withTables(props("Ll"), unicode.Other_Lowercase), ""
	case "Uppercase":
		return withTables(props("Lu"), unicode.Other_Uppercase), ""
	case "Cased":
		return withTables(props("Ll", "Lt", "Lu"), unicode.Other_Lowercase, unicode.Other_Uppercase), ""
	case "Math":
		return withTables(props("Sm"), unicode.Other_Math), ""
	case "ID_Start":
		return charClass{set: idStartSet()}, ""
	case "ID_Continue":
		return charClass{set: idContinueSet()}, ""
	}
	if t := unicode.Properties[long]; t != nil {
		return charClass{set: tableSet(t)}, ""
	}
	return charClass{}, noTable
}

// withTables adds the code points of tables to c.
func withTables(c charClass, tables ...*unicode.RangeTable) charClass {
	for _, t := range tables {
		c.set = append(c.set, tableSet(t)...)
	}
	c.set = c.set.normalize()
	return c
}

// idStartSet and idContinueSet return the code points with the properties
// ID_Start and ID_Continue, computed once.
var (
	idStartSet    = sync.OnceValue(func() runeSet { return idSet(isIDStart) })
	idContinueSet = sync.OnceValue(func() runeSet { return idSet(isIDContinue) })
)

// idSet returns the code points for which in holds, out of those in the
// tables ID_Start and ID_Continue are derived from.
func idSet(in func(rune) bool) runeSet {
	var out runeSet
	for _, t := range []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Other_ID_Start,
		unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue} {
		for _, r := range tableSet(t) {
			for c := r.lo; c <= r.hi; c++ {
				if in(c) {
					out = append(out, runeRange{c, c})
				}
			}
		}
	}
	return out.normalize()
}

// script returns the class of a Script value, or a message saying why it
// has none.
func script(value string) (charClass, string) {
	long := value
	if name, ok := scriptAliases[value]; ok {
		long = name
	}
	if t := unicode.Scripts[long]; t != nil {
		if plainName(long) {
			return charClass{props: []string{long}}, ""
		}
		return charClass{set: tableSet(t)}, ""
	}
	switch long {
	case "Unknown", "Zzzz", "Katakana_Or_Hiragana", "Hrkt":
		return charClass{}, noTable
	}
	return charClass{}, "names no script ECMA-262 or Go's unicode package (Unicode " + unicode.Version + ") knows"
}

// plainName reports whether name is a capital letter and lower-case
// letters. Go's regexp has not read other script names the same way in
// every version (Go 1.26 rejects \p{Old_Italic}), so scripts with such
// names are written as explicit ranges instead.
func plainName(name string) bool {
	for i, c := range name {
		if i == 0 && (c < 'A' || c > 'Z') || i > 0 && (c < 'a' || c > 'z') {
			return false
		}
	}
	return name != ""
}

// aliases parses semicolon-separated groups of names, each group a short or
// long name and its aliases, into a map from every name to the first.
func aliases(s string) map[string]string {
	m := map[string]string{}
	for _, group := range strings.Split(s, ";") {
		names := strings.Fields(group)
		for _, n := range names {
			m[n] = names[0]
		}
	}
	return m
}
