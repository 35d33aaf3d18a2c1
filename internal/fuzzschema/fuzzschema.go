// Package fuzzschema builds JSON Schema documents from fuzz input with a
// small grammar, so that a fuzzer explores combinations of keywords and
// shapes rather than the bytes of whole documents, most of which are not
// schemas at all.
//
// Every byte string is a valid sentence: each decision reads the next byte,
// and reads 0 once the input is used up, so a short input gives a small
// schema and a longer one a larger one. The grammar covers nested objects,
// arrays and maps; required and optional properties; free-form, closed and
// empty objects; $defs and $ref to any subschema built before (a property's
// schema, an array's items, a variant of a union); oneOf, anyOf and allOf
// (OpenAPI's inheritance too, a part describing a property again);
// patterns, formats, enums, const and bounds; and names that collide with
// the identifiers schemagen generates (titles and x-go-name values such as
// CheckPropertiesName, properties such as Validate, MarshalJSON, pattern and
// open).
package fuzzschema

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator/naming"
)

// Limits keep schemas small enough to build and type-check quickly.
const (
	maxDepth = 5
	maxNodes = 40
)

// Names a property, definition or title may take. Several collide with
// what schemagen generates: method names, the locals of generated code
// (open, b, k, v, err) and the prefixes of helpers (check…Pattern0).
var (
	propertyNames = []string{"a", "b", "s", "name", "id", "in", "out", "none", "open", "pattern",
		"Validate", "MarshalJSON", "UnmarshalJSON", "ecmaFeatures", "overrides", "jsx", "type", "items",
		"k", "v", "err", "1x", "a-b", "A", "String", "extra", "data", "_"}
	defNames = []string{"A", "B", "Item", "Root", "Open", "checkRoot", "Validate", "pattern"}
	titles   = []string{"CheckPropertiesName", "Root", "Validate", "Open", "Pattern", "CheckRoot", "Item",
		"A", "CheckPropertiesA", "RootA"}
	patterns = []string{`^a$`, `^b$`, `^[a-z]+$`, `^[0-9]{2,4}$`, `a`, `^x-`, `^\d+(\.\d+)?$`,
		`^(foo|bar)$`, `[A-Z]`, `^$`, `^[^/]*$`, `\.json$`}
	formats = []string{"date-time", "date", "time", "email", "uri", "uuid", "ipv4", "ipv6", "hostname",
		"duration", "regex", "x-unknown"}
)

// source hands out the fuzz input a byte at a time, then zeros.
type source struct {
	data []byte
	pos  int
}

func (s *source) next() int {
	if s.pos >= len(s.data) {
		return 0
	}
	b := s.data[s.pos]
	s.pos++
	return int(b)
}

func (s *source) intn(n int) int            { return s.next() % n }
func (s *source) flag() bool                { return s.next()&1 == 1 }
func (s *source) pick(from []string) string { return from[s.intn(len(from))] }

// builder builds one schema document.
type builder struct {
	src     source
	targets []string // JSON Pointers of finished subschemas, which a $ref may name
	nodes   int
}

// Schema returns the schema document the grammar builds from data, as
// JSON with sorted keys. The same data always gives the same document.
func Schema(data []byte) []byte {
	b := &builder{src: source{data: data}}
	root := b.root()
	out, err := json.Marshal(root)
	if err != nil {
		panic(err) // the grammar builds only strings, numbers, booleans, arrays and maps
	}
	return out
}

// root builds the root schema: perhaps a title and $defs, then an object
// most of the time.
func (b *builder) root() map[string]any {
	root := map[string]any{}
	title := b.src.intn(4)
	if b.src.flag() {
		defs := map[string]any{}
		for range 1 + b.src.intn(3) {
			name := b.src.pick(defNames)
			if _, dup := defs[name]; dup {
				continue
			}
			defs[name] = b.schema("/$defs/"+escape(name), 1)
		}
		root["$defs"] = defs
	}
	if b.src.intn(4) != 0 {
		b.object(root, "", 0)
	} else {
		for k, v := range b.schema("", 0) {
			if k != "$defs" && k != "title" {
				root[k] = v
			}
		}
	}
	switch title {
	case 1:
		root["title"] = b.src.pick(titles)
	case 2:
		// The prefix of the helpers generated for a root property
		// (checkPropertiesName for "name"), as the root type's name.
		if props, ok := root["properties"].(map[string]any); ok {
			var names []string
			for name := range props {
				names = append(names, name)
			}
			slices.Sort(names)
			root["title"] = "CheckProperties" + naming.GoName(b.src.pick(names))
		}
	}
	return root
}

