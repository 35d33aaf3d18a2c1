package generator

import (
	"encoding/json"
	"fmt"
	"go/token"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/document"
	"github.com/schemagen/schemagen/generator/ir"
	"github.com/schemagen/schemagen/generator/naming"
)

// methodNames are the methods generated for every type; no field may take
// one of these names.
var methodNames = []string{"MarshalJSON", "UnmarshalJSON", "Validate"}

// assignNames gives every declaration, enum constant and struct field its
// final Go name. Each item wants a name (Decl.Name, Field.Name as built);
// naming.Scope settles collisions by a stable key, the item's schema
// location, so an item's name depends only on the items that want the same
// name, never on the order in which the builder met them.
func assignNames(pkg *ir.Package) {
	global := naming.NewScope()
	cands := make([]naming.Candidate, len(pkg.Decls))
	for i, d := range pkg.Decls {
		cands[i] = naming.Candidate{Want: d.Name, Key: d.Origin.String()}
	}
	for i, name := range global.Assign(cands) {
		pkg.Decls[i].Name = name
	}
	var consts []naming.Candidate
	var targets []*ir.EnumValue
	for _, d := range pkg.Decls {
		if e, ok := d.Type.(*ir.Enum); ok {
			for i := range e.Values {
				v := &e.Values[i]
				consts = append(consts, naming.Candidate{
					Want: d.Name + constSuffix(enumWord(v.Value)),
					Key:  d.Origin.String() + "/enum/" + string(v.Value),
				})
				targets = append(targets, v)
			}
		}
	}
	for i, name := range global.Assign(consts) {
		targets[i].Name = name
	}
	for _, d := range pkg.Decls {
		switch t := d.Type.(type) {
		case *ir.Struct:
			nameFields(t)
		case *ir.Union:
			nameVariants(t)
		}
	}
	nameDefaults(global, pkg.Decls)
	nameChecks(global, pkg.Checks)
	namePatterns(global, pkg.Decls, pkg.Checks)
	nameLookedUp(global, pkg.Decls)
}

// nameLookedUp names the package-level variable of each enum whose values
// decoding looks up (see ir.Enum.LookedUp) after its type (statusValues).
func nameLookedUp(scope *naming.Scope, decls []*ir.Decl) {
	var cands []naming.Candidate
	var targets []*ir.Enum
	for _, d := range decls {
		if e, ok := d.Type.(*ir.Enum); ok && e.LookedUp() != nil {
			cands = append(cands, naming.Candidate{Want: naming.Unexported(d.Name) + "Values", Key: "values " + d.Origin.String()})
			targets = append(targets, e)
		}
	}
	for i, name := range scope.Assign(cands) {
		targets[i].ValuesVar = name
	}
}

// nameDefaults names the constant or function that holds each property's
// default after its struct and field (DefaultPetAge), once every type and
// enum constant has its name, so that they keep it. A struct type that
// several declarations share is named after the first.
func nameDefaults(scope *naming.Scope, decls []*ir.Decl) {
	var cands []naming.Candidate
	var targets []*ir.FieldDefault
	for _, d := range decls {
		st, ok := d.Type.(*ir.Struct)
		if !ok {
			continue
		}
		for _, f := range st.Fields {
			if f.Default != nil && f.Default.Owner == nil {
				f.Default.Owner = d
				// Keyed by struct and field: an allOf's struct has the
				// fields, and the property schemas, of the structs it extends.
				cands = append(cands, naming.Candidate{Want: "Default" + d.Name + f.Name, Key: d.Origin.String() + " " + f.JSONName})
				targets = append(targets, f.Default)
			}
		}
	}
	for i, name := range scope.Assign(cands) {
		targets[i].Name = name
	}
}

// nameChecks names the validation functions after their schemas' locations:
// the check of #/properties/name is checkPropertiesName.
func nameChecks(scope *naming.Scope, checks []*ir.Check) {
	scope.Reserve("resolveDynamicAnchor")
	cands := make([]naming.Candidate, len(checks))
	seen := map[string]int{}
	for i, c := range checks {
		words := c.Origin.Pointer
		if words == "" {
			words = "root"
		}
		key := c.Origin.String()
		seen[key]++
		if n := seen[key]; n > 1 { // the same location reached twice: keep keys unique
			key += "#" + strconv.Itoa(n)
		}
		cands[i] = naming.Candidate{Want: "check" + naming.GoName(words), Key: key}
	}
	for i, name := range scope.Assign(cands) {
		checks[i].Func = name
	}
}

