package templates

import (
	"bytes"
	"encoding/json"
	"slices"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// genericLit returns a Go expression for a JSON value from a schema in the
// generic form Checks walk (see jsonrt.Parse):
//
//	nil, true, json.Number("1.5"), "text", []any{...}, map[string]any{...}
func genericLit(v ir.Value) jen.Code {
	var decoded any
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	if err := dec.Decode(&decoded); err != nil {
		panic("templates: invalid JSON value from the IR: " + err.Error())
	}
	return genericCode(decoded)
}

func genericCode(v any) jen.Code {
	switch v := v.(type) {
	case nil:
		return jen.Nil()
	case bool:
		return jen.Lit(v)
	case json.Number:
		return jen.Qual("encoding/json", "Number").Call(jen.Lit(string(v)))
	case string:
		return jen.Lit(v)
	case []any:
		items := make([]jen.Code, len(v))
		for i, item := range v {
			items[i] = genericCode(item)
		}
		return jen.Index().Any().Values(items...)
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		members := make([]jen.Code, len(keys))
		for i, k := range keys {
			members[i] = jen.Lit(k).Op(":").Add(genericCode(v[k]))
		}
		return jen.Map(jen.String()).Any().Values(members...)
	}
	panic("templates: unexpected JSON value")
}
