package generator

import (
	"encoding/json"
	"math/big"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/schemagen/schemagen/generator/ir"
)

// fieldDefault decides how Go code gets the default of the property whose
// schema is s and whose field is f (typed, but not yet named): a typed
// constant for a string, number or boolean, a function returning a new
// copy for any other value, and a getter on the struct when the field may
// be absent and is not nullable. It returns nil when there is no default,
// when the default breaks the property's schema, and when it is not a value
// of the field's Go type that decoding would accept; the doc comment still
// shows such a default.
func fieldDefault(s *jsonschema.Schema, f *ir.Field) *ir.FieldDefault {
	if s.Default == nil || s.Validate(s.Default) != nil {
		return nil
	}
	constant := scalar(f.Type)
	// A function decodes its copy with encoding/json, which reads integers
	// only when they are written as such (3, not 3.0); the types it reaches
	// through a generated UnmarshalJSON decode as instances do.
	if !fits(s.Default, f.Type, !constant) {
		return nil
	}
	d := &ir.FieldDefault{Const: constant}
	if _, nullable := f.Type.(*ir.Nullable); !f.Required && !nullable {
		d.Getter = f.Name + "OrDefault"
	}
	return d
}

// scalar reports whether the Go type of t (apart from null) can be the type
// of a constant.
func scalar(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Nullable:
		return scalar(t.Elem)
	case *ir.Named:
		return scalar(t.Decl.Type)
	case *ir.String, *ir.Integer, *ir.Number, *ir.Boolean, *ir.Enum:
		return true
	}
	return false
}

// fits reports whether v, a JSON value as jsonschema/v5 decodes it, is a
// value of t's Go type that the generated decoder accepts. With plainInts,
// integers must also be written without a fraction or an exponent. A union
// never fits: which variant decodes a value is decided when the code runs.
func fits(v any, t ir.Type, plainInts bool) bool {
	switch t := t.(type) {
	case *ir.Named:
		return fits(v, t.Decl.Type, false) // decoded by the type's UnmarshalJSON
	case *ir.Nullable:
		return v == nil || fits(v, t.Elem, plainInts)
	case *ir.Raw:
		return true
	case *ir.Enum:
		return fits(v, t.Base, plainInts)
	case *ir.String:
		_, ok := v.(string)
		return ok
	case *ir.Boolean:
		_, ok := v.(bool)
		return ok
	case *ir.Integer:
		n, ok := v.(json.Number)
		return ok && fitsInteger(string(n), t.Bits, plainInts)
	case *ir.Number:
		n, ok := v.(json.Number)
		return ok && exactFloat(string(n))
	case *ir.Slice:
		items, ok := v.([]any)
		for _, item := range items {
			ok = ok && fits(item, t.Elem, plainInts)
		}
		return ok
	case *ir.Map:
		members, ok := v.(map[string]any)
		for _, m := range members {
			ok = ok && fits(m, t.Value, plainInts)
		}
		return ok
	case *ir.Struct:
		members, ok := v.(map[string]any)
		return ok && fitsStruct(members, t, plainInts)
	}
	return false
}

// fitsStruct reports whether the members of an object fit a struct's
// fields and extra properties, with every required property present.
func fitsStruct(members map[string]any, st *ir.Struct, plainInts bool) bool {
	named := map[string]bool{}
	for _, f := range st.Fields {
		named[f.JSONName] = true
		m, present := members[f.JSONName]
		if present && !fits(m, f.Type, plainInts) || !present && f.Required {
			return false
		}
	}
	for name, m := range members {
		if !named[name] && (st.Extra == nil || !fits(m, st.Extra.Value, plainInts)) {
			return false
		}
	}
	return true
}

// fitsInteger reports whether a JSON number is an integer that a Go integer
// of the given width holds.
func fitsInteger(lit string, bits int, plain bool) bool {
	r, ok := new(big.Rat).SetString(lit)
	if !ok || !r.IsInt() || plain && strings.ContainsAny(lit, ".eE") {
		return false
	}
	i := r.Num()
	return i.IsInt64() && (bits == 64 || i.Int64() == int64(int32(i.Int64())))
}

// exactFloat reports whether a JSON number is exactly a float64, as the
// decoder requires of a number (it promises a lossless round trip).
func exactFloat(lit string) bool {
	r, ok := new(big.Rat).SetString(lit)
	if !ok {
		return false
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		return false
	}
	back, _ := new(big.Rat).SetString(strconv.FormatFloat(f, 'e', -1, 64))
	return back.Cmp(r) == 0
}
