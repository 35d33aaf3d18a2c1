package generator

import (
	"errors"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/generator/naming"
	"github.com/schemagen/schemagen/generator/openapi"
)

// Build loads the schema files at paths and returns the IR of the Go package
// that holds their types. Each file's root schema becomes a named type, and
// so does every entry of its $defs (or definitions). Problems come back as
// *Error values, all of them, sorted by file and pointer.
func Build(cfg Config, paths []string) (pkg *ir.Package, err error) {
	defer func() {
		if r := recover(); r != nil {
			pkg, err = nil, &PanicError{Paths: paths, Value: r, Stack: debug.Stack()}
		}
	}()
	if len(paths) == 0 {
		return nil, errors.New("no schema files given")
	}
	if cfg.RootName != "" && len(paths) > 1 {
		return nil, errors.New("a root type name can only be given for a single schema file")
	}
	formatTypes, err := textTypesOf(cfg.FormatTypes)
	if err != nil {
		return nil, err
	}
	paths = sortedUnique(paths)
	b := &builder{
		load:          newLoader(cfg),
		decls:         map[*jsonschema.Schema]*ir.Decl{},
		nullable:      map[*jsonschema.Schema]bool{},
		checks:        map[*jsonschema.Schema]*ir.Check{},
		checksAt:      map[string]*ir.Check{},
		resourceIndex: map[string]int{},
		dynamicDocs:   map[string]bool{},
		formatMode:    cfg.FormatAssertion,
		rootNames:     map[*jsonschema.Schema]string{},
		aliasOf:       map[*jsonschema.Schema]*jsonschema.Schema{},
		aliasName:     map[*jsonschema.Schema]string{},
		definitions:   map[string]*jsonschema.Schema{},
		merging:       map[*jsonschema.Schema]bool{},
		unionBranch:   map[*jsonschema.Schema]unionBranch{},
		formatTypes:   formatTypes,
		operations:    cfg.Operations,
	}
	if len(cfg.Only) > 0 {
		b.only = map[string]bool{}
		for _, name := range cfg.Only {
			b.only[name] = false
		}
	}
	pkg = &ir.Package{Name: cfg.Package}
	given := 0 // the inputs named, ahead of the siblings prepare finds
	for _, p := range paths {
		if !isOverlayOfFile(p, b.load.files) {
			given++
		}
	}
	paths, b.errs = b.load.prepare(paths)
	roots, docs := b.compileRoots(paths)
	b.findAliases(roots, docs)
	for i, root := range roots {
		if root == nil || b.imported(docs[i]) {
			continue
		}
		name := ""
		if i < given {
			name = cfg.RootName
		}
		pkg.Sources = append(pkg.Sources, ir.Source{Path: docs[i].file, Overlay: docs[i].overlay})
		b.root(root, docs[i], name)
	}
	if err := b.checkOnly(); err != nil {
		return nil, err
	}
	if err := b.errs.err(); err != nil {
		return nil, err
	}
	pkg.Decls, pkg.Checks, pkg.Resources = b.order, b.checkOrder, b.resources
	pkg.AssertFormat = assertsAnyFormat(b.checkOrder)
	markRecursive(pkg)
	inlined := inlineRefs(pkg, b.refOnly)
	assignNames(pkg)
	shareFuncs(inlined)
	breakRecursion(pkg)
	return pkg, nil
}

