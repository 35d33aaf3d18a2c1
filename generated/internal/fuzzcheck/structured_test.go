package fuzzcheck

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/schemagen/schemagen/generated/internal/batch"
	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/internal/fuzzschema"
	"github.com/schemagen/schemagen/templates"
)

// structuredCorpus is FuzzStructured's seed corpus.
const structuredCorpus = "../../../generator/testdata/fuzz/FuzzStructured"

// structuredRandom is how many more grammar inputs TestStructuredAgreement
// draws from a fixed pseudo-random source, besides the seed corpus.
const structuredRandom = 300

// TestStructuredAgreement is the half of FuzzStructured that needs compiled
// code: it builds the schemas of the fuzz grammar (package fuzzschema) from
// FuzzStructured's seed corpus and from structuredRandom fixed pseudo-random
// inputs, derives instances from each (one the schema should accept, then
// near misses from a Mutator), builds every package in one batch (which also
// runs go vet on it), and requires that the generated code accepts exactly
// what jsonschema/v5 accepts and round-trips what it accepts. Build must
// accept every schema jsonschema/v5 compiles.
func TestStructuredAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("builds generated packages")
	}
	inputs := structuredInputs(t)
	var pkgs []batch.Package
	oracles := map[string]func([]byte) error{}
	schemas := map[string][]byte{}
	for i, data := range inputs {
		schema := fuzzschema.Schema(data)
		dir := fmt.Sprintf("s%03d", i)
		p, validate, ok := structuredPrepare(t, dir, schema)
		if !ok {
			continue
		}
		m, err := NewMutator(uint64(i), schema)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(uint64(i), 7))
		var root any
		if err := json.Unmarshal(schema, &root); err != nil {
			t.Fatal(err)
		}
		var docs [][]byte
		for range 3 {
			valid, err := json.Marshal(instanceOf(root, root, rng, 0))
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, valid)
			for range 3 {
				docs = append(docs, m.Mutate(valid))
			}
		}
		for j, doc := range docs {
			p.Instances = append(p.Instances, batch.Instance{ID: strconv.Itoa(j), Data: doc})
		}
		pkgs = append(pkgs, p)
		oracles[dir] = validate
		schemas[dir] = schema
	}
	if len(pkgs) < len(inputs)/2 {
		t.Fatalf("only %d of %d grammar schemas generated", len(pkgs), len(inputs))
	}
	results, err := batch.Run(t.Context(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[[2]string][]byte{}
	for _, p := range pkgs {
		for _, in := range p.Instances {
			docs[[2]string{p.Dir, in.ID}] = in.Data
		}
	}
	var accepted, rejected, skipped int
	for _, r := range results {
		doc := docs[[2]string{r.Package, r.Instance}]
		oracleErr := oracles[r.Package](doc)
		switch {
		case r.Panic != "":
			t.Errorf("%s: instance %s: generated code panics: %s\nschema: %s", r.Package, doc, r.Panic, schemas[r.Package])
		case !r.Accepted && oracleErr == nil && numberSemantics(r.Err):
			skipped++
		case r.Accepted != (oracleErr == nil):
			t.Errorf("%s: instance %s: generated code accepts: %v (%s); jsonschema/v5: %v\nschema: %s",
				r.Package, doc, r.Accepted, r.Err, oracleErr, schemas[r.Package])
		case r.Accepted && !r.RoundTrip:
			t.Errorf("%s: instance %s: round trip gives %s (%s)\nschema: %s", r.Package, doc, r.Marshaled, r.Err, schemas[r.Package])
		case r.Accepted:
			accepted++
		default:
			rejected++
		}
	}
	t.Logf("%d schemas, %d instances: %d accepted, %d rejected, %d skipped (numbers Go cannot hold exactly)",
		len(pkgs), len(results), accepted, rejected, skipped)
	if accepted < len(pkgs) {
		t.Errorf("only %d accepted instances for %d schemas: the instances do not exercise the schemas", accepted, len(pkgs))
	}
}

// structuredInputs returns the grammar inputs: the seed corpus of
// FuzzStructured, then structuredRandom fixed pseudo-random ones.
func structuredInputs(t *testing.T) [][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(structuredCorpus, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed corpus in %s (%v)", structuredCorpus, err)
	}
	var inputs [][]byte
	for _, f := range files {
		inputs = append(inputs, readCorpusFile(t, f))
	}
	rng := rand.New(rand.NewPCG(12, 34))
	for range structuredRandom {
		data := make([]byte, 20+rng.IntN(200))
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		inputs = append(inputs, data)
	}
	return inputs
}

// readCorpusFile reads a fuzz corpus file of one []byte value.
func readCorpusFile(t *testing.T, path string) []byte {
	t.Helper()
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	header, value, _ := strings.Cut(string(content), "\n")
	if header != "go test fuzz v1" {
		t.Fatalf("%s: not a fuzz corpus file", path)
	}
	expr, err := parser.ParseExpr(strings.TrimSpace(value))
	call, ok := expr.(*ast.CallExpr)
	if err != nil || !ok || len(call.Args) != 1 {
		t.Fatalf("%s: want one []byte(...) value (%v)", path, err)
	}
	lit, ok := call.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		t.Fatalf("%s: want a string literal", path)
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return []byte(s)
}

// structuredPrepare generates the package of a grammar schema, its root
// type named by its title, and compiles the oracle. It reports false, failing
// the test if jsonschema/v5 compiles what Build rejects, when there is
// nothing to build.
func structuredPrepare(t *testing.T, dir string, schema []byte) (batch.Package, func([]byte) error, bool) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, schema, 0o644); err != nil {
		t.Fatal(err)
	}
	oracle, oracleErr := generator.Compile(generator.Config{}, path)
	pkg, err := generator.Build(generator.Config{Package: dir}, []string{path})
	if err != nil || oracleErr != nil {
		if oracleErr == nil {
			t.Errorf("%s: Build rejects what jsonschema/v5 compiles: %v\nschema: %s", dir, err, schema)
		}
		return batch.Package{}, nil, false
	}
	p := batch.Package{Dir: dir, Name: dir}
	for _, d := range pkg.Decls {
		if d.Origin.Pointer == "" {
			p.RootType = d.Name
		}
	}
	if p.RootType == "" { // only $defs at the root: name the root type
		if pkg, err = generator.Build(generator.Config{Package: dir, RootName: "Root"}, []string{path}); err != nil {
			t.Errorf("%s: %v", dir, err)
			return batch.Package{}, nil, false
		}
		p.RootType = "Root"
	}
	if p.Files, err = templates.Render(pkg); err != nil {
		t.Errorf("%s: Render: %v\nschema: %s", dir, err, schema)
		return batch.Package{}, nil, false
	}
	return p, func(doc []byte) error {
		v, err := parse(doc)
		if err != nil {
			return err
		}
		return oracle.Validate(v)
	}, true
}

