package jsonrt

import (
	"encoding/json"
	"errors"
	"testing"
)

// fuzzWalk reads the next value through the typed API, choosing among the
// readers by the shape of the input so that all of them get exercised.
func fuzzWalk(d *Decoder, n int) {
	switch d.Kind() {
	case Object:
		if d.BeginObject("#/type") {
			for i := 0; d.NextMember(); i++ {
				_ = d.Key()
				fuzzWalk(d, n+i)
			}
		}
	case Array:
		if d.BeginArray("#/type") {
			for i := 0; d.NextElement(); i++ {
				fuzzWalk(d, n+i)
			}
		}
	case Number:
		switch n % 4 {
		case 0:
			d.Int64("#/type")
		case 1:
			d.Int32("#/type")
		case 2:
			d.Float64("#/type")
		default:
			d.Raw()
		}
	case String:
		if n%2 == 0 {
			d.String("#/type")
		} else {
			d.Bool("#/type") // a type violation
		}
	case Bool:
		d.Bool("#/type")
	case Null:
		if n%2 == 0 {
			d.IsNull()
		} else {
			d.Skip()
		}
	default:
		d.Skip()
	}
}

func FuzzDecoder(f *testing.F) {
	for _, s := range []string{
		`null`, `{"a":[1,2.5,"x",true,null,{"b":{}}],"c":-1e3}`, `[1,`, `{"a":1,}`, `"\ud83d\ude00\u0041"`,
		`[[[[[]]]]]`, `{"k\"ey":"v\\"}`, "\"\xff\"", `1e400`, `12345678901234567890`, `{"a" 1}`, ` [ ] `,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		valid := json.Valid(data)

		d := NewDecoder(data)
		fuzzWalk(d, 0)
		err := d.Finish()
		var verr *ValidationError
		if syntax := err != nil && !errors.As(err, &verr); syntax == valid {
			t.Fatalf("json.Valid = %v, walk: Finish = %v", valid, err)
		}

		d = NewDecoder(data)
		raw := d.Raw()
		if err := d.Finish(); (err == nil) != valid {
			t.Fatalf("json.Valid = %v, Raw: Finish = %v", valid, err)
		}
		if _, err := CompactSize(data); (err == nil) != valid {
			t.Fatalf("json.Valid = %v, CompactSize: %v", valid, err)
		}
		if !valid {
			if EqualJSON(data, data) {
				t.Fatalf("EqualJSON of invalid JSON is true")
			}
			return
		}
		checkScalar(t, data)
		if !EqualJSON(raw, data) || !EqualJSON(data, raw) {
			t.Fatalf("Raw = %s is not EqualJSON to the input", raw)
		}
		if compact := AppendRaw(nil, raw); !EqualJSON(compact, data) {
			t.Fatalf("AppendRaw = %s is not EqualJSON to the input", compact)
		}
		if size, _ := CompactSize(raw); compactASCII(raw) && size != len(raw) {
			t.Fatalf("compactASCII(%s) is true, but its compact size is %d", raw, size)
		}
	})
}

// checkScalar checks that a valid JSON text that is a string or a number
// decodes as encoding/json decodes it: String, Float64 (when it reports no
// violation, the same float64) and Int64 (when it reports none, the same
// integer; one with a fraction or out of range is a violation).
func checkScalar(t *testing.T, data []byte) {
	if k := NewDecoder(data).Kind(); k != String && k != Number {
		return
	}
	var s string
	if json.Unmarshal(data, &s) == nil {
		if got := readScalar(t, data, func(d *Decoder) any { return d.String("#/type") }); got != s {
			t.Fatalf("String(%s) = %q, want %q", data, got, s)
		}
	}
	var f float64
	if json.Unmarshal(data, &f) == nil {
		if got := readScalar(t, data, func(d *Decoder) any { return d.Float64("#/type") }); got != nil && got != f {
			t.Fatalf("Float64(%s) = %v, want %v", data, got, f)
		}
	}
	var n int64
	if json.Unmarshal(data, &n) == nil {
		if got := readScalar(t, data, func(d *Decoder) any { return d.Int64("#/type") }); got != n {
			t.Fatalf("Int64(%s) = %v, want %d", data, got, n)
		}
	}
}

// readScalar decodes data, a valid JSON text, with read, and returns what
// read returned, or nil if Finish reports a violation.
func readScalar(t *testing.T, data []byte, read func(*Decoder) any) any {
	d := NewDecoder(data)
	v := read(d)
	var verr *ValidationError
	if err := d.Finish(); errors.As(err, &verr) {
		return nil
	} else if err != nil {
		t.Fatalf("%s: Finish = %v", data, err)
	}
	return v
}
