package generator

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/ecmaregex"
)

// translatePatterns rewrites every "pattern" and every patternProperties
// name of a document from ECMA-262, the syntax JSON Schema uses, into
// Go's RE2 syntax, before the schema library compiles them with Go's
// regexp. A pattern that RE2 cannot express exactly (lookaround,
// backreferences) is an error that shows the overlay that would replace
// it: accepting what the pattern would reject is never an option. A
// pattern that is not valid ECMA-262 but that Go compiles is kept as it is,
// with a warning, since vendors write such patterns and mean them as RE2.
//
// original records, for each translation, the pattern it came from, so that
// messages and documentation can show the schema's own text.
func translatePatterns(doc *loadedDoc, original map[string]string, warn func(string)) error {
	var errs errorList
	walkSchemas(doc.root, "", func(n *document.Node, ptr string) {
		if p := n.Get("pattern"); p != nil && p.Kind == document.String {
			re, err := translatePattern(doc, ptr+"/pattern", p.String, warn)
			if err != nil {
				errs = append(errs, err)
			} else {
				original[re] = p.String
				n.Set("pattern", &document.Node{Kind: document.String, String: re})
			}
		}
		if pp := n.Get("patternProperties"); pp != nil && pp.Kind == document.Object {
			out := &document.Node{Kind: document.Object}
			for _, m := range pp.Members {
				re, err := translatePattern(doc, ptr+"/patternProperties/"+escapePointer(m.Name), m.Name, warn)
				if err != nil {
					errs = append(errs, err)
					re = m.Name
				}
				original[re] = m.Name
				out.Set(re, m.Value)
			}
			n.Set("patternProperties", out)
		}
	})
	return errs.err()
}

// translatePattern translates one pattern at ptr.
func translatePattern(doc *loadedDoc, ptr, src string, warn func(string)) (string, *Error) {
	re, err := ecmaregex.Translate(src)
	if err == nil {
		return re, nil
	}
	e, _ := err.(*ecmaregex.Error)
	untranslatable := e != nil && (strings.HasPrefix(e.Msg, "has no RE2 equivalent") || strings.HasPrefix(e.Msg, "is not supported"))
	if !untranslatable {
		if _, goErr := regexp.Compile(src); goErr == nil {
			if warn != nil {
				warn(fmt.Sprintf("%s#%s: warning: pattern %q is not valid ECMA-262 (%v); using it as a Go regular expression", doc.file, ptr, src, err))
			}
			return src, nil
		}
		return "", &Error{File: doc.file, Pointer: ptr, Err: fmt.Errorf("invalid regular expression %q: %v", src, err)}
	}
	return "", &Error{File: doc.file, Pointer: ptr, Err: fmt.Errorf(
		"pattern %q cannot be checked exactly in Go: %v; replace it with an equivalent pattern in an overlay, %s: %s",
		src, err, OverlayPath(doc.file), overlayFor(ptr, src))}
}

// overlayFor sketches the merge patch that replaces the pattern at ptr.
func overlayFor(ptr, src string) string {
	tokens := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	last := tokens[len(tokens)-1]
	inner := `{"pattern": "REPLACEMENT"}`
	if len(tokens) >= 2 && tokens[len(tokens)-2] == "patternProperties" {
		tokens = tokens[:len(tokens)-1]
		inner = fmt.Sprintf(`{%q: null, "REPLACEMENT": {...}}`, unescapePointer(last))
	} else {
		tokens = tokens[:len(tokens)-1]
	}
	for i := len(tokens) - 1; i >= 0; i-- {
		inner = fmt.Sprintf(`{%q: %s}`, unescapePointer(tokens[i]), inner)
	}
	return inner
}

func unescapePointer(token string) string {
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(token)
}
