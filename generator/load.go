package generator

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/openapi"
	"github.com/schemagen/schemagen/templates/jsonrt"
)

// A loader reads schema documents for one Build, through files (Config.FS
// or the operating system's), and never touches the network: the
// compiler's LoadURL is this loader's load method, so every reference,
// local or mapped, passes through readDocument.
type loader struct {
	cfg      Config
	files    inputs // Config.FS, or the operating system's files
	compiler *jsonschema.Compiler
	docs     map[string]*loadedDoc // by document URL, without fragment
	byID     map[string]*loadedDoc // by the "$id" of the document's root, resolved
	patterns map[string]string     // the schemas' patterns, by their RE2 translations
	failed   *Error                // the first load failure
	failedAt string                // the URL whose loading failed
	last     string                // the URL of the document read last
	draft    *jsonschema.Draft     // Config.Draft: the dialect of documents without "$schema"
	cfgErr   error                 // a Config that cannot be used
	single   bool                  // the run has one input (see compileDraft)
	compiled bool                  // compileRoot has run

	family        *family             // the components the inputs and their siblings claim
	rewrites      []pendingRewrite    // component references resolved, to rewrite
	originalRefs  map[string]string   // component references as written, by what they became
	unresolved    map[string]bool     // the component references prepare reported, as file#pointer
	deferWarnings bool                // keep a root's leftover-$id warning until prepare knows whether it names a component
	warned        map[string]bool     // the warnings given, each once (see warn)
	refs30        map[string][]string // by document URL: the pointers of schemas that OpenAPI 3.0 schemas refer to (see refer30)
	noted30       map[string]bool     // those, as URL#pointer
}

// A loadedDoc is one schema document as the compiler sees it.
type loadedDoc struct {
	url     string
	file    string // the file as the user named it (or as reached from one)
	overlay string // the overlay merged into it, or ""
	root    *document.Node

	leftoverID string          // the root's "$id" that repairArtifacts dropped, such as "#/components/schemas/Pet"
	idWarning  string          // the warning about it, while prepare decides whether the file takes part in a family
	inFamily   bool            // whether a component reference across files leads from or to this document
	openapi    openapi.Version // an OpenAPI document, translated (see openapiDocument)

	schemas30  map[*document.Node]bool           // in a file that may hold OpenAPI 3.0 schemas, those translated (see translate30), until the schema library has the file
	src        []byte                            // the text of such a file, for line numbers, as long as schemas30
	index      map[*document.Node]map[string]int // the positions of large objects' members (see lookup)
	otherDraft bool                              // a 2020-12 document compiled in another draft (see compileDraft)

	resourceRoots map[string]bool // isResourceRoot's answers, by pointer, once the builder asks
}

func newLoader(cfg Config) *loader {
	l := &loader{cfg: cfg, files: inputs{cfg.FS}, docs: map[string]*loadedDoc{}, byID: map[string]*loadedDoc{}, patterns: map[string]string{}, warned: map[string]bool{},
		refs30: map[string][]string{}, noted30: map[string]bool{}}
	l.draft, l.cfgErr = draftNamed(cfg.Draft)
	l.compiler = l.newCompiler()
	return l
}

// warn passes msg to Config.Warn, once: a document that fails to load is
// read again by each step that reaches it (prepare, then compilation), and
// would repeat its warnings every time.
func (l *loader) warn(msg string) {
	if l.cfg.Warn == nil || l.warned[msg] {
		return
	}
	l.warned[msg] = true
	l.cfg.Warn(msg)
}

// newCompiler returns a schema compiler that reads documents through l.
func (l *loader) newCompiler() *jsonschema.Compiler {
	c := jsonschema.NewCompiler()
	c.Draft = l.draft
	c.ExtractAnnotations = true
	c.LoadURL = l.load
	RegisterExtensions(c)
	setFormats(c, l.cfg)
	return c
}

