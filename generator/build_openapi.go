package generator

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/openapi"
)

// components declares the types of an OpenAPI document: one per entry of
// components.schemas, named from the component's name (naming.GoName makes
// names with dots and dashes Go identifiers), plus the types those need.
// The document's root is not a schema and paths are not generated; schemas
// written inline in operations get a type only when a component refers to
// them. With Config.Only, only the components it names are declared.
func (b *builder) components(doc *loadedDoc) {
	names := components(doc)
	if len(names) == 0 {
		b.errs.add(doc.file, openapi.SchemasPointer, errors.New("an OpenAPI document without components.schemas has no types to generate"))
		return
	}
	for _, name := range names {
		if b.only != nil {
			if _, ok := b.only[name]; !ok {
				continue
			}
			b.only[name] = true
		}
		b.definition(doc, openapi.SchemasPointer+"/"+document.EscapeToken(name), name)
	}
}

// checkOnly reports the names of Config.Only that no document has.
func (b *builder) checkOnly() error {
	var missing []string
	for name, found := range b.only {
		if !found {
			missing = append(missing, strconv.Quote(name))
		}
	}
	if len(missing) == 0 {
		return nil
	}
	sort.Strings(missing)
	return fmt.Errorf("--only: no component %s under components.schemas in the input", strings.Join(missing, ", "))
}
