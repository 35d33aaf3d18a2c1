package bench

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generated/benchorders"
	"github.com/schemagen/schemagen/generated/benchwide"
	"github.com/schemagen/schemagen/generated/internal/roundtrip"
	"github.com/schemagen/schemagen/generated/stytch"
	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates/jsonrt"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// A subject is one generated type, the schema file it comes from, the
// documents to benchmark it on, and the ways of decoding and validating
// them.
type subject struct {
	schema string // the schema's name in benchmark names
	path   string // the schema file
	docs   func() []document

	// prepare decodes data with the generated code and returns its
	// Validate method, ready to run on the decoded value.
	prepare func(data []byte) (validate func() error, err error)
	// unmarshal is the contract: json.Unmarshal into the generated type,
	// then Validate.
	unmarshal func(data []byte) error
	// direct is the same, calling the generated UnmarshalJSON directly,
	// without encoding/json's syntax pre-check and reflection.
	direct func(data []byte) error
	// fast is the one-call fast path, jsonrt.Unmarshal.
	fast func(data []byte) error
	// floor decodes data into the hand-written struct with unmarshal
	// (json.Unmarshal, or a peer's equivalent): no validation.
	floor func(unmarshal func([]byte, any) error, data []byte) (any, error)
	// values decodes data into the generated type and into the
	// hand-written struct, for the encoding benchmarks.
	values func(data []byte) (generated json.Marshaler, floor any, err error)
	// peerSchemas are the schema files the other runtime validators load,
	// the root first; none when the schema relies on what only schemagen
	// reads (overlays, extension keywords).
	peerSchemas []string
}

// subjects returns the types the benchmarks compare: the seed schema and
// the two benchmark schemas, whose wide record is benchmarked alone (1 KB
// and 8 KB) and in pages (100 KB and 1 MB).
func subjects() []subject {
	return []subject{
		// The seed's claims limit is the extension keyword x-maxEncodedSize,
		// from its overlay: other validators would accept the oversized
		// documents, so they are not run on it.
		newSubject[stytch.MigrateRequest, floorMigrateRequest]("stytch",
			"../../../schemas/api_session_v1_MigrateRequest.json", stytchDocs),
		newSubject[benchorders.OrderBatch, floorOrderBatch]("orders",
			"../../../schemas/bench/orders.json", ordersDocs, "../../../schemas/bench/orders.json"),
		newSubject[benchwide.WideRecord, floorWideRecord]("wide",
			"../../../schemas/bench/wide_record.json", wideRecordDocs, "../../../schemas/bench/wide_record.json"),
		newSubject[benchwide.WideBatch, floorWideBatch]("wide",
			"../../../schemas/bench/wide_batch.json", wideBatchDocs,
			"../../../schemas/bench/wide_batch.json", "../../../schemas/bench/wide_record.json"),
	}
}

func newSubject[T, F any, PT interface {
	*T
	roundtrip.Value
	json.Marshaler
}](schema, path string, docs func() []document, peerSchemas ...string) subject {
	return subject{
		schema:      schema,
		path:        path,
		docs:        docs,
		peerSchemas: peerSchemas,
		prepare: func(data []byte) (func() error, error) {
			v := PT(new(T))
			if err := json.Unmarshal(data, v); err != nil {
				return nil, err
			}
			return v.Validate, nil
		},
		unmarshal: func(data []byte) error {
			var v T
			if err := json.Unmarshal(data, PT(&v)); err != nil {
				return err
			}
			return PT(&v).Validate()
		},
		direct: func(data []byte) error {
			var v T
			if err := PT(&v).UnmarshalJSON(data); err != nil {
				return err
			}
			return PT(&v).Validate()
		},
		fast: func(data []byte) error {
			var v T
			return jsonrt.Unmarshal(data, PT(&v))
		},
		floor: func(unmarshal func([]byte, any) error, data []byte) (any, error) {
			var v F
			err := unmarshal(data, &v)
			return &v, err
		},
		values: func(data []byte) (json.Marshaler, any, error) {
			v := PT(new(T))
			if err := v.UnmarshalJSON(data); err != nil {
				return nil, nil, err
			}
			f := new(F)
			if err := json.Unmarshal(data, f); err != nil {
				return nil, nil, err
			}
			return v, f, nil
		},
	}
}

