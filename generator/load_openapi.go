package generator

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/openapi"
)

// dialect30 is the draft translated OpenAPI 3.0 schemas are compiled in
// (see openapiDocument).
const dialect30 = "https://json-schema.org/draft/2019-09/schema"

// openapiDocument recognises an OpenAPI document and translates its schemas
// to JSON Schema (package openapi) before anything else sees them. src is
// the file's text, for line numbers in errors. Swagger 2.0 and unknown
// OpenAPI versions are errors.
func (l *loader) openapiDocument(doc *loadedDoc, src []byte) error {
	v, text := openapi.Detect(doc.root)
	switch v {
	case openapi.NotOpenAPI:
		return nil
	case openapi.Swagger2:
		return l.fail(&Error{File: doc.file, Pointer: "/swagger", Err: fmt.Errorf(
			"documents in Swagger %s are not supported; convert the document to OpenAPI 3 (for example with swagger2openapi) and generate from that", text)})
	case openapi.Unknown:
		return l.fail(&Error{File: doc.file, Pointer: "/openapi", Err: fmt.Errorf(
			"OpenAPI %s is not supported; schemagen reads OpenAPI 3.0 and 3.1 documents", text)})
	}
	doc.openapi = v
	errs, warnings, external := openapi.Translate(doc.root, v)
	// Every translated schema is JSON Schema 2020-12. A translated 3.0
	// schema uses nothing that 2019-09 reads differently (items is always
	// one schema, and 3.0 has no $dynamicRef), and the schema library
	// compiles 2019-09 without a search for dynamic anchors that, for a
	// document of many components, costs time quadratic in its size.
	// The root gets that draft's own metaschema: an OpenAPI document's root
	// has no "$schema", and jsonschema/v5 would read that as every
	// vocabulary, format assertion included, where OpenAPI makes format an
	// annotation.
	draft, dialect := jsonschema.Draft2020, openapi.Dialect2020
	if v == openapi.V30 {
		draft, dialect = jsonschema.Draft2019, dialect30
	}
	l.compiler.Draft = draft
	if doc.root.Get("$schema") == nil {
		doc.root.Set("$schema", &document.Node{Kind: document.String, String: dialect})
	}
	if err := l.report(doc, src, errs, warnings); err != nil {
		return err
	}
	l.refer30(doc, external)
	return nil
}

// report passes the warnings of a translation of doc to Config.Warn and
// returns its errors, each naming the file, the pointer and the line.
func (l *loader) report(doc *loadedDoc, src []byte, errs, warnings []*openapi.Error) error {
	var list errorList
	for _, e := range errs {
		line, _ := document.Position(src, e.Offset)
		list.add(doc.file, e.Pointer, fmt.Errorf("line %d: %s", line, e.Msg))
	}
	for _, w := range warnings {
		line, _ := document.Position(src, w.Offset)
		l.warn(fmt.Sprintf("%s#%s: warning: line %d: %s", doc.file, w.Pointer, line, w.Msg))
	}
	if err := list.err(); err != nil {
		if l.failed == nil {
			l.failed = list[0]
		}
		return err
	}
	return nil
}

// refer30 notes the schemas of other files that refs, references made by
// OpenAPI 3.0 schemas of doc, reach: those are 3.0 schemas too, when their
// file is not an OpenAPI document and declares no "$schema" (see
// translate30).
func (l *loader) refer30(doc *loadedDoc, refs []string) {
	base, err := url.Parse(doc.url)
	if err != nil {
		return
	}
	for _, ref := range refs {
		r, err := base.Parse(ref)
		if err != nil || r.Fragment != "" && !strings.HasPrefix(r.Fragment, "/") {
			continue // a malformed reference, or one to an anchor, which 3.0 lacks
		}
		ptr := r.Fragment
		r.Fragment, r.RawFragment = "", ""
		u := r.String()
		if key := u + "#" + ptr; !l.noted30[key] {
			l.noted30[key] = true
			l.refs30[u] = append(l.refs30[u], ptr)
		}
	}
}

// translate30 translates, as OpenAPI 3.0 schemas, the schemas of doc that
// 3.0 schemas refer to (see refer30), if doc may hold such schemas: it is
// not an OpenAPI document and its root declared no "$schema" when it was
// read. It runs when doc is read and again before the schema library
// receives it, for references noted since. The library's draft for the
// file becomes the one translated 3.0 schemas are read in. A reference
// noted after the library has received the file is not followed: prepare
// reads the files that references reach before anything is compiled.
func (l *loader) translate30(doc *loadedDoc) error {
	ptrs := l.refs30[doc.url]
	if doc.schemas30 == nil || len(ptrs) == 0 {
		return nil
	}
	errs, warnings, external := openapi.TranslateSchemas(doc.root, ptrs, doc.schemas30)
	if doc.root.Get("$schema") == nil {
		doc.root.Set("$schema", &document.Node{Kind: document.String, String: dialect30})
	}
	if err := l.report(doc, doc.src, errs, warnings); err != nil {
		return err
	}
	l.refer30(doc, external)
	return nil
}

// components returns the names of an OpenAPI document's components.schemas
// entries in document order, or nil for other documents.
func components(doc *loadedDoc) []string {
	if doc.openapi == openapi.NotOpenAPI {
		return nil
	}
	n, _ := doc.root.Lookup(openapi.SchemasPointer)
	return n.Keys()
}

// componentURL is the URL of the schema at a pointer in a document.
func componentURL(doc *loadedDoc, ptr string) string {
	return doc.url + "#" + (&url.URL{Fragment: ptr}).EscapedFragment()
}

// CompileComponent returns the jsonschema/v5 compilation of the schema at
// the JSON Pointer ptr of the file at path, as schemagen sees it (see
// Compile). It is how tests compile one component of an OpenAPI document:
// ptr "/components/schemas/Pet".
func CompileComponent(cfg Config, path, ptr string) (*jsonschema.Schema, error) {
	l := newLoader(cfg)
	_, doc, err := l.compileRoot(path)
	if err != nil {
		return nil, err
	}
	if _, ok := doc.root.Lookup(ptr); !ok {
		return nil, &Error{File: doc.file, Pointer: ptr, Err: errors.New("no schema at this pointer")}
	}
	return l.compiler.Compile(componentURL(doc, ptr))
}
