package generator_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/generator/ir"
)

// buildSchema builds the IR of one schema document with cfg.
func buildSchema(t *testing.T, cfg generator.Config, schema string) (*ir.Package, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg.Package = "p"
	return generator.Build(cfg, []string{path})
}

// fieldTypes returns the IR type of each field of the root struct, by JSON
// name.
func fieldTypes(t *testing.T, pkg *ir.Package) map[string]ir.Type {
	t.Helper()
	for _, d := range pkg.Decls {
		if st, ok := d.Type.(*ir.Struct); ok && d.Origin.Pointer == "" {
			out := map[string]ir.Type{}
			for _, f := range st.Fields {
				out[f.JSONName] = f.Type
			}
			return out
		}
	}
	t.Fatal("no root struct")
	return nil
}

func TestGoTypeValues(t *testing.T) {
	for _, tt := range []struct {
		value string // the keyword's JSON value
		want  string // the External's import path and name, or a substring of the error
	}{
		{`"math/big.Int"`, "math/big Int"},
		{`"github.com/shopspring/decimal.Decimal"`, "github.com/shopspring/decimal Decimal"},
		{`"gopkg.in/yaml.v3.Node"`, "gopkg.in/yaml.v3 Node"},
		{`"math/big"`, "no type name"},
		{`"big.int"`, `"int" is not an exported Go identifier`},
		{`"math/big.List[int]"`, `"List[int]" is not an exported Go identifier`},
		{`".Int"`, "no import path"},
		{`"math//big.Int"`, `"math//big" is not an import path`},
		{`"./big.Int"`, `"./big" is not an import path`},
		{`"math/b g.Int"`, `has the character ' '`},
		{`7`, "must be a string"},
	} {
		pkg, err := buildSchema(t, generator.Config{}, `{"type": "object", "properties": {"n": {"x-go-type": `+tt.value+`}}}`)
		if err != nil {
			var gerr *generator.Error
			if !errors.As(err, &gerr) || gerr.Pointer != "/properties/n/x-go-type" || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("x-go-type %s: %v, want an error at /properties/n/x-go-type containing %q", tt.value, err, tt.want)
			}
			continue
		}
		ext, ok := fieldTypes(t, pkg)["n"].(*ir.External)
		if !ok || ext.ImportPath+" "+ext.Name != tt.want || ext.Check != nil {
			t.Errorf("x-go-type %s: field type %#v, want %s without a Check", tt.value, fieldTypes(t, pkg)["n"], tt.want)
		}
	}
}

func TestFormatTypes(t *testing.T) {
	schema := `{"type": "object", "properties": {
		"at": {"type": "string", "format": "date-time", "maxLength": 40},
		"day": {"type": "string", "format": "date"},
		"any": {"format": "date-time"},
		"mail": {"type": "string", "format": "email"},
		"ref": {"$ref": "#/$defs/s", "format": "date-time"},
		"big": {"type": "string", "format": "date-time", "x-go-type": "math/big.Int"}
	}, "$defs": {"s": {"type": "string"}}}`
	pkg, err := buildSchema(t, generator.Config{FormatTypes: []string{"date-time"}}, schema)
	if err != nil {
		t.Fatal(err)
	}
	if !pkg.AssertFormat {
		t.Errorf("AssertFormat is false, want the mapped format asserted")
	}
	fields := fieldTypes(t, pkg)
	if at, ok := fields["at"].(*ir.Formatted); !ok || at.Type != "DateTime" || at.Text.MaxLength != 40 {
		t.Errorf("at: %#v, want a jsonrt.DateTime with maxLength 40", fields["at"])
	}
	if _, ok := fields["day"].(*ir.String); !ok {
		t.Errorf("day: %#v, want a string: date is not mapped", fields["day"])
	}
	for _, name := range []string{"any", "ref"} {
		if raw, ok := fields[name].(*ir.Raw); !ok || raw.Check == nil || raw.Check.Format != "date-time" {
			t.Errorf("%s: %#v, want raw JSON whose check asserts date-time", name, fields[name])
		}
	}
	if _, ok := fields["big"].(*ir.External); !ok {
		t.Errorf("big: %#v, want x-go-type to win", fields["big"])
	}
	for _, c := range pkg.Checks {
		if c.Format == "email" {
			t.Errorf("the check of %s asserts email, which is not mapped", c.Origin)
		}
	}

	if _, err := buildSchema(t, generator.Config{FormatTypes: []string{"duration"}}, schema); err == nil || !strings.Contains(err.Error(), `"duration"`) {
		t.Errorf("FormatTypes duration: %v, want an error naming it", err)
	}
}
