package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// familyRoot holds the synthetic schema families: shop (chains of
// component references, a cycle across files, colliding nested names,
// components named by title only, a file in a subdirectory with an absolute
// $id reached by relative path, which refers to its sibling by fragment),
// broken (a missing and an ambiguous component, files that are not JSON, an
// invalid schema that two files refer to) and split (a family generated into
// two packages, one importing the other).
const familyRoot = "testdata/family"

// familyRun runs schemagen with args from dir and returns its exit code,
// stdout and stderr.
func familyRun(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// familyCompare compares got with the golden files in dir, or rewrites them
// with -update.
func familyCompare(t *testing.T, dir string, got map[string][]byte) {
	t.Helper()
	if *update {
		goldenWrite(t, dir, got)
		return
	}
	want := goldenReadDir(t, dir)
	if len(want) == 0 {
		t.Fatalf("no golden files in %s; run go test ./cmd/schemagen -run Family -update", dir)
	}
	if diff := cmp.Diff(stringsOf(want), stringsOf(got)); diff != "" {
		t.Errorf("%s: generated files differ from golden (-want +got):\n%s", dir, diff)
	}
}

func stringsOf(files map[string][]byte) map[string]string {
	out := map[string]string{}
	for name, data := range files {
		out[name] = string(data)
	}
	return out
}

// TestFamilyShop generates the shop family from all its files, and then
// from the one file that refers to the others, which must find them beside
// it and generate the same code.
func TestFamilyShop(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join(familyRoot, "shop"))
	if err != nil {
		t.Fatal(err)
	}
	all := t.TempDir()
	code, stdout, stderr := familyRun(t, dir, "-p", "shop", "-o", all,
		"schemas/address.json", "schemas/bundle.json", "schemas/customer.json", "schemas/gift_card.json",
		"schemas/legacy_order.json", "schemas/line_item.json", "schemas/order.json",
		"schemas/sub/currency.json", "schemas/sub/price.json")
	if code != exitOK || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	got := goldenReadDir(t, all)
	familyCompare(t, filepath.Join(dir, "want"), got)

	one := t.TempDir()
	code, _, stderr = familyRun(t, dir, "-p", "shop", "-o", one, "--verbose", "schemas/order.json")
	if code != exitOK {
		t.Fatalf("from order.json alone: exit %d:\n%s", code, stderr)
	}
	for _, s := range []string{
		"also generating schemas/customer.json, component shop_Customer of schemas/order.json#/properties/customer/$ref",
		"also generating schemas/address.json, component Address of schemas/customer.json#/properties/address/$ref",
		"also generating schemas/sub/currency.json, component Currency of schemas/sub/price.json#/properties/currency/$ref",
	} {
		if !strings.Contains(stderr, s) {
			t.Errorf("--verbose does not say %q:\n%s", s, stderr)
		}
	}
	alone := goldenReadDir(t, one)
	// price.json is reached by a relative reference, not as an input: only
	// its header says so.
	for _, name := range []string{"price_gen.go", "price_json_gen.go"} {
		alone[name] = bytes.Replace(alone[name], []byte("// source: price.json (referenced by the schemas above)"), []byte("// source: schemas/sub/price.json"), 1)
	}
	if diff := cmp.Diff(stringsOf(got), stringsOf(alone)); diff != "" {
		t.Errorf("generating from order.json alone differs (-all files +order.json):\n%s", diff)
	}

	// --check treats the siblings found as inputs: the output is up to
	// date, and stale once one of them is missing.
	if code, _, stderr := familyRun(t, dir, "-p", "shop", "-o", one, "--check", "schemas/order.json"); code != exitOK {
		t.Errorf("--check: exit %d:\n%s", code, stderr)
	}
	if err := os.Remove(filepath.Join(one, "address_gen.go")); err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ := familyRun(t, dir, "-p", "shop", "-o", one, "--check", "schemas/order.json"); code != exitError || !strings.Contains(stdout, "address_gen.go") {
		t.Errorf("--check with address_gen.go missing: exit %d, diff:\n%s", code, stdout)
	}
}

