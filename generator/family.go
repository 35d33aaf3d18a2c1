package generator

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// This file resolves a run's component references across files, with the
// index of family_index.go: it reads the inputs, finds the siblings they
// need, and rewrites each reference to the file that stands for it.

// prepare reads the input files (but not the overlays among them) and the
// files their other references reach, indexes the components they claim,
// and resolves the component references across files: each reference whose
// fragment names a component and whose target does not exist in its own
// document is rewritten, in the loaded document, to the file that claims the
// component. A component that no input claims is looked up among the schema
// files of the referring file's directory (and further, see
// resolveComponents), and the file found becomes an input too. prepare
// returns the inputs (the paths given, then the siblings found, as display
// paths) and every problem met.
func (l *loader) prepare(paths []string) ([]string, errorList) {
	var errs errorList
	l.family = newFamily(l.files)
	l.unresolved = map[string]bool{}
	l.deferWarnings = true
	defer func() { l.deferWarnings = false }()
	var queue []*loadedDoc
	var inputs []string
	for _, p := range paths {
		if isOverlayOfFile(p, l.files) {
			continue // schemas/*.json names the overlays too: each is merged into its schema
		}
		inputs = append(inputs, p)
		doc, err := l.readInput(p)
		if err != nil {
			errs = append(errs, asErrors(err)...)
			continue
		}
		queue = append(queue, doc)
	}
	for len(queue) > 0 {
		doc := queue[0]
		queue = queue[1:]
		found, list := l.resolveComponents(doc)
		errs = append(errs, list...)
		queue = append(queue, l.reachDocuments(doc)...)
		for _, sib := range found {
			display := l.siblingDisplay(doc, sib.path)
			sibDoc, err := l.readInput(display)
			if err != nil {
				errs = append(errs, asErrors(err)...)
				continue
			}
			inputs = append(inputs, display)
			queue = append(queue, sibDoc)
			if l.cfg.Note != nil {
				l.cfg.Note(fmt.Sprintf("also generating %s, component %s of %s#%s", display, sib.name, doc.file, sib.pointer))
			}
		}
		if len(queue) == 0 {
			// A directory indexed late may hold the file with an absolute
			// "$id" that an earlier reference missed: look again.
			for _, u := range sortedKeys(l.docs) {
				queue = append(queue, l.reachDocuments(l.docs[u])...)
			}
		}
	}
	l.applyRewrites()
	for _, u := range sortedKeys(l.docs) {
		doc := l.docs[u]
		if doc.idWarning != "" && !doc.inFamily {
			l.warn(doc.idWarning)
		}
		doc.idWarning = ""
	}
	return inputs, errs
}

// readInput reads an input file and indexes it.
func (l *loader) readInput(p string) (*loadedDoc, error) {
	abs, err := l.files.abs(p)
	if err != nil {
		return nil, &Error{File: displayPath(p), Err: err}
	}
	u := fileURL(abs)
	if doc, ok := l.docs[u]; ok {
		return doc, nil
	}
	l.failed = nil
	doc, err := l.readDocument(u, displayPath(p))
	if err != nil {
		return nil, err
	}
	l.family.index(abs, doc.leftoverID, doc.root)
	return doc, nil
}

// A sibling is a file found beside a referring file, for a component.
type sibling struct {
	path, name, pointer string
}

