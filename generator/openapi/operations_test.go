package openapi

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/schemagen/schemagen/generator/document"
)

// TestBodies checks which inline body schemas of operations get a type,
// and what their names are made of.
func TestBodies(t *testing.T) {
	const obj = `{"type": "object"}`
	const ref = `{"$ref": "#/components/schemas/Pet"}`
	tests := []struct {
		name, paths string
		want        []Body
	}{
		{"request and response by operationId",
			`{"/pets": {"post": {"operationId": "createPet",
				"requestBody": {"content": {"application/json": {"schema": ` + obj + `}}},
				"responses": {"201": {"content": {"application/json": {"schema": ` + obj + `}}}}}}}`,
			[]Body{
				{"/paths/~1pets/post/requestBody/content/application~1json/schema", "createPet", "Request", false},
				{"/paths/~1pets/post/responses/201/content/application~1json/schema", "createPet", "Response", false},
			}},
		{"name from method and path",
			`{"/pets/{petId}": {"get": {"responses": {"200": {"content": {"application/json": {"schema": ` + obj + `}}}}}}}`,
			[]Body{{"/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema", "get /pets/{petId}", "Response", false}}},
		{"the lowest 2xx code is Response, other codes are named",
			`{"/a": {"put": {"operationId": "op", "responses": {
				"default": {"content": {"application/json": {"schema": ` + obj + `}}},
				"4XX": {"content": {"application/problem+json": {"schema": ` + obj + `}}},
				"404": {"content": {"Application/JSON; charset=utf-8": {"schema": ` + obj + `}}},
				"2XX": {"content": {"application/json": {"schema": ` + obj + `}}},
				"202": {"content": {"application/json": {"schema": ` + obj + `}}}}}}}`,
			[]Body{
				{"/paths/~1a/put/responses/default/content/application~1json/schema", "op", "Response default", false},
				{"/paths/~1a/put/responses/4XX/content/application~1problem+json/schema", "op", "Response 4XX", false},
				{"/paths/~1a/put/responses/404/content/Application~1JSON; charset=utf-8/schema", "op", "Response 404", false},
				{"/paths/~1a/put/responses/2XX/content/application~1json/schema", "op", "Response 2XX", false},
				{"/paths/~1a/put/responses/202/content/application~1json/schema", "op", "Response", false},
			}},
		{"a $ref-only 2xx body still counts as the operation's Response",
			`{"/a": {"get": {"operationId": "op", "responses": {
				"200": {"content": {"application/json": {"schema": ` + ref + `}}},
				"201": {"content": {"application/json": {"schema": ` + obj + `}}}}}}}`,
			[]Body{{"/paths/~1a/get/responses/201/content/application~1json/schema", "op", "Response 201", false}}},
		{"a schema that is only a $ref to another file is in, marked",
			`{"/a": {"get": {"operationId": "op", "responses": {
				"200": {"content": {"application/json": {"schema": {"$ref": "schemas/Pet.yaml"}}}}}}}}`,
			[]Body{{"/paths/~1a/get/responses/200/content/application~1json/schema", "op", "Response", true}}},
		{"the first JSON media type is the body",
			`{"/a": {"post": {"operationId": "op", "requestBody": {"content": {
				"text/plain": {"schema": {"type": "string"}},
				"application/json": {"schema": ` + ref + `},
				"application/vnd.x+json": {"schema": ` + obj + `}}}, "responses": {}}}}`,
			nil},
		{"left out: references, non-JSON bodies, callbacks, non-operations",
			`{"/a": {"$ref": "#/components/pathItems/A"},
			  "/b": {"parameters": [{"schema": ` + obj + `}],
				"summary": "s",
				"get": {"requestBody": {"$ref": "#/components/requestBodies/R"},
					"responses": {"200": {"$ref": "#/components/responses/R"},
						"201": {"content": {"application/xml": {"schema": ` + obj + `}}},
						"202": {"content": {"application/json": {}}},
						"203": {"description": "no content"}},
					"callbacks": {"c": {"/cb": {"post": {"requestBody": {"content": {"application/json": {"schema": ` + obj + `}}}}}}}},
				"x-get": {"requestBody": {"content": {"application/json": {"schema": ` + obj + `}}}}}}`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := document.Parse([]byte(`{"openapi": "3.0.3", "paths": ` + tt.paths + `}`))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, Bodies(root)); diff != "" {
				t.Errorf("Bodies (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBodiesNoPaths checks that a document without paths, or with paths
// that are not an object, has no bodies.
func TestBodiesNoPaths(t *testing.T) {
	for _, doc := range []string{`{"openapi": "3.1.0"}`, `{"openapi": "3.1.0", "paths": []}`} {
		root, err := document.Parse([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		if got := Bodies(root); got != nil {
			t.Errorf("%s: Bodies = %v, want none", doc, got)
		}
	}
}