// schema builds a subschema at JSON Pointer ptr and depth depth.
func (b *builder) schema(ptr string, depth int) map[string]any {
	b.nodes++
	kind := b.src.intn(16)
	if depth >= maxDepth || b.nodes > maxNodes {
		kind %= 6
	}
	s := map[string]any{}
	switch kind {
	case 0:
		b.str(s)
	case 1:
		s["type"] = "integer"
		b.bounds(s, false)
	case 2:
		s["type"] = "number"
		b.bounds(s, true)
	case 3:
		s["type"] = "boolean"
	case 4:
		if b.src.flag() {
			s["type"] = "null"
		}
	case 5:
		b.enum(s)
	case 6, 7:
		b.object(s, ptr, depth)
	case 8:
		b.array(s, ptr, depth)
	case 9:
		b.dict(s, ptr, depth)
	case 10:
		if len(b.targets) == 0 {
			b.str(s)
			break
		}
		s["$ref"] = "#" + b.targets[b.src.intn(len(b.targets))]
		if b.src.intn(4) == 0 {
			s["description"] = "a reference"
		}
	case 11:
		kw := [...]string{"oneOf", "anyOf", "allOf"}[b.src.intn(3)]
		if kw == "allOf" && b.src.intn(3) == 0 {
			s[kw] = b.inheritance(ptr, depth)
			break
		}
		n := 1 + b.src.intn(3)
		vs := make([]any, n)
		for i := range vs {
			vs[i] = b.schema(ptr+"/"+kw+"/"+strconv.Itoa(i), depth+1)
		}
		if kw != "allOf" && b.src.intn(3) == 0 {
			vs = append(vs, map[string]any{"type": "null"}) // the usual way to make a reference or union nullable
		}
		s[kw] = vs
		if kw == "allOf" && b.src.intn(3) == 0 {
			// A closed composition, as 2019-09 and later write it.
			s["properties"] = map[string]any{"own": b.schema(ptr+"/properties/own", depth+1)}
			s["unevaluatedProperties"] = false
		}
	case 12:
		s["pattern"] = b.src.pick(patterns)
	case 13:
		t := [...]string{"string", "integer", "object", "boolean"}[b.src.intn(4)]
		types := []any{t, "null"}
		if other := [...]string{"string", "number", "boolean"}[b.src.intn(3)]; t != "object" && other != t && b.src.flag() {
			// Several scalar types, as configuration schemas list them.
			types = []any{t, other}
			if b.src.flag() {
				types = append(types, "null")
			}
			if b.src.flag() {
				b.bounds(s, false)
			}
		}
		s["type"] = types
		if t == "string" && b.src.flag() {
			s["pattern"] = b.src.pick(patterns)
		}
	case 14:
		s["type"] = "string"
		s["format"] = b.src.pick(formats)
	case 15:
		s["type"] = "object"
		if b.src.flag() {
			s["additionalProperties"] = b.src.flag()
		}
	}
	switch b.src.intn(12) {
	case 0:
		s["title"] = b.src.pick(titles)
	case 1:
		s["x-go-name"] = b.src.pick(titles)
	}
	b.targets = append(b.targets, ptr)
	return s
}

// inheritance returns the parts of an allOf as OpenAPI documents extend a
// component: a base object, and a part that describes one of the base's
// properties again, in the same words or others, by values (an enum or a
// const) that the base may reject, or by other keywords.
func (b *builder) inheritance(ptr string, depth int) []any {
	name := b.src.pick(propertyNames)
	if name == "extra" {
		name = "a"
	}
	kept := map[string]any{"type": "string"}
	if b.src.flag() {
		kept["maxLength"] = 3
	}
	base := map[string]any{"type": "object", "properties": map[string]any{name: kept}}
	if b.src.flag() {
		base["required"] = []any{name}
	}
	again := maps.Clone(kept)
	switch b.src.intn(5) {
	case 1:
		again["description"] = "the same, in other words"
	case 2:
		again = map[string]any{"enum": []any{"a", "bb"}}
	case 3:
		again = map[string]any{"const": "long"}
	case 4:
		again["minLength"] = 1
	}
	part := map[string]any{"properties": map[string]any{name: again, "extra": b.schema(ptr+"/allOf/1/properties/extra", depth+1)}}
	if b.src.flag() {
		part["type"] = "object"
	}
	return []any{base, part}
}

// str makes s a string schema with some of its keywords.
func (b *builder) str(s map[string]any) {
	s["type"] = "string"
	if b.src.flag() {
		s["pattern"] = b.src.pick(patterns)
	}
	switch b.src.intn(4) {
	case 1:
		s["minLength"] = b.src.intn(3)
	case 2:
		s["maxLength"] = 1 + b.src.intn(5)
	case 3:
		s["format"] = b.src.pick(formats)
	}
}

