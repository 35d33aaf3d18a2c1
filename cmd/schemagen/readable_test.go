package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestReadableGolden checks that the golden case 062_readable shows every
// feature that makes generated code read well, so that losing one fails a
// test even when its golden file is updated with -update.
func TestReadableGolden(t *testing.T) {
	file := filepath.Join(goldenRoot, "062_readable", "want", "schema_gen.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	st, typeDoc := structType(t, f, "SessionRequest")
	fields := fieldDocs(st)

	t.Run("descriptions are doc comments", func(t *testing.T) {
		wantIn(t, "the type's doc", typeDoc, "Starts a session, or extends the one a token names.")
		wantIn(t, "Zone's doc", fields["Zone"], "The region whose servers keep the session.")
		wantIn(t, "SessionToken's doc", fields["SessionToken"], "The token the session service hands out.")
	})
	t.Run("constraints are doc comments", func(t *testing.T) {
		wantIn(t, "SessionDurationMinutes's doc", fields["SessionDurationMinutes"], "\n\nMust be between 5 and 527040.\n")
		wantIn(t, "SessionToken's doc", fields["SessionToken"], "Required. Must be at least 1 character long.")
	})
	t.Run("deprecated is a Deprecated paragraph", func(t *testing.T) {
		wantIn(t, "LegacyToken's doc", fields["LegacyToken"], "\n\nDeprecated: ")
	})
	t.Run("defaults are documented and declared", func(t *testing.T) {
		wantIn(t, "SessionDurationMinutes's doc", fields["SessionDurationMinutes"],
			"Default: 60; see [DefaultSessionRequestSessionDurationMinutes] and [SessionRequest.SessionDurationMinutesOrDefault].")
		wantIn(t, "Audiences's doc", fields["Audiences"],
			`Default: ["web"]; see [DefaultSessionRequestAudiences] and [SessionRequest.AudiencesOrDefault].`)
		wantIn(t, "Retries's doc", fields["Retries"], "Default: -1.\n") // it breaks the schema: nothing to see
		decls := declared(f)
		for name, want := range map[string]string{
			"DefaultSessionRequestZone":                      "const DefaultSessionRequestZone SessionRequestZone = SessionRequestZoneEu",
			"DefaultSessionRequestSessionDurationMinutes":    "const DefaultSessionRequestSessionDurationMinutes int32 = 60",
			"DefaultSessionRequestAudiences":                 "func DefaultSessionRequestAudiences() []string",
			"SessionRequest.ZoneOrDefault":                   "func (x *SessionRequest) ZoneOrDefault() SessionRequestZone",
			"SessionRequest.SessionDurationMinutesOrDefault": "func (x *SessionRequest) SessionDurationMinutesOrDefault() int32",
			"SessionRequest.AudiencesOrDefault":              "func (x *SessionRequest) AudiencesOrDefault() []string",
		} {
			if got, ok := decls[name]; !ok || got != want {
				t.Errorf("%s: got %q, want %q", name, got, want)
			}
		}
		for _, name := range []string{"DefaultSessionRequestRetries", "SessionRequest.RetriesOrDefault"} {
			if got, ok := decls[name]; ok {
				t.Errorf("%s is declared (%s), but the default breaks the schema", name, got)
			}
		}
	})
	t.Run("fields come in schema order", func(t *testing.T) {
		var names []string
		for _, field := range st.Fields.List {
			names = append(names, field.Names[0].Name)
		}
		want := []string{"Zone", "SessionToken", "SessionDurationMinutes", "LegacyToken", "Audiences", "Retries", "AdditionalProperties"}
		if !slices.Equal(names, want) {
			t.Errorf("fields %q, want %q", names, want)
		}
		if slices.IsSorted(want[:len(want)-1]) {
			t.Error("the schema's properties are in alphabetical order: the case shows nothing")
		}
	})
}

// structType returns the struct type name declares in f, and the type's
// doc comment.
func structType(t *testing.T, f *ast.File, name string) (*ast.StructType, string) {
	t.Helper()
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		if ts := g.Specs[0].(*ast.TypeSpec); ts.Name.Name == name {
			if st, ok := ts.Type.(*ast.StructType); ok {
				return st, g.Doc.Text()
			}
		}
	}
	t.Fatalf("no struct type %s", name)
	return nil, ""
}

