package generator

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator/naming"
	"github.com/schemagen/schemagen/generator/openapi"
)

// components declares the types of an OpenAPI document: one per entry of
// components.schemas, named from the component's name (naming.GoName makes
// names with dots and dashes Go identifiers), then, with Config.Operations
// or when the document has no components.schemas, one per JSON body schema
// written inline in an operation (see openapi.Bodies), named from the
// operation and the body's role (CreatePetRequest, CreatePetResponse404),
// plus the types those need. The document's root is not a
// schema and paths are not generated. Names that collide are settled like
// any others, by schema location, so that a component keeps its name.
// With Config.Only, only the components it names are declared, and no
// operation's bodies.
func (b *builder) components(doc *loadedDoc) {
	names := components(doc)
	var bodies []openapi.Body
	if b.only == nil && (b.operations || len(names) == 0) {
		bodies = openapi.Bodies(doc.root)
	}
	if len(names) == 0 && len(bodies) == 0 {
		b.errs.add(doc.file, openapi.SchemasPointer, errors.New(
			"an OpenAPI document with neither components.schemas nor JSON request or response bodies written inline in operations has no types to generate"))
		return
	}
	for _, def := range b.definitionsOf(doc) {
		if b.only != nil {
			b.only[def.name] = true
		}
		b.definition(doc, def.ptr, def.name)
	}
	for _, body := range bodies {
		if !body.Ref {
			b.definition(doc, body.Pointer, naming.GoName(body.Operation)+naming.GoName(body.Role))
		} else if def := b.compileDefinition(doc, body.Pointer); def != nil {
			if target, ok := b.pureRef(def); ok {
				b.named(target) // under its own name: the file's, or its component's
			}
		}
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
