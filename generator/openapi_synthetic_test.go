package generator_test

import (
	"fmt"
	"strings"
	"text/template"
)

// denseOpenAPI returns an OpenAPI 3.0 document in YAML of at least size
// bytes, all components and no paths: each component has a dozen
// properties, most of them constrained, a long description, an example,
// x- extensions, nullable fields, enums, arrays, references to other
// components, and every tenth a discriminated union. It is the worst case
// for generation, far denser in validation code than vendors' documents.
func denseOpenAPI(size int) []byte {
	var b strings.Builder
	b.WriteString("openapi: 3.0.3\ninfo:\n  title: Synthetic\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "    api.v1-Thing%d:\n      type: object\n      description: >-\n        Thing number %d. %s\n", i, i, strings.Repeat("It has a long description, as vendors write them. ", 4))
		fmt.Fprintf(&b, "      x-internal: false\n      example: {id: thing_%d, count: %d}\n      required: [id, kind]\n      properties:\n", i, i)
		fmt.Fprintf(&b, "        id: {type: string, description: The identifier., readOnly: true, minLength: 1, maxLength: 64}\n")
		fmt.Fprintf(&b, "        kind: {type: string, enum: [thing%d]}\n", i)
		fmt.Fprintf(&b, "        count: {type: integer, format: int32, minimum: 0, exclusiveMinimum: true, nullable: true}\n")
		fmt.Fprintf(&b, "        ratio: {type: number, format: double, maximum: 1}\n")
		fmt.Fprintf(&b, "        created_at: {type: string, format: date-time}\n")
		fmt.Fprintf(&b, "        blob: {type: string, format: binary}\n")
		fmt.Fprintf(&b, "        status: {type: string, enum: [active, inactive, null], nullable: true}\n")
		fmt.Fprintf(&b, "        tags: {type: array, items: {type: string, pattern: '^[a-z]+$'}, maxItems: 10}\n")
		fmt.Fprintf(&b, "        metadata: {type: object, additionalProperties: {}}\n")
		fmt.Fprintf(&b, "        password: {type: string, format: password, writeOnly: true}\n")
		if i > 0 {
			fmt.Fprintf(&b, "        previous: {$ref: '#/components/schemas/api.v1-Thing%d'}\n", i-1)
			fmt.Fprintf(&b, "        related:\n          type: array\n          items: {$ref: '#/components/schemas/api.v1-Thing%d'}\n", i/2)
		}
		if i > 1 && i%10 == 0 {
			fmt.Fprintf(&b, "    Either%d:\n      oneOf:\n        - $ref: '#/components/schemas/api.v1-Thing%d'\n        - $ref: '#/components/schemas/api.v1-Thing%d'\n", i, i-1, i-2)
			fmt.Fprintf(&b, "      discriminator:\n        propertyName: kind\n        mapping:\n          thing%d: api.v1-Thing%d\n          thing%d: '#/components/schemas/api.v1-Thing%d'\n", i-1, i-1, i-2, i-2)
		}
	}
	return []byte(b.String())
}

// vendorOpenAPI returns an OpenAPI 3.0 document in YAML of at least size
// bytes shaped like the documents API vendors publish (GitHub's, for
// example): per resource, two paths with four operations (summaries, long
// Markdown descriptions, external docs, shared and inline parameters,
// inline request and response schemas, examples, x- extensions, references
// to shared responses), and one component of about twenty properties,
// most of them documented and unconstrained, some nullable, with formats,
// an enum, an inline object, an array and references to other components.
// Per byte it has about a quarter of the dense document's properties.
func vendorOpenAPI(size int) []byte {
	var b strings.Builder
	b.WriteString(vendorHead)
	var paths, schemas strings.Builder
	for i := 0; paths.Len()+schemas.Len()+len(vendorHead)+len(vendorShared) < size; i++ {
		r := vendorResource{I: i, Related: i / 2, HasRelated: i > 0}
		if err := vendorPaths.Execute(&paths, r); err != nil {
			panic(err)
		}
		if err := vendorSchema.Execute(&schemas, r); err != nil {
			panic(err)
		}
	}
	b.WriteString(paths.String())
	b.WriteString(vendorShared)
	b.WriteString(schemas.String())
	return []byte(b.String())
}

// A vendorResource is what vendorOpenAPI's templates are executed with.
type vendorResource struct {
	I, Related int  // the resource's number and that of one it refers to
	HasRelated bool // whether it refers to another resource
}

// vendorHead opens vendorOpenAPI's document.
const vendorHead = `openapi: 3.0.3
info:
  title: Synthetic vendor API
  description: Use the REST API to manage accounts, projects and everything in between.
  version: 1.1.4
  license:
    name: MIT
    url: https://spdx.org/licenses/MIT
servers:
- url: https://api.example.com
externalDocs:
  description: API documentation
  url: https://docs.example.com/rest/
paths:
`

