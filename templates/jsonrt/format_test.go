package jsonrt

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// suiteSkips lists the tests of the official suite that Format cannot pass,
// keyed by "draft/file: group description: test description", with the
// reason. It is empty: every test passes.
var suiteSkips = map[string]string{}

// suiteGroup is one group of tests of the JSON Schema Test Suite.
type suiteGroup struct {
	Description string `json:"description"`
	Schema      struct {
		Format string `json:"format"`
	} `json:"schema"`
	Tests []struct {
		Description string          `json:"description"`
		Data        json.RawMessage `json:"data"`
		Valid       bool            `json:"valid"`
	} `json:"tests"`
}

// suiteDir returns the root of the JSON Schema Test Suite, from the
// environment variable JSON_SCHEMA_TEST_SUITE or next to the repository.
func suiteDir(t *testing.T) string {
	dir := os.Getenv("JSON_SCHEMA_TEST_SUITE")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "JSON-Schema-Test-Suite")
	}
	if _, err := os.Stat(filepath.Join(dir, "tests")); err != nil {
		t.Skipf("JSON Schema Test Suite not found at %s (set JSON_SCHEMA_TEST_SUITE to its root): %v", dir, err)
	}
	return dir
}

// TestFormatSuite runs the optional format tests of the official JSON
// Schema Test Suite for draft 2020-12 and draft-07 against Format.
func TestFormatSuite(t *testing.T) {
	root := suiteDir(t)
	for _, draft := range []string{"draft2020-12", "draft7"} {
		files, err := filepath.Glob(filepath.Join(root, "tests", draft, "optional", "format", "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no format test files found (%v)", draft, err)
		}
		sort.Strings(files)
		for _, file := range files {
			name := draft + "/" + filepath.Base(file)
			t.Run(name, func(t *testing.T) {
				passed, total := runSuiteFile(t, name, file)
				t.Logf("%s: %d/%d passed", name, passed, total)
			})
		}
	}
}

// runSuiteFile runs the tests of one suite file and returns the number of
// tests that passed and the number run (skips excluded).
func runSuiteFile(t *testing.T, name, file string) (passed, total int) {
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var groups []suiteGroup
	if err := json.Unmarshal(raw, &groups); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	for _, g := range groups {
		for _, tc := range g.Tests {
			key := name + ": " + g.Description + ": " + tc.Description
			if reason, ok := suiteSkips[key]; ok {
				t.Logf("skipped %s: %s", key, reason)
				continue
			}
			dec := json.NewDecoder(bytes.NewReader(tc.Data))
			dec.UseNumber()
			var data any
			if err := dec.Decode(&data); err != nil {
				t.Fatalf("%s: data: %v", key, err)
			}
			total++
			if got := Format(g.Schema.Format, data); got != tc.Valid {
				t.Errorf("%s: Format(%q, %s) = %v, want %v", key, g.Schema.Format, tc.Data, got, tc.Valid)
				continue
			}
			passed++
		}
	}
	return passed, total
}

func TestFormatNonStrings(t *testing.T) {
	for _, v := range []any{nil, true, json.Number("12"), []any{"x"}, map[string]any{"a": "b"}} {
		for name := range formatCheckers {
			if !Format(name, v) {
				t.Errorf("Format(%q, %v) = false, want true", name, v)
			}
		}
	}
	if !Format("no-such-format", "anything") || !FormatString("int32", "x") {
		t.Error("unknown formats must accept every string")
	}
	if KnownFormat("int32") || !KnownFormat("date-time") || !KnownFormat("regex") {
		t.Error("KnownFormat is wrong")
	}
}

// formatCase is a focused test: FormatString(name, s) must be valid.
type formatCase struct {
	name  string
	s     string
	valid bool
}

// runFormatCases checks each case and reports failures.
func runFormatCases(t *testing.T, cases []formatCase) {
	t.Helper()
	for _, c := range cases {
		if got := FormatString(c.name, c.s); got != c.valid {
			t.Errorf("FormatString(%q, %q) = %v, want %v", c.name, c.s, got, c.valid)
		}
	}
}