// setFormats makes the compiler treat "format" as schemagen does. Where
// cfg.FormatAssertion makes a format an assertion, it is checked by the same
// code the generated code calls; by default that is where jsonschema/v5
// asserts it (drafts before 2019-09, documents without "$schema", a
// metaschema requiring the format-assertion vocabulary). The formats of cfg.FormatTypes are asserted
// everywhere, by an extension, and left out of the compiler's own formats
// so that nothing is reported twice.
func setFormats(c *jsonschema.Compiler, cfg Config) {
	names := []string{"idn-email", "idn-hostname", "byte"} // byte: OpenAPI's base64
	for name := range jsonschema.Formats {
		names = append(names, name)
	}
	for _, name := range names {
		switch {
		case cfg.FormatAssertion == FormatAnnotate || slices.Contains(cfg.FormatTypes, name),
			// jsonschema/v5 does not know it, so by default never asserts it.
			cfg.FormatAssertion == FormatDefault && !v5Knows(name):
			c.Formats[name] = func(any) bool { return true }
		default:
			c.Formats[name] = func(v any) bool { return jsonrt.Format(name, v) }
		}
	}
	c.AssertFormat = cfg.FormatAssertion == FormatAssert
	if len(cfg.FormatTypes) > 0 {
		c.RegisterExtension(formatTypesName, nil, formatTypesCompiler(cfg.FormatTypes))
	}
}

// drafts are the values of Config.Draft, with the drafts they name.
var drafts = []struct {
	name  string
	draft *jsonschema.Draft
}{
	{"2020-12", jsonschema.Draft2020},
	{"2019-09", jsonschema.Draft2019},
	{"7", jsonschema.Draft7},
	{"6", jsonschema.Draft6},
	{"4", jsonschema.Draft4},
}

// Drafts returns the values Config.Draft may take: 2020-12, 2019-09, 7, 6
// and 4.
func Drafts() []string {
	out := make([]string, len(drafts))
	for i, d := range drafts {
		out[i] = d.name
	}
	return out
}

// draftNamed returns the draft Config.Draft names; "" is 2020-12.
func draftNamed(name string) (*jsonschema.Draft, error) {
	if name == "" {
		return jsonschema.Draft2020, nil
	}
	for _, d := range drafts {
		if d.name == name {
			return d.draft, nil
		}
	}
	return jsonschema.Draft2020, fmt.Errorf("unknown draft %q; the drafts are %s", name, strings.Join(Drafts(), ", "))
}

// assertsFormatByDefault reports whether jsonschema/v5, with its default
// settings, asserts the format of s. It does in drafts 4, 6 and 7. In
// 2019-09 and 2020-12 it asserts where the document's metaschema has the
// format-assertion vocabulary: never under the drafts' own metaschemas,
// under a custom one when its $vocabulary requires it, and always in a
// document without "$schema", which has no metaschema and so, to
// jsonschema/v5, every vocabulary.
func (l *loader) assertsFormatByDefault(s *jsonschema.Schema) bool {
	switch s.Draft {
	case jsonschema.Draft4, jsonschema.Draft6, jsonschema.Draft7:
		return true
	}
	u, _, _ := strings.Cut(s.Location, "#")
	doc := l.doc(u)
	if doc == nil {
		return false
	}
	if sch := doc.root.Get("$schema"); sch == nil || sch.Kind != document.String {
		return true
	}
	if draftOf(doc.root) != nil {
		return false
	}
	meta := l.metaschema(doc)
	if meta == nil {
		return false
	}
	vocab := meta.root.Get("$vocabulary")
	if vocab == nil {
		return false
	}
	req := vocab.Get("https://json-schema.org/draft/2020-12/vocab/format-assertion")
	return req != nil && !(req.Kind == document.Bool && !req.Bool)
}

