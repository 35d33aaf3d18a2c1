package generator_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates"
)

// syntheticOpenAPI returns an OpenAPI 3.0 document in YAML of at least size
// bytes, shaped like vendors' documents: components with a dozen
// properties, long descriptions, examples, x- extensions, nullable fields,
// enums, arrays, references to other components and discriminated unions.
func syntheticOpenAPI(size int) []byte {
	var b strings.Builder
	b.WriteString("openapi: 3.0.3\ninfo:\n  title: Synthetic\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "    api.v1-Thing%d:\n      type: object\n      description: >-\n        Thing number %d. %s\n", i, i, strings.Repeat("It has a long description, as vendors write them. ", 4))
		fmt.Fprintf(&b, "      x-internal: false\n      example: {id: thing_%d, count: %d}\n      required: [id, kind]\n      properties:\n", i, i)
		fmt.Fprintf(&b, "        id: {type: string, description: The identifier., readOnly: true, minLength: 1, maxLength: 64}\n")
		fmt.Fprintf(&b, "        kind: {type: string, enum: [thing%d]}\n", i)
		fmt.Fprintf(&b, "        count: {type: integer, format: int32, minimum: 0, exclusiveMinimum: true, nullable: true}\n")
		fmt.Fprintf(&b, "        ratio: {type: number, format: double, maximum: 1}\n")
		fmt.Fprintf(&b, "        created_at: {type: string, format: date-time}\n")
		fmt.Fprintf(&b, "        blob: {type: string, format: binary}\n")
		fmt.Fprintf(&b, "        status: {type: string, enum: [active, inactive, null], nullable: true}\n")
		fmt.Fprintf(&b, "        tags: {type: array, items: {type: string, pattern: '^[a-z]+$'}, maxItems: 10}\n")
		fmt.Fprintf(&b, "        metadata: {type: object, additionalProperties: {}}\n")
		fmt.Fprintf(&b, "        password: {type: string, format: password, writeOnly: true}\n")
		if i > 0 {
			fmt.Fprintf(&b, "        previous: {$ref: '#/components/schemas/api.v1-Thing%d'}\n", i-1)
			fmt.Fprintf(&b, "        related:\n          type: array\n          items: {$ref: '#/components/schemas/api.v1-Thing%d'}\n", i/2)
		}
		if i > 1 && i%10 == 0 {
			fmt.Fprintf(&b, "    Either%d:\n      oneOf:\n        - $ref: '#/components/schemas/api.v1-Thing%d'\n        - $ref: '#/components/schemas/api.v1-Thing%d'\n", i, i-1, i-2)
			fmt.Fprintf(&b, "      discriminator:\n        propertyName: kind\n        mapping:\n          thing%d: api.v1-Thing%d\n          thing%d: '#/components/schemas/api.v1-Thing%d'\n", i-1, i-1, i-2, i-2)
		}
	}
	return []byte(b.String())
}

// BenchmarkOpenAPIYAML generates Go from a synthetic 1.5 MB OpenAPI 3.0
// document in YAML. The issue on OpenAPI input asks for under 2 s of CPU.
// "build" is schemagen's reading of the document (YAML parsing, the
// translation, compilation and the IR); "generate" adds rendering the Go
// code. Besides wall time (unreliable on a shared machine) each reports
// the process's CPU seconds per operation, user and system, from getrusage.
func BenchmarkOpenAPIYAML(b *testing.B) {
	path := filepath.Join(b.TempDir(), "api.yaml")
	doc := syntheticOpenAPI(benchSize)
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		b.Fatal(err)
	}
	for _, render := range []bool{false, true} {
		name := "build"
		if render {
			name = "generate"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			start := cpuTime()
			for b.Loop() {
				pkg, err := generator.Build(generator.Config{Package: "api"}, []string{path})
				if err != nil {
					b.Fatal(err)
				}
				if !render {
					continue
				}
				if _, err := templates.Render(pkg); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchSize is the size of the benchmark's document.
var benchSize = 1500 << 10
