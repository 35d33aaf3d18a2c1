package templates

import (
	"fmt"
	"path"

	"github.com/schemagen/schemagen/generator/ir"
)

// declDoc is the doc comment of a generated type: a first sentence naming
// the type and the schema it comes from, then the schema's description.
func declDoc(d *ir.Decl) string {
	first := fmt.Sprintf("%s is generated from %s#%s.", d.Name, path.Base(d.Origin.File), d.Origin.Pointer)
	if d.Doc.Title != "" && d.Doc.Title != d.Name {
		first = fmt.Sprintf("%s is %q, generated from %s#%s.", d.Name, oneLine(d.Doc.Title), path.Base(d.Origin.File), d.Origin.Pointer)
	}
	return paragraphs(first, d.Doc.Description, deprecated(d.Doc))
}

// fieldDoc is the doc comment of a struct field: the property's
// description, or its title.
func fieldDoc(f *ir.Field) string {
	text := f.Doc.Description
	if text == "" {
		text = f.Doc.Title
	}
	return paragraphs(text, deprecated(f.Doc))
}

func deprecated(d ir.Doc) string {
	if d.Deprecated {
		return "Deprecated: the schema marks this as deprecated."
	}
	return ""
}
