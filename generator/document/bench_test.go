package document

import (
	"fmt"
	"strings"
	"testing"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// largeSchema returns a JSON Schema-like document of at least size bytes.
func largeSchema(size int) []byte {
	var b strings.Builder
	b.WriteString("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$defs\": {")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `
    "Type%d": {
      "type": "object",
      "description": "Type number %d, with \"escapes\"\n and unicode: é中 \u00e9.",
      "properties": {
        "id": {"type": "integer", "minimum": 0, "maximum": 1e9},
        "name": {"type": "string", "maxLength": 255, "pattern": "^[a-z]+$"},
        "ratio": {"type": "number", "default": -0.25},
        "tags": {"type": "array", "items": {"$ref": "#/$defs/Type%d"}},
        "kind": {"enum": ["a", "b", "c", null, true, false]}
      },
      "required": ["id", "name"],
      "additionalProperties": false
    }`, i, i, i/2)
	}
	b.WriteString("\n  }\n}\n")
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	data := largeSchema(1 << 20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	data := largeSchema(1 << 20)
	n, err := Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n.Encode()
	}
}

func TestLargeSchema(t *testing.T) {
	data := largeSchema(1 << 20)
	n, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	checkRoundTrip(t, data, n)
	if got, ok := n.Lookup("/$defs/Type7/properties/tags/items/$ref"); !ok || got.String != "#/$defs/Type3" {
		t.Errorf("Lookup in the large schema = %v, %v", got, ok)
	}
	keys := n.Get("$defs").Get("Type0").Get("properties").Keys()
	if want := "id name ratio tags kind"; strings.Join(keys, " ") != want {
		t.Errorf("property order = %v, want %s", keys, want)
	}
}