// A builder maps compiled schemas to IR types.
type builder struct {
	load     *loader
	decls    map[*jsonschema.Schema]*ir.Decl // the named type of each schema that has one
	nullable map[*jsonschema.Schema]bool     // whether that schema also allows null
	order    []*ir.Decl                      // declarations in the order they were first reached
	errs     errorList

	formatMode    FormatMode                                // Config.FormatAssertion
	formatTypes   map[string]string                         // Config.FormatTypes: the runtime type that holds each format
	checks        map[*jsonschema.Schema]*ir.Check          // the validation function of each schema that needs one
	checksAt      map[string]*ir.Check                      // the same, by schema location
	checkOrder    []*ir.Check                               // in the order they were first reached
	refOnly       []*ir.Check                               // the Checks of schemas with nothing but a $ref
	resources     []*ir.Resource                            // schema resources, for $dynamicRef
	resourceIndex map[string]int                            // by URL#pointer of the resource root
	dynamicDocs   map[string]bool                           // documents that declare dynamic anchors, by URL
	rootNames     map[*jsonschema.Schema]string             // the Go name each input's root schema asks for
	importedNames map[string]map[string]bool                // the types each imported package declares, by import path
	only          map[string]bool                           // Config.Only: the components to declare, with those found marked true
	operations    bool                                      // Config.Operations
	aliasOf       map[*jsonschema.Schema]*jsonschema.Schema // definitions that stand for a schema no definition declares (see findAliases)
	aliasName     map[*jsonschema.Schema]string             // the name of each such schema: its first alias's
	definitions   map[string]*jsonschema.Schema             // the definitions compiled, by URL; nil for one that failed
	merging       map[*jsonschema.Schema]bool               // the allOf schemas whose struct is being built (see allOfType)
	unionBranch   map[*jsonschema.Schema]unionBranch        // what unionOfBranches found of each schema it was asked about
}

// root declares the types of one input document: the root schema, unless it
// is only a container of definitions, and every definition.
func (b *builder) root(s *jsonschema.Schema, doc *loadedDoc, rootName string) {
	want := rootWant(s, doc, rootName)
	if doc.openapi != openapi.NotOpenAPI {
		if rootName != "" {
			b.errs.add(doc.file, "", errors.New("--type names a root type, but an OpenAPI document has none: its types are named from its components (see --only)"))
			return
		}
		b.components(doc)
		return
	}
	if rootName != "" || !isDefinitionsOnly(doc) {
		if _, nullable := splitNull(s.Types); nullable && allowsNull(s) {
			// A Go value of a named type cannot be null: keep the JSON.
			d := &ir.Decl{Name: naming.GoName(want), Origin: b.origin(s), Doc: docOf(s), Type: b.checked(s)}
			b.decls[s] = d
			b.order = append(b.order, d)
		} else if d := b.declFor(s, naming.GoName(want)); b.nullable[s] {
			// The root refers to a schema that allows null: keep the JSON,
			// as above.
			d.Type = b.checked(s)
		}
	}
	for _, def := range b.definitionsOf(doc) {
		b.definition(doc, def.ptr, def.name)
	}
}

// compileDefinition returns the compiled definition at ptr in doc, or nil
// when it does not compile, which it reports. It compiles each definition
// once: jsonschema/v5 keeps a schema it failed to compile, and would return
// it, unfinished, to a second call.
func (b *builder) compileDefinition(doc *loadedDoc, ptr string) *jsonschema.Schema {
	u := componentURL(doc, ptr)
	if def, ok := b.definitions[u]; ok {
		return def
	}
	def, err := b.load.compiler.Compile(u)
	if err != nil {
		def = nil
		if list := b.load.goTypeErrors(err); len(list) > 0 {
			b.errs = append(b.errs, list...)
		} else if e, ok := b.load.compileError(doc, err).(*Error); ok && doc.openapi != openapi.NotOpenAPI && e.Pointer != "" {
			b.errs = append(b.errs, e) // names the keyword at fault
		} else {
			b.errs.add(doc.file, ptr, errors.New(b.load.rewriteURLs(err.Error())))
		}
	}
	b.definitions[u] = def
	return def
}

// A namedDef is a definition of a document: where it is, and its name.
type namedDef struct{ ptr, name string }

// definitionsOf returns the definitions of doc, in document order: the
// entries of an OpenAPI document's components.schemas (those Config.Only
// names, with it), else those of the root's $defs and definitions.
func (b *builder) definitionsOf(doc *loadedDoc) []namedDef {
	var out []namedDef
	if doc.openapi != openapi.NotOpenAPI {
		for _, name := range components(doc) {
			if _, ok := b.only[name]; ok || b.only == nil {
				out = append(out, namedDef{openapi.SchemasPointer + "/" + document.EscapeToken(name), name})
			}
		}
		return out
	}
	for _, kw := range []string{"$defs", "definitions"} {
		for _, name := range doc.root.Get(kw).Keys() {
			out = append(out, namedDef{"/" + kw + "/" + document.EscapeToken(name), name})
		}
	}
	return out
}