// resolveComponents rewrites the component references of doc that do not
// resolve within it, and returns the files that claim them but are not
// loaded yet.
func (l *loader) resolveComponents(doc *loadedDoc) ([]sibling, errorList) {
	var errs errorList
	var found []sibling
	seen := map[string]bool{}
	walkSchemas(doc.root, "", func(n *document.Node, ptr string) {
		ref := n.Get("$ref")
		if ref == nil || ref.Kind != document.String {
			return
		}
		name, rest, ok := componentName(ref.String)
		if !ok {
			return
		}
		frag, _ := url.PathUnescape(strings.TrimPrefix(ref.String, "#"))
		if resource := resourceRoot(doc.root, ptr); resource != doc.root {
			return // a fragment of an embedded resource ("$id": "other.json"), not of the file
		}
		if _, exists := doc.root.Lookup(frag); exists {
			return
		}
		at := ptr + "/$ref"
		claimants := l.family.lookup(name)
		if len(claimants) == 0 {
			dir := filepath.Dir(filepathFromDisplay(doc.file, doc.url))
			if abs, err := l.files.abs(dir); err == nil {
				l.family.indexDir(abs)
			}
			claimants = l.family.lookup(name)
		}
		if len(claimants) == 0 {
			for _, dir := range l.importDirs() {
				l.family.indexDir(dir)
			}
			claimants = l.family.lookup(name)
		}
		if len(claimants) == 0 {
			// A folder split into subdirectories (models/pets, models/common).
			dir := filepath.Dir(filepath.Dir(filepathFromDisplay(doc.file, doc.url)))
			if abs, err := l.files.abs(dir); err == nil {
				l.family.indexSubdirs(abs)
			}
			claimants = l.family.lookup(name)
		}
		if len(claimants) != 1 {
			l.unresolved[doc.file+"#"+at] = true // reported here, not again when compiling
		}
		if len(claimants) == 0 {
			if e := l.family.brokenFor(name); e != nil {
				// NAME.json is there but broken: report it once, at itself.
				errs.add(l.display(e.File), e.Pointer, e.Err)
				return
			}
		}
		switch len(claimants) {
		case 0:
			errs.add(doc.file, at, fmt.Errorf("no schema file stands for component %q of %q: no input, and no schema file beside this one or in the directories beside its own, has the $id %q, the title %q or the name %s.json",
				name, ref.String, ref.String[:len(ref.String)-len(rest)], name, name))
			return
		case 1:
		default:
			var files []string
			for _, c := range claimants {
				f := l.display(c.path)
				if c.pointer != "" {
					f += "#" + c.pointer
				}
				files = append(files, f)
			}
			errs.add(doc.file, at, fmt.Errorf("component %q of %q is claimed by %s: keep one of them out of the run, or give the other a different title in its overlay",
				name, ref.String, strings.Join(files, " and ")))
			return
		}
		target := claimants[0].path
		rest = claimants[0].pointer + rest
		targetURL := fileURL(target)
		tdoc, loaded := l.docs[targetURL]
		if !loaded && !seen[target] {
			seen[target] = true
			found = append(found, sibling{path: target, name: name, pointer: at})
		}
		doc.inFamily = true
		if loaded {
			tdoc.inFamily = true
		}
		l.rewrites = append(l.rewrites, pendingRewrite{node: n, doc: doc, target: targetURL, rest: rest, original: ref.String})
	})
	return found, errs
}

// A pendingRewrite is a component reference to rewrite once its target
// file is loaded (and its root "$id", if any, known).
type pendingRewrite struct {
	node     *document.Node
	doc      *loadedDoc
	target   string // the claiming file's URL
	rest     string // the pointer into the component
	original string
}

// applyRewrites rewrites every resolved component reference to the file URL
// of the claiming document (see reachDocuments for why). A reference
// into the referring document itself becomes a plain fragment.
func (l *loader) applyRewrites() {
	for _, r := range l.rewrites {
		frag := (&url.URL{Fragment: r.rest}).EscapedFragment()
		tdoc := l.docs[r.target]
		switch {
		case tdoc == nil:
			// The sibling could not be read, which is reported at the
			// sibling: loading it fails again, and Build drops that.
			r.node.Set("$ref", &document.Node{Kind: document.String, String: r.target + "#" + frag})
		case tdoc == r.doc:
			r.node.Set("$ref", &document.Node{Kind: document.String, String: "#" + frag})
		default:
			tdoc.inFamily = true
			r.node.Set("$ref", &document.Node{Kind: document.String, String: tdoc.url + "#" + frag})
		}
		if l.originalRefs == nil {
			l.originalRefs = map[string]string{}
		}
		l.originalRefs[r.node.Get("$ref").String] = r.original
	}
	l.rewrites = nil
}

