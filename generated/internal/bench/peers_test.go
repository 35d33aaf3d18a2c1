package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/bytedance/sonic"
	gojson "github.com/goccy/go-json"
	googleschema "github.com/google/jsonschema-go/jsonschema"
	kaptinlin "github.com/kaptinlin/jsonschema"
	jsonschemav6 "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

// The peers: other JSON decoders and other runtime validators, benchmarked
// side by side with the generated code. They are test-only dependencies of
// this nested module, so that the schemagen module users require does not
// pull them.

// A floorDecoder decodes JSON into a Go value without validation, as
// json.Unmarshal does.
type floorDecoder struct {
	name      string // impl= in benchmark names
	unmarshal func([]byte, any) error
}

// floors returns the decoders, faster than encoding/json, that decode
// into the hand-written structs as the stdlib floor does. bytedance/sonic
// uses its JIT on linux/amd64 and arm64 with the Go versions it supports,
// and falls back to encoding/json elsewhere.
func floors() []floorDecoder {
	return []floorDecoder{
		{"gojson", gojson.Unmarshal},
		{"sonic", sonic.Unmarshal},
	}
}

// A peerValidator is another runtime validator, ready to go from bytes to
// a verdict on one schema.
type peerValidator struct {
	name     string // impl= in benchmark names
	validate func(data []byte) error
	wrong    string // why it gets this schema's documents wrong, if it does
}

// peers are the runtime validators compared with jsonschema/v5: each
// compiles the schema files (the root first) and returns a function that
// decodes a document as the library expects and validates it.
var peers = []struct {
	name    string
	compile func(paths []string) (func(data []byte) error, error)
	wrongOn map[string]string // schema name -> why its verdicts are wrong
}{
	{"jsonschema-v6", compileV6, nil},
	{"kaptinlin", compileKaptinlin, nil},
	{"google", compileGoogle, map[string]string{
		"wide": "multipleOf is checked in binary floating point: it rejects valid amounts such as 16.99 for multipleOf 0.01",
	}},
}

// peerValidators compiles s's schema files for every peer validator; none
// when s has no peer schemas.
func peerValidators(tb testing.TB, s subject) []peerValidator {
	tb.Helper()
	if len(s.peerSchemas) == 0 {
		return nil
	}
	var out []peerValidator
	for _, p := range peers {
		validate, err := p.compile(s.peerSchemas)
		if err != nil {
			tb.Fatalf("%s: %s: %v", p.name, s.peerSchemas[0], err)
		}
		out = append(out, peerValidator{"peer-" + p.name, validate, p.wrongOn[s.schema]})
	}
	return out
}

// compileV6 compiles with santhosh-tekuri/jsonschema/v6, which reads the
// referenced files itself, and validates documents decoded with its own
// UnmarshalJSON (numbers as json.Number).
func compileV6(paths []string) (func([]byte) error, error) {
	abs, err := filepath.Abs(paths[0])
	if err != nil {
		return nil, err
	}
	sch, err := jsonschemav6.NewCompiler().Compile(abs)
	if err != nil {
		return nil, err
	}
	return func(data []byte) error {
		v, err := jsonschemav6.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return err
		}
		return sch.Validate(v)
	}, nil
}

// compileKaptinlin compiles with kaptinlin/jsonschema, the referenced
// files first under their file URLs, and validates with ValidateJSON, its
// path from bytes.
func compileKaptinlin(paths []string) (func([]byte) error, error) {
	c := kaptinlin.NewCompiler()
	var root *kaptinlin.Schema
	for i := len(paths) - 1; i >= 0; i-- {
		data, uri, err := readSchema(paths[i])
		if err != nil {
			return nil, err
		}
		if root, err = c.Compile(data, uri); err != nil {
			return nil, err
		}
	}
	return func(data []byte) error {
		if res := root.ValidateJSON(data); !res.IsValid() {
			return fmt.Errorf("invalid: %v", res.Errors)
		}
		return nil
	}, nil
}

// compileGoogle compiles with google/jsonschema-go, loading the referenced
// files by their file URLs, and validates documents decoded by
// json.Unmarshal into any, as its documentation does.
func compileGoogle(paths []string) (func([]byte) error, error) {
	load := func(path string) (*googleschema.Schema, error) {
		data, _, err := readSchema(path)
		if err != nil {
			return nil, err
		}
		s := new(googleschema.Schema)
		return s, json.Unmarshal(data, s)
	}
	root, err := load(paths[0])
	if err != nil {
		return nil, err
	}
	_, uri, err := readSchema(paths[0])
	if err != nil {
		return nil, err
	}
	rs, err := root.Resolve(&googleschema.ResolveOptions{
		BaseURI: uri,
		Loader:  func(u *url.URL) (*googleschema.Schema, error) { return load(u.Path) },
	})
	if err != nil {
		return nil, err
	}
	return func(data []byte) error {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			return err
		}
		return rs.Validate(v)
	}, nil
}

// readSchema reads a schema file and returns it with its file URL.
func readSchema(path string) (data []byte, uri string, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, "", err
	}
	data, err = os.ReadFile(abs)
	return data, (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), err
}

// TestPeers checks that the peers do the work they are benchmarked on: the
// fast decoders fill the hand-written structs with the whole document, and
// the other validators agree with the generated code on which documents
// are valid.
func TestPeers(t *testing.T) {
	wrong := map[string]bool{}   // schema + " " + peer, when it erred
	known := map[string]string{} // the same, when the peer is known wrong
	for _, s := range subjects() {
		validators := peerValidators(t, s)
		for _, p := range validators {
			if p.wrong != "" {
				known[s.schema+" "+p.name] = p.wrong
			}
		}
		for _, doc := range s.docs() {
			name := s.schema + "/" + doc.size
			for _, f := range floors() {
				v, err := s.floor(f.unmarshal, doc.data)
				if err != nil {
					t.Fatalf("%s: %s: %v", name, f.name, err)
				}
				out, err := json.Marshal(v)
				if err != nil || !jsonrt.EqualJSON(out, doc.data) {
					t.Errorf("%s: %s does not fill the floor struct with the whole document (%v)", name, f.name, err)
				}
			}
			for _, p := range validators {
				if err := p.validate(doc.data); (err == nil) != doc.valid {
					wrong[s.schema+" "+p.name] = true
					if p.wrong == "" {
						t.Errorf("%s: %s: valid=%v, got %v", name, p.name, doc.valid, err)
					}
				}
			}
		}
	}
	for k, why := range known {
		if !wrong[k] {
			t.Errorf("%s is no longer wrong on any document (%s): benchmark it", k, why)
		}
	}
	if n := len(peerValidators(t, subjects()[1])); n != len(peers) {
		t.Errorf("orders: %d peer validators, want %d", n, len(peers))
	}
}

// TestPeersReject checks that the other validators do validate: each
// rejects an orders document that breaks a pattern deep inside.
func TestPeersReject(t *testing.T) {
	s := subjects()[1]
	doc := s.docs()[0]
	bad := bytes.Replace(doc.data, []byte(`"sku":"`), []byte(`"sku":"lowercase `), 1)
	if bytes.Equal(bad, doc.data) {
		t.Fatal("no sku in the orders document")
	}
	if err := s.direct(bad); err == nil {
		t.Fatal("the generated code accepts the broken document")
	}
	for _, p := range peerValidators(t, s) {
		if err := p.validate(bad); err == nil {
			t.Errorf("%s accepts a sku that breaks its pattern", p.name)
		}
	}
}