func TestFormatDateTime(t *testing.T) {
	runFormatCases(t, []formatCase{
		{"date", "2000-02-29", true},
		{"date", "1900-02-29", false},
		{"date", "2023-1-01", false},
		{"date-time", "2000-01-01T00:00:00Z", true},
		{"date-time", "2000-01-01 00:00:00Z", false},
		{"date-time", "2000-01-01T00:00:00.Z", false},
		{"date-time", "2000-01-01T00:00:00+23:59", true},
		{"date-time", "2000-01-01T", false},
		{"time", "00:00:60+00:01", true},  // 23:59:60 UTC
		{"time", "23:59:60-00:01", false}, // 00:00:60 UTC
		{"time", "12:00:00.5z", true},
		{"time", "12:00:00+0100", false},
		{"time", "12:00:00", false},
		{"duration", "P1W", true},
		{"duration", "PT1H1M1S", true},
		{"duration", "P1Y1M1DT1H1M1S", true},
		{"duration", "P1DT", false},
		{"duration", "P1H", false},
		{"duration", "PT1Y", false},
		{"duration", "p1d", false},
		{"duration", "P1M1M", false},
		{"duration", "P", false},
	})
}

func TestFormatIdentifiers(t *testing.T) {
	runFormatCases(t, []formatCase{
		{"uuid", "123e4567-e89b-12d3-a456-426614174000", true},
		{"uuid", "123e4567-e89b-12d3-a456_426614174000", false},
		{"json-pointer", "/a~0b/~1", true},
		{"json-pointer", "/a~", false},
		{"json-pointer", "a", false},
		{"relative-json-pointer", "0", true},
		{"relative-json-pointer", "10#", true},
		{"relative-json-pointer", "#", false},
		{"relative-json-pointer", "00", false},
		{"relative-json-pointer", "1/a~2", false},
	})
}

func TestFormatNetwork(t *testing.T) {
	runFormatCases(t, []formatCase{
		{"ipv4", "1.2.3.4", true},
		{"ipv4", "01.2.3.4", false},
		{"ipv4", "1.2.3", false},
		{"ipv4", "1.2.3.4.", false},
		{"ipv6", "1:2:3:4:5:6:7::", true},
		{"ipv6", "::1.2.3.4", true},
		{"ipv6", "1:2:3:4:5:6:1.2.3.4", true},
		{"ipv6", "1:2:3:4:5:6:7:1.2.3.4", false},
		{"ipv6", "1.2.3.4::", false},
		{"ipv6", "::1:", false},
		{"ipv6", ":::", false},
		{"ipv6", "abcd:EF01::", true},
		{"hostname", "example.com", true},
		{"hostname", "EXAMPLE.com", true},
		{"hostname", "ab--cd.example", true},
		{"hostname", "xn--bcher-kva.example", true},
		{"hostname", "xn--bcher-kvb.example", false},
		{"hostname", "xn--.example", false},
		{"hostname", "a.b..c", false},
		{"hostname", strings.Repeat("a.", 126) + "a", true},
		{"hostname", strings.Repeat("a.", 127) + "a", false},
		{"email", "a@b", true},
		{"email", "a.b+c@example.com", true},
		{"email", `"a\"b"@example.com`, true},
		{"email", `"a"b"@example.com`, false},
		{"email", "a@b@example.com", false},
		{"email", "a@[IPv6:::1]", true},
		{"email", "a@[IPv6:1.2.3.4]", false},
		{"email", "a@[tag:abc]", false},
		{"email", strings.Repeat("a", 64) + "@example.com", true},
		{"email", strings.Repeat("a", 65) + "@example.com", false},
		{"email", "é@example.com", false},
		{"idn-email", "é@example.com", true},
		{"idn-email", "a@bücher.example", true},
		{"idn-email", "a@bü cher.example", false},
	})
}

func TestFormatIDNHostname(t *testing.T) {
	runFormatCases(t, []formatCase{
		{"idn-hostname", "bücher.example", true},
		{"idn-hostname", "BÜCHER.example", false}, // upper-case non-ASCII is DISALLOWED
		{"idn-hostname", "Bücher.example", true},  // ASCII case is insignificant
		{"idn-hostname", "xn--bcher-kva.example", true},
		{"idn-hostname", "ﬁ.example", false},      // ligature: unstable under NFKC
		{"idn-hostname", "ａ.example", false},      // fullwidth letter
		{"idn-hostname", "a\u0301.example", true}, // combining mark after a letter
		{"idn-hostname", "\u0301a.example", false},
		{"idn-hostname", "ab--c.example", true},
		{"idn-hostname", "äb--c.example", false}, // "--" in positions 3 and 4
		{"idn-hostname", "a\u00ADb", false},      // soft hyphen: default ignorable
		{"idn-hostname", "\u05D0\u05D1.\u05D2", true},
		{"idn-hostname", "\u05D0\u05D1.a1", true},     // LTR label ending in a digit
		{"idn-hostname", "\u05D0\u05D11", true},       // RTL label ending in EN
		{"idn-hostname", "\u05D0-\u05D1-", false},     // trailing hyphen
		{"idn-hostname", "\u05D0\u0301", true},        // RTL label ending in NSM
		{"idn-hostname", "\u0627\u200C\u0628", false}, // ZWNJ after a right-joining letter
		{"idn-hostname", "\u0628\u200C\u0627", true},
		{"idn-hostname", "\u0628\u064E\u200C\u0627", true}, // transparent mark in between
		{"idn-hostname", "a\u200Db", false},
		{"idn-hostname", "\u0915\u094D\u200D", true},
		{"idn-hostname", "\xff", false},
	})
}