// asErrors returns err as a list of *Error.
func asErrors(err error) errorList {
	if err == nil {
		return nil
	}
	if e, ok := err.(*Error); ok {
		return errorList{e}
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out errorList
		for _, e := range j.Unwrap() {
			out = append(out, asErrors(e)...)
		}
		return out
	}
	return errorList{{Err: err}}
}

// isRootIDWarning reports whether w is repairArtifacts' warning about the
// root's leftover "$id".
func isRootIDWarning(doc *loadedDoc, w string) bool {
	return strings.HasPrefix(w, doc.file+"#/$id:") || strings.HasPrefix(w, doc.file+"#/id:")
}

// importDirs returns the local directories that --import prefixes name: a
// component that neither the inputs nor the referring file's directory
// claim is looked up there too, since a family split into packages refers
// across them.
func (l *loader) importDirs() []string {
	var dirs []string
	for _, imp := range l.cfg.Imports {
		if strings.Contains(imp.Prefix, "://") {
			continue
		}
		dir := imp.Prefix
		if info, err := l.files.stat(dir); err != nil || !info.IsDir() {
			dir = filepath.Dir(dir)
		}
		if abs, err := l.files.abs(dir); err == nil {
			dirs = append(dirs, abs)
		}
	}
	return dirs
}

// reachDocuments loads the documents that doc's other references (to files
// or mapped URLs) lead to, so that their component references are resolved
// too, and returns those not loaded before. A document that cannot be
// loaded is skipped here: compiling reports it, naming the reference. A
// reference to a file of the run by its absolute "$id" is rewritten to the
// file's URL.
func (l *loader) reachDocuments(doc *loadedDoc) []*loadedDoc {
	base, err := url.Parse(doc.url)
	if id := rootID(doc); id != "" {
		base, err = url.Parse(id)
	}
	if err != nil {
		return nil
	}
	var out []*loadedDoc
	walkSchemas(doc.root, "", func(n *document.Node, _ string) {
		ref := n.Get("$ref")
		if ref == nil || ref.Kind != document.String || strings.HasPrefix(ref.String, "#") {
			return
		}
		r, err := base.Parse(ref.String)
		if err != nil {
			return
		}
		frag := r.EscapedFragment()
		r.Fragment, r.RawFragment = "", ""
		u := r.String()
		d := l.doc(u)
		if d == nil {
			load := u
			if local, ok := l.localSibling(doc, ref.String, u); ok {
				load = fileURL(local)
				d = l.docs[load]
			}
			if d == nil {
				failed, failedAt := l.failed, l.failedAt
				rc, err := l.load(load)
				l.failed, l.failedAt = failed, failedAt
				if err != nil {
					return
				}
				rc.Close()
				if d = l.doc(load); d == nil {
					d = l.docs[l.last]
				}
				out = append(out, d)
			}
		}
		if name, rest, ok := componentName("#" + r2frag(frag)); ok && d.standsFor(name) {
			if _, exists := d.root.Lookup(r2frag(frag)); !exists {
				// "pet.json#/definitions/Pet", where pet.json is Pet.
				frag = (&url.URL{Fragment: rest}).EscapedFragment()
				u = "" // rewrite
			}
		}
		if d != doc && d.url != u {
			// The document has an absolute "$id" but is a file of the run:
			// the schema library must know it by one URL, its file's, or it
			// compiles it twice.
			n.Set("$ref", &document.Node{Kind: document.String, String: d.url + "#" + frag})
		}
	})
	return out
}

