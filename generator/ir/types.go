package ir

// A Struct is a JSON object with named properties, held in a Go struct.
type Struct struct {
	Origin Origin
	Common Common
	Fields []*Field
	// Extra describes the properties the schema does not name. It is nil
	// when additionalProperties is false: such properties are rejected.
	Extra         *Extra
	MinProperties int // -1 when absent
	MaxProperties int // -1 when absent
	// Unevaluated reports that "unevaluatedProperties": false, not
	// additionalProperties, rejects the properties the struct does not
	// allow: each is reported at itself, as the false schema reports it.
	Unevaluated bool
	// ObjectAt is the schema whose "type": "object" a value that is not an
	// object violates, when that is not Origin: for an allOf made one
	// struct, the part that says it. Zero otherwise.
	ObjectAt Origin
	// NonObject, when not "", is the Go name of the field that holds a
	// value that is not a JSON object, as raw JSON: the schema does not say
	// "type": "object", so any such value is valid.
	NonObject string
}

// ObjectOrigin returns the schema whose "type" keyword a value that is not
// an object violates.
func (st *Struct) ObjectOrigin() Origin {
	if st.ObjectAt != (Origin{}) {
		return st.ObjectAt
	}
	return st.Origin
}

// RequiredOrigin returns the schema whose "required" keyword lists f, a
// required field of st.
func (st *Struct) RequiredOrigin(f *Field) Origin {
	if f.RequiredAt != (Origin{}) {
		return f.RequiredAt
	}
	return st.Origin
}

// A Field is one named property of a Struct.
type Field struct {
	Name     string // Go field name
	JSONName string // property name in JSON
	Origin   Origin // the property's schema
	Doc      Doc
	Type     Type
	Required bool
	// RequiredAt is the schema whose "required" lists the property, when
	// that is not the struct's Origin: for an allOf made one struct, the
	// part that requires it. Zero otherwise.
	RequiredAt Origin
	// Indirect reports that the field holds its value through a pointer even
	// though the property is required, because the field's type contains the
	// struct itself and a Go struct cannot contain itself by value.
	Indirect bool

	// Default makes the property's default (Doc.Default) available to Go
	// code. It is nil when there is no default, or when the default is not
	// a value of the field's type that the schema accepts: then only the
	// doc comment shows it.
	Default *FieldDefault
}

// A FieldDefault names the Go declarations that hold a property's default,
// a value that the property's schema accepts and the field's type holds.
type FieldDefault struct {
	// Name is an exported package-level name: a typed constant when Const
	// (a string, number, boolean or enum default), otherwise a function
	// that returns a new copy of the default value.
	Name  string
	Const bool
	// Owner is the declaration next to which Name is declared: several
	// declarations may share one struct type, and its fields.
	Owner *Decl
	// Getter names a method of the struct that returns the field's value,
	// or the default when the property is absent; "" when the field has no
	// such method (a required or nullable property).
	Getter string
}

// Extra holds the properties of a Struct that its schema does not name.
type Extra struct {
	Name  string // Go field name, e.g. "AdditionalProperties"
	Value Type   // type of each extra property's value
	// Only, when not empty, are the patterns (patternProperties) that an
	// extra property's name must match one of: additionalProperties (or,
	// with Struct.Unevaluated, unevaluatedProperties) is false. Value is
	// then the type their schemas give.
	Only []NamePattern
	// Checked are the patterns (patternProperties) whose schemas constrain
	// the extra properties whose names they match, sorted: a value must
	// pass the Check of each pattern its name matches, run on its raw JSON
	// (Value is then Raw).
	Checked []PatternCheck
}

// A NamePattern is a regular expression that property names may match.
type NamePattern struct {
	Pattern string // as the schema writes it (ECMA-262)
	RE2     string // Pattern translated into Go's RE2 syntax
}

// A Map is a JSON object whose members all share one type.
type Map struct {
	Origin Origin
	Common Common
	Value  Type
	// Names, when not empty, are the patterns (patternProperties) that a
	// member's name must match one of: additionalProperties is false.
	Names []NamePattern
	// Checked are the patterns (patternProperties) whose schemas constrain
	// the members whose names they match, as Extra.Checked.
	Checked       []PatternCheck
	MinProperties int // -1 when absent
	MaxProperties int // -1 when absent
}

// A Slice is a JSON array whose items all share one type.
type Slice struct {
	Origin      Origin
	Common      Common
	Elem        Type
	MinItems    int // -1 when absent
	MaxItems    int // -1 when absent
	UniqueItems bool
}