func TestFormatURI(t *testing.T) {
	runFormatCases(t, []formatCase{
		{"uri", "http://example.com", true},
		{"uri", "http://user:pw@example.com:8080/a/b?c=d&e#f/g?h", true},
		{"uri", "http://example.com:/", true},
		{"uri", "http://[v7.abc:def]/", true},
		{"uri", "http://[v7.]/", false},
		{"uri", "http://[::1]x/", false},
		{"uri", "http://[::1]:80/", true},
		{"uri", "http://ex%41mple.com/%7e", true},
		{"uri", "http://example.com/a#b#c", false},
		{"uri", "a:", true},
		{"uri", "a:b:c", true},
		{"uri", "a+b-c.d:x", true},
		{"uri", "http://é.example/", false},
		{"uri-reference", "a/b:c", true},
		{"uri-reference", "a:b/c", true},
		{"uri-reference", "?", true},
		{"uri-reference", "#", true},
		{"uri-reference", "//[::1", false},
		{"iri", "http://é.example/é?é#é", true},
		{"iri", "http://example/\uE000", false}, // iprivate only in the query
		{"iri", "http://example/?\uE000", true},
		{"iri", "http://example/\uFFFF", false},
		{"iri", "http://example/\u00A0", true},
		{"iri-reference", "é", true},
		{"iri-reference", "é:b", false}, // no scheme, so a colon in the first segment
	})
}

func TestFormatURITemplate(t *testing.T) {
	runFormatCases(t, []formatCase{
		{"uri-template", "/a{/b,c*}{?d:3,e}", true},
		{"uri-template", "{=a}", true}, // operators reserved for extensions
		{"uri-template", "{a.b.c_1%20}", true},
		{"uri-template", "{.a}", true},
		{"uri-template", "{..a}", false},
		{"uri-template", "{a.}", false},
		{"uri-template", "{a:}", false},
		{"uri-template", "{a:1a}", false},
		{"uri-template", "{a*:1}", false},
		{"uri-template", "{a{b}", false},
		{"uri-template", "{a%2}", false},
		{"uri-template", "a%2", false},
		{"uri-template", "a<b", false},
		{"uri-template", "\uFFFF", false},
	})
}

func TestFormatRegex(t *testing.T) {
	runFormatCases(t, formatRegexCases)
}

