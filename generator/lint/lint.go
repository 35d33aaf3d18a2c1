package lint

import (
	"sort"
	"strconv"

	"github.com/schemagen/schemagen/generator/document"
)

// maxEncodedSize is schemagen's keyword for the largest size, in bytes, of
// a value's compact JSON encoding (generator.MaxEncodedSizeKeyword).
const maxEncodedSize = "x-maxEncodedSize"

// A Finding is a constraint that a description states in prose but the
// schema does not encode.
type Finding struct {
	// File is the file name given to Check.
	File string
	// Pointer is the JSON Pointer of the schema whose description states
	// the constraint, e.g. "/properties/session_duration_minutes". For
	// "required" it is the property's schema, although the keyword goes
	// in its parent.
	Pointer string
	// Sentence is the sentence of the description that states the
	// constraint, whitespace-normalised. For a list of values in bullets
	// after "Possible enum values:", it is that sentence and the bullets.
	Sentence string
	// Keyword is the JSON Schema keyword that would encode the constraint:
	// "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
	// "minLength", "maxLength", "minItems", "maxItems", "enum", "required"
	// or "x-maxEncodedSize".
	Keyword string
	// Value is the keyword's value. For "required" it is the parent's whole
	// new "required" array.
	Value *document.Node
	// Patch is the overlay, an RFC 7396 merge patch from the document
	// root, that encodes the constraint, e.g.
	// {"properties":{"session_duration_minutes":{"minimum":5}}}.
	Patch *document.Node
}

// Check reports the constraints that the descriptions of a schema document
// state but its keywords do not encode, in document order: schema by
// schema, and within a description sentence by sentence. root is the
// document already merged with its overlay, if any; file only labels the
// findings. Check never modifies root.
//
// Each finding has one keyword: a sentence stating a range gives two
// findings, "minimum" and "maximum". A keyword is reported at most once per
// schema, from the first sentence that states it, and only when the
// schema lacks it.
func Check(file string, root *document.Node) []Finding {
	c := &checker{file: file, root: root}
	c.walk(root, nil, nil)
	return c.findings
}

// checker walks one document.
type checker struct {
	file     string
	root     *document.Node
	findings []Finding
}

// A parent is the object schema whose "properties" hold a schema.
type parent struct {
	node   *document.Node
	tokens []string
	name   string // the property's name
}

// Keywords whose value is a schema, an array of schemas, or an object
// whose member values are schemas.
var (
	schemaKeywords = set("additionalItems", "additionalProperties", "contains", "contentSchema",
		"else", "if", "items", "not", "propertyNames", "then", "unevaluatedItems", "unevaluatedProperties")
	schemaArrayKeywords = set("allOf", "anyOf", "items", "oneOf", "prefixItems")
	schemaMapKeywords   = set("$defs", "definitions", "dependencies", "dependentSchemas",
		"patternProperties", "properties")
)

// walk checks the schema n at tokens and then its subschemas, in the
// order their keywords appear.
func (c *checker) walk(n *document.Node, tokens []string, p *parent) {
	if n == nil || n.Kind != document.Object {
		return
	}
	c.visit(n, tokens, p)
	for _, m := range n.Members {
		v := m.Value
		switch {
		case v == nil:
		case schemaArrayKeywords[m.Name] && v.Kind == document.Array:
			for i, item := range v.Items {
				c.walk(item, extend(tokens, m.Name, strconv.Itoa(i)), nil)
			}
		case schemaKeywords[m.Name]:
			c.walk(v, extend(tokens, m.Name), nil)
		case schemaMapKeywords[m.Name] && v.Kind == document.Object:
			for _, sub := range v.Members {
				var sp *parent
				if m.Name == "properties" {
					sp = &parent{node: n, tokens: tokens, name: sub.Name}
				}
				c.walk(sub.Value, extend(tokens, m.Name, sub.Name), sp)
			}
		}
	}
}