// TestFamilyErrors checks that a run over a broken family reports every
// root cause once, sorted, and writes nothing: a missing component, an
// ambiguous one, an input that is not JSON, an invalid schema that two
// inputs refer to, and a sibling that is not JSON (Broken.json, not an
// input) that two inputs refer to.
func TestFamilyErrors(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join(familyRoot, "broken"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := familyRun(t, dir, "-p", "broken", "-o", out,
		"a.json", "b.json", "c.json", "d.json", "e.json", "f.json", "g.json", "h.json", "i.json", "j.json")
	if code != exitError || stdout != "" {
		t.Errorf("exit %d, stdout %q; want exit 1 and nothing on stdout", code, stdout)
	}
	want := strings.Join([]string{
		`schemagen: Broken.json#: not valid JSON: line 2, column 20: invalid character ',' looking for beginning of object key string`,
		`schemagen: a.json#/properties/m/$ref: no schema file stands for component "Missing" of "#/components/schemas/Missing": no input, and no schema file beside this one or in the directories beside its own, has the $id "#/components/schemas/Missing", the title "Missing" or the name Missing.json`,
		`schemagen: b.json#/properties/d/$ref: component "Dup" of "#/components/schemas/Dup" is claimed by c.json and d.json: keep one of them out of the run, or give the other a different title in its overlay`,
		`schemagen: e.json#: not valid JSON: line 2, column 1: unexpected end of input`,
		`schemagen: g.json#/type: invalid schema: value must be one of "array", "boolean", "integer", "null", "number", "object", "string" (metaschema rule /allOf/3/$ref/properties/type/anyOf/0/$ref/enum)`,
		`schemagen: g.json#/type: invalid schema: expected array, but got string (metaschema rule /allOf/3/$ref/properties/type/anyOf/1/type)`,
	}, "\n") + "\n"
	if diff := cmp.Diff(want, stderr); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("the output directory was created: %v", err)
	}
}

