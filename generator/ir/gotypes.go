package ir

// A Formatted is a JSON string of a format whose values a Go type holds
// (generator.Config.FormatTypes): a "date-time" in a jsonrt.DateTime, which
// exposes a time.Time and keeps the string it was decoded from. Decoding
// asserts the format; Validate checks Text's keywords on the string the
// value encodes.
type Formatted struct {
	Origin Origin
	Format string  // the format, e.g. "date-time"
	Type   string  // the runtime type that holds it, e.g. "DateTime" for jsonrt.DateTime
	Text   *String // the keywords of the string (lengths, pattern, const, enum)
}

// An External is a value of a Go type that the schema names with the
// x-go-type extension keyword, such as math/big.Int. The type decodes and
// encodes itself with encoding/json; Check validates its JSON encoding.
type External struct {
	Origin     Origin
	ImportPath string // e.g. "math/big"
	Name       string // the exported type name, e.g. "Int"
	Check      *Check // the schema; nil when it constrains nothing
}

// TypeOrigin implements Type.
func (t *Formatted) TypeOrigin() Origin { return t.Origin }

// TypeOrigin implements Type.
func (t *External) TypeOrigin() Origin { return t.Origin }

func (*Formatted) sealed() {}
func (*External) sealed()  {}