// compile compiles a schema file for jsonschema/v5 as the round-trip tests
// do, so that overlays and schemagen's extension keywords apply.
func compile(tb testing.TB, path string) *jsonschema.Schema {
	tb.Helper()
	s, err := generator.Compile(generator.Config{}, path)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// decodeGeneric decodes data as jsonschema/v5 expects its input: into any,
// with numbers as json.Number.
func decodeGeneric(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// checkOutcome fails the benchmark when err says the document is valid
// and it is not, or the other way round.
func checkOutcome(b *testing.B, doc document, err error) {
	if (err == nil) != doc.valid {
		b.Fatalf("%s document: valid=%v, but got error %v", doc.size, doc.valid, err)
	}
}

// forEachDocument runs bench for every subject and document as the
// sub-benchmark schema=S/size=Z.
func forEachDocument(b *testing.B, bench func(b *testing.B, s subject, oracle *jsonschema.Schema, doc document)) {
	for _, s := range subjects() {
		oracle := compile(b, s.path)
		for _, doc := range s.docs() {
			b.Run("schema="+s.schema+"/size="+doc.size, func(b *testing.B) {
				bench(b, s, oracle, doc)
			})
		}
	}
}

// loop runs body in a b.Loop and also reports the CPU time the process used
// per iteration (cpu-ns/op, garbage collection included). Unlike ns/op, it
// hardly changes when other processes compete for the CPUs, so ratios of it
// stay meaningful on a busy machine.
func loop(b *testing.B, body func()) {
	start := cpuTime()
	for b.Loop() {
		body()
	}
	if start > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkValidate validates a value that is already decoded: with the
// generated Validate method (impl=generated), and with jsonschema/v5 on the
// same document decoded into any (impl=jsonschema).
func BenchmarkValidate(b *testing.B) {
	forEachDocument(b, func(b *testing.B, s subject, oracle *jsonschema.Schema, doc document) {
		b.Run("impl=generated", func(b *testing.B) {
			validate, err := s.prepare(doc.data)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(doc.data)))
			b.ReportAllocs()
			loop(b, func() { checkOutcome(b, doc, validate()) })
		})
		b.Run("impl=jsonschema", func(b *testing.B) {
			v, err := decodeGeneric(doc.data)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(doc.data)))
			b.ReportAllocs()
			loop(b, func() { checkOutcome(b, doc, oracle.Validate(v)) })
		})
	})
}

// BenchmarkDecode goes from bytes to a validated value: json.Unmarshal into
// the generated type and Validate (impl=generated, the contract); the same
// calling UnmarshalJSON directly (impl=generated-direct); the one-call fast
// path, jsonrt.Unmarshal (impl=generated-fast); jsonschema/v5's
// decoding and validation (impl=jsonschema); the other runtime validators
// on the schemas they can read (see peerValidators); and, as floors, plain
// json.Unmarshal into a hand-written struct without validation
// (impl=stdlib) and the faster decoders into the same struct (see floors).
func BenchmarkDecode(b *testing.B) {
	forEachDocument(b, func(b *testing.B, s subject, oracle *jsonschema.Schema, doc document) {
		run := func(impl string, f func() error, check bool) {
			b.Run("impl="+impl, func(b *testing.B) {
				b.SetBytes(int64(len(doc.data)))
				b.ReportAllocs()
				loop(b, func() {
					err := f()
					if check {
						checkOutcome(b, doc, err)
					} else if err != nil {
						b.Fatal(err)
					}
				})
			})
		}
		run("generated", func() error { return s.unmarshal(doc.data) }, true)
		run("generated-direct", func() error { return s.direct(doc.data) }, true)
		run("generated-fast", func() error { return s.fast(doc.data) }, true)
		run("jsonschema", func() error {
			v, err := decodeGeneric(doc.data)
			if err != nil {
				return err
			}
			return oracle.Validate(v)
		}, true)
		run("stdlib", func() error {
			_, err := s.floor(json.Unmarshal, doc.data)
			return err
		}, false)
		for _, f := range floors() {
			run(f.name, func() error {
				_, err := s.floor(f.unmarshal, doc.data)
				return err
			}, false)
		}
		for _, p := range peerValidators(b, s) {
			if p.wrong != "" {
				b.Run("impl="+p.name, func(b *testing.B) { b.Skip(p.wrong) })
				continue
			}
			run(p.name, func() error { return p.validate(doc.data) }, true)
		}
	})
}