// declaring returns the loaded document whose "$schema" names the document
// at u, or nil. Documents are searched in URL order so the answer is stable.
func (l *loader) declaring(u string) *loadedDoc {
	for _, du := range sortedKeys(l.docs) {
		doc := l.docs[du]
		if s := doc.root.Get("$schema"); s != nil && s.Kind == document.String && metaURL(doc, s.String) == u {
			return doc
		}
	}
	return nil
}

// metaURL resolves a "$schema" value of doc, without fragment.
func metaURL(doc *loadedDoc, schema string) string {
	base, err := url.Parse(doc.url)
	if err != nil {
		return ""
	}
	u, err := base.Parse(schema)
	if err != nil {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

// metaschema returns the loaded document that doc's "$schema" names, or nil.
func (l *loader) metaschema(doc *loadedDoc) *loadedDoc {
	s := doc.root.Get("$schema")
	if s == nil || s.Kind != document.String {
		return nil
	}
	return l.doc(metaURL(doc, s.String))
}

// compileRoot compiles the schema file at path, as the user named it. The
// schema library panics on some numbers it cannot represent (an exponent of
// a million digits); that is reported as an error, not a crash.
func (l *loader) compileRoot(path string) (s *jsonschema.Schema, doc *loadedDoc, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, doc, err = nil, nil, &Error{File: displayPath(path), Err: fmt.Errorf(
				"the schema library failed on this schema (%v); a number too large for it, such as 1e1000000, is the usual cause", r)}
		}
	}()
	if l.cfgErr != nil {
		return nil, nil, l.cfgErr
	}
	abs, err := l.files.abs(path)
	if err != nil {
		return nil, nil, &Error{File: displayPath(path), Err: err}
	}
	u := fileURL(abs)
	l.failed, l.failedAt = nil, ""
	doc = l.docs[u] // read by prepare
	if doc == nil {
		if doc, err = l.readDocument(u, displayPath(path)); err != nil {
			return nil, nil, err
		}
	}
	// Documents without "$schema" that this one refers to are read in its
	// draft, as the schema's author will have meant.
	l.compiler.Draft = l.draft
	if d := draftOf(doc.root); d != nil {
		l.compiler.Draft = d
	} else if l.single && !l.compiled {
		// The only input, compiled first: no other document can have
		// been compiled in the draft chosen here, or name this one as its
		// metaschema.
		l.compiler.Draft = compileDraft(doc.root, l.draft)
		doc.otherDraft = l.compiler.Draft != l.draft
	}
	l.compiled = true
	s, err = l.compiler.Compile(u)
	if err != nil && l.compiler.Draft != l.draft && draftOf(doc.root) == nil {
		// Report the failure as the document's own draft reports it (the
		// metaschema's URL is in the message): compile again, in a new
		// compiler, which has no resource read in the other draft.
		l.compiler = l.newCompiler()
		doc.otherDraft = false
		l.failed, l.failedAt = nil, ""
		s, err = l.compiler.Compile(u)
	}
	if err != nil {
		return nil, nil, l.compileError(doc, err)
	}
	return s, doc, nil
}

// pattern returns the pattern as the schema wrote it, and its RE2
// translation, which the compiled schema holds.
func (l *loader) pattern(re2 string) (source, translated string) {
	if src, ok := l.patterns[re2]; ok {
		return src, re2
	}
	return re2, re2 // a document the schema library carries
}

// doc returns the document whose URL, or whose root's $id, is u. The schema
// library locates the schemas of a document by the $id of its root.
func (l *loader) doc(u string) *loadedDoc {
	if d, ok := l.docs[u]; ok {
		return d
	}
	return l.byID[u]
}

// rootID returns the absolute URL the root's "$id" (draft 4: "id") gives a
// document, without fragment, or "".
func rootID(doc *loadedDoc) string {
	for _, kw := range []string{"$id", "id"} {
		id := doc.root.Get(kw)
		if id == nil || id.Kind != document.String {
			continue
		}
		base, err := url.Parse(doc.url)
		if err != nil {
			return ""
		}
		u, err := base.Parse(id.String)
		if err != nil {
			return ""
		}
		u.Fragment, u.RawFragment = "", ""
		return u.String()
	}
	return ""
}