// vendorPaths is one resource's paths in vendorOpenAPI's document.
var vendorPaths = template.Must(template.New("paths").Parse(`  "/orgs/{org}/accounts{{.I}}":
    get:
      summary: List accounts of kind {{.I}} for an organization
      description: |-
        Lists the accounts of kind {{.I}} that belong to an organization. The
        authenticated user must be a member of the organization, and tokens need
        the ` + "`read:org`" + ` scope. Results are paginated: see "[Using pagination in the
        REST API](https://docs.example.com/rest/guides/using-pagination)."

        **Note:** accounts that were archived are only listed when ` + "`state`" + ` is ` + "`all`" + `.
      tags:
      - accounts{{.I}}
      operationId: accounts{{.I}}/list-for-org
      externalDocs:
        description: API method documentation
        url: https://docs.example.com/rest/accounts{{.I}}#list-accounts-for-an-organization
      parameters:
      - "$ref": "#/components/parameters/org"
      - name: state
        description: Indicates the state of the accounts to return.
        in: query
        required: false
        schema:
          type: string
          enum:
          - open
          - archived
          - all
          default: open
      - "$ref": "#/components/parameters/per-page"
      - "$ref": "#/components/parameters/page"
      responses:
        '200':
          description: Response
          content:
            application/json:
              schema:
                type: array
                items:
                  "$ref": "#/components/schemas/account{{.I}}"
              examples:
                default:
                  value:
                  - id: 1296269
                    node_id: MDEwOlJlcG9zaXRvcnkxMjk2MjY5
                    name: Hello-World
                    description: This your first account!
                    url: https://api.example.com/accounts{{.I}}/1296269
          headers:
            Link:
              "$ref": "#/components/headers/link"
        '404':
          "$ref": "#/components/responses/not_found"
      x-vendor:
        cloudOnly: false
        enabledForApps: true
        category: accounts{{.I}}
        subcategory: null
    post:
      summary: Create an account of kind {{.I}}
      description: |-
        Creates a new account of kind {{.I}} in the specified organization. The
        authenticated user must be an owner of the organization.
      tags:
      - accounts{{.I}}
      operationId: accounts{{.I}}/create-in-org
      parameters:
      - "$ref": "#/components/parameters/org"
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                name:
                  type: string
                  description: The name of the account.
                description:
                  type: string
                  description: A short description of the account.
                private:
                  type: boolean
                  description: Whether the account is private.
                  default: false
                visibility:
                  type: string
                  description: The visibility of the account.
                  enum:
                  - public
                  - private
                  - internal
                topics:
                  type: array
                  description: Topics to tag the account with.
                  items:
                    type: string
              required:
              - name
            example:
              name: Hello-World
              description: This is your first account
              private: false
      responses:
        '201':
          description: Response
          content:
            application/json:
              schema:
                "$ref": "#/components/schemas/account{{.I}}"
          headers:
            Location:
              example: https://api.example.com/accounts{{.I}}/1296269
              schema:
                type: string
        '403':
          "$ref": "#/components/responses/forbidden"
        '422':
          "$ref": "#/components/responses/validation_failed"
  "/accounts{{.I}}/{account_id}":
    get:
      summary: Get an account of kind {{.I}}
      description: The ` + "`parent`" + ` and ` + "`source`" + ` objects are present when the account is a fork.
      tags:
      - accounts{{.I}}
      operationId: accounts{{.I}}/get
      parameters:
      - "$ref": "#/components/parameters/account-id"
      responses:
        '200':
          description: Response
          content:
            application/json:
              schema:
                "$ref": "#/components/schemas/account{{.I}}"
        '301':
          "$ref": "#/components/responses/moved_permanently"
        '404':
          "$ref": "#/components/responses/not_found"
    patch:
      summary: Update an account of kind {{.I}}
      description: Updates an account. Only the fields given change.
      tags:
      - accounts{{.I}}
      operationId: accounts{{.I}}/update
      parameters:
      - "$ref": "#/components/parameters/account-id"
      requestBody:
        required: false
        content:
          application/json:
            schema:
              type: object
              properties:
                name:
                  type: string
                  description: The name of the account.
                homepage:
                  type: string
                  description: A URL with more information about the account.
                archived:
                  type: boolean
                  description: Whether to archive the account.
      responses:
        '200':
          description: Response
          content:
            application/json:
              schema:
                "$ref": "#/components/schemas/account{{.I}}"
        '422':
          "$ref": "#/components/responses/validation_failed"
    delete:
      summary: Delete an account of kind {{.I}}
      description: Deleting an account requires admin access.
      tags:
      - accounts{{.I}}
      operationId: accounts{{.I}}/delete
      parameters:
      - "$ref": "#/components/parameters/account-id"
      responses:
        '204':
          description: Response
        '403':
          "$ref": "#/components/responses/forbidden"
`))