// bounds adds numeric bounds to s; fractions when frac.
func (b *builder) bounds(s map[string]any, frac bool) {
	nums := []any{0, 1, -1, 3, 10, 100}
	if frac {
		nums = append(nums, 0.5, 2.5, 1e3)
	}
	for _, kw := range []string{"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"} {
		if b.src.intn(4) != 0 {
			continue
		}
		v := nums[b.src.intn(len(nums))]
		if kw == "multipleOf" {
			v = []any{2, 3, 0.5, 1}[b.src.intn(3+btoi(frac))]
		}
		s[kw] = v
	}
	if b.src.intn(4) == 0 {
		s["enum"] = []any{1, 2, 3}
	}
}

// enum makes s an enum or a const.
func (b *builder) enum(s map[string]any) {
	switch b.src.intn(5) {
	case 0:
		s["enum"] = []any{"a", "b", "Validate"}
	case 1:
		s["enum"] = []any{1, "x", nil}
	case 2:
		s["const"] = "x"
	case 3:
		s["const"] = 3
	case 4:
		s["type"] = "string"
		s["enum"] = []any{"open", "1", ""}
		if b.src.flag() {
			// An enum with a check of its own, which "1" fails.
			s["pattern"] = "^[a-z]*$"
		}
	}
}

// object makes s an object schema with properties at ptr/properties/….
func (b *builder) object(s map[string]any, ptr string, depth int) {
	s["type"] = "object"
	n := b.src.intn(5)
	if n > 0 {
		props := map[string]any{}
		var required []any
		for range n {
			name := b.src.pick(propertyNames)
			if _, dup := props[name]; dup {
				continue
			}
			props[name] = b.schema(ptr+"/properties/"+escape(name), depth+1)
			if b.src.flag() {
				required = append(required, name)
			}
		}
		s["properties"] = props
		if len(required) > 0 {
			s["required"] = required
		}
	}
	switch b.src.intn(5) {
	case 1:
		s["additionalProperties"] = true
	case 2:
		s["additionalProperties"] = false
	case 3:
		s["additionalProperties"] = b.schema(ptr+"/additionalProperties", depth+1)
	}
	if b.src.intn(4) == 0 {
		// Extensions, as configuration schemas allow them, or properties
		// of one schema named by a pattern.
		p := b.src.pick(patterns)
		var ps any = map[string]any{}
		if b.src.intn(3) == 0 {
			ps = b.schema(ptr+"/patternProperties/"+escape(p), depth+1)
		}
		s["patternProperties"] = map[string]any{p: ps}
	}
	if b.src.intn(8) == 0 {
		s["minProperties"] = 1
	}
}

// array makes s an array schema.
func (b *builder) array(s map[string]any, ptr string, depth int) {
	s["type"] = "array"
	if b.src.intn(4) != 0 {
		s["items"] = b.schema(ptr+"/items", depth+1)
	}
	switch b.src.intn(5) {
	case 1:
		s["minItems"] = 1
	case 2:
		s["maxItems"] = 2
	case 3:
		s["uniqueItems"] = true
	}
}

// dict makes s a map: an object whose values all match one schema, with
// perhaps patternProperties (and then perhaps only them) or propertyNames.
func (b *builder) dict(s map[string]any, ptr string, depth int) {
	s["type"] = "object"
	keys := b.src.intn(5)
	// Names by pattern, as configuration schemas name services: only the
	// pattern's properties. Decided first, as a "$ref" may point into the
	// additionalProperties schema it replaces.
	if (keys == 2 || keys == 3) && b.src.intn(2) == 0 {
		s["additionalProperties"] = false
	} else {
		s["additionalProperties"] = b.schema(ptr+"/additionalProperties", depth+1)
	}
	switch keys {
	case 1:
		s["propertyNames"] = map[string]any{"pattern": b.src.pick(patterns)}
	case 2, 3:
		p := b.src.pick(patterns)
		s["patternProperties"] = map[string]any{p: b.schema(ptr+"/patternProperties/"+escape(p), depth+1)}
	}
}

// escape escapes a name for a JSON Pointer in a URI fragment.
func escape(name string) string {
	name = strings.NewReplacer("~", "~0", "/", "~1").Replace(name)
	var sb strings.Builder
	for _, c := range []byte(name) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~!$&'()*+,;=:@/", c) >= 0 {
			sb.WriteByte(c)
		} else {
			sb.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
		}
	}
	return sb.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
