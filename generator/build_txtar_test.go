package generator

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/internal/golden"
)

// TestBuildCases runs the cases in testdata/build/*.txtar: each holds schema
// files and either want.ir, the ir.Dump of the package Build returns for
// schema.json, or want.err, the error it returns, with the temporary
// directory written as $WORK. A failure here points at the builder alone,
// not at the templates. -update rewrites the want section.
func TestBuildCases(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join("testdata", "build", "*.txtar"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases in testdata/build (%v)", err)
	}
	for _, path := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			comment, files := parseTxtar(string(data))
			dir := t.TempDir()
			var want, wantName string
			var rest []txtarFile
			for _, f := range files {
				switch f.name {
				case "want.ir", "want.err":
					want, wantName = f.data, f.name
					continue
				}
				rest = append(rest, f)
				if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			pkg, err := Build(Config{Package: "p"}, []string{filepath.Join(dir, "schema.json")})
			got, gotName := "", "want.ir"
			if err != nil {
				got, gotName = strings.ReplaceAll(err.Error(), dir, "$WORK")+"\n", "want.err"
			} else {
				got = strings.ReplaceAll(ir.Dump(pkg), dir, "$WORK") + "\n"
			}
			if *golden.Update {
				out := formatTxtar(comment, append(rest, txtarFile{gotName, got}))
				if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			switch {
			case wantName == "":
				t.Fatalf("%s has neither want.ir nor want.err (run with -update)", path)
			case gotName != wantName:
				t.Fatalf("got %s, want %s:\n%s", gotName, wantName, got)
			case got != want:
				t.Errorf("%s differs (-want +got):\n%s", wantName, lineDiff(want, got))
			}
		})
	}
}

// TestDumpSeesEveryDecl checks on one case that the dump is a faithful
// view: every declaration's name appears, and dumping twice gives the same
// text.
func TestDumpSeesEveryDecl(t *testing.T) {
	dir := t.TempDir()
	schema := `{"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}}, "$defs": {"A": {"enum": ["x", "y"]}}}`
	if err := os.WriteFile(filepath.Join(dir, "schema.json"), []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	pkg, err := Build(Config{Package: "p"}, []string{filepath.Join(dir, "schema.json")})
	if err != nil {
		t.Fatal(err)
	}
	dump := ir.Dump(pkg)
	for _, d := range pkg.Decls {
		if !strings.Contains(dump, "Name: "+`"`+d.Name+`"`) {
			t.Errorf("the dump does not show %s:\n%s", d.Name, dump)
		}
	}
	if again := ir.Dump(pkg); again != dump {
		t.Error("two dumps of one package differ")
	}
}

// A txtarFile is one file of a txtar archive.
type txtarFile struct{ name, data string }

// parseTxtar splits a txtar archive ("-- name --" lines before each file)
// into its leading comment and its files.
func parseTxtar(s string) (comment string, files []txtarFile) {
	lines := strings.SplitAfter(s, "\n")
	cur := -1
	for _, l := range lines {
		trimmed := strings.TrimRight(l, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			files = append(files, txtarFile{name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			cur = len(files) - 1
			continue
		}
		if cur < 0 {
			comment += l
		} else {
			files[cur].data += l
		}
	}
	return comment, files
}

// formatTxtar writes a txtar archive.
func formatTxtar(comment string, files []txtarFile) string {
	var b strings.Builder
	b.WriteString(comment)
	for _, f := range files {
		b.WriteString("-- " + f.name + " --\n" + f.data)
	}
	return b.String()
}

// lineDiff shows the lines of want and got from the first that differs.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	return "first difference at line " + strconv.Itoa(i+1) + ":\n-" + strings.Join(tail(w, i), "\n-") + "\n+" + strings.Join(tail(g, i), "\n+")
}

func tail(lines []string, i int) []string {
	lines = lines[i:]
	if len(lines) > 5 {
		lines = lines[:5]
	}
	return lines
}