// draftOf returns the draft a document's "$schema" names, or nil.
func draftOf(root *document.Node) *jsonschema.Draft {
	s := root.Get("$schema")
	if s == nil || s.Kind != document.String {
		return nil
	}
	u := strings.TrimPrefix(strings.TrimPrefix(s.String, "http://"), "https://")
	if strings.HasSuffix(u, "#") || strings.HasSuffix(u, "#/") {
		u = u[:strings.IndexByte(u, '#')]
	}
	switch u {
	case "json-schema.org/schema":
		return jsonschema.Draft2020
	case "json-schema.org/draft-04/schema":
		return jsonschema.Draft4
	case "json-schema.org/draft-06/schema":
		return jsonschema.Draft6
	case "json-schema.org/draft-07/schema":
		return jsonschema.Draft7
	case "json-schema.org/draft/2019-09/schema":
		return jsonschema.Draft2019
	case "json-schema.org/draft/2020-12/schema":
		return jsonschema.Draft2020
	}
	return nil
}

// load serves the compiler's requests for documents.
func (l *loader) load(rawURL string) (io.ReadCloser, error) {
	u := strings.TrimSuffix(rawURL, "#")
	if doc, ok := l.docs[u]; ok {
		l.last = u // read before (by prepare), but checked now
		if err := l.translate30(doc); err != nil {
			return nil, err
		}
		// The library has the file now: nothing more is translated in it,
		// so its text, kept for the line numbers of translation errors,
		// can go.
		doc.schemas30, doc.src = nil, nil
		return io.NopCloser(bytes.NewReader(doc.root.Encode())), nil
	}
	if doc, ok := l.byID[u]; ok {
		// A file of the run, by its absolute "$id".
		l.last = doc.url
		return io.NopCloser(bytes.NewReader(doc.root.Encode())), nil
	}
	path, err := l.localPath(u)
	if err != nil && !strings.HasPrefix(u, "file://") {
		if p, ok := l.siblingByID(u); ok {
			// A file of the family, by its absolute "$id": known by its
			// file's URL, as every file of the run is.
			fu := fileURL(p)
			doc := l.docs[fu]
			if doc == nil {
				l.failedAt = fu
				if doc, err = l.readDocument(fu, l.display(p)); err != nil {
					return nil, err
				}
			}
			l.last = fu
			return io.NopCloser(bytes.NewReader(doc.root.Encode())), nil
		}
	}
	if err != nil {
		l.failedAt = u
		return nil, l.fail(&Error{File: u, Err: err})
	}
	l.failedAt = u
	path, err = l.withExtension(path)
	if err != nil {
		return nil, l.fail(&Error{File: u, Err: err})
	}
	doc, err := l.readDocument(u, l.display(path))
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(doc.root.Encode())), nil
}

// refExtensions are the extensions tried, in order, when a reference's file
// does not exist and its name has none: "$ref":
// "https://json.schemastore.org/grunt-task" finds grunt-task.json.
var refExtensions = schemaExtensions

