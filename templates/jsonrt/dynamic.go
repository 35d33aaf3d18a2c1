package jsonrt

import "encoding/json"

// This file holds the runtime of dynamic validation. Schemas that no static
// Go type captures (anyOf, if/then/else, keywords without "type",
// unevaluatedProperties, $dynamicRef, ...) become types that keep the raw
// JSON; generated functions of the form
//
//	func checkN(v any, c *jsonrt.Ctx, ann *jsonrt.Ann) bool
//
// validate it by walking the generic value that [Parse] returns.

// Parse is used by generated code: it decodes one JSON text into the generic
// form that generated validators walk: nil, bool, json.Number (the literal
// exactly as written), string, []any (never nil, even when empty) and
// map[string]any, in which the last of repeated member names wins. Strings are
// unescaped as [Decoder.String] does. Arrays and objects may nest up to 10000
// deep. It returns an error for invalid JSON, giving the byte offset.
func Parse(data []byte) (any, error) {
	d := Decoder{data: data}
	v := parseValue(&d)
	if err := d.Finish(); err != nil {
		return nil, err
	}
	return v, nil
}

// parseValue reads the next value in generic form; after a syntax error it
// returns nil and Finish reports the error.
func parseValue(d *Decoder) any {
	switch d.Kind() {
	case Null:
		d.literal("null")
		return nil
	case Bool:
		return d.Bool("")
	case Number:
		return json.Number(d.readNumber())
	case String:
		return d.String("")
	case Array:
		a := []any{}
		if d.BeginArray("") {
			for d.NextElement() {
				a = append(a, parseValue(d))
			}
		}
		return a
	case Object:
		m := map[string]any{}
		if d.BeginObject("") {
			for d.NextMember() {
				key := string(d.Key())
				m[key] = parseValue(d)
			}
		}
		return m
	}
	d.skipValue() // records the syntax error
	return nil
}

// MaxCallDepth is how deeply generated check functions may nest on one
// validation, as counted by [Ctx.Descend].
const MaxCallDepth = 10000

// Ctx, used by generated code, is the state of one validation of a generic
// value: the violations and the instance location (through the embedded
// [Errors]), whether violations are being recorded, the dynamic scope, and the
// depth of nested checks. The zero value is ready to use.
type Ctx struct {
	Errors

	quiet int   // nesting of beginQuiet
	scope []int // schema resources entered, outermost first
	depth int   // nesting of Descend
}

// Fail records a violation at the current instance location, unless c is
// quiet. The message is formatted from format and args like fmt.Sprintf
// does, for the verbs %v, %s, %d and %q (without flags, width or precision)
// and %%, and for arguments of type string, json.Number, bool, the integer
// and floating-point types, nil and [Shown]; other combinations render as
// "%!verb(type)".
//
// While c is quiet Fail does nothing: it neither formats nor allocates, and
// args do not escape, so that the caller's boxing of ints, strings or
// [Show] values into args does not allocate either.
func (c *Ctx) Fail(keywordLocation, keyword, format string, args ...any) {
	if c.quiet > 0 {
		return
	}
	c.Add(keywordLocation, keyword, string(appendMessage(nil, format, args)))
}

// beginQuiet makes c quiet until the matching endQuiet. Calls nest, so that
// the applicators ([AnyOf], [OneOf], [Passes], [If], ...) can try schemas
// without reporting their violations, whatever the caller's state.
func (c *Ctx) beginQuiet() {
	c.quiet++
}

// endQuiet ends the innermost beginQuiet; c records violations again once
// every beginQuiet has ended. Unmatched calls do nothing.
func (c *Ctx) endQuiet() {
	if c.quiet > 0 {
		c.quiet--
	}
}

// PushScope adds the schema resource numbered resource to the dynamic scope
// that $dynamicRef resolves against. The generated function of a schema
// resource pushes its number on entry and pops it on exit.
func (c *Ctx) PushScope(resource int) {
	c.scope = append(c.scope, resource)
}

// PopScope removes the innermost resource from the dynamic scope. It does
// nothing when the scope is empty.
func (c *Ctx) PopScope() {
	if len(c.scope) > 0 {
		c.scope = c.scope[:len(c.scope)-1]
	}
}

// Scope returns the dynamic scope, outermost resource first. The slice is
// valid until the next PushScope or PopScope and must not be modified.
func (c *Ctx) Scope() []int {
	return c.scope
}

// Descend guards against unbounded recursion, such as that of a schema that
// refers to itself without consuming any of the instance ({"allOf":
// [{"$ref":"#"}]}). A generated check function whose $ref or $dynamicRef
// may lead back to it calls Descend on entry: if the depth of nested checks
// is below [MaxCallDepth], Descend counts one more level and returns true,
// and the function calls [Ctx.Ascend] when it returns; otherwise Descend
// returns false, counts nothing, and the function fails the instance with
// the violation "schema recursion too deep" instead of recursing until the
// stack overflows.
func (c *Ctx) Descend() bool {
	if c.depth >= MaxCallDepth {
		return false
	}
	c.depth++
	return true
}

// Ascend ends the level of nesting that a successful Descend started.
func (c *Ctx) Ascend() {
	if c.depth > 0 {
		c.depth--
	}
}
