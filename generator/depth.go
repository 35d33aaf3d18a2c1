package generator

import (
	"fmt"

	"github.com/schemagen/schemagen/generator/document"
)

// maxSchemaDepth is how deep schemas may nest in a file: a subschema of a
// subschema ... of a root, counting the root as 1. No schema written by
// hand or generated from an API comes near it, and deeper ones cost
// jsonschema/v5 time that grows with about the cube of the depth (500
// nested "not"s take 3.5 s, 1,000 took 23 s, 3,000 nested properties 6
// minutes).
const maxSchemaDepth = 512

// checkDepth reports the first schema of doc nested deeper than
// maxSchemaDepth.
func checkDepth(doc *loadedDoc) error {
	var err error
	var check func(n *document.Node, ptr string, depth int)
	check = func(n *document.Node, ptr string, depth int) {
		if err != nil {
			return
		}
		if depth > maxSchemaDepth {
			err = &Error{File: doc.file, Pointer: ptr, Err: fmt.Errorf("schema nested more than %d deep: schemagen supports up to %d nested schemas", maxSchemaDepth, maxSchemaDepth)}
			return
		}
		subschemas(n, ptr, func(sub *document.Node, ptr string) { check(sub, ptr, depth+1) })
	}
	walkRoots(doc.root, func(root *document.Node, ptr string) { check(root, ptr, 1) })
	return err
}