// findAliases finds, before anything is declared, the definitions of the
// inputs that only refer to another schema which no definition or input
// declares, and lets each such schema be declared once, named by the first
// of them (see named): a component written as "$ref: schemas/Pet.yaml",
// the usual form in an API description split into files, stands for the
// schema of that file, which has no name of its own, and every reference
// to the component or to the file is to the one type Pet. A definition that
// refers to another definition stays a type of its own, as before.
func (b *builder) findAliases(roots []*jsonschema.Schema, docs []*loadedDoc) {
	declared := map[*jsonschema.Schema]bool{}
	var aliases []*jsonschema.Schema
	names := map[*jsonschema.Schema]string{}
	for i, root := range roots {
		if root == nil || b.imported(docs[i]) {
			continue
		}
		declared[root] = true
		for _, def := range b.definitionsOf(docs[i]) {
			s := b.compileDefinition(docs[i], def.ptr)
			if s == nil {
				continue
			}
			declared[s] = true
			if _, ok := b.pureRef(s); ok {
				aliases = append(aliases, s)
				names[s] = def.name
			}
		}
	}
	for _, a := range aliases {
		end := a
		for range len(aliases) + 1 { // longer only if the aliases make a cycle
			next, ok := b.pureRef(end)
			if !ok {
				break
			}
			end = next
		}
		u, _, _ := strings.Cut(end.Location, "#")
		if declared[end] || goTypeOf(end) != nil || b.importOf(b.load.doc(u)) != nil {
			continue // declared, or a type of the user's or of an imported package
		}
		b.aliasOf[a] = end
		if _, ok := b.aliasName[end]; !ok {
			b.aliasName[end] = names[a]
		}
	}
}

// definition declares the type of the named definition at ptr in doc.
func (b *builder) definition(doc *loadedDoc, ptr, name string) {
	def := b.compileDefinition(doc, ptr)
	if def == nil {
		return
	}
	// A reference to a definition of a Go type of the user's is
	// that type: the definition declares none of its own. Nor does a
	// definition that only refers to another schema, which is declared
	// under its own name, or, when it has none, under this one (see
	// findAliases).
	if _, ok := b.pureRef(def); ok {
		if end, ok := b.aliasOf[def]; ok {
			b.named(end)
		}
	} else if goTypeOf(def) == nil {
		b.declFor(def, naming.GoName(name))
	}
}

// isDefinitionsOnly reports whether a document's root schema holds nothing
// but definitions and annotations, as shared definition files do.
func isDefinitionsOnly(doc *loadedDoc) bool {
	if doc.root.Get("$defs") == nil && doc.root.Get("definitions") == nil {
		return false
	}
	for _, k := range doc.root.Keys() {
		switch k {
		case "$defs", "definitions", "$schema", "$id", "id", "$comment", "title", "description":
		default:
			return false
		}
	}
	return true
}

// declFor returns the named type of s, building it on first use. The
// declaration is registered before its definition is built, so a schema that
// refers to itself gets a *ir.Named pointing at its own declaration.
func (b *builder) declFor(s *jsonschema.Schema, want string) *ir.Decl {
	if d, ok := b.decls[s]; ok {
		return d
	}
	want = b.goName(s, want)
	origin := b.origin(s)
	d := &ir.Decl{Name: want, Origin: origin, Doc: docOf(s)}
	b.decls[s] = d
	b.order = append(b.order, d)
	t, nullable := b.shape(s, want)
	if n, ok := t.(*ir.Nullable); ok {
		if _, ok := n.Elem.(*ir.Named); ok {
			// Another schema, which allows null, under a new name: the
			// declaration is that schema's type, and the positions that
			// refer to it may be null. (A named pointer type could have
			// no methods.)
			t, nullable = n.Elem, true
		}
	}
	if n, ok := t.(*ir.Named); ok {
		// The schema is another schema under a new name: reuse its definition.
		t = n.Decl.Type
		if t == nil {
			b.errs.add(origin.File, origin.Pointer, errors.New("a definition that only refers to itself has no type"))
			t = &ir.Raw{Origin: origin, Common: ir.Common{MaxEncodedSize: -1}}
		}
		if e, ok := t.(*ir.Enum); ok {
			// Each declaration of an enum has constants of its own type,
			// which the naming pass names apart.
			own := *e
			own.Values = slices.Clone(e.Values)
			t = &own
		}
	}
	d.Type = t
	b.nullable[s] = nullable
	return d
}

