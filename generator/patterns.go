package generator

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/ecmaregex"
	"github.com/schemagen/schemagen/templates/jsonrt"
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
	translations := lookaheadTranslations{}
	walkSchemas(doc.root, "", func(n *document.Node, ptr string) {
		if p := n.Get("pattern"); p != nil && p.Kind == document.String {
			re, lookahead, err := translations.translate(doc, ptr+"/pattern", p.String, warn)
			switch {
			case err != nil:
				errs = append(errs, err)
			case lookahead:
				// Go's regexp, and so jsonschema/v5, cannot compile it:
				// the extension keyword checks it instead.
				original[re] = p.String
				n.Delete("pattern")
				n.Set(LookaheadPatternKeyword, &document.Node{Kind: document.String, String: re})
			default:
				original[re] = p.String
				n.Set("pattern", &document.Node{Kind: document.String, String: re})
			}
		}
		if pp := n.Get("patternProperties"); pp != nil && pp.Kind == document.Object {
			out := &document.Node{Kind: document.Object}
			for _, m := range pp.Members {
				re, err := translatePattern(doc, ptr+"/patternProperties/"+document.EscapeToken(m.Name), m.Name, warn)
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

// lookaheadTranslations are the results of ecmaregex.TranslateLookahead,
// by pattern. Schemas repeat their patterns (a flat schema of 10,000
// properties holds three, thousands of times), so each is translated once
// per document; what a pattern that fails reports is still reported at
// each of its places.
type lookaheadTranslations map[string]lookaheadTranslation

// A lookaheadTranslation is what ecmaregex.TranslateLookahead returns.
type lookaheadTranslation struct {
	re        string
	lookahead bool
	err       error
}

// translate translates the "pattern" at ptr, which may start its
// top-level alternatives with lookaheads (see ecmaregex.TranslateLookahead);
// lookahead reports whether the translation has any, and so is for
// jsonrt.CompilePattern rather than Go's regexp.
func (ts lookaheadTranslations) translate(doc *loadedDoc, ptr, src string, warn func(string)) (re string, lookahead bool, err *Error) {
	t, ok := ts[src]
	if !ok {
		t.re, t.lookahead, t.err = ecmaregex.TranslateLookahead(src)
		ts[src] = t
	}
	if t.err == nil {
		return t.re, t.lookahead, nil
	}
	re, err = translated(doc, ptr, src, t.err, warn)
	return re, false, err
}

// translatePattern translates the patternProperties name at ptr. A
// lookahead, even at the start, is an error there: jsonschema/v5 could not
// be made to check such a name as the generated code does.
func translatePattern(doc *loadedDoc, ptr, src string, warn func(string)) (string, *Error) {
	re, err := ecmaregex.Translate(src)
	if err == nil {
		return re, nil
	}
	if _, lookahead, lerr := ecmaregex.TranslateLookahead(src); lerr == nil && lookahead {
		err = fmt.Errorf("%w (lookaheads at the start are supported in \"pattern\", not in patternProperties names)", err)
	}
	return translated(doc, ptr, src, err, warn)
}

// translated returns what to do with the pattern src at ptr that
// ecmaregex refused with err: use it as it is, with a warning, if Go
// compiles it and it is merely not ECMA-262, or fail.
func translated(doc *loadedDoc, ptr, src string, err error, warn func(string)) (string, *Error) {
	var e *ecmaregex.Error
	errors.As(err, &e)
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
		inner = fmt.Sprintf(`{%q: null, "REPLACEMENT": {...}}`, unescaped(last))
	} else {
		tokens = tokens[:len(tokens)-1]
	}
	for i := len(tokens) - 1; i >= 0; i-- {
		inner = fmt.Sprintf(`{%q: %s}`, unescaped(tokens[i]), inner)
	}
	return inner
}

// unescaped is a token of a pointer that walkSchemas built, unescaped: the
// member name it stands for.
func unescaped(token string) string {
	name, _ := document.UnescapeToken(token) // walkSchemas escapes every token
	return name
}

// LookaheadPatternKeyword is the keyword that replaces, in a loaded
// document, a "pattern" with lookaheads at the start of its alternatives,
// such as ^(?!@@)[@a-zA-Z0-9_-]+$. Its value is the translation that
// jsonrt.CompilePattern reads (see ecmaregex.TranslateLookahead): Go's
// regexp, and so jsonschema/v5, cannot compile it as a "pattern", and
// RegisterExtensions teaches jsonschema/v5 to check it as generated code
// does, reporting a mismatch at the keyword "pattern".
const LookaheadPatternKeyword = "x-schemagen-lookahead-pattern"

type lookaheadCompiler struct{}

// Compile implements jsonschema.ExtCompiler.
func (lookaheadCompiler) Compile(_ jsonschema.CompilerContext, m map[string]interface{}) (jsonschema.ExtSchema, error) {
	v, ok := m[LookaheadPatternKeyword]
	if !ok {
		return nil, nil
	}
	expr, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("%s must be a string, not %v", LookaheadPatternKeyword, v)
	}
	p, err := jsonrt.CompilePattern(expr)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", LookaheadPatternKeyword, err)
	}
	return lookaheadPattern{p}, nil
}

// lookaheadPattern is the compiled LookaheadPatternKeyword.
type lookaheadPattern struct{ p *jsonrt.Pattern }

// Validate implements jsonschema.ExtSchema.
func (l lookaheadPattern) Validate(ctx jsonschema.ValidationContext, v interface{}) error {
	if s, ok := v.(string); ok && !l.p.MatchString(s) {
		return ctx.Error("pattern", "does not match pattern %q", l.p.String())
	}
	return nil
}

// schemaPattern returns the RE2 translation of the pattern of s, with the
// lookaheads jsonrt reads, or "" if s has no pattern.
func schemaPattern(s *jsonschema.Schema) string {
	if s.Pattern != nil {
		return s.Pattern.String()
	}
	if l, ok := s.Extensions[LookaheadPatternKeyword].(lookaheadPattern); ok {
		return l.p.String()
	}
	return ""
}