// siblingByID returns the file of a directory already indexed whose root
// "$id" is u, for a reference to a URL that no --map serves: a vendor's
// folder often gives each file the absolute "$id" it has on the vendor's
// site, and refers to the others by it.
func (l *loader) siblingByID(u string) (string, bool) {
	if l.family == nil {
		return "", false
	}
	for _, d := range sortedKeys(l.docs) {
		if doc := l.docs[d]; strings.HasPrefix(d, "file://") {
			if abs, err := l.files.abs(filepath.Dir(filepathFromDisplay(doc.file, doc.url))); err == nil {
				l.family.indexDir(abs)
			}
		}
	}
	p, ok := l.family.ids[u]
	return p, ok
}

// r2frag unescapes an escaped URL fragment, or returns it as is.
func r2frag(frag string) string {
	if f, err := url.PathUnescape(frag); err == nil {
		return f
	}
	return frag
}

// standsFor reports whether a document's root is component name: by its
// leftover "$id", its title or its file name.
func (d *loadedDoc) standsFor(name string) bool {
	if n, rest, ok := componentName(d.leftoverID); ok && rest == "" && n == name {
		return true
	}
	stem := schemaStem(d.file)
	return stringMember(d.root, "title") == name || stem == name || stem == name+".schema"
}

// localSibling returns the file that a relative reference names beside
// the referring file, when the referring document's absolute "$id" makes
// it a URL (u) that neither --map nor a file's "$id" serves: vendors'
// folders mirror the layout of the site their "$id"s name.
func (l *loader) localSibling(doc *loadedDoc, ref, u string) (string, bool) {
	if strings.HasPrefix(u, "file:") || strings.Contains(ref, "://") || !strings.HasPrefix(doc.url, "file:") {
		return "", false
	}
	if _, err := l.localPath(u); err == nil {
		return "", false // mapped
	}
	if _, ok := l.siblingByID(u); ok {
		return "", false
	}
	rel, _, _ := strings.Cut(ref, "#")
	rel, _, _ = strings.Cut(rel, "?")
	if rel == "" || strings.HasPrefix(rel, "/") {
		return "", false
	}
	if r, err := url.PathUnescape(rel); err == nil {
		rel = r
	}
	p := filepath.Join(filepath.Dir(filepathFromDisplay(doc.file, doc.url)), filepath.FromSlash(rel))
	if info, err := l.files.stat(p); err != nil || !info.Mode().IsRegular() {
		return "", false
	}
	abs, err := l.files.abs(p)
	return abs, err == nil
}

// resourceRoot returns the schema resource that a fragment-only reference
// at ptr in root is relative to: the innermost schema on the way from root
// to ptr, itself included, with an "$id" (or "id") that is not a bare
// fragment; root when there is none.
func resourceRoot(root *document.Node, ptr string) *document.Node {
	resource, cur := root, root
	isResource := func(n *document.Node) bool {
		for _, kw := range []string{"$id", "id"} {
			if id := stringMember(n, kw); id != "" && !strings.HasPrefix(id, "#") {
				return true
			}
		}
		return false
	}
	if ptr == "" {
		return root
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		name, ok := document.UnescapeToken(tok)
		if !ok || cur == nil {
			return resource
		}
		switch cur.Kind {
		case document.Object:
			cur = cur.Get(name)
		case document.Array:
			i, err := strconv.Atoi(name)
			if err != nil || i < 0 || i >= len(cur.Items) {
				return resource
			}
			cur = cur.Items[i]
		default:
			return resource
		}
		if cur != nil && cur.Kind == document.Object && isResource(cur) {
			resource = cur
		}
	}
	return resource
}

// siblingDisplay names a sibling file as the user would: relative to the
// referring file as the user named it ("../../schemas/a.json" finds
// "../../schemas/b.json").
func (l *loader) siblingDisplay(doc *loadedDoc, path string) string {
	from, err := l.files.abs(filepathFromDisplay(doc.file, doc.url))
	if err != nil || filepath.IsAbs(filepath.FromSlash(doc.file)) {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(filepath.Dir(from), path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(filepath.Join(filepath.Dir(filepath.FromSlash(doc.file)), rel))
}