// A String is a JSON string.
type String struct {
	Origin    Origin
	Common    Common
	MinLength int    // in Unicode code points; -1 when absent
	MaxLength int    // in Unicode code points; -1 when absent
	Pattern   string // as the schema writes it (ECMA-262); "" when absent
	RE2       string // Pattern translated into RE2 syntax, with any leading lookaheads (jsonrt.CompilePattern)
	Format    string // a format Validate asserts (jsonrt.FormatString); "" when it is an annotation or absent
}

// An Integer is a JSON number with no fractional part, held in a Go integer.
type Integer struct {
	Origin Origin
	Common Common
	Bits   int // 32 or 64: the Go type is int32 or int64
	Bounds Bounds
}

// A Number is any JSON number, held in a float64.
type Number struct {
	Origin Origin
	Common Common
	Bounds Bounds
}

// A Boolean is a JSON true or false.
type Boolean struct {
	Origin Origin
	Common Common
}

// A Raw is any JSON value, kept as its encoded bytes so that it round-trips
// exactly. It serves free-form schemas such as {} and true, checking only
// Common, and, with a Check, every schema no static Go type captures.
type Raw struct {
	Origin Origin
	Common Common
	Check  *Check // nil for a free-form value
}

// An Enum is a string or integer type whose values are listed by the schema;
// each value gets a named constant.
type Enum struct {
	Origin Origin
	Base   Type // *String or *Integer; its Common.Enum lists the values
	Values []EnumValue
	// ValuesVar is the package-level variable that holds the values a
	// decoder looks up (see LookedUp), named by the naming pass; "" when
	// decoding reads the string without them.
	ValuesVar string
}

// An EnumValue is one member of an Enum.
type EnumValue struct {
	Name  string // Go constant name
	Value Value  // JSON encoding of the member
}

// TypeOrigin implements Type.
func (t *Struct) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *Map) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *Slice) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *String) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *Integer) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *Number) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *Boolean) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *Raw) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *Enum) TypeOrigin() Origin { return t.Origin }

func (*Struct) sealed()  {}
func (*Map) sealed()     {}
func (*Slice) sealed()   {}
func (*String) sealed()  {}
func (*Integer) sealed() {}
func (*Number) sealed()  {}
func (*Boolean) sealed() {}
func (*Raw) sealed()     {}
func (*Enum) sealed()    {}

// A Union is a value valid against one of several typed schemas (the
// branches of a oneOf or anyOf), held in a struct with one field per
// variant; decoding sets the first variant whose schema the value passes.
// Check validates the whole schema, so the union is exactly as strict as
// the schema whichever variant is set.
type Union struct {
	Origin   Origin
	Keyword  string // "oneOf", "anyOf", or "type" for a list of JSON types
	Variants []*Variant
	Check    *Check
	// ByVariant reports that a value whose variant passes its own schema
	// passes the union's: the schema has no keyword besides Keyword, and for
	// oneOf a Discriminator makes sure no other variant passes too.
	ByVariant bool
	// Discriminator, when not nil, tells the variants apart before their
	// schemas are checked.
	Discriminator *Discriminator
}

// A Discriminator is an object property that every variant of a Union
// requires and restricts to strings no other variant allows, such as a
// "type" property with a different const in each variant. Its value names
// the only variant a value can be.
type Discriminator struct {
	Property string     // the property's name in JSON
	Values   [][]string // by variant, the strings it allows
}

// A Variant is one branch of a Union.
type Variant struct {
	Name  string // Go field name
	Type  Type   // a *Named or a scalar; never nullable
	Check *Check // the branch's schema, which decides whether a value is this variant
	// JSONType, in a union of the types a "type" keyword lists, is the
	// JSON type of the values the variant holds, which alone decides
	// whether a value is this variant; Check is then nil.
	JSONType string
}

// TypeOrigin implements Type.
func (t *Union) TypeOrigin() Origin { return t.Origin }
func (*Union) sealed()              {}

// TypeLocation returns the keyword location that a value of another JSON
// type than t's violates: the "type" of t's schema, or the "const" or
// "enum" its type is inferred from.
func TypeLocation(t Type) string {
	var c Common
	switch t := t.(type) {
	case *String:
		c = t.Common
	case *Integer:
		c = t.Common
	case *Number:
		c = t.Common
	case *Boolean:
		c = t.Common
	case *Slice:
		c = t.Common
	case *Map:
		c = t.Common
	}
	if c.TypeFrom == "" {
		return t.TypeOrigin().Keyword("type")
	}
	return t.TypeOrigin().Keyword(c.TypeFrom)
}
