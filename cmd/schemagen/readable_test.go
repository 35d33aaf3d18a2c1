package main

import (
	"go/ast"
	"go/parser"
	"go/token"
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
