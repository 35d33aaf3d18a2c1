package openapi

import (
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// goTypeImport rewrites oapi-codegen's form of x-go-type, a package name
// and a type name with the import path beside it in x-go-type-import,
// into schemagen's, the import path and the type name:
// {"x-go-type": "uuid.UUID", "x-go-type-import": {"path":
// "github.com/google/uuid"}} becomes {"x-go-type":
// "github.com/google/uuid.UUID"}. OpenAPI documents written for
// oapi-codegen use that form; read as schemagen's, it would import a
// package named by the name alone.
func goTypeImport(n *document.Node) {
	imp := n.Get("x-go-type-import")
	typ := n.Get("x-go-type")
	if imp == nil || imp.Kind != document.Object || typ == nil || typ.Kind != document.String {
		return
	}
	path := imp.Get("path")
	if path == nil || path.Kind != document.String || path.String == "" {
		return
	}
	name := typ.String[strings.LastIndexByte(typ.String, '.')+1:]
	n.Set("x-go-type", &document.Node{Kind: document.String, String: path.String + "." + name, Offset: typ.Offset})
	n.Delete("x-go-type-import")
}