// addExtensions rewrites each "$ref" of doc to a document whose file exists
// only with one of refExtensions ("grunt-task" becomes "grunt-task.json"),
// so that a document referred to both with and without its extension is
// loaded once, under its file's name. A reference to a schema resource that
// doc embeds or that is loaded already (by its "$id") stays as it is.
func (l *loader) addExtensions(doc *loadedDoc) {
	root, err := url.Parse(doc.url)
	if err != nil {
		return
	}
	// The base URL of each schema, by pointer, and the resources doc holds.
	bases := map[string]*url.URL{}
	resources := map[string]bool{doc.url: true}
	walkSchemas(doc.root, "", func(n *document.Node, ptr string) {
		base := root
		for p := ptr; p != ""; {
			p = p[:strings.LastIndex(p, "/")]
			if b, ok := bases[p]; ok {
				base = b
				break
			}
		}
		for _, kw := range []string{"$id", "id"} {
			if id := n.Get(kw); id != nil && id.Kind == document.String {
				if u, err := base.Parse(id.String); err == nil {
					u.Fragment, u.RawFragment = "", ""
					base = u
					resources[u.String()] = true
				}
				break
			}
		}
		bases[ptr] = base
	})
	walkSchemas(doc.root, "", func(n *document.Node, ptr string) {
		ref := n.Get("$ref")
		if ref == nil || ref.Kind != document.String {
			return
		}
		target, frag, hasFrag := strings.Cut(ref.String, "#")
		if target == "" || strings.HasSuffix(target, "/") || path.Ext(target) != "" {
			return
		}
		u, err := bases[ptr].Parse(target)
		if err != nil {
			return
		}
		u.Fragment, u.RawFragment = "", ""
		if resources[u.String()] || l.doc(u.String()) != nil {
			return
		}
		p, err := l.localPath(u.String())
		if err != nil {
			return
		}
		found, err := l.withExtension(p)
		if err != nil || found == p {
			return
		}
		ref.String = target + strings.TrimPrefix(found, p)
		if hasFrag {
			ref.String += "#" + frag
		}
	})
}

// withExtension returns path, or, when no file is there and its name has no
// extension, the first path with one of refExtensions that exists. When
// none does, the error names every path tried.
func (l *loader) withExtension(path string) (string, error) {
	if _, err := l.files.stat(path); !errors.Is(err, fs.ErrNotExist) || filepath.Ext(path) != "" {
		return path, nil // readDocument reports any other problem
	}
	tried := []string{filepath.ToSlash(path)}
	for _, ext := range refExtensions {
		if _, err := l.files.stat(path + ext); !errors.Is(err, fs.ErrNotExist) {
			return path + ext, nil
		}
		tried = append(tried, filepath.ToSlash(path+ext))
	}
	return "", fmt.Errorf("no such file: tried %s", strings.Join(tried, ", "))
}

// localPath maps a document URL to a local file.
func (l *loader) localPath(u string) (string, error) {
	if strings.HasPrefix(u, "file://") {
		p, err := url.Parse(u)
		if err != nil {
			return "", err
		}
		return filepath.FromSlash(p.Path), nil
	}
	maps := append([]Mapping(nil), l.cfg.Maps...)
	sort.SliceStable(maps, func(i, j int) bool { return len(maps[i].Prefix) > len(maps[j].Prefix) })
	for _, m := range maps {
		rest, ok := strings.CutPrefix(u, m.Prefix)
		if !ok {
			continue
		}
		rest, _, _ = strings.Cut(rest, "?")
		p := filepath.Join(m.Dir, filepath.FromSlash(rest))
		if !filepath.IsLocal(filepath.FromSlash(rest)) {
			return "", fmt.Errorf("%s escapes the directory %s that --map gives for %s", u, m.Dir, m.Prefix)
		}
		return p, nil
	}
	return "", fmt.Errorf("remote reference %s: schemagen never uses the network; serve it from a local copy with --map %s=DIR", u, urlPrefix(u))
}

