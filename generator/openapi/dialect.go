package openapi

import (
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// Dialect2020 is the $schema of JSON Schema 2020-12, the dialect every
// translated schema is in.
const Dialect2020 = "https://json-schema.org/draft/2020-12/schema"

// Drafts older than 2020-12, by the number dialect compares.
const (
	draft4    = 4
	draft6    = 6
	draft7    = 7
	draft2019 = 2019
	draftNow  = 2020
)

// draftOf returns the draft a $schema or jsonSchemaDialect URL names, or 0.
// The OpenAPI 3.1 dialects are 2020-12 with annotations of their own.
func draftOf(u string) int {
	if strings.HasPrefix(u, "https://spec.openapis.org/oas/3.1/dialect/") {
		return draftNow
	}
	u = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(u, "http://"), "https://"), "#")
	switch u {
	case "json-schema.org/draft-04/schema":
		return draft4
	case "json-schema.org/draft-06/schema":
		return draft6
	case "json-schema.org/draft-07/schema":
		return draft7
	case "json-schema.org/draft/2019-09/schema":
		return draft2019
	case "json-schema.org/draft/2020-12/schema":
		return draftNow
	}
	return 0
}

// dialect handles an OpenAPI 3.1 schema's $schema: it sets the draft the
// schema and its subschemas are read in, and rewrites $schema to 2020-12,
// since the schema library reads a whole document in one dialect. It
// reports false for a dialect schemagen does not know.
func (t *translator) dialect(n *document.Node, ptr string) bool {
	s := n.Get("$schema")
	if s == nil {
		return true
	}
	d := 0
	if s.Kind == document.String {
		d = draftOf(s.String)
	}
	if d == 0 {
		t.fail(s, ptr+"/$schema", "the dialect %s is not a JSON Schema draft schemagen knows (drafts 4, 6, 7, 2019-09 and 2020-12)", s.Encode())
		return false
	}
	t.draft = d
	n.Set("$schema", &document.Node{Kind: document.String, String: Dialect2020, Offset: s.Offset})
	return true
}

// older rewrites the keywords of one schema written in an older draft to
// their 2020-12 equivalents, so that it means what its author meant:
//
//   - draft 4's boolean exclusiveMinimum/exclusiveMaximum, as in 3.0;
//   - before 2019-09, a $ref's siblings are ignored, so they are removed;
//   - before 2020-12, an items array is prefixItems, and additionalItems
//     is items;
//   - before 2019-09, dependencies splits into dependentRequired (arrays)
//     and dependentSchemas (schemas).
//
// Pointers to the moved keywords then name the 2020-12 keyword.
func (t *translator) older(n *document.Node, ptr string) {
	if t.draft >= draftNow {
		return
	}
	if t.draft < draft2019 && n.Get("$ref") != nil {
		for _, k := range n.Keys() {
			switch k {
			case "$ref", "title", "description", "$schema", "$id", "$comment":
			default:
				n.Delete(k)
			}
		}
		return
	}
	if t.draft == draft4 {
		exclusive(n, "exclusiveMinimum", "minimum")
		exclusive(n, "exclusiveMaximum", "maximum")
	}
	if items := n.Get("items"); items != nil && items.Kind == document.Array {
		n.Set("prefixItems", items)
		n.Delete("items")
		if add := n.Get("additionalItems"); add != nil {
			n.Set("items", add)
		}
	}
	n.Delete("additionalItems")
	if t.draft < draft2019 {
		if deps := n.Get("dependencies"); deps != nil && deps.Kind == document.Object {
			req := &document.Node{Kind: document.Object, Offset: deps.Offset}
			schemas := &document.Node{Kind: document.Object, Offset: deps.Offset}
			for _, m := range deps.Members {
				if m.Value.Kind == document.Array {
					req.Members = append(req.Members, m)
				} else {
					schemas.Members = append(schemas.Members, m)
				}
			}
			n.Delete("dependencies")
			if len(req.Members) > 0 {
				n.Set("dependentRequired", req)
			}
			if len(schemas.Members) > 0 {
				n.Set("dependentSchemas", schemas)
			}
		}
	}
	for _, kw := range []string{"$recursiveRef", "$recursiveAnchor"} {
		if v := n.Get(kw); v != nil {
			t.fail(v, ptr+"/"+kw, "%s (draft 2019-09) inside an OpenAPI 3.1 document is not supported; use $dynamicRef", kw)
		}
	}
}
