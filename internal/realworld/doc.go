// Package realworld holds a test over real OpenAPI 3.0 documents (vendors'
// published documents, and the test documents of other generators), which
// are not in this repository: TestCorpus generates every 3.0 document
// found under the directories that SCHEMAGEN_OPENAPI_CORPUS lists (with
// the types of operations' inline bodies, as --operations makes), builds
// and vets the result, and compares the documents that fail to generate
// with testdata/expected_failures.txt. .ci/run fetches a corpus through the
// Go module proxy and runs it.
package realworld
