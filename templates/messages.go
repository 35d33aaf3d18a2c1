package templates

import "strings"

// messages are the violation messages of generated code, by keyword, in one
// place for the typed emitters (validate.go, bounds.go, common.go,
// struct.go, enum.go) and the check emitter (check.go,
// check_keywords.go), so that a value breaking a keyword reads the same
// whichever code checked it. They are jsonschema/v5's wording, which the
// differential tests compare against.
//
// "{}" is filled in when the code is generated (see message); the fmt verbs
// are arguments of the generated e.Addf call, filled in at run time.
var messages = map[string]string{
	"type":                 "expected %s, but got %s",
	"minimum":              "must be {} {} but found %v",
	"maximum":              "must be {} {} but found %v",
	"exclusiveMinimum":     "must be {} {} but found %v",
	"exclusiveMaximum":     "must be {} {} but found %v",
	"multipleOf":           "%v not multipleOf {}",
	"minLength":            "length must be >= %d, but got %d",
	"maxLength":            "length must be <= %d, but got %d",
	"pattern":              "does not match pattern {}",
	"format":               "{} is not valid {}",
	"const":                "value must be {}",
	"enum":                 "value must be one of {}",
	"x-maxEncodedSize":     "encoded size must be <= %d bytes, but is at least %d",
	"minItems":             "minimum %d items required, but found %d items",
	"maxItems":             "maximum %d items required, but found %d items",
	"uniqueItems":          "items at index %d and %d are equal",
	"contains":             "valid must be >= %d, but got %d", // minContains 1, its default
	"minContains":          "valid must be >= %d, but got %d",
	"maxContains":          "valid must be <= %d, but got %d",
	"minProperties":        "minimum %d properties allowed, but found %d properties",
	"maxProperties":        "maximum %d properties allowed, but found %d properties",
	"required":             "missing properties: {}",
	"additionalProperties": "additionalProperties {} not allowed",
	"additionalItems":      "only %d items are allowed, but found %d items",
	"oneOf":                "valid against %d schemas, but must be valid against exactly one",
	"false":                "not allowed",
}

// message returns the message of keyword kw with its "{}" placeholders
// replaced by args, in order. A keyword without a message is a schemagen
// bug, caught by the tests of every emitter.
func message(kw string, args ...string) string {
	format, ok := messages[kw]
	if !ok {
		panic("templates: no violation message for keyword " + kw)
	}
	var b strings.Builder
	for {
		before, after, found := strings.Cut(format, "{}")
		b.WriteString(before)
		if !found {
			break
		}
		if len(args) == 0 {
			panic("templates: too few arguments for the message of " + kw)
		}
		b.WriteString(args[0])
		args, format = args[1:], after
	}
	return b.String()
}