// vendorShared is the components every resource of vendorOpenAPI's
// document refers to, and the start of its schemas.
const vendorShared = `components:
  parameters:
    org:
      name: org
      description: The organization name. The name is not case sensitive.
      in: path
      required: true
      schema:
        type: string
    account-id:
      name: account_id
      description: The unique identifier of the account.
      in: path
      required: true
      schema:
        type: integer
    per-page:
      name: per_page
      description: The number of results per page (max 100).
      in: query
      schema:
        type: integer
        default: 30
    page:
      name: page
      description: Page number of the results to fetch.
      in: query
      schema:
        type: integer
        default: 1
  headers:
    link:
      example: <https://api.example.com/accounts?page=2>; rel="next"
      schema:
        type: string
  responses:
    not_found:
      description: Resource not found
      content:
        application/json:
          schema:
            "$ref": "#/components/schemas/basic-error"
    forbidden:
      description: Forbidden
      content:
        application/json:
          schema:
            "$ref": "#/components/schemas/basic-error"
    moved_permanently:
      description: Moved permanently
    validation_failed:
      description: Validation failed, or the endpoint has been spammed.
      content:
        application/json:
          schema:
            "$ref": "#/components/schemas/basic-error"
  schemas:
    basic-error:
      title: Basic Error
      description: Basic Error
      type: object
      properties:
        message:
          type: string
        documentation_url:
          type: string
        url:
          type: string
        status:
          type: string
    simple-user:
      title: Simple User
      description: A user of the service.
      type: object
      properties:
        name:
          nullable: true
          type: string
        email:
          nullable: true
          type: string
        login:
          type: string
          example: octocat
        id:
          type: integer
          format: int64
          example: 1
        avatar_url:
          type: string
          format: uri
          example: https://example.com/images/error/octocat_happy.gif
        type:
          type: string
          example: User
        site_admin:
          type: boolean
      required:
      - login
      - id
      - avatar_url
      - type
      - site_admin
`

// vendorSchema is one resource's component in vendorOpenAPI's document.
var vendorSchema = template.Must(template.New("schema").Parse(`    account{{.I}}:
      title: Account {{.I}}
      description: An account of kind {{.I}}, as the API returns it. Most fields are
        present on every account; those marked nullable are null until set.
      type: object
      properties:
        id:
          description: Unique identifier of the account.
          example: 42
          type: integer
          format: int64
        node_id:
          type: string
          example: MDEwOlJlcG9zaXRvcnkxMjk2MjY5
        name:
          description: The name of the account.
          type: string
          example: Team Environment
        full_name:
          type: string
          example: octocat/Hello-World
        owner:
          "$ref": "#/components/schemas/simple-user"
        private:
          description: Whether the account is private or public.
          default: false
          type: boolean
        html_url:
          type: string
          format: uri
          example: https://example.com/octocat/Hello-World
        description:
          type: string
          example: This your first account!
          nullable: true
        url:
          type: string
          format: uri
          example: https://api.example.com/accounts{{.I}}/1296269
        homepage:
          type: string
          format: uri
          nullable: true
        size:
          description: The size of the account, in kilobytes.
          type: integer
          example: 108
        visibility:
          description: 'The account visibility: public, private, or internal.'
          type: string
          enum:
          - public
          - private
          - internal
          default: public
        topics:
          type: array
          items:
            type: string
        permissions:
          type: object
          properties:
            admin:
              type: boolean
            maintain:
              type: boolean
            push:
              type: boolean
            pull:
              type: boolean
          required:
          - admin
          - pull
          - push
        archived:
          description: Whether the account is archived.
          default: false
          type: boolean
        pushed_at:
          type: string
          format: date-time
          example: '2011-01-26T19:06:43Z'
          nullable: true
        created_at:
          type: string
          format: date-time
          example: '2011-01-26T19:01:12Z'
        updated_at:
          type: string
          format: date-time
          example: '2011-01-26T19:14:43Z'
          nullable: true
{{- if .HasRelated}}
        template_account:
          nullable: true
          allOf:
          - "$ref": "#/components/schemas/account{{.Related}}"
{{- end}}
      required:
      - id
      - node_id
      - name
      - full_name
      - owner
      - private
      - html_url
      - description
      - url
      - created_at
      - updated_at
`))
