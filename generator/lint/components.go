package lint

import (
	"github.com/schemagen/schemagen/generator/document"
)

// CheckComponents is Check for an OpenAPI document: it checks the schema of
// every entry of components.schemas, in document order. Pointers and
// patches are relative to the document, so the patches merge into the
// document's overlay.
func CheckComponents(file string, root *document.Node) []Finding {
	c := &checker{file: file, root: root}
	schemas := root.Get("components").Get("schemas")
	if schemas == nil || schemas.Kind != document.Object {
		return nil
	}
	for _, m := range schemas.Members {
		c.walk(m.Value, []string{"components", "schemas", m.Name}, nil)
	}
	return c.findings
}
