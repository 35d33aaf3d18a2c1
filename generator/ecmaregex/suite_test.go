package ecmaregex

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// suiteFiles are the files of the JSON-Schema-Test-Suite whose patterns
// TestSuite checks, under tests/draft2020-12.
var suiteFiles = []string{
	"optional/ecmascript-regex.json",
	"optional/non-bmp-regex.json",
	"pattern.json",
	"patternProperties.json",
}

// suiteGroup is one group of tests of the suite.
type suiteGroup struct {
	Description string          `json:"description"`
	Schema      json.RawMessage `json:"schema"`
	Tests       []struct {
		Description string `json:"description"`
		Data        any    `json:"data"`
		Valid       bool   `json:"valid"`
	} `json:"tests"`
}

// suiteRoot returns the root of the JSON-Schema-Test-Suite, from the
// environment variable JSON_SCHEMA_TEST_SUITE or beside the repository,
// skipping the test when it is missing.
func suiteRoot(t *testing.T) string {
	dir := os.Getenv("JSON_SCHEMA_TEST_SUITE")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "JSON-Schema-Test-Suite")
	}
	if _, err := os.Stat(filepath.Join(dir, "tests")); err != nil {
		t.Skipf("JSON-Schema-Test-Suite not found at %s (set JSON_SCHEMA_TEST_SUITE to its root): %v", dir, err)
	}
	return dir
}

// TestSuite runs the tests of the suite whose schemas use pattern or
// patternProperties, with every pattern translated by Translate and the
// schema evaluated by a small evaluator of the keywords those groups use.
// A pattern Translate rejects as having no RE2 equivalent counts its tests
// as rejected; any other error, and any wrong result, fails the test.
func TestSuite(t *testing.T) {
	root := suiteRoot(t)
	var passed, rejected, groups int
	for _, file := range suiteFiles {
		data, err := os.ReadFile(filepath.Join(root, "tests", "draft2020-12", file))
		if err != nil {
			t.Fatal(err)
		}
		var gs []suiteGroup
		if err := json.Unmarshal(data, &gs); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, g := range gs {
			var schema map[string]any
			if json.Unmarshal(g.Schema, &schema) != nil || !usesPatterns(schema) {
				continue // a boolean schema, or one using format "regex" only
			}
			groups++
			ev := &evaluator{t: t, where: file + ": " + g.Description, compiled: map[string]*regexp.Regexp{}}
			for _, tc := range g.Tests {
				got, ok := ev.valid(schema, tc.Data)
				switch {
				case !ok:
					rejected++
				case got != tc.Valid:
					t.Errorf("%s: %s: valid = %v, want %v (data %#v)", ev.where, tc.Description, got, tc.Valid, tc.Data)
				default:
					passed++
				}
			}
		}
	}
	t.Logf("%d groups: %d tests passed, %d rejected as untranslatable", groups, passed, rejected)
	if passed == 0 {
		t.Error("no suite test ran")
	}
}

// usesPatterns reports whether a schema has pattern or patternProperties.
func usesPatterns(schema map[string]any) bool {
	_, p := schema["pattern"]
	_, pp := schema["patternProperties"]
	return p || pp
}

// evaluator evaluates the schemas of the suite's pattern groups.
type evaluator struct {
	t        *testing.T
	where    string
	compiled map[string]*regexp.Regexp
}

// valid reports whether data is valid against schema; ok is false when a
// pattern of the schema was rejected as having no RE2 equivalent.
func (ev *evaluator) valid(schema any, data any) (valid, ok bool) {
	if b, isBool := schema.(bool); isBool {
		return b, true
	}
	s, _ := schema.(map[string]any)
	valid, ok = true, true
	for _, kw := range sortedKeys(s) {
		v, kwOK := ev.keyword(s, kw, data)
		valid, ok = valid && v, ok && kwOK
	}
	return valid, ok
}

// keyword evaluates one keyword of schema s against data.
func (ev *evaluator) keyword(s map[string]any, kw string, data any) (valid, ok bool) {
	arg := s[kw]
	switch kw {
	case "$schema":
		return true, true
	case "type":
		return hasType(data, arg.(string)), true
	case "maximum":
		n, isNum := data.(float64)
		return !isNum || n <= arg.(float64), true
	case "pattern":
		str, isStr := data.(string)
		if !isStr {
			return true, true
		}
		re := ev.regexp(arg.(string))
		return re != nil && re.MatchString(str), re != nil
	case "patternProperties", "additionalProperties":
		obj, isObj := data.(map[string]any)
		if _, hasPP := s["patternProperties"]; !isObj || kw == "additionalProperties" && hasPP {
			return true, true // additionalProperties is evaluated with patternProperties
		}
		return ev.properties(s, obj)
	}
	ev.t.Fatalf("%s: the test evaluator does not know keyword %q", ev.where, kw)
	return false, false
}

// properties evaluates patternProperties and additionalProperties.
func (ev *evaluator) properties(s map[string]any, obj map[string]any) (valid, ok bool) {
	pp, _ := s["patternProperties"].(map[string]any)
	valid, ok = true, true
	for name, value := range obj {
		matched := false
		for _, pattern := range sortedKeys(pp) {
			re := ev.regexp(pattern)
			if re == nil {
				ok = false
				continue
			}
			if re.MatchString(name) {
				matched = true
				v, subOK := ev.valid(pp[pattern], value)
				valid, ok = valid && v, ok && subOK
			}
		}
		if ap, has := s["additionalProperties"]; has && !matched {
			v, subOK := ev.valid(ap, value)
			valid, ok = valid && v, ok && subOK
		}
	}
	return valid, ok
}

// regexp returns the translation of pattern, or nil if it was rejected as
// having no RE2 equivalent; any other error fails the test.
func (ev *evaluator) regexp(pattern string) *regexp.Regexp {
	if re, done := ev.compiled[pattern]; done {
		return re
	}
	src, err := Translate(pattern)
	var e *Error
	switch {
	case errors.As(err, &e) && strings.HasPrefix(e.Msg, noRE2):
		ev.t.Logf("%s: %v", ev.where, err)
		ev.compiled[pattern] = nil
		return nil
	case err != nil:
		ev.t.Fatalf("%s: Translate(%q): %v", ev.where, pattern, err)
	}
	re := regexp.MustCompile(src)
	ev.compiled[pattern] = re
	return re
}

// hasType reports whether JSON data decoded by encoding/json has the JSON
// Schema type typ.
func hasType(data any, typ string) bool {
	switch d := data.(type) {
	case nil:
		return typ == "null"
	case bool:
		return typ == "boolean"
	case string:
		return typ == "string"
	case float64:
		return typ == "number" || typ == "integer" && d == math.Trunc(d)
	case []any:
		return typ == "array"
	case map[string]any:
		return typ == "object"
	}
	return false
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