// numberSemantics reports whether a generated type's error text names only
// numbers Go cannot hold exactly (see NumberSemantics).
func numberSemantics(text string) bool {
	n := 0
	for _, suffix := range []string{" is out of range for int64", " is out of range for float64", " cannot be represented exactly as float64"} {
		n += strings.Count(text, suffix)
	}
	return n > 0 && n == strings.Count(text, "\n")+1
}

// formatSamples are values of each format the grammar uses.
var formatSamples = map[string]string{
	"date-time": "2020-01-02T03:04:05Z", "date": "2020-01-02", "time": "03:04:05Z", "email": "a@example.com",
	"uri": "https://example.com/a", "uuid": "123e4567-e89b-12d3-a456-426614174000", "ipv4": "192.0.2.1",
	"ipv6": "2001:db8::1", "hostname": "example.com", "duration": "P1D", "regex": "^a+$",
}

// instanceOf returns a value that the grammar schema s (inside the document
// root) most likely accepts. It need not: jsonschema/v5 judges every
// instance.
func instanceOf(root, s any, rng *rand.Rand, depth int) any {
	m, ok := s.(map[string]any)
	if !ok || depth > 8 {
		return nil
	}
	if ref, ok := m["$ref"].(string); ok {
		return instanceOf(root, resolve(root, ref), rng, depth+1)
	}
	if c, ok := m["const"]; ok {
		return c
	}
	if e, ok := m["enum"].([]any); ok {
		return e[rng.IntN(len(e))]
	}
	for _, kw := range []string{"allOf", "anyOf", "oneOf"} {
		if vs, ok := m[kw].([]any); ok {
			return instanceOf(root, vs[rng.IntN(len(vs))], rng, depth+1)
		}
	}
	typ, _ := m["type"].(string)
	if ts, ok := m["type"].([]any); ok {
		typ, _ = ts[rng.IntN(len(ts))].(string)
	}
	switch typ {
	case "null":
		return nil
	case "boolean":
		return rng.IntN(2) == 0
	case "integer":
		return instanceNumber(m, rng, 3)
	case "number":
		return instanceNumber(m, rng, 2.5)
	case "object":
		return instanceObject(root, m, rng, depth)
	case "array":
		n := rng.IntN(3)
		out := []any{}
		for range n {
			out = append(out, instanceOf(root, m["items"], rng, depth+1))
		}
		return out
	case "string":
		return instanceString(m, rng)
	}
	if _, ok := m["pattern"]; ok {
		return instanceString(m, rng)
	}
	return []any{"x", 1.0, nil}[rng.IntN(3)]
}

