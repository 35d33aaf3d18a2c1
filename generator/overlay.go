package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/openapi"
)

// OverlayPath returns the overlay file that belongs to a schema file: X.json
// has the overlay X.overlay.json beside it. A YAML file X.yaml (or X.yml)
// has X.overlay.yaml; OverlayPaths lists every name it may have.
func OverlayPath(schemaPath string) string {
	return OverlayPaths(schemaPath)[0]
}

// OverlayPaths returns the names an overlay of a schema file may have, the
// one written by default first: X.overlay.json for X.json; X.overlay.yaml,
// X.overlay.yml and X.overlay.json for X.yaml or X.yml. Overlays are merged
// as YAML or JSON by their own extension.
func OverlayPaths(schemaPath string) []string {
	if stem, ok := strings.CutSuffix(schemaPath, ".yaml"); ok {
		return []string{stem + ".overlay.yaml", stem + ".overlay.yml", stem + ".overlay.json"}
	}
	if stem, ok := strings.CutSuffix(schemaPath, ".yml"); ok {
		return []string{stem + ".overlay.yml", stem + ".overlay.yaml", stem + ".overlay.json"}
	}
	return []string{strings.TrimSuffix(schemaPath, ".json") + ".overlay.json"}
}

// FindOverlay returns the overlay that schemagen merges into the schema file
// at schemaPath, among the operating system's files: the first of
// OverlayPaths that exists. ok is false when none does.
func FindOverlay(schemaPath string) (path string, ok bool) {
	return findOverlay(inputs{}, schemaPath)
}

// findOverlay is FindOverlay through files. A name that cannot be told
// not to exist (a directory that cannot be read, ...) counts as there, so
// that reading it reports the problem.
func findOverlay(files inputs, schemaPath string) (string, bool) {
	for _, p := range OverlayPaths(schemaPath) {
		if _, err := files.stat(p); !errors.Is(err, fs.ErrNotExist) {
			return p, true
		}
	}
	return "", false
}

// applyOverlay merges the schema's overlay, when one exists, into the
// document. An overlay is an RFC 7396 JSON Merge Patch: it adds or replaces
// keywords, and a null removes one. The vendor's file itself is never
// changed; the overlay is how schemagen users encode what the vendor only
// wrote in prose. The overlay is the one findOverlay finds, through files.
func applyOverlay(doc *loadedDoc, files inputs) error {
	if !strings.HasSuffix(doc.file, ".json") && !IsYAML(doc.file) || isOverlay(doc.file) {
		return nil
	}
	path, ok := findOverlay(files, doc.file)
	if !ok {
		return nil
	}
	data, err := files.readFile(path)
	if err != nil {
		return &Error{File: path, Err: readError(err)}
	}
	patch, err := ParseSchema(path, data)
	if err != nil {
		return &Error{File: path, Err: err}
	}
	if patch.Kind != document.Object {
		return &Error{File: path, Err: fmt.Errorf("an overlay must be a JSON object (an RFC 7396 merge patch), not %s", patch.Kind)}
	}
	doc.root = document.Merge(doc.root, patch)
	doc.overlay = path
	return nil
}

// repairArtifacts removes what vendors' tooling leaves in schemas that is
// invalid but harmless, and returns a one-line warning for each repair.
//
// The one known artifact: a schema cut out of an OpenAPI document keeps an
// "$id" (or draft 4 "id") such as "#/components/schemas/Pet". An identifier
// that is a JSON Pointer fragment is invalid in every draft (2020-12's
// metaschema rejects it, earlier drafts only allow plain-name fragments), and
// it identifies nothing outside the original document, so dropping it changes
// no reference within the file.
func repairArtifacts(doc *loadedDoc) []string {
	var warnings []string
	walkSchemas(doc.root, "", func(n *document.Node, ptr string) {
		for _, kw := range []string{"$id", "id"} {
			id := n.Get(kw)
			if id == nil || id.Kind != document.String || !strings.HasPrefix(id.String, "#/") {
				continue
			}
			n.Delete(kw)
			warnings = append(warnings, fmt.Sprintf(
				"%s#%s/%s: warning: ignoring %s %q, a fragment left over from an OpenAPI document (set it to null at that pointer in %s to silence this)",
				doc.file, ptr, document.EscapeToken(kw), kw, id.String, OverlayPath(doc.file)))
		}
	})
	return warnings
}

// Keywords whose value is a schema, an array of schemas, or an object whose
// member values are schemas. walkSchemas visits only schema positions, so a
// property or an enum value that happens to be named "$id" is left alone.
var (
	schemaKeywords = []string{"additionalItems", "additionalProperties", "contains", "contentSchema",
		"else", "if", "items", "not", "propertyNames", "then", "unevaluatedItems", "unevaluatedProperties"}
	schemaArrayKeywords = []string{"allOf", "anyOf", "items", "oneOf", "prefixItems"}
	schemaMapKeywords   = []string{"$defs", "definitions", "dependencies", "dependentSchemas",
		"patternProperties", "properties"}
)

// walkSchemas calls visit for n and every subschema of n, with JSON Pointers.
// An OpenAPI document's root is not a schema: its schemas are walked
// instead (see walkRoots).
func walkSchemas(n *document.Node, ptr string, visit func(n *document.Node, ptr string)) {
	if ptr == "" {
		walkRoots(n, func(root *document.Node, ptr string) { walkSubschemas(root, ptr, visit) })
		return
	}
	walkSubschemas(n, ptr, visit)
}

// walkRoots calls visit for the root schemas of a document: the document
// itself, or, for an OpenAPI document, its schemas (openapi.Roots).
func walkRoots(root *document.Node, visit func(n *document.Node, ptr string)) {
	if v, _ := openapi.Detect(root); v == openapi.V30 || v == openapi.V31 {
		for _, r := range openapi.Roots(root) {
			if r.Node != nil && r.Node.Kind == document.Object {
				visit(r.Node, r.Pointer)
			}
		}
		return
	}
	if root != nil && root.Kind == document.Object {
		visit(root, "")
	}
}

// walkSubschemas calls visit for the schema n and every subschema of it.
func walkSubschemas(n *document.Node, ptr string, visit func(n *document.Node, ptr string)) {
	if n == nil || n.Kind != document.Object {
		return
	}
	visit(n, ptr)
	subschemas(n, ptr, func(sub *document.Node, ptr string) { walkSubschemas(sub, ptr, visit) })
}

// subschemas calls visit for each subschema directly inside the schema n
// (not for theirs), with JSON Pointers.
func subschemas(n *document.Node, ptr string, visit func(sub *document.Node, ptr string)) {
	for _, kw := range schemaKeywords {
		// The pointer is built only for a subschema that is there: most
		// schemas have few of these keywords.
		if sub := n.Get(kw); sub != nil && sub.Kind == document.Object {
			visit(sub, ptr+"/"+kw)
		}
	}
	for _, kw := range schemaArrayKeywords {
		if arr := n.Get(kw); arr != nil && arr.Kind == document.Array {
			for i, item := range arr.Items {
				if item.Kind == document.Object {
					visit(item, fmt.Sprintf("%s/%s/%d", ptr, kw, i))
				}
			}
		}
	}
	for _, kw := range schemaMapKeywords {
		if m := n.Get(kw); m != nil && m.Kind == document.Object {
			for _, mem := range m.Members {
				if mem.Value.Kind == document.Object {
					visit(mem.Value, ptr+"/"+kw+"/"+document.EscapeToken(mem.Name))
				}
			}
		}
	}
}