// fieldDocs returns the doc comment of each field of st, by field name.
func fieldDocs(st *ast.StructType) map[string]string {
	docs := map[string]string{}
	for _, field := range st.Fields.List {
		docs[field.Names[0].Name] = field.Doc.Text()
	}
	return docs
}

// declared returns the signature of every function and the declaration of
// every constant in f, by name (Type.Method for methods).
func declared(f *ast.File) map[string]string {
	out := map[string]string{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			name := d.Name.Name
			if d.Recv != nil {
				name = strings.TrimPrefix(exprString(d.Recv.List[0].Type), "*") + "." + name
			}
			sig := "func "
			if d.Recv != nil {
				sig += "(" + d.Recv.List[0].Names[0].Name + " " + exprString(d.Recv.List[0].Type) + ") "
			}
			sig += d.Name.Name + "()"
			if d.Type.Results != nil {
				sig += " " + exprString(d.Type.Results.List[0].Type)
			}
			out[name] = sig
		case *ast.GenDecl:
			if d.Tok != token.CONST {
				continue
			}
			for _, s := range d.Specs {
				vs := s.(*ast.ValueSpec)
				out[vs.Names[0].Name] = "const " + vs.Names[0].Name + " " + exprString(vs.Type) + " = " + exprString(vs.Values[0])
			}
		}
	}
	return out
}

// exprString spells the simple type and value expressions the generated code
// uses: identifiers, literals, pointers and slices.
func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.BasicLit:
		return e.Value
	case *ast.StarExpr:
		return "*" + exprString(e.X)
	case *ast.ArrayType:
		return "[]" + exprString(e.Elt)
	}
	return "?"
}

// wantIn fails the test unless text contains want.
func wantIn(t *testing.T, what, text, want string) {
	t.Helper()
	if !strings.Contains(text, want) {
		t.Errorf("%s does not contain %q:\n%s", what, want, text)
	}
}