// formatRegexCases are focused tests of the "regex" format. They agree with
// the RegExp constructor of V8 with the "u" flag, except for the ECMAScript
// 2025 features (modifier groups and repeated names in alternatives).
var formatRegexCases = []formatCase{
	{"regex", "", true},
	{"regex", "^[a-z0-9_-]+$", true},
	{"regex", `^\d{3}-\d{2,}-\d{1,4}?$`, true},
	{"regex", "a{2,1}", false},
	{"regex", "a{10,9}", false},
	{"regex", "a{010,10}", true},
	{"regex", "a{,2}", false},
	{"regex", "a{", false},
	{"regex", "a}", false},
	{"regex", "]", false},
	{"regex", "a**", false},
	{"regex", "*a", false},
	{"regex", "a|*", false},
	{"regex", "a??", true},
	{"regex", "(?=a)*", false},
	{"regex", "^*", false},
	{"regex", `\b+`, false},
	{"regex", "(a)|b)", false},
	{"regex", "((a)", false},
	{"regex", `(a)\1`, true},
	{"regex", `(a)\2`, false},
	{"regex", `\1(a)`, true},
	{"regex", `\0`, true},
	{"regex", `\01`, false},
	{"regex", `\k<a>(?<a>.)`, true},
	{"regex", `\k<b>(?<a>.)`, false},
	{"regex", `\k`, false},
	{"regex", "(?<a>x)(?<a>y)", false},
	{"regex", "(?<a>x)|(?<a>y)", true},
	{"regex", "(?:(?<a>x)|(?<a>y))(?<a>z)", false},
	{"regex", "(?<a>(?<a>x)|y)", false},
	{"regex", `(?<\u0061>x)\k<a>`, true},
	{"regex", "(?<1a>x)", false},
	{"regex", "(?<名前>x)", true},
	{"regex", "(?<>x)", false},
	{"regex", "(?i:a)(?-m:b)(?s-i:c)", true},
	{"regex", "(?-:a)", false},
	{"regex", "(?ii:a)", false},
	{"regex", "(?i-i:a)", false},
	{"regex", "(?x:a)", false},
	{"regex", "(?<!a)(?<=b)(?!c)(?=d)", true},
	{"regex", `[\d-z]`, false},
	{"regex", `[a-\d]`, false},
	{"regex", "[z-a]", false},
	{"regex", "[a-]", true},
	{"regex", "[-a-c-]", true},
	{"regex", `[\b\-\]]`, true},
	{"regex", `[\B]`, false},
	{"regex", `[\1]`, false},
	{"regex", "[[]", true},
	{"regex", "[a", false},
	{"regex", `\u{1F600}\u{10FFFF}`, true},
	{"regex", `\u{110000}`, false},
	{"regex", `\u{}`, false},
	{"regex", `[\uD83D\uDE00-\uD83D\uDE4F]`, true},
	{"regex", `[\uDE00-\uD83D]`, false},
	{"regex", `\x4`, false},
	{"regex", `\c1`, false},
	{"regex", `\/\.\-`, false},
	{"regex", `\/\.`, true},
	{"regex", `\p{L}\P{Lu}\p{Letter}\p{gc=Nd}\p{Script=Greek}\p{scx=Grek}\p{ASCII_Hex_Digit}`, true},
	{"regex", `\p{Latin}`, false},
	{"regex", `\p{sc=Lu}`, false},
	{"regex", `\p{Foo}`, false},
	{"regex", `\p`, false},
	{"regex", `\p{L`, false},
	{"regex", `\`, false},
	{"regex", "(?P<a>x)", false},
}

// FuzzFormatString checks that no format checker panics and that formats
// that include others agree with them: every URI is a URI reference and an
// IRI, every email address an IDN email address, and so on.
func FuzzFormatString(f *testing.F) {
	for _, seed := range []string{"", "2000-01-01T00:00:00Z", "P1D", "a@b.c", "xn--bcher-kva",
		"http://[::1]/a?b#c", "{a,b:3}", "(?<a>x)\\k<a>", "[\\u{10FFFF}-]", "::ffff:1.2.3.4"} {
		f.Add(seed)
	}
	implies := [][2]string{
		{"uri", "uri-reference"}, {"uri", "iri"}, {"uri-reference", "iri-reference"},
		{"iri", "iri-reference"}, {"email", "idn-email"}, {"hostname", "idn-hostname"},
		{"ipv4", "hostname"},
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name := range formatCheckers {
			if Format(name, s) != FormatString(name, s) {
				t.Fatalf("Format and FormatString disagree on %q for %q", name, s)
			}
		}
		for _, im := range implies {
			if FormatString(im[0], s) && !FormatString(im[1], s) {
				t.Errorf("%q is a valid %s but not a valid %s", s, im[0], im[1])
			}
		}
		if FormatString("date-time", s) && !FormatString("date", s[:10]) {
			t.Errorf("%q is a valid date-time without a valid date", s)
		}
		if FormatString("json-pointer", s) && !FormatString("relative-json-pointer", "0"+s) {
			t.Errorf("%q is a valid JSON Pointer but 0%s is no relative one", s, s)
		}
	})
}

func TestFormatLegacyNames(t *testing.T) {
	runFormatCases(t, []formatCase{
		{"ip-address", "192.168.0.1", true},
		{"ip-address", "::1", false},
		{"uriref", "../a?b#c", true},
		{"uriref", "a b", false},
		{"period", "2007-03-01T13:00:00Z/2008-05-11T15:30:00Z", true},
		{"period", "2007-03-01T13:00:00Z/P1Y2M10DT2H30M", true},
		{"period", "P1Y2M10DT2H30M/2008-05-11T15:30:00Z", true},
		{"period", "P1Y/P2Y", false},
		{"period", "2007-03-01T13:00:00Z", false},
		{"period", "2007-03-01T13:00:00Z/", false},
		{"period", "2007-03-01/2008-05-11", false},
	})
}