// named returns the type of a value position whose schema is a reference to
// target.
func (b *builder) named(target *jsonschema.Schema) ir.Type {
	if end, ok := b.aliasOf[target]; ok {
		target = end
	}
	if g := goTypeOf(target); g != nil {
		t, nullable := b.external(target, g)
		if nullable {
			return ir.NewNullable(t.Origin, t)
		}
		return t
	}
	if t, ok := b.importedType(target); ok {
		return t
	}
	want := naming.GoName(lastToken(b.origin(target).Pointer))
	if w, ok := b.rootNames[target]; ok {
		want = naming.GoName(w) // another input's root, named as that input names it
	} else if w, ok := b.aliasName[target]; ok {
		want = naming.GoName(w) // named by the definition that stands for it
	} else if want == "X" || b.origin(target).Pointer == "" {
		want = naming.GoName(schemaStem(b.origin(target).File))
	}
	d := b.declFor(target, want)
	var t ir.Type = &ir.Named{Decl: d}
	if b.nullable[target] {
		t = ir.NewNullable(d.Origin, t)
	}
	return t
}

// use returns the type of a value position (a property, an item, ...) whose
// schema is s. Objects with properties and enums get a declaration named
// hint; other shapes stay inline.
//
// A declaration is registered under its schema, as declFor's are, so that a
// $ref to the same subschema (#/properties/x, #/$defs/A/items) names the
// same type: each schema location is declared once.
func (b *builder) use(s *jsonschema.Schema, hint string) ir.Type {
	if target, ok := b.pureRef(s); ok {
		return b.named(target)
	}
	if _, ok := b.decls[s]; ok { // a $ref reached s first
		return b.named(s)
	}
	hint = b.goName(s, hint)
	pos := len(b.order) // a type comes before the types nested in it
	t, nullable := b.shape(s, hint)
	if _, ok := b.decls[s]; ok {
		// s refers to itself: declFor declared it while t was built, from
		// the same schema, so the two types are the same.
		return b.named(s)
	}
	switch t.(type) {
	case *ir.Struct, *ir.Enum, *ir.Union:
		d := &ir.Decl{Name: hint, Origin: b.origin(s), Doc: docOf(s), Type: t}
		b.order = slices.Insert(b.order, pos, d)
		b.decls[s] = d
		b.nullable[s] = nullable
		t = &ir.Named{Decl: d}
	}
	if nullable {
		t = ir.NewNullable(b.origin(s), t)
	}
	return t
}

