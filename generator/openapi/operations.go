package openapi

import (
	"sort"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// A Body is the schema of an operation's request or response body, written
// inline in the operation, and the words its type's name is made of.
type Body struct {
	Pointer   string // "/paths/~1pets/post/requestBody/content/application~1json/schema"
	Operation string // the operationId, "createPet", or else the method and path, "get /pets/{petId}"
	Role      string // "Request", "Response", or "Response " and the code: "Response 404", "Response default"
	Ref       bool   // the schema is only a $ref to another file, whose schema it stands for
}

// methods are the members of a path item that are operations.
var methods = map[string]bool{
	"get": true, "put": true, "post": true, "delete": true,
	"options": true, "head": true, "patch": true, "trace": true,
}

// Bodies returns the JSON body schemas written inline in the operations of
// an OpenAPI 3 document's paths, in document order. An operation is known
// by its operationId, or else its method and path. Its request body's role
// is "Request"; a response's is "Response" for the only 2xx response with a
// JSON body (or the lowest 2xx code of several), and "Response" and the
// code otherwise. Operations and roles are not unique: the caller makes
// names of them and settles collisions.
//
// A body is the first JSON media type of its content (application/json, or
// a type ending in +json, parameters such as ";charset=utf-8" allowed).
// Left out are bodies that are references (to components.requestBodies or
// components.responses), schemas that are nothing but a $ref within the
// document (the schema they refer to has a type of its own), path items
// that are references, and callbacks. A schema that is nothing but a $ref
// to another file, as a description split into files has, is in, marked
// Ref: nothing else may declare the schema it refers to.
func Bodies(root *document.Node) []Body {
	var out []Body
	paths := root.Get("paths")
	if paths == nil || paths.Kind != document.Object {
		return nil
	}
	for _, item := range paths.Members {
		if item.Value.Kind != document.Object || item.Value.Get("$ref") != nil {
			continue
		}
		itemPtr := "/paths/" + document.EscapeToken(item.Name)
		for _, op := range item.Value.Members {
			if !methods[op.Name] || op.Value.Kind != document.Object {
				continue
			}
			out = append(out, operationBodies(op.Value, itemPtr+"/"+op.Name, operationName(op.Value, op.Name, item.Name))...)
		}
	}
	return out
}

// operationName is what an operation is known by: its operationId, or else
// its method and path.
func operationName(op *document.Node, method, path string) string {
	if id := op.Get("operationId"); id != nil && id.Kind == document.String && id.String != "" {
		return id.String
	}
	return method + " " + path
}

// operationBodies returns the inline JSON body schemas of the operation op
// at ptr, known by name (see Bodies).
func operationBodies(op *document.Node, ptr, name string) []Body {
	var out []Body
	if rb := op.Get("requestBody"); rb != nil {
		if s, ref, _ := jsonSchema(rb); s != "" {
			out = append(out, Body{ptr + "/requestBody/" + s, name, "Request", ref})
		}
	}
	responses := op.Get("responses")
	if responses == nil || responses.Kind != document.Object {
		return out
	}
	var success []string           // the 2xx codes with a JSON body, inline or not
	schemas := map[string]string{} // the inline schemas, by code
	refs := map[string]bool{}      // those that refer to another file
	for _, r := range responses.Members {
		s, ref, ok := jsonSchema(r.Value)
		if ok && isSuccess(r.Name) {
			success = append(success, r.Name)
		}
		if s != "" {
			schemas[r.Name], refs[r.Name] = s, ref
		}
	}
	sort.Strings(success)
	for _, r := range responses.Members {
		s, ok := schemas[r.Name]
		if !ok {
			continue
		}
		role := "Response"
		if len(success) == 0 || r.Name != success[0] {
			role += " " + r.Name
		}
		out = append(out, Body{ptr + "/responses/" + document.EscapeToken(r.Name) + "/" + s, name, role, refs[r.Name]})
	}
	return out
}

// isSuccess reports whether a response code is 2xx: "200", "201", "2XX".
func isSuccess(code string) bool {
	return len(code) == 3 && code[0] == '2'
}

// jsonSchema reports whether a request body or response object has a
// JSON media type, and returns the pointer, relative to the object, of the
// first one's schema ("content/application~1json/schema"), or "" if that
// schema is absent or only a $ref within the document; ref reports a schema
// that is only a $ref to another file. A reference to a request body or
// response has none.
func jsonSchema(body *document.Node) (ptr string, ref, ok bool) {
	mt, name := jsonMediaType(body)
	if mt == nil {
		return "", false, false
	}
	s := mt.Get("schema")
	if s == nil || s.Kind != document.Object {
		return "", false, true
	}
	ptr = "content/" + document.EscapeToken(name) + "/schema"
	if len(s.Members) == 1 && s.Members[0].Name == "$ref" {
		target := s.Members[0].Value
		if target.Kind != document.String || strings.HasPrefix(target.String, "#") {
			return "", false, true
		}
		return ptr, true, true
	}
	return ptr, false, true
}

// jsonMediaType returns the first JSON media type object of a request body
// or response object's content, and its media type, or nil if it is a
// reference or has none.
func jsonMediaType(body *document.Node) (*document.Node, string) {
	if body == nil || body.Kind != document.Object || body.Get("$ref") != nil {
		return nil, ""
	}
	content := body.Get("content")
	if content == nil || content.Kind != document.Object {
		return nil, ""
	}
	for _, m := range content.Members {
		if isJSON(m.Name) && m.Value.Kind == document.Object {
			return m.Value, m.Name
		}
	}
	return nil, ""
}

// isJSON reports whether a media type is JSON: application/json, or any
// type whose subtype ends in +json, with or without parameters.
func isJSON(mediaType string) bool {
	t, _, _ := strings.Cut(mediaType, ";")
	t = strings.ToLower(strings.TrimSpace(t))
	return t == "application/json" || strings.HasSuffix(t, "+json")
}
