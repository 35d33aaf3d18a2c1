package generator

import (
	"maps"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
)

// compileDraft returns the draft the schema library should compile a
// root document in, given the draft it would otherwise use.
//
// jsonschema/v5 compiles 2020-12 in time quadratic in a document's number
// of subschemas: for each one it lists all the document's subschemas
// again, looking for "$dynamicAnchor" (a flat schema of 10,000 properties
// spends seconds there). It compiles 2019-09 without that search, and for
// the keywords of sameDraftKeywords it compiles and validates the two
// drafts alike: the same subschema locations, the same compiled fields
// (but Draft, and ContainsEval, which the IR takes from inOtherDraft),
// the same metaschema definitions, the same vocabularies ("format" an
// assertion in a document without "$schema" in both). So a document that
// 2020-12 would compile, has no "$schema" (which would fix its draft and
// metaschema), refers only within itself, and uses no other keyword is
// compiled as 2019-09. Everything that differs between the drafts ($anchor
// patterns, $dynamic*, $recursive*, items and prefixItems, unevaluated*,
// $vocabulary, definitions) keeps the document in 2020-12.
//
// A document that uses only draft7Keywords is compiled as draft-07, whose
// metaschema is one schema where 2019-09's is six vocabularies joined by
// allOf: checking a document against it takes about a third less time
// (BenchmarkGenerate's flat schema of 10,000 properties). Draft-07's
// metaschema allows no more than 2020-12's for those keywords (less: an
// enum must be non-empty and without repeats, a pattern a regular
// expression), and compileRoot compiles a document it rejects again in
// 2020-12, so that 2020-12's verdict and message are the ones reported.
func compileDraft(root *document.Node, draft *jsonschema.Draft) *jsonschema.Draft {
	if draft != jsonschema.Draft2020 || root == nil || root.Kind != document.Object || root.Get("$schema") != nil {
		return draft
	}
	switch {
	case usesOnly(root, draft7Keywords):
		return jsonschema.Draft7
	case usesOnly(root, sameDraftKeywords):
		return jsonschema.Draft2019
	}
	return draft
}

// A keywordKind says what the value of a keyword holds.
type keywordKind int

const (
	plainValue keywordKind = iota // no subschema
	oneSchema                     // a schema
	schemaList                    // an array of schemas
	schemaMap                     // an object whose member values are schemas
)

// sameDraftKeywords are the keywords that 2019-09 and 2020-12 define
// alike, in jsonschema/v5 and in the drafts' metaschemas.
var sameDraftKeywords = map[string]keywordKind{
	"$comment": plainValue, "$defs": schemaMap, "$ref": plainValue,
	"title": plainValue, "description": plainValue, "default": plainValue, "examples": plainValue,
	"deprecated": plainValue, "readOnly": plainValue, "writeOnly": plainValue,
	"type": plainValue, "enum": plainValue, "const": plainValue,
	"multipleOf": plainValue, "maximum": plainValue, "exclusiveMaximum": plainValue,
	"minimum": plainValue, "exclusiveMinimum": plainValue,
	"maxLength": plainValue, "minLength": plainValue, "pattern": plainValue, "format": plainValue,
	"maxProperties": plainValue, "minProperties": plainValue, "required": plainValue, "dependentRequired": plainValue,
	"properties": schemaMap, "patternProperties": schemaMap, "additionalProperties": oneSchema,
	"propertyNames": oneSchema, "dependentSchemas": schemaMap,
	"allOf": schemaList, "anyOf": schemaList, "oneOf": schemaList, "not": oneSchema,
	"if": oneSchema, "then": oneSchema, "else": oneSchema,
}

// draft7Keywords are the sameDraftKeywords that draft-07 defines as
// 2020-12 does, in jsonschema/v5 and in its metaschema: all but "$ref"
// (whose siblings draft-07 ignores), "$defs" (which draft-07's metaschema
// does not check), and the keywords draft-07 does not have.
var draft7Keywords = without(sameDraftKeywords, "$ref", "$defs", "deprecated", "dependentRequired", "dependentSchemas")

// without returns keywords less names.
func without(keywords map[string]keywordKind, names ...string) map[string]keywordKind {
	out := maps.Clone(keywords)
	for _, name := range names {
		delete(out, name)
	}
	return out
}

// usesOnly reports whether the schema s, and every subschema in it, uses
// only keywords, with "$ref" only to a JSON Pointer in the same document.
func usesOnly(s *document.Node, keywords map[string]keywordKind) bool {
	switch s.Kind {
	case document.Bool:
		return true
	case document.Object:
	default:
		return false
	}
	for _, m := range s.Members {
		kind, ok := keywords[m.Name]
		if !ok {
			return false
		}
		v := m.Value
		switch kind {
		case plainValue:
			if m.Name == "$ref" && (v.Kind != document.String || (v.String != "#" && !strings.HasPrefix(v.String, "#/"))) {
				return false
			}
		case oneSchema:
			if !usesOnly(v, keywords) {
				return false
			}
		case schemaList:
			if v.Kind != document.Array {
				return false
			}
			for _, item := range v.Items {
				if !usesOnly(item, keywords) {
					return false
				}
			}
		case schemaMap:
			if v.Kind != document.Object {
				return false
			}
			for _, sub := range v.Members {
				if !usesOnly(sub.Value, keywords) {
					return false
				}
			}
		}
	}
	return true
}

// inOtherDraft reports whether s lies in a document that compileDraft had
// compiled in another draft than 2020-12. Its compilation then differs
// from 2020-12's in one field besides Draft: ContainsEval, which 2020-12
// sets on every schema of a document without "$schema" and which matters
// only beside unevaluatedItems, a keyword such a document does not use.
func (l *loader) inOtherDraft(s *jsonschema.Schema) bool {
	u, _, _ := strings.Cut(s.Location, "#")
	doc := l.doc(u)
	return doc != nil && doc.otherDraft
}