// shape builds the type of the values s accepts, apart from null, and reports
// whether s also accepts null.
func (b *builder) shape(s *jsonschema.Schema, hint string) (ir.Type, bool) {
	origin := b.origin(s)
	if g := goTypeOf(s); g != nil {
		return b.external(s, g)
	}
	if target, ok := b.pureRef(s); ok {
		return b.named(target), false
	}
	if b.formatTypes[s.Format] != "" && !b.textType(s) {
		// A format that a Go type holds, on a schema that is not a plain
		// string: its Check asserts the format.
		return b.checked(s), false
	}
	if t, nullable := b.branchesType(s, hint); t != nil {
		return t, nullable
	}
	if t, nullable := b.allOfType(s, hint); t != nil {
		return t, nullable
	}
	if u, nullable := b.typesUnion(s); u != nil {
		return u, nullable
	}
	if st := b.untypedObject(s, origin, hint); st != nil {
		return st, false
	}
	if needsCheck(s) || s.Ref != nil || b.dynamicDocument(s) ||
		b.assertsFormat(s) && s.Format != "int32" && s.Format != "int64" && !b.textType(s) && !b.stringFormat(s) {
		return b.checked(s), false
	}
	if s.Always != nil {
		return &ir.Raw{Origin: origin, Common: ir.Common{MaxEncodedSize: -1}}, false
	}
	common := common(s)
	types, nullable := splitNull(s.Types)
	if nullable && !allowsNull(s) {
		nullable = false // enum or const leaves null out: the type's null is unreachable
	}
	if nullable && common.Enum != nil {
		// The nullable wrapper takes null; the type below it checks the
		// other values, and must not read null as its zero value.
		common.Enum = slices.DeleteFunc(slices.Clone(common.Enum), func(v ir.Value) bool { return string(v) == "null" })
	}
	if len(types) == 0 {
		types = inferTypes(s)
	}
	if len(types) == 0 {
		return &ir.Raw{Origin: origin, Common: common}, nullable
	}
	switch types[0] {
	case "null":
		common.Const = ir.Value("null")
		return &ir.Raw{Origin: origin, Common: common}, false
	case "object":
		return b.object(s, origin, common, hint), nullable
	case "array":
		return b.array(s, origin, common, hint), nullable
	case "string":
		return b.str(s, origin, common), nullable
	case "integer", "number":
		return b.number(s, origin, common, types[0]), nullable
	default: // "boolean"
		return b.boolean(origin, common), nullable
	}
}

// origin returns where a compiled schema lives, with the file as the user
// named it.
func (b *builder) origin(s *jsonschema.Schema) ir.Origin {
	file, ptr := b.load.locate(s.Location, nil)
	return ir.Origin{File: file, Pointer: ptr}
}

// checked returns a raw JSON type validated by the Check of s.
func (b *builder) checked(s *jsonschema.Schema) *ir.Raw {
	return &ir.Raw{Origin: b.origin(s), Common: ir.Common{MaxEncodedSize: -1}, Check: b.check(s)}
}

func docOf(s *jsonschema.Schema) ir.Doc {
	d := ir.Doc{Title: s.Title, Description: s.Description, Deprecated: s.Deprecated}
	if s.Default != nil {
		d.Default = encodeValue(s.Default)
	}
	return d
}

// pureRef reports whether s is nothing but a reference, and to what. In
// drafts before 2019-09 the compiler already ignores a $ref's siblings. A
// reference beside an asserted format is not pure, and neither is one that
// also enters a schema resource with dynamic anchors: entering the resource
// changes what a $dynamicRef finds.
func (b *builder) pureRef(s *jsonschema.Schema) (*jsonschema.Schema, bool) {
	if s.Ref == nil || constrains(s) || b.assertsFormat(s) || b.entersDynamicScope(s) {
		return nil, false
	}
	return s.Ref, true
}

// splitNull removes "null" from a type list and reports whether it was there.
func splitNull(types []string) ([]string, bool) {
	var out []string
	nullable := false
	for _, t := range types {
		if t == "null" {
			nullable = true
			continue
		}
		out = append(out, t)
	}
	if len(types) == 1 && nullable {
		return []string{"null"}, false
	}
	if len(out) == 2 && out[0] != out[1] && (out[0] == "integer" || out[1] == "integer") && (out[0] == "number" || out[1] == "number") {
		out = []string{"number"}
	}
	return out, nullable
}

func lastToken(ptr string) string {
	tok := ptr[strings.LastIndex(ptr, "/")+1:]
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
}

func sortedUnique(paths []string) []string {
	out := append([]string(nil), paths...)
	sort.Strings(out)
	n := 0
	for i, p := range out {
		if i == 0 || p != out[n-1] {
			out[n] = p
			n++
		}
	}
	return out[:n]
}

// allowsNull reports whether s's enum and const, if any, include null.
func allowsNull(s *jsonschema.Schema) bool {
	if s.Constant != nil && s.Constant[0] != nil {
		return false
	}
	if s.Enum == nil {
		return true
	}
	for _, v := range s.Enum {
		if v == nil {
			return true
		}
	}
	return false
}