// visit adds the findings for the description of the schema n.
func (c *checker) visit(n *document.Node, tokens []string, p *parent) {
	desc := n.Get("description")
	if desc == nil || desc.Kind != document.String || desc.String == "" {
		return
	}
	info := newSchemaInfo(n, p, desc.String)
	type found struct {
		candidate
		sentence int
	}
	var all []found
	sentences := splitSentences(desc.String)
	for i, s := range sentences {
		for _, cand := range info.boundCandidates(s.view) {
			all = append(all, found{cand, i})
		}
		if cand, ok := info.enumCandidate(s); ok {
			all = append(all, found{cand, i})
		}
		if p != nil && requiredStated(s.text, p.name) {
			all = append(all, found{candidate{keyword: "required"}, i})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		return all[i].sentence < all[j].sentence || all[i].sentence == all[j].sentence && all[i].pos < all[j].pos
	})
	done := map[string]bool{}
	for _, f := range all {
		if done[f.keyword] {
			continue
		}
		done[f.keyword] = true
		c.add(n, tokens, p, f.candidate, sentences[f.sentence])
	}
}

// add records the finding for a candidate unless the schema already
// encodes its keyword.
func (c *checker) add(n *document.Node, tokens []string, p *parent, cand candidate, s sentence) {
	target, value := tokens, cand.value
	if cand.keyword == "required" {
		req := p.node.Get("required")
		items := []*document.Node{}
		if req != nil && req.Kind == document.Array {
			for _, item := range req.Items {
				if item != nil && item.Kind == document.String && item.String == p.name {
					return
				}
				items = append(items, item.Clone())
			}
		}
		target = p.tokens
		value = &document.Node{Kind: document.Array, Items: append(items, &document.Node{Kind: document.String, String: p.name})}
	} else if n.Get(cand.keyword) != nil || cand.keyword == "enum" && n.Get("const") != nil {
		return
	}
	text := s.text
	if cand.keyword == "enum" && len(s.bullets) > 0 {
		for _, b := range s.bullets {
			text += " " + b
		}
	}
	c.findings = append(c.findings, Finding{File: c.file, Pointer: pointer(tokens), Sentence: text,
		Keyword: cand.keyword, Value: value.Clone(), Patch: buildPatch(c.root, target, cand.keyword, value)})
}

// newSchemaInfo describes the schema n, a property of p if p is not nil.
func newSchemaInfo(n *document.Node, p *parent, desc string) *schemaInfo {
	info := &schemaInfo{types: schemaTypes(n)}
	if p != nil {
		info.name = p.name
		for _, t := range nameTokens(p.name) {
			info.tokens = append(info.tokens, singular(t))
		}
		info.unit = fieldUnit(nameTokens(p.name), analysisView(desc))
		for _, k := range p.node.Get("properties").Keys() {
			if k != p.name {
				info.siblings = append(info.siblings, k)
			}
		}
	} else {
		info.unit = fieldUnit(nil, analysisView(desc))
	}
	return info
}

// schemaTypes returns the types a schema allows: its "type", or else the
// type its keywords imply. OpenAPI's "nullable": true adds "null".
func schemaTypes(n *document.Node) map[string]bool {
	types := map[string]bool{}
	switch t := n.Get("type"); {
	case t != nil && t.Kind == document.String:
		types[t.String] = true
	case t != nil && t.Kind == document.Array:
		for _, item := range t.Items {
			if item != nil && item.Kind == document.String {
				types[item.String] = true
			}
		}
	default:
		for kw, typ := range impliedTypes {
			if n.Get(kw) != nil {
				types[typ] = true
			}
		}
	}
	if nullable := n.Get("nullable"); nullable != nil && nullable.Kind == document.Bool && nullable.Bool {
		types["null"] = true
	}
	return types
}

// impliedTypes maps keywords that apply to one type to that type.
var impliedTypes = map[string]string{"properties": "object", "additionalProperties": "object",
	"patternProperties": "object", "items": "array", "prefixItems": "array",
	"maxLength": "string", "minLength": "string", "pattern": "string"}

// extend returns tokens followed by more, sharing nothing with tokens.
func extend(tokens []string, more ...string) []string {
	return append(append(make([]string, 0, len(tokens)+len(more)), tokens...), more...)
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