// TestReadableLayout checks the layout of golden case 150_layout: every
// type, constant and exported method in schema_gen.go, the machinery in
// schema_json_gen.go, and the details issue 14 asks for (grouped imports,
// doc comments that fit the kind of type, no dangling "#.", patterns in raw
// strings, no needless string conversions, initialisms in enum constants).
func TestReadableLayout(t *testing.T) {
	dir := filepath.Join(goldenRoot, "150_layout", "want")
	api := parseGolden(t, filepath.Join(dir, "schema_gen.go"))
	codec := parseGolden(t, filepath.Join(dir, "schema_json_gen.go"))

	t.Run("the API file holds the types and exported methods", func(t *testing.T) {
		for _, name := range []string{"Invoice", "Currency", "Status", "Sku"} {
			if !declaresType(api.file, name) {
				t.Errorf("schema_gen.go does not declare type %s", name)
			}
			for _, m := range []string{"UnmarshalJSON", "MarshalJSON", "Validate"} {
				if _, ok := declared(api.file)[name+"."+m]; !ok {
					t.Errorf("schema_gen.go does not declare %s.%s", name, m)
				}
			}
		}
		for name := range declared(api.file) {
			if _, method, ok := strings.Cut(name, "."); ok && !ast.IsExported(method) {
				t.Errorf("schema_gen.go declares the unexported method %s", name)
			}
		}
	})
	t.Run("the codec file holds no type and nothing exported", func(t *testing.T) {
		for _, d := range codec.file.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				t.Errorf("schema_json_gen.go declares a type")
			}
		}
		for name := range declared(codec.file) {
			if _, method, _ := strings.Cut(name, "."); ast.IsExported(method) || (!strings.Contains(name, ".") && ast.IsExported(name)) {
				t.Errorf("schema_json_gen.go declares the exported %s", name)
			}
		}
		for _, m := range []string{"decodeJSON", "appendJSON", "validate"} {
			if _, ok := declared(codec.file)["Invoice."+m]; !ok {
				t.Errorf("schema_json_gen.go does not declare Invoice.%s", m)
			}
		}
	})
	t.Run("imports are grouped as goimports groups them", func(t *testing.T) {
		wantIn(t, "schema_json_gen.go", codec.src, "import (\n\t\"encoding/json\"\n\t\"strconv\"\n\n\t\"github.com/schemagen/schemagen/templates/jsonrt\"\n)\n")
	})
	t.Run("method docs fit the kind of type", func(t *testing.T) {
		docs := methodDocs(api.file)
		wantIn(t, "Invoice.MarshalJSON's doc", docs["Invoice.MarshalJSON"], "properties in schema order")
		wantIn(t, "Invoice.UnmarshalJSON's doc", docs["Invoice.UnmarshalJSON"], "a missing required property")
		for _, name := range []string{"Currency", "Status", "Sku"} {
			for _, m := range []string{"MarshalJSON", "UnmarshalJSON"} {
				if doc := docs[name+"."+m]; strings.Contains(doc, "propert") || doc == "" {
					t.Errorf("%s.%s's doc talks about properties, or is missing: %q", name, m, doc)
				}
			}
		}
	})
	t.Run("no dangling #.", func(t *testing.T) {
		if strings.Contains(api.src, "#.") {
			t.Errorf("schema_gen.go has a dangling \"#.\"")
		}
		wantIn(t, "schema_gen.go", api.src, "// Invoice is generated from schema.json.\n")
		wantIn(t, "schema_gen.go", api.src, "// Currency is generated from schema.json#/$defs/Currency.\n")
	})
	t.Run("patterns are raw strings as the schema writes them", func(t *testing.T) {
		wantIn(t, "schema_json_gen.go", codec.src, "jsonrt.MustCompilePattern(`^INV-[0-9]{6}$`)")
		wantIn(t, "schema_json_gen.go", codec.src, "jsonrt.MustCompilePattern(`^[A-Z]{3}-[0-9]{4}$`)")
		// ECMA-262's \S is not Go's: the translation stays, and says so.
		wantIn(t, "schema_json_gen.go", codec.src, "is the schema's pattern ^\\S.*$, in RE2 syntax.")
	})
	t.Run("no string conversion of strings", func(t *testing.T) {
		for _, bad := range []string{"string(x.", "string(*x.", "string(v)"} {
			if strings.Contains(codec.src, bad) {
				t.Errorf("schema_json_gen.go converts a string: %s", bad)
			}
		}
		// A named string type still needs it.
		wantIn(t, "schema_json_gen.go", codec.src, "skuPattern0.MatchString(string(*x))")
	})
	t.Run("enum constants spell codes as initialisms", func(t *testing.T) {
		decls := declared(api.file)
		for _, want := range []string{"CurrencyUSD", "CurrencyEUR", "CurrencyGB", "CurrencyUsd", "StatusDraft", "StatusPaid"} {
			if _, ok := decls[want]; !ok {
				t.Errorf("no constant %s", want)
			}
		}
	})
}

// A goldenFile is a parsed golden Go file and its text.
type goldenFile struct {
	file *ast.File
	src  string
}

// parseGolden parses the Go file at path.
func parseGolden(t *testing.T, path string) goldenFile {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	return goldenFile{f, string(src)}
}

// declaresType reports whether f declares the type name.
func declaresType(f *ast.File, name string) bool {
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE && g.Specs[0].(*ast.TypeSpec).Name.Name == name {
			return true
		}
	}
	return false
}

// methodDocs returns the doc comment of every method in f, by Type.Method.
func methodDocs(f *ast.File) map[string]string {
	out := map[string]string{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
			out[strings.TrimPrefix(exprString(fd.Recv.List[0].Type), "*")+"."+fd.Name.Name] = fd.Doc.Text()
		}
	}
	return out
}
