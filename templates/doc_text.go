package templates

import (
	"fmt"
	"path"
	"strings"

	"github.com/schemagen/schemagen/generator/ir"
)

// declDoc is the doc comment of a generated type: a first sentence naming
// the type and the schema it comes from, then the schema's description.
func declDoc(d *ir.Decl) string {
	first := fmt.Sprintf("%s is generated from %s.", d.Name, schemaPlace(d.Origin))
	if d.Doc.Title != "" && d.Doc.Title != d.Name {
		first = fmt.Sprintf("%s is %q, generated from %s.", d.Name, oneLine(d.Doc.Title), schemaPlace(d.Origin))
	}
	return paragraphs(first, d.Doc.Description, constraints(d.Type), defaultText(d.Name, d.Doc, nil), deprecated(d.Doc))
}

// schemaPlace names the schema at o for a doc comment: the file's base name
// alone for a document's root ("orders.json"), else with the JSON Pointer
// ("orders.json#/$defs/Currency").
func schemaPlace(o ir.Origin) string {
	if o.Pointer == "" {
		return path.Base(o.File)
	}
	return path.Base(o.File) + "#" + o.Pointer
}

// fieldDoc is the doc comment of a field of the struct type owner: the
// property's description, or its title, then what Validate enforces, the
// default and whether it is deprecated.
func fieldDoc(owner string, f *ir.Field) string {
	text := f.Doc.Description
	if text == "" {
		text = f.Doc.Title
	}
	rules := constraints(f.Type)
	if f.Required {
		rules = strings.TrimSpace("Required. " + rules)
	}
	return paragraphs(text, rules, defaultText(owner, f.Doc, f.Default), deprecated(f.Doc))
}

func deprecated(d ir.Doc) string {
	if d.Deprecated {
		return "Deprecated: the schema marks this as deprecated."
	}
	return ""
}