func instanceNumber(m map[string]any, rng *rand.Rand, def float64) any {
	for _, kw := range []string{"minimum", "maximum"} {
		if v, ok := m[kw].(float64); ok && rng.IntN(2) == 0 {
			return v
		}
	}
	return def
}

func instanceString(m map[string]any, rng *rand.Rand) any {
	if f, ok := m["format"].(string); ok && formatSamples[f] != "" {
		return formatSamples[f]
	}
	if p, ok := m["pattern"].(string); ok {
		if ss := sample(p); len(ss) > 0 {
			return ss[rng.IntN(len(ss))]
		}
	}
	return "ab"
}

func instanceObject(root any, m map[string]any, rng *rand.Rand, depth int) any {
	out := map[string]any{}
	props, _ := m["properties"].(map[string]any)
	required := map[string]bool{}
	if rs, ok := m["required"].([]any); ok {
		for _, r := range rs {
			required[r.(string)] = true
		}
	}
	for _, name := range sortedKeys(props) {
		if required[name] || rng.IntN(3) > 0 {
			out[name] = instanceOf(root, props[name], rng, depth+1)
		}
	}
	if pp, ok := m["patternProperties"].(map[string]any); ok {
		for _, p := range sortedKeys(pp) {
			if ss := sample(p); len(ss) > 0 {
				out[ss[0]] = instanceOf(root, pp[p], rng, depth+1)
			}
		}
	}
	switch ap := m["additionalProperties"].(type) {
	case map[string]any:
		if rng.IntN(2) == 0 {
			out["extra"] = instanceOf(root, ap, rng, depth+1)
		}
	case bool:
		if ap && rng.IntN(2) == 0 {
			out["extra"] = []any{1.0, "x"}
		}
	}
	return out
}

// resolve returns the subschema of root that the fragment reference ref
// ("#/properties/a") names, or nil.
func resolve(root any, ref string) any {
	frag, err := url.PathUnescape(strings.TrimPrefix(ref, "#"))
	if err != nil {
		return nil
	}
	v := root
	for _, tok := range slices.Collect(strings.SplitSeq(frag, "/"))[1:] {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}
