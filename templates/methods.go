package templates

import (
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/schemagen/schemagen/generator/ir"
)

// methodDocs are the doc comments of a type's UnmarshalJSON and MarshalJSON,
// which say what they do for that kind of type; Validate's is the same for
// every type.
type methodDocs struct {
	unmarshal string
	marshal   string
}

// decodeErrors is the sentence every UnmarshalJSON doc ends with.
const decodeErrors = "comes back as a *jsonrt.ValidationError, and x is set to its zero value; Validate checks the rest."

// structDocs describes the methods of a struct type.
func structDocs(st *ir.Struct) methodDocs {
	wrong := "a JSON type a field cannot hold"
	if slices.ContainsFunc(st.Fields, func(f *ir.Field) bool { return f.Required }) {
		wrong += ", a missing required property"
	}
	if st.Extra == nil || len(st.Extra.Only) > 0 {
		wrong += ", a property the schema does not allow"
	}
	marshal := "MarshalJSON encodes x as a JSON object, with its properties in schema order."
	if st.Extra != nil {
		marshal = "MarshalJSON encodes x as a JSON object, with its properties in schema order, then those of " + st.Extra.Name + " sorted by name."
	}
	unmarshal := "UnmarshalJSON decodes a JSON object into x."
	if st.NonObject != "" {
		unmarshal = "UnmarshalJSON decodes a JSON object into x, and keeps any other JSON value in x." + st.NonObject + "."
		marshal += " When x." + st.NonObject + " is set, it writes that instead."
	}
	return methodDocs{
		unmarshal: unmarshal + " What decoding finds wrong (" + wrong + ") " + decodeErrors,
		marshal:   marshal,
	}
}

// enumDocs describes the methods of an enum type.
var enumDocs = methodDocs{
	unmarshal: "UnmarshalJSON decodes a JSON value into x. A value of a JSON type the Go type cannot hold " + decodeErrors,
	marshal:   "MarshalJSON encodes x as JSON.",
}

// unionDocs describes the methods of a oneOf or anyOf type.
var unionDocs = methodDocs{
	unmarshal: "UnmarshalJSON decodes JSON into x, setting the variant the value matches. A value that matches none " + decodeErrors,
	marshal:   "MarshalJSON encodes the variant of x that is set, or null when none is.",
}

// definedDocs describes the methods of a named scalar, slice, map or raw
// value of Go type t.
func definedDocs(t ir.Type) methodDocs {
	docs := methodDocs{
		unmarshal: "UnmarshalJSON decodes JSON into x. A value of a JSON type the Go type cannot hold " + decodeErrors,
		marshal:   "MarshalJSON encodes x as JSON.",
	}
	switch t.(type) {
	case *ir.Slice:
		docs.unmarshal = "UnmarshalJSON decodes a JSON array into x. What decoding finds wrong (a JSON type the Go types cannot hold) " + decodeErrors
		docs.marshal = "MarshalJSON encodes x as a JSON array."
	case *ir.Map:
		docs.unmarshal = "UnmarshalJSON decodes a JSON object into x. What decoding finds wrong (a JSON type the Go types cannot hold) " + decodeErrors
		docs.marshal = "MarshalJSON encodes x as a JSON object, its properties sorted by name."
	}
	return docs
}

// commonMethods emits the exported methods every generated type has, with
// doc comments that fit its kind (see methodDocs):
//
//	// UnmarshalJSON decodes a JSON object into x. ...
//	func (x *T) UnmarshalJSON(data []byte) error {
//		jsonrt.Clear(x)
//		d := jsonrt.NewDecoder(data)
//		x.decodeJSON(d)
//		if err := d.Finish(); err != nil {
//			jsonrt.Clear(x)
//			return err
//		}
//		return nil
//	}
//
// UnmarshalJSON decodes in place rather than into a copy assigned at the end,
// which would copy the whole value (large structs, too) once more; when
// decoding fails it leaves the zero value, never a half-decoded one.
// jsonrt.Clear writes nothing when x is zero already, as new values are.
//
//	// MarshalJSON encodes x as a JSON object, ...
//	func (x T) MarshalJSON() ([]byte, error) { return jsonrt.Release(x.appendJSON(jsonrt.Buffer())), nil }
//
//	// Validate reports every constraint of the schema that x breaks ...
//	func (x *T) Validate() error {
//		var e jsonrt.Errors
//		x.validate(&e)
//		return e.Err()
//	}
func commonMethods(f *jen.File, name string, docs methodDocs) {
	recv := jen.Id("x").Op("*").Id(name)
	addComment(f, wrap(docs.unmarshal))
	f.Func().Params(recv.Clone()).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		rt("Clear").Call(jen.Id("x")),
		jen.Id("d").Op(":=").Add(rt("NewDecoder")).Call(jen.Id("data")),
		jen.Id("x").Dot("decodeJSON").Call(jen.Id("d")),
		jen.If(jen.Err().Op(":=").Id("d").Dot("Finish").Call(), jen.Err().Op("!=").Nil()).Block(
			rt("Clear").Call(jen.Id("x")),
			jen.Return(jen.Err())),
		jen.Return(jen.Nil()),
	)
	f.Line()
	addComment(f, wrap(docs.marshal))
	f.Func().Params(jen.Id("x").Id(name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(rt("Release").Call(jen.Id("x").Dot("appendJSON").Call(rt("Buffer").Call())), jen.Nil()),
	)
	f.Line()
	f.Comment("// Validate reports every constraint of the schema that x breaks, as a")
	f.Comment("// *jsonrt.ValidationError, or nil.")
	f.Func().Params(recv.Clone()).Id("Validate").Params().Error().Block(
		jen.Var().Id("e").Add(rt("Errors")),
		jen.Id("x").Dot("validate").Call(jen.Op("&").Id("e")),
		jen.Return(jen.Id("e").Dot("Err").Call()),
	)
	f.Line()
}

// internalMethods emits the unexported methods through which generated
// types decode, encode and check one another:
//
//	func (x *T) decodeJSON(d *jsonrt.Decoder) { ... }
//	func (x *T) appendJSON(b []byte) []byte { ...; return b }
//	func (x *T) validate(e *jsonrt.Errors) { ... }
func internalMethods(f *jen.File, name string, decode, encode, validate []jen.Code) {
	decodeMethod(f, name, decode)
	encodeMethod(f, name, encode)
	validateMethod(f, name, validate)
}

// decodeMethod emits decodeJSON with the statements of decode.
func decodeMethod(f *jen.File, name string, decode []jen.Code) {
	f.Func().Params(jen.Id("x").Op("*").Id(name)).Id("decodeJSON").Params(jen.Id("d").Op("*").Add(rt("Decoder"))).Block(decode...)
	f.Line()
}

// encodeMethod emits appendJSON with the statements of encode.
func encodeMethod(f *jen.File, name string, encode []jen.Code) {
	f.Func().Params(jen.Id("x").Op("*").Id(name)).Id("appendJSON").Params(jen.Id("b").Index().Byte()).Index().Byte().Block(
		append(encode, jen.Return(jen.Id("b")))...)
	f.Line()
}

// validateMethod emits validate with the statements of validate.
func validateMethod(f *jen.File, name string, validate []jen.Code) {
	f.Func().Params(jen.Id("x").Op("*").Id(name)).Id("validate").Params(jen.Id("e").Op("*").Add(rt("Errors"))).Block(validate...)
	f.Line()
}

// wrap breaks text, one paragraph of our own words, into lines of at most
// 76 bytes where it can, as gofmt leaves doc comments to their writers.
func wrap(text string) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > 76 {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}
