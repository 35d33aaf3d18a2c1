package openapi

import (
	"net/url"

	"github.com/schemagen/schemagen/generator/document"
)

// TranslateSchemas translates schemas of root, a file that is not an
// OpenAPI document, as OpenAPI 3.0 schemas: the file holds schemas that an
// OpenAPI 3.0 document refers to (a multi-file API description keeps them
// apart, as in "$ref: schemas/Pet.yaml" or "common.yaml#/Tag"), and they
// are written in the document's dialect, not in JSON Schema's. ptrs are the
// JSON Pointers of the schemas referred to; the schemas they refer to
// within the file are translated too, since they are 3.0 schemas as well.
//
// done holds the schemas of the file translated so far, and is updated:
// references found later in other files can ask for more schemas of the
// same file, and no schema is translated twice. The problems, warnings and
// references to other files are those Translate would report for the same
// schemas, for the schemas this call translated.
func TranslateSchemas(root *document.Node, ptrs []string, done map[*document.Node]bool) (errs, warnings []*Error, external []string) {
	t := &translator{version: V30, draft: draftNow, schemas: done}
	for _, ptr := range ptrs {
		if n, ok := root.Lookup(ptr); ok && !done[n] {
			t.schema(n, ptr)
		}
	}
	// t.refs grows as the targets are translated.
	for i := 0; i < len(t.refs); i++ {
		frag, err := url.PathUnescape(t.refs[i].n.String[1:])
		if err != nil {
			continue
		}
		if n, ok := root.Lookup(frag); ok && !done[n] {
			t.schema(n, frag)
		}
	}
	t.checkRefs(root)
	t.explicit(root)
	return t.errs, t.warnings(), t.external
}
