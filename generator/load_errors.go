package generator

// Error translation: jsonschema/v5's compilation errors turned into *Error
// values that name files as the user does and point at the keyword at
// fault. Loading itself is in load.go.

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
)

// fail records the first load failure so that Build can report it instead of
// the compiler's wrapping of it.
func (l *loader) fail(e *Error) error {
	if l.failed == nil {
		l.failed = e
	}
	return e
}

// compileError turns a jsonschema/v5 compilation error into an *Error (or a
// list of them) that names files as the user does and points at the keyword
// at fault.
func (l *loader) compileError(root *loadedDoc, err error) error {
	if l.failed != nil {
		// A referenced document could not be loaded: say who referred to it.
		if doc, ptr, ok := l.findRef(l.failedAt, false); ok && doc.url != l.failedAt {
			return &Error{File: doc.file, Pointer: ptr, Err: fmt.Errorf("cannot load the referenced schema: %w", l.failed)}
		}
		if doc := l.declaring(l.failedAt); doc != nil {
			if _, err := l.localPath(l.failedAt); err != nil {
				return &Error{File: doc.file, Pointer: "/$schema", Err: fmt.Errorf(
					"unknown metaschema %s: not one of the drafts (json-schema.org's 2020-12, 2019-09, draft-07, draft-06, draft-04); "+
						"serve a local copy with --map %s=DIR, or drop \"$schema\" and choose the draft with --draft", l.failedAt, urlPrefix(l.failedAt))}
			}
			return &Error{File: doc.file, Pointer: "/$schema", Err: fmt.Errorf("cannot load the metaschema: %w", l.failed)}
		}
		return l.failed
	}
	var se *jsonschema.SchemaError
	if !errors.As(err, &se) {
		return &Error{File: root.file, Err: errors.New(l.message(err))}
	}
	var ve *jsonschema.ValidationError
	if errors.As(se.Err, &ve) {
		// The compiler checks each document against its metaschema as it
		// loads it, so the failing document is the one read last.
		doc := root
		if d, ok := l.docs[l.last]; ok {
			doc = d
		}
		var list errorList
		for _, leaf := range leaves(ve) {
			list.add(doc.file, leaf.InstanceLocation, fmt.Errorf("invalid schema: %s (metaschema rule %s)", leaf.Message, leaf.KeywordLocation))
		}
		return list.err()
	}
	if target, ok := refNotFound(se.Err); ok {
		if doc, ptr, ok := l.findRef(target, true); ok {
			return &Error{File: doc.file, Pointer: ptr, Err: fmt.Errorf("reference target %s not found", l.rewriteURLs(target))}
		}
	}
	if list := l.goTypeErrors(se.Err); len(list) > 0 {
		return list.err()
	}
	file, ptr := l.locate(se.SchemaURL, root)
	return &Error{File: file, Pointer: ptr, Err: errors.New(l.message(se.Err))}
}

// refNotFound returns the reference target of jsonschema/v5's error for a
// reference whose fragment resolves to nothing, and whether err is one.
//
// This is the one place that reads v5's wording: v5.3.1 returns
// fmt.Errorf("jsonschema: %s not found", ref) (compiler.go, resolveRef),
// with no error type to match, and checking references before compiling
// would mean resolving $id, $anchor and JSON Pointer fragments as v5 does,
// a second resolver to keep in step with it. generator/testdata/build/
// bad_pointer.txtar pins the result, so an upgrade of v5 that changes the
// wording fails that test instead of degrading the error.
func refNotFound(err error) (target string, ok bool) {
	return strings.CutSuffix(strings.TrimPrefix(err.Error(), "jsonschema: "), " not found")
}

// message is an error's text without the schema library's prefix and with
// file names as the user gave them.
func (l *loader) message(err error) string {
	return l.rewriteURLs(strings.TrimPrefix(err.Error(), "jsonschema: "))
}

// findRef finds a reference keyword in the loaded documents that resolves to
// target (compared with its fragment when withFragment is true, else as a
// document URL), and returns its document and the keyword's JSON Pointer.
// Documents are searched in URL order so the answer is stable.
func (l *loader) findRef(target string, withFragment bool) (*loadedDoc, string, bool) {
	for _, u := range sortedKeys(l.docs) {
		doc := l.docs[u]
		base, err := url.Parse(doc.url)
		if err != nil {
			continue
		}
		var found string
		walkSchemas(doc.root, "", func(n *document.Node, ptr string) {
			for _, kw := range []string{"$ref", "$dynamicRef", "$recursiveRef"} {
				ref := n.Get(kw)
				if found != "" || ref == nil || ref.Kind != document.String {
					continue
				}
				r, err := base.Parse(ref.String)
				if err != nil {
					continue
				}
				if !withFragment {
					r.Fragment, r.RawFragment = "", ""
				}
				if sameURL(r.String(), target) {
					found = ptr + "/" + kw
				}
			}
		})
		if found != "" {
			return doc, found, true
		}
	}
	return nil, "", false
}

// sameURL compares URLs with their fragments unescaped and without an empty
// trailing fragment.
func sameURL(a, b string) bool {
	norm := func(s string) string {
		s = strings.TrimSuffix(s, "#")
		if u, err := url.PathUnescape(s); err == nil {
			return u
		}
		return s
	}
	return norm(a) == norm(b)
}

// locate splits a schema URL into the user's file name and a pointer.
func (l *loader) locate(schemaURL string, fallback *loadedDoc) (file, pointer string) {
	u, frag, _ := strings.Cut(schemaURL, "#")
	if p, err := url.PathUnescape(frag); err == nil && strings.HasPrefix(p, "/") {
		pointer = p
	}
	if doc := l.doc(u); doc != nil {
		return doc.file, pointer
	}
	if fallback != nil {
		return fallback.file, ""
	}
	return u, pointer // a document the schema library carries, such as a metaschema
}

// rewriteURLs replaces the absolute URLs of loaded documents in a message by
// the files' names as the user gave them, so that no machine path leaks out.
func (l *loader) rewriteURLs(msg string) string {
	urls := make([]string, 0, len(l.docs))
	for u := range l.docs {
		urls = append(urls, u)
	}
	sort.Slice(urls, func(i, j int) bool { return len(urls[i]) > len(urls[j]) })
	for _, u := range urls {
		msg = strings.ReplaceAll(msg, u, l.docs[u].file)
	}
	return msg
}

// leaves returns the innermost causes of a validation error.
func leaves(ve *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		return []*jsonschema.ValidationError{ve}
	}
	var out []*jsonschema.ValidationError
	for _, c := range ve.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}