// readDocument reads, patches and repairs one schema file and remembers it
// under u.
func (l *loader) readDocument(u, file string) (*loadedDoc, error) {
	data, err := l.files.readSchema(filepathFromDisplay(file, u))
	if err != nil {
		return nil, l.fail(&Error{File: file, Err: err})
	}
	root, err := ParseSchema(file, data)
	if err != nil {
		return nil, l.fail(&Error{File: file, Err: err})
	}
	doc := &loadedDoc{url: u, file: file, root: root}
	l.last = u
	if err := applyOverlay(doc, l.files); err != nil {
		return nil, l.fail(err.(*Error))
	}
	if err := checkDepth(doc); err != nil {
		return nil, l.fail(err.(*Error))
	}
	doc.leftoverID = leftoverID(doc.root)
	if err := l.openapiDocument(doc, data); err != nil {
		return nil, err
	}
	if doc.openapi == openapi.NotOpenAPI && doc.root.Get("$schema") == nil {
		doc.schemas30, doc.src = map[*document.Node]bool{}, data
		if err := l.translate30(doc); err != nil {
			return nil, err
		}
	}
	for _, w := range repairArtifacts(doc) {
		if l.deferWarnings && doc.leftoverID != "" && doc.idWarning == "" && isRootIDWarning(doc, w) {
			doc.idWarning = w
			continue
		}
		l.warn(w)
	}
	l.addExtensions(doc)
	if err := translatePatterns(doc, l.patterns, l.warn); err != nil {
		if l.failed == nil {
			l.failed = &Error{File: file, Err: err}
		}
		return nil, err
	}
	l.docs[u] = doc
	if id := rootID(doc); id != "" {
		l.byID[id] = doc
	}
	return doc, nil
}

// display names a file reached through a reference: relative to the working
// directory when that is shorter, else as is.
func (l *loader) display(path string) string {
	if wd, err := l.files.wd(); err == nil {
		if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(path)
}

func displayPath(path string) string { return filepath.ToSlash(filepath.Clean(path)) }

// filepathFromDisplay returns the file to read for a document: the URL's path
// for file URLs, else the display name (a mapped local file).
func filepathFromDisplay(file, u string) string {
	if strings.HasPrefix(u, "file://") {
		if p, err := url.Parse(u); err == nil {
			return filepath.FromSlash(p.Path)
		}
	}
	return filepath.FromSlash(file)
}

func fileURL(abs string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// urlPrefix suggests a --map prefix for u: its scheme, host and directory.
func urlPrefix(u string) string {
	if i := strings.LastIndex(u, "/"); i > len("https://") {
		return u[:i+1]
	}
	return u
}

// source returns the document a compiled schema was compiled from, the
// schema's JSON Pointer in it and its node there; the node is nil when the
// schema is not in a document this loader read (a metaschema), and so is
// doc.
func (l *loader) source(s *jsonschema.Schema) (doc *loadedDoc, ptr string, node *document.Node) {
	u, frag, _ := strings.Cut(s.Location, "#")
	doc = l.doc(u)
	ptr, err := url.PathUnescape(frag)
	if doc == nil || err != nil {
		return nil, ptr, nil
	}
	node, _ = doc.lookup(ptr)
	return doc, ptr, node
}

// propertyOrder returns the names of s's properties in the order the schema
// document lists them. The compiler keeps properties in a map; the document
// remembers the order.
func (l *loader) propertyOrder(s *jsonschema.Schema) []string {
	if len(s.Properties) == 0 {
		return nil
	}
	var names []string
	if _, _, node := l.source(s); node != nil {
		if props := node.Get("properties"); props != nil {
			names = props.Keys()
		}
	}
	if len(names) != len(s.Properties) {
		// Not found in a document (cannot happen for files this loader
		// read): fall back to a stable order.
		return sortedKeys(s.Properties)
	}
	return names
}

// Compile returns the jsonschema/v5 compilation of the schema file at path
// as schemagen sees it: its overlay merged, vendor artifacts repaired and
// schemagen's extension keywords registered. Tests use it as the oracle that
// generated code must agree with.
//
// Component references across files resolve as in a run over path alone:
// to the schema files beside it that claim the components (see prepare).
func Compile(cfg Config, path string) (*jsonschema.Schema, error) {
	l := newLoader(cfg)
	l.single = true
	if _, errs := l.prepare([]string{path}); len(errs) > 0 {
		return nil, errs.err()
	}
	s, _, err := l.compileRoot(path)
	return s, err
}