// nameFields gives a struct's fields unique names that differ from the
// generated methods, then names the getters of their defaults (AgeOrDefault)
// so that they differ from both.
func nameFields(st *ir.Struct) {
	scope := naming.NewScope()
	scope.Reserve(methodNames...)
	var cands []naming.Candidate
	if st.Extra != nil {
		// "e:" sorts before "p:", so the extra field keeps its name.
		cands = append(cands, naming.Candidate{Want: st.Extra.Name, Key: "e:"})
	}
	if st.NonObject != "" {
		// So does the field of values that are not objects ("n:").
		cands = append(cands, naming.Candidate{Want: st.NonObject, Key: "n:"})
	}
	for _, f := range st.Fields {
		cands = append(cands, naming.Candidate{Want: f.Name, Key: "p:" + f.JSONName})
	}
	names := scope.Assign(cands)
	if st.Extra != nil {
		st.Extra.Name, names = names[0], names[1:]
	}
	if st.NonObject != "" {
		st.NonObject, names = names[0], names[1:]
	}
	for i, f := range st.Fields {
		f.Name = names[i]
	}
	// Getters come after the fields, which keep their names.
	var getterCands []naming.Candidate
	var getters []*ir.FieldDefault
	for _, f := range st.Fields {
		if f.Default != nil && f.Default.Getter != "" {
			getterCands = append(getterCands, naming.Candidate{Want: f.Name + "OrDefault", Key: f.JSONName})
			getters = append(getters, f.Default)
		}
	}
	for i, name := range scope.Assign(getterCands) {
		getters[i].Getter = name
	}
}

// constSuffix spells an enum value for the end of a constant's name. The
// type's name comes first, so the X that GoName puts before a name that
// cannot start an identifier ("1", "été") is not needed. A value of two or
// three upper-case ASCII letters is a code (ISO 4217 "USD", ISO 3166 "GB")
// and keeps its case, as Go spells initialisms: CurrencyUSD, not
// CurrencyUsd. Longer values in upper case are words ("ACTIVE" gives
// StatusActive).
func constSuffix(word string) string {
	if isCode(word) {
		return word
	}
	s := naming.GoName(word)
	if len(s) > 1 && s[0] == 'X' && !strings.HasPrefix(word, "x") && !strings.HasPrefix(word, "X") {
		return s[1:]
	}
	return s
}

// isCode reports whether an enum value is two or three upper-case ASCII
// letters.
func isCode(word string) bool {
	if len(word) < 2 || len(word) > 3 {
		return false
	}
	for _, r := range word {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// nameVariants gives a union's variants unique field names, keyed by their
// position in oneOf/anyOf.
func nameVariants(u *ir.Union) {
	scope := naming.NewScope()
	scope.Reserve(methodNames...)
	cands := make([]naming.Candidate, len(u.Variants))
	for i, v := range u.Variants {
		cands[i] = naming.Candidate{Want: v.Name, Key: strconv.Itoa(i)}
	}
	for i, name := range scope.Assign(cands) {
		u.Variants[i].Name = name
	}
}

// enumWord is the part of an enum constant's name that comes from its value:
// the string itself, or the number's digits with a sign word.
func enumWord(v ir.Value) string {
	s := string(v)
	if len(v) > 0 && v[0] == '"' {
		_ = json.Unmarshal(v, &s) // v is a JSON string the builder encoded
	}
	if s == "" {
		return "Empty"
	}
	if s[0] == '-' {
		return "Minus" + s[1:]
	}
	return s
}

// maxHint bounds the names nested types want. A nested type is named after
// its parent and its property (PetOwner for Pet's owner), but in deeply
// nested schemas those names would grow with the depth, so past this length
// a type wants only its own part, and the naming pass settles collisions.
const maxHint = 40

// childHint is the name a type nested in parent wants.
func childHint(parent, child string) string {
	if len(parent)+len(child) > maxHint {
		return child
	}
	return parent + child
}

// GoNameKeyword is schemagen's extension keyword that chooses the Go name of
// the type a schema becomes, or of the struct field a property becomes:
// {"x-go-name": "UserID"}. It takes precedence over names derived from
// titles, file names and property names, but not over --type for a root,
// and still yields to the generated methods (Validate, ...) and to names
// taken earlier, which get a number.
const GoNameKeyword = "x-go-name"

// goName returns the x-go-name s declares, or fallback. An x-go-name that
// is not an exported Go identifier is an error.
func (b *builder) goName(s *jsonschema.Schema, fallback string) string {
	doc, ptr, n := b.load.source(s)
	if n == nil {
		return fallback
	}
	name := n.Get(GoNameKeyword)
	if name == nil {
		return fallback
	}
	if name.Kind != document.String || !token.IsIdentifier(name.String) || !token.IsExported(name.String) {
		b.errs.add(doc.file, ptr+"/"+GoNameKeyword, fmt.Errorf("%s must be an exported Go identifier, such as \"UserID\"", GoNameKeyword))
		return fallback
	}
	return name.String
}