// TestFamilyImport generates the split family into two packages of one
// module, sessions importing users with --import, and builds and vets them,
// with the shop family's golden output.
// Generating sessions before users is an error naming the missing types.
func TestFamilyImport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module")
	}
	src, err := filepath.Abs(filepath.Join(familyRoot, "split"))
	if err != nil {
		t.Fatal(err)
	}
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	for _, f := range []string{"users/user.json", "users/name.json", "sessions/session.json", "sessions/device.json"} {
		data, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(mod, "schemas", filepath.Dir(f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mod, "schemas", f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gomod := "module example.com/split\n\ngo 1.24\n\nrequire github.com/schemagen/schemagen v0.0.0\n\nreplace github.com/schemagen/schemagen => " + repo + "\n"
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	sessions := []string{"-p", "sessions", "-o", "sessions", "--import", "schemas/users/=example.com/split/users", "schemas/sessions/device.json", "schemas/sessions/session.json"}
	code, _, stderr := familyRun(t, mod, sessions...)
	if code != exitError || !strings.Contains(stderr, "schemas/users/user.json#: --import serves this schema from example.com/split/users, whose generated files declare no type UsersUser") {
		t.Errorf("sessions before users: exit %d:\n%s", code, stderr)
	}
	if code, _, stderr := familyRun(t, mod, "-p", "users", "-o", "users", "schemas/users/name.json", "schemas/users/user.json"); code != exitOK || stderr != "" {
		t.Fatalf("users: exit %d:\n%s", code, stderr)
	}
	if code, _, stderr := familyRun(t, mod, sessions...); code != exitOK || stderr != "" {
		t.Fatalf("sessions: exit %d:\n%s", code, stderr)
	}
	got := goldenReadDir(t, filepath.Join(mod, "sessions"))
	if _, ok := got["user_gen.go"]; ok {
		t.Errorf("sessions generated the imported users schema too")
	}
	familyCompare(t, filepath.Join(src, "want"), got)
	data, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "go.sum"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	// The shop family's golden output builds and vets too.
	if err := os.MkdirAll(filepath.Join(mod, "shop"), 0o755); err != nil {
		t.Fatal(err)
	}
	shop, err := filepath.Abs(filepath.Join(src, "..", "shop", "want"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range goldenReadDir(t, shop) {
		if err := os.WriteFile(filepath.Join(mod, "shop", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Decoding and validating through the imported types reports each
	// violation where jsonschema/v5 does.
	sessionsTest := `package sessions

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

func TestImported(t *testing.T) {
	for in, want := range map[string]string{
		` + "`" + `{"session_id": "s", "user": {"user_id": "u", "name": {"last_name": "Doe"}}}` + "`" + `: "",
		` + "`" + `{"session_id": "s", "user": {"user_id": 5}}` + "`" + `:                              "/user/user_id type user.json#/properties/user_id/type",
		` + "`" + `{"session_id": "s", "user": {"user_id": ""}}` + "`" + `:                             "/user/user_id minLength user.json#/properties/user_id/minLength",
		` + "`" + `{"session_id": "s", "user": {"user_id": "u"}, "owners": [{"last_name": 1}]}` + "`" + `: "/owners/0/last_name type name.json#/properties/last_name/type",
	} {
		var s SessionsSession
		err := json.Unmarshal([]byte(in), &s)
		if err == nil {
			err = s.Validate()
		}
		got := ""
		var verr *jsonrt.ValidationError
		if errors.As(err, &verr) && len(verr.Violations) == 1 {
			v := verr.Violations[0]
			got = fmt.Sprint(v.InstanceLocation, " ", v.Keyword, " ", v.KeywordLocation)
		} else if err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", in, got, want)
		}
	}
}
`
	if err := os.WriteFile(filepath.Join(mod, "sessions", "sessions_test.go"), []byte(sessionsTest), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"vet", "./..."}, {"test", "./sessions"}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// TestFamilyDiff compares two versions of a family folder: files added and
// removed, a component renamed (Owner became Person, same shape), a
// tightened constraint, a field removed and one added. Comparing the root
// files alone finds the same, through the siblings they refer to.
func TestFamilyDiff(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join(familyRoot, "update"))
	if err != nil {
		t.Fatal(err)
	}
	want := `owner.json: schema file removed (breaking) [owner.json]
tag.json: schema file removed (breaking) [tag.json]
Person: type Owner (owner.json#) moved to Person (person.json#), same shape (breaking) [person.json#]
Pet.Name: maxLength tightened from 50 to 40 (breaking) [pet.json#/properties/name]
Pet.Tag: field removed, was *Tag (breaking) [pet.json#/properties/tag]
Tag: type removed (breaking) [tag.json#]
person.json: schema file added (compatible) [person.json]
toy.json: schema file added (compatible) [toy.json]
Pet.Toys: optional field added: []Toy (compatible) [pet.json#/properties/toys]
Toy: type added (compatible) [toy.json#]
10 changes, 6 breaking
`
	for _, args := range [][]string{{"diff", "v1", "v2"}, {"diff", "v1/pet.json", "v2/pet.json"}} {
		code, stdout, stderr := familyRun(t, dir, args...)
		if code != exitError || stderr != "" {
			t.Errorf("%v: exit %d, stderr %q; want 1 and nothing", args, code, stderr)
		}
		if diff := cmp.Diff(want, stdout); diff != "" {
			t.Errorf("%v (-want +got):\n%s", args, diff)
		}
	}
	if code, _, stderr := familyRun(t, dir, "diff", "v1", "v2/pet.json"); code != exitUsage {
		t.Errorf("a directory and a file: exit %d, want 2:\n%s", code, stderr)
	}
}

// TestFamilyLint lints a family folder given as a directory: the findings
// of each file, and none for the bundled family, whose overlays encode them.
func TestFamilyLint(t *testing.T) {
	dir, err := filepath.Abs("../../schemas")
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := familyRun(t, dir, "lint", ".")
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("lint of the bundled schemas: exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	seed := filepath.Join(dir, "..", "..", "shared", "seed")
	if _, err := os.Stat(filepath.Join(seed, "family")); err != nil {
		t.Skipf("the vendor's folder is not here: %v", err)
	}
	code, stdout, _ = familyRun(t, seed, "lint", "family")
	for _, s := range []string{
		"family/stytch-api-user-v1-user-schema.json#/properties/status: enum",
		"family/stytch-api-user-v1-user-schema.json#/properties/external_id: maxLength 128",
		"family/stytch-api-user-v1-webauthnregistration-schema.json#/properties/authenticator_type: enum",
	} {
		if code != exitError || !strings.Contains(stdout, s) {
			t.Errorf("lint of the vendor's folder: exit %d, want 1 and %q in:\n%s", code, s, stdout)
		}
	}
}

// TestFamilySeedFolder runs the commands on the vendor's folder
// (../shared/seed/family, when present): all 59 files, and the response's
// file alone, generate the same files (two per schema: its types, and their
// JSON code), silently, and the response's user has the type generated for
// api_user_v1_User.
func TestFamilySeedFolder(t *testing.T) {
	dir, err := filepath.Abs("../../../shared/seed")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "family", "*.json"))
	if err != nil || len(files) != 59 {
		t.Skipf("the vendor's folder is not here (%d files, %v)", len(files), err)
	}
	for i, f := range files {
		files[i] = "family/" + filepath.Base(f)
	}
	all, one := t.TempDir(), t.TempDir()
	if code, _, stderr := familyRun(t, dir, append([]string{"-o", all, "-p", "stytch"}, files...)...); code != exitOK || stderr != "" {
		t.Fatalf("all files: exit %d:\n%s", code, stderr)
	}
	if code, _, stderr := familyRun(t, dir, "-o", one, "-p", "stytch", "family/stytch-api-session-v1-migrateresponse-schema.json"); code != exitOK || stderr != "" {
		t.Fatalf("the response alone: exit %d:\n%s", code, stderr)
	}
	got, alone := goldenReadDir(t, all), goldenReadDir(t, one)
	if len(got) != 2*59 {
		t.Errorf("%d files generated, want %d", len(got), 2*59)
	}
	if diff := cmp.Diff(stringsOf(got), stringsOf(alone)); diff != "" {
		t.Errorf("the response alone generates other code (-all +alone):\n%s", diff)
	}
	if resp := string(got["stytch_api_session_v1_migrateresponse_schema_gen.go"]); !strings.Contains(resp, "\tUser APIUserV1User `json:\"user\"`") ||
		!strings.Contains(string(got["stytch_api_user_v1_user_schema_gen.go"]), "type APIUserV1User struct") {
		t.Errorf("the response's user is not the User type:\n%s", resp)
	}
}
