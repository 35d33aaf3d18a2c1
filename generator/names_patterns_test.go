package generator_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// TestPatternVariableNames checks that the naming pass names every
// package-level pattern variable, so that none collides with another or
// with a type or check function: a type whose unexported name is a check
// function's (CheckPropertiesName, checkPropertiesName), and a check
// function named like a pattern variable (checkPropertiesNamePattern0).
func TestPatternVariableNames(t *testing.T) {
	schema := []byte(`{
		"title": "CheckPropertiesName",
		"type": "object",
		"properties": {
			"s": {"type": "string", "pattern": "^a$"},
			"t": {"type": "array", "items": {"type": "string", "pattern": "^a$"}},
			"u": {"type": ["string", "null"], "pattern": "^c$"},
			"name": {"pattern": "^b$", "patternProperties": {"^d": true}},
			"namePattern0": {"pattern": "^e$"}
		}
	}`)
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, schema, 0o644); err != nil {
		t.Fatal(err)
	}
	pkg, err := generator.Build(generator.Config{Package: "p"}, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{} // package-level name -> what holds it
	claim := func(name, what string) {
		t.Helper()
		if name == "" {
			t.Errorf("%s has no name", what)
		} else if other, ok := names[name]; ok {
			t.Errorf("%s and %s are both named %s", other, what, name)
		}
		names[name] = what
	}
	var vars []string
	for _, d := range pkg.Decls {
		claim(d.Name, "type "+d.Origin.String())
		for _, v := range d.Patterns {
			claim(v.Name, "pattern "+v.RE2+" of type "+d.Name)
			vars = append(vars, v.Name)
		}
	}
	for _, c := range pkg.Checks {
		claim(c.Func, "check "+c.Origin.String())
		for _, v := range c.Patterns {
			claim(v.Name, "pattern "+v.RE2+" of "+c.Func)
			vars = append(vars, v.Name)
		}
	}
	// The type's own code matches ^a$ (twice) and ^c$; the checks match ^b$, ^d and ^e$.
	if len(vars) != 5 {
		t.Errorf("pattern variables %v, want 5: one per distinct expression of each type and check", vars)
	}
	files, err := templates.Render(pkg)
	if err != nil {
		t.Fatal(err)
	}
	var code string // every file of the package: the types' and the JSON code's
	for _, f := range files {
		code += string(f.Content)
	}
	for _, v := range vars {
		if strings.Count(code, "\nvar "+v+" = ") != 1 {
			t.Errorf("%s is not declared exactly once:\n%s", v, code)
		}
	}
	checkCompiles(t, files, schema)
}
