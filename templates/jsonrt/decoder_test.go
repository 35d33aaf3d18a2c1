package jsonrt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// walk reads the next value through the typed API and appends a compact
// description of it to out: strings re-encoded with AppendString, numbers as
// their literal, objects and arrays in input order.
func walk(d *Decoder, out []byte) []byte {
	switch d.Kind() {
	case Null:
		if !d.IsNull() {
			return out
		}
		return append(out, "null"...)
	case Bool:
		return strconv.AppendBool(out, d.Bool("#/type"))
	case Number:
		return append(out, d.Raw()...)
	case String:
		return AppendString(out, d.String("#/type"))
	case Array:
		if !d.BeginArray("#/type") {
			return out
		}
		out = append(out, '[')
		for i := 0; d.NextElement(); i++ {
			if i > 0 {
				out = append(out, ',')
			}
			out = walk(d, out)
		}
		return append(out, ']')
	case Object:
		if !d.BeginObject("#/type") {
			return out
		}
		out = append(out, '{')
		for i := 0; d.NextMember(); i++ {
			if i > 0 {
				out = append(out, ',')
			}
			out = AppendString(out, string(d.Key()))
			out = append(out, ':')
			out = walk(d, out)
		}
		return append(out, '}')
	}
	d.Skip()
	return out
}

func TestDecoderWalk(t *testing.T) {
	tests := []struct{ in, want string }{
		{`null`, `null`},
		{` true `, `true`},
		{"\t\r\n false", `false`},
		{`-12.5e+3`, `-12.5e+3`},
		{`"a\"b"`, `"a\"b"`},
		{`[]`, `[]`},
		{`{}`, `{}`},
		{`[ [ ] , { } , [ [ 1 ] ] ]`, `[[],{},[[1]]]`},
		{`{"a":{"b":{"c":[1,{"d":null}]}},"e":[true,false]}`, `{"a":{"b":{"c":[1,{"d":null}]}},"e":[true,false]}`},
		{`{ "k\u00e9y" : "v\n" , "x/y~z":[ "" ] }`, `{"kéy":"v\n","x/y~z":[""]}`},
		{`{"a":1,"a":2}`, `{"a":1,"a":2}`},
	}
	for _, tt := range tests {
		d := NewDecoder([]byte(tt.in))
		got := walk(d, nil)
		if err := d.Finish(); err != nil {
			t.Errorf("%s: Finish: %v", tt.in, err)
		}
		if string(got) != tt.want {
			t.Errorf("%s: walk = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// decodeDoc decodes a document shaped {"name": string, "tags": [string],
// "n": int32, "f": float64, "ok": bool, "sub": {same}} and returns the
// violations (or the syntax error).
func decodeDoc(d *Decoder, loc string) {
	if !d.BeginObject(loc + "/type") {
		return
	}
	for d.NextMember() {
		switch string(d.Key()) {
		case "name":
			d.String(loc + "/properties/name/type")
		case "tags":
			if d.BeginArray(loc + "/properties/tags/type") {
				for d.NextElement() {
					d.String(loc + "/properties/tags/items/type")
				}
			}
		case "n":
			d.Int32(loc + "/properties/n/type")
		case "f":
			d.Float64(loc + "/properties/f/type")
		case "ok":
			d.Bool(loc + "/properties/ok/type")
		case "sub":
			decodeDoc(d, loc+"/properties/sub")
		default:
			d.Skip()
		}
	}
}

func TestDecoderViolations(t *testing.T) {
	type v = Violation
	tests := []struct {
		in   string
		want []Violation
	}{
		{`{"name":"x","tags":["a"],"n":1,"f":1.5,"ok":true,"sub":{"name":"y"},"other":[{}]}`, nil},
		{`{"tags":["a",3]}`, []v{{"/tags/1", "#/properties/tags/items/type", "type", "expected string, but got number"}}},
		{`[]`, []v{{"", "#/type", "type", "expected object, but got array"}}},
		{`"s"`, []v{{"", "#/type", "type", "expected object, but got string"}}},
		{`{"name":null,"ok":"yes","n":true,"f":{}}`, []v{
			{"/name", "#/properties/name/type", "type", "expected string, but got null"},
			{"/ok", "#/properties/ok/type", "type", "expected boolean, but got string"},
			{"/n", "#/properties/n/type", "type", "expected integer, but got boolean"},
			{"/f", "#/properties/f/type", "type", "expected number, but got object"},
		}},
		{`{"tags":{"a":1},"n":1.5}`, []v{
			{"/tags", "#/properties/tags/type", "type", "expected array, but got object"},
			{"/n", "#/properties/n/type", "type", "expected integer, but got number"},
		}},
		{`{"sub":{"sub":{"tags":["a","b",false]},"n":-2147483649},"name":7}`, []v{
			{"/sub/sub/tags/2", "#/properties/sub/properties/sub/properties/tags/items/type", "type", "expected string, but got boolean"},
			{"/sub/n", "#/properties/sub/properties/n/format", "format", "-2147483649 is out of range for int32"},
			{"/name", "#/properties/name/type", "type", "expected string, but got number"},
		}},
		{`{"sub":{"a~/b":1,"sub":{"ok":0}}}`, []v{{"/sub/sub/ok", "#/properties/sub/properties/sub/properties/ok/type", "type", "expected boolean, but got number"}}},
		{`{"x/y":1,"sub":[],"f":1e400}`, []v{
			{"/sub", "#/properties/sub/type", "type", "expected object, but got array"},
			{"/f", "#/properties/f/format", "format", "1e400 is out of range for float64"},
		}},
		{`{"tags":[[],"a",{}]}`, []v{
			{"/tags/0", "#/properties/tags/items/type", "type", "expected string, but got array"},
			{"/tags/2", "#/properties/tags/items/type", "type", "expected string, but got object"},
		}},
	}
	for _, tt := range tests {
		d := NewDecoder([]byte(tt.in))
		decodeDoc(d, "#")
		err := d.Finish()
		var got []Violation
		var verr *ValidationError
		if errors.As(err, &verr) {
			got = verr.Violations
		} else if err != nil {
			t.Errorf("%s: Finish: %v", tt.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestDecoderEscapedKeyLocation(t *testing.T) {
	d := NewDecoder([]byte(`{"a\u002fb":{"c~\u0064":[0,"x"]}}`))
	var keys []string
	if d.BeginObject("#") {
		for d.NextMember() {
			keys = append(keys, string(d.Key()))
			if d.BeginObject("#") {
				for d.NextMember() {
					keys = append(keys, string(d.Key()))
					if d.BeginArray("#") {
						for d.NextElement() {
							d.Int64("#/i/type")
						}
					}
				}
			}
		}
	}
	var verr *ValidationError
	if err := d.Finish(); !errors.As(err, &verr) || len(verr.Violations) != 1 {
		t.Fatalf("Finish = %v, want one violation", err)
	}
	if got, want := verr.Violations[0].InstanceLocation, "/a~1b/c~0d/1"; got != want {
		t.Errorf("location = %q, want %q", got, want)
	}
	if want := []string{"a/b", "c~d"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %q, want %q", keys, want)
	}
}

func TestDecoderStrings(t *testing.T) {
	tests := []string{
		`""`, `"plain"`, `"héllo wörld"`, `"\"\\\/\b\f\n\r\t"`, `"\u0041\u00e9\u4e2d"`,
		`"\ud83d\ude00"`, `"x\ud83dy"`, `"\ude00"`, `"\ud83d\u0041"`, `"\ud800\ud800\udc00"`,
		`"\ud83d"`, `"\uDBFF\uDFFF"`, `"\udc00\udc00"`, `"\ude00\ud83d\ude00"`, `"\ud83d\ud83d"`, `"a\u0000b"`, "\"\xff\"", "\"a\xc3\"", "\"\xed\xa0\x80\"",
		"\"\xf0\x9f\x98\x80\"", "\"\xe2\x80\xa8\"", `"\u2028\u2029"`, "\"\x7f\"", "\"\xc3\xa9\\n\xff\"",
	}
	for _, in := range tests {
		var want string
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("%q: encoding/json: %v", in, err)
		}
		d := NewDecoder([]byte(in))
		got := d.String("#/type")
		if err := d.Finish(); err != nil {
			t.Errorf("%q: Finish: %v", in, err)
		}
		if got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
		// Keys decode the same way.
		d = NewDecoder([]byte(`{` + in + `:0}`))
		d.BeginObject("#")
		d.NextMember()
		if string(d.Key()) != want {
			t.Errorf("Key(%q) = %q, want %q", in, d.Key(), want)
		}
	}
}

func TestDecoderSyntaxErrors(t *testing.T) {
	tests := []string{
		``, ` `, `{`, `[`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,`, `[1,`, `[1`, `"abc`, `"\`, `"\u12`, `"\x"`,
		`"\u12g4"`, `"\a"`, `"\'"`, `"\u"`, `"\U0041"`, "\"a\x01\"", `tru`, `nul`, `falsy`, `-`, `01`, `1.`, `1.e3`, `1e`, `1e+`, `.5`, `+1`,
		`{,}`, `{"a":1,}`, `[1,]`, `[,1]`, `{"a" 1}`, `{"a":1 "b":2}`, `[1 2]`, `{1:2}`, `[}`, `{]`,
		`{"a":[}`, `1 2`, `{}x`, `[]]`, `nan`, `"a"b`, "\xef\xbb\xbf{}", `{"a":1}}`, "[1,\x00]",
	}
	for _, in := range tests {
		if json.Valid([]byte(in)) {
			t.Fatalf("%q is valid for encoding/json", in)
		}
		for name, read := range readers {
			d := NewDecoder([]byte(in))
			read(d)
			err := d.Finish()
			var verr *ValidationError
			if err == nil || errors.As(err, &verr) {
				t.Errorf("%s(%q): Finish = %v, want syntax error", name, in, err)
			} else if !strings.Contains(err.Error(), "offset") {
				t.Errorf("%s(%q): error %q lacks offset", name, in, err)
			}
		}
	}
}

// readers read a value in various ways, ignoring the result.
var readers = map[string]func(d *Decoder){
	"walk": func(d *Decoder) { walk(d, nil) },
	"Skip": (*Decoder).Skip,
	"Raw":  func(d *Decoder) { d.Raw() },
	"doc":  func(d *Decoder) { decodeDoc(d, "#") },
	"String": func(d *Decoder) {
		d.String("#")
	},
	"Int64":   func(d *Decoder) { d.Int64("#") },
	"Float64": func(d *Decoder) { d.Float64("#") },
	"array": func(d *Decoder) {
		if d.BeginArray("#") {
			for d.NextElement() {
				d.Int64("#")
			}
		}
	},
}

func TestDecoderSyntaxErrorOffset(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{`{"a":tx}`, "offset 6: invalid character 'x' in literal true"},
		{`[1,2}`, "offset 4: invalid character '}' after array element"},
		{`{"a":1`, "offset 6: unexpected end of JSON input"},
		{`{} x`, "offset 3: invalid character 'x' after top-level value"},
	}
	for _, tt := range tests {
		d := NewDecoder([]byte(tt.in))
		walk(d, nil)
		if err := d.Finish(); err == nil || !strings.HasSuffix(err.Error(), tt.want) {
			t.Errorf("%s: Finish = %v, want ...%s", tt.in, err, tt.want)
		}
	}
}

func TestDecoderDepth(t *testing.T) {
	for _, depth := range []int{maxDepth, maxDepth + 1} {
		in := strings.Repeat("[", depth) + strings.Repeat("]", depth)
		obj := strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth)
		for _, doc := range []string{in, obj} {
			wantOK := depth <= maxDepth
			if json.Valid([]byte(doc)) != wantOK {
				t.Fatalf("encoding/json disagrees at depth %d", depth)
			}
			for name, read := range readers {
				d := NewDecoder([]byte(doc))
				read(d)
				err := d.Finish()
				var verr *ValidationError
				if ok := err == nil || errors.As(err, &verr); ok != wantOK {
					t.Errorf("%s at depth %d: Finish = %.80v", name, depth, err)
				}
			}
		}
	}
}

func TestDecoderRaw(t *testing.T) {
	in := []byte(` { "a" : [ 1 , "x" ] , "b" : { } } `)
	d := NewDecoder(in)
	raw := d.Raw()
	if err := d.Finish(); err != nil {
		t.Fatal(err)
	}
	want := `{ "a" : [ 1 , "x" ] , "b" : { } }`
	if string(raw) != want {
		t.Fatalf("Raw = %q, want %q", raw, want)
	}
	in[3] = 'X'
	if string(raw) != want {
		t.Errorf("Raw shares memory with the input")
	}
}

func TestDecoderKindAndNull(t *testing.T) {
	tests := []struct {
		in   string
		kind Kind
	}{
		{`null`, Null}, {`true`, Bool}, {`false`, Bool}, {`-1`, Number}, {`0`, Number}, {`""`, String},
		{`[]`, Array}, {`{}`, Object}, {``, Invalid}, {`x`, Invalid}, {`}`, Invalid},
	}
	for _, tt := range tests {
		d := NewDecoder([]byte(tt.in))
		if k := d.Kind(); k != tt.kind {
			t.Errorf("Kind(%q) = %v, want %v", tt.in, k, tt.kind)
		}
		if got := d.IsNull(); got != (tt.kind == Null) {
			t.Errorf("IsNull(%q) = %v", tt.in, got)
		}
		if tt.kind == Null && d.Finish() != nil {
			t.Errorf("IsNull(%q) did not consume null", tt.in)
		}
	}
	d := NewDecoder([]byte(`nulL`))
	if d.IsNull() || d.Finish() == nil {
		t.Errorf("IsNull accepted nulL")
	}
}

func TestDecoderReset(t *testing.T) {
	d := NewDecoder([]byte(`"x"`))
	d.Int64("#/type")
	if d.Finish() == nil {
		t.Fatal("no violation")
	}
	d.Reset([]byte(`7`))
	if v := d.Int64("#/type"); v != 7 || d.Finish() != nil {
		t.Errorf("after Reset: %d, %v", v, d.Finish())
	}
}

func TestDecoderKeyNoAlloc(t *testing.T) {
	data := []byte(`{"alpha":1,"beta":{"gamma":[true,false,null]}}`)
	d := NewDecoder(data)
	allocs := testing.AllocsPerRun(100, func() {
		d.Reset(data)
		if d.BeginObject("#") {
			for d.NextMember() {
				if !bytes.Equal(d.Key(), []byte("alpha")) {
					d.Skip()
					continue
				}
				d.Int64("#")
			}
		}
		if d.Finish() != nil {
			t.Fatal("error")
		}
	})
	if allocs != 0 {
		t.Errorf("allocs = %v, want 0", allocs)
	}
}

// TestDecoderStringsShareCopies decodes an array of strings, short and long,
// with and without escapes, and checks the values and that short strings
// cost about one allocation per textSize bytes, not one each.
func TestDecoderStringsShareCopies(t *testing.T) {
	var want []string
	for i := range 300 {
		switch {
		case i%50 == 7:
			want = append(want, strings.Repeat("long ", 150)) // over half of textSize
		case i%10 == 3:
			want = append(want, fmt.Sprintf("esc\"aped %d", i))
		case i%10 == 4:
			want = append(want, "")
		default:
			want = append(want, fmt.Sprintf("string %d", i))
		}
	}
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	decode := func() {
		got = got[:0]
		d := NewDecoder(data)
		if d.BeginArray("#") {
			for d.NextElement() {
				got = append(got, d.String("#"))
			}
		}
		if err := d.Finish(); err != nil {
			t.Fatal(err)
		}
	}
	decode()
	if !slices.Equal(got, want) {
		t.Fatalf("got %q,\nwant %q", got, want)
	}
	// The buffers of short strings, the long strings, and the decoder.
	limit := float64(2*len(data)/textSize + 6 + 1)
	if allocs := testing.AllocsPerRun(10, decode); allocs > limit {
		t.Errorf("%v allocations for %d bytes, want at most %v", allocs, len(data), limit)
	}
}

// TestDecoderStringsEveryLength decodes strings of every length up to past
// half of textSize, plain and not, between raw values, and checks them all
// once the whole array is read: the eight bytes at a time that strings are
// copied in, past their end, must not overwrite the strings and values
// decoded before them.
func TestDecoderStringsEveryLength(t *testing.T) {
	var want []any
	for n := range textSize/2 + 20 {
		s := strings.Repeat(string(rune('a'+n%26)), n)
		switch n % 5 {
		case 1:
			s = "é" + s
		case 2:
			s += "\n"
		}
		want = append(want, s, map[string]any{"n": float64(n)})
	}
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var got []any
	d := NewDecoder(data)
	if d.BeginArray("#") {
		for i := 0; d.NextElement(); i++ {
			if i%2 == 0 {
				got = append(got, d.String("#"))
			} else {
				got = append(got, d.Raw())
			}
		}
	}
	if err := d.Finish(); err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if r, ok := got[i].(json.RawMessage); ok {
			var v any
			if err := json.Unmarshal(r, &v); err != nil {
				t.Fatalf("element %d: %q: %v", i, r, err)
			}
			got[i] = v
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q,\nwant %q", got, want)
	}
}

// TestDecoderKeyStrings decodes objects of many members, with and without
// escapes in their names, and checks that KeyString returns each name
// unescaped, and that names without escapes share their memory as short
// strings do, instead of costing an allocation each.
func TestDecoderKeyStrings(t *testing.T) {
	for _, escaped := range []bool{false, true} {
		want := map[string]int{}
		for i := range 300 {
			name := fmt.Sprintf("member %d", i)
			if escaped && i%10 == 3 {
				name = fmt.Sprintf("esc\"aped \u00e9 %d", i)
			}
			want[name] = i
		}
		data, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		decode := func() {
			clear(got)
			d := NewDecoder(data)
			if d.BeginObject("#") {
				for d.NextMember() {
					k := d.KeyString()
					got[k] = int(d.Int64("#"))
				}
			}
			if err := d.Finish(); err != nil {
				t.Fatal(err)
			}
		}
		decode()
		if !maps.Equal(got, want) {
			t.Fatalf("escaped %v: got %v,\nwant %v", escaped, got, want)
		}
		// Unescaping a name allocates (NextMember's work, not KeyString's).
		if limit := float64(2*len(data)/textSize + 6 + 1); !escaped && testing.AllocsPerRun(10, decode) > limit {
			t.Errorf("%v allocations for %d bytes of names, want at most %v", testing.AllocsPerRun(10, decode), len(data), limit)
		}
	}
}

// TestDecoderRawShared decodes an array of raw values: each is a value of
// its own, which appending to does not spill into the next, and short ones
// cost about one allocation per textSize bytes, not one each.
func TestDecoderRawShared(t *testing.T) {
	var b strings.Builder
	b.WriteByte('[')
	for i := range 200 {
		if i > 0 {
			b.WriteByte(',')
		}
		if i%50 == 7 {
			fmt.Fprintf(&b, `"%s"`, strings.Repeat("long ", 150)) // over half of textSize
			continue
		}
		fmt.Fprintf(&b, `{"n":%d,"tags":["a","b"]}`, i)
	}
	b.WriteByte(']')
	data := []byte(b.String())
	var got []json.RawMessage
	decode := func() {
		got = got[:0]
		d := NewDecoder(data)
		if d.BeginArray("#") {
			for d.NextElement() {
				got = append(got, d.Raw())
			}
		}
		if err := d.Finish(); err != nil {
			t.Fatal(err)
		}
	}
	decode()
	var want []json.RawMessage
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if !bytes.Equal(got[i], want[i]) {
			t.Fatalf("value %d = %s, want %s", i, got[i], want[i])
		}
	}
	_ = append(got[0], "garbage"...)
	if !bytes.Equal(got[1], want[1]) {
		t.Errorf("appending to one value changed the next to %s", got[1])
	}
	// The buffers of short values, the long values, and the decoder.
	limit := float64(2*len(data)/textSize + 4 + 1)
	if allocs := testing.AllocsPerRun(10, decode); allocs > limit {
		t.Errorf("%v allocations for %d bytes, want at most %v", allocs, len(data), limit)
	}
}

// TestDecoderStringsAndRawShareText decodes strings and raw values in turn,
// which are copied into the same buffer: they survive changes to the input,
// and appending to a raw value changes neither the strings nor the raw
// values after it.
func TestDecoderStringsAndRawShareText(t *testing.T) {
	data := []byte(`["abc",{"x":1},"d\u00e9f",[true],"ghi",""]`)
	d := NewDecoder(data)
	var strs []string
	var raws []json.RawMessage
	if d.BeginArray("#") {
		for i := 0; d.NextElement(); i++ {
			if i%2 == 0 {
				strs = append(strs, d.String("#/items"))
			} else {
				raws = append(raws, d.Raw())
			}
		}
	}
	if err := d.Finish(); err != nil {
		t.Fatal(err)
	}
	clear(data)
	for _, r := range raws {
		_ = append(r, "garbage"...)
	}
	if want := []string{"abc", "déf", "ghi"}; !slices.Equal(strs, want) {
		t.Errorf("strings = %q, want %q", strs, want)
	}
	if want := []json.RawMessage{json.RawMessage(`{"x":1}`), json.RawMessage(`[true]`), json.RawMessage(`""`)}; !slices.EqualFunc(raws, want, func(a, b json.RawMessage) bool { return bytes.Equal(a, b) }) {
		t.Errorf("raw values = %q, want %q", raws, want)
	}
}

// leafLocations reads the next value, recording a "type" violation at every
// number, string and literal in it, so that the violations list the instance
// location of every leaf in input order.
func leafLocations(d *Decoder) {
	switch d.Kind() {
	case Object:
		d.BeginObject("#")
		for d.NextMember() {
			leafLocations(d)
		}
	case Array:
		d.BeginArray("#")
		for d.NextElement() {
			leafLocations(d)
		}
	default:
		d.mismatch("#", "nothing")
	}
}

// TestDecoderMemberLocations checks the instance locations of members whose
// names the decoder keeps as offsets in its input, mixed with escaped names
// in the same object (whose segments hold pointers) and below the depth the
// location keeps inline.
func TestDecoderMemberLocations(t *testing.T) {
	var in strings.Builder
	var want []string
	loc := ""
	for i := range inlineDepth + 4 {
		name, token := "k"+strconv.Itoa(i), "k"+strconv.Itoa(i)
		if i%3 == 1 {
			name, token = `e\/`+strconv.Itoa(i), "e~1"+strconv.Itoa(i)
		}
		// An escaped name, then a plain one, then the nested object.
		fmt.Fprintf(&in, `{"x\u0041":1,"y~":[2,3],"%s":`, name)
		want = append(want, loc+"/xA", loc+"/y~0/0", loc+"/y~0/1")
		loc += "/" + token
	}
	in.WriteString(`"leaf"`)
	want = append(want, loc)
	for range inlineDepth + 4 {
		in.WriteString(`,"z":null}`)
		loc = loc[:strings.LastIndexByte(loc, '/')]
		want = append(want, loc+"/z")
	}
	// The members after each nested object come back out in reverse.
	d := NewDecoder([]byte(in.String()))
	leafLocations(d)
	var verr *ValidationError
	if err := d.Finish(); !errors.As(err, &verr) {
		t.Fatalf("Finish = %v, want violations", err)
	}
	var got []string
	for _, v := range verr.Violations {
		got = append(got, v.InstanceLocation)
	}
	if !slices.Equal(got, want) {
		t.Errorf("locations:\n got %q\nwant %q", got, want)
	}
}

// TestDecodeSubLocation checks that a sub-decoder reports below the
// location of its parent, whose member names point into the parent's input.
func TestDecodeSubLocation(t *testing.T) {
	d := NewDecoder([]byte(`{"skip":0,"a~b":{"c":"ignored"}}`))
	d.BeginObject("#")
	d.NextMember()
	d.Skip()
	d.NextMember()
	d.BeginObject("#")
	d.NextMember() // "c"
	d.DecodeSub([]byte(`{"long name":[true]}`), leafLocations)
	d.Skip()
	d.NextMember()
	d.NextMember()
	var verr *ValidationError
	if err := d.Finish(); !errors.As(err, &verr) || len(verr.Violations) != 1 {
		t.Fatalf("Finish = %v, want one violation", err)
	}
	if got, want := verr.Violations[0].InstanceLocation, "/a~0b/c/long name/0"; got != want {
		t.Errorf("location = %q, want %q", got, want)
	}
}

// TestTextChunk checks the sizes of the buffers that short strings are
// copied into: doubling from 128 bytes to textSize, never less than the
// string, and never more than the rest of the input needs.
func TestTextChunk(t *testing.T) {
	for _, c := range []struct{ last, n, rest, want int }{
		{0, 5, 1000, 128},   // the first buffer
		{0, 5, 50, 55},      // ... of a small document
		{128, 5, 1000, 256}, // twice as large
		{256, 5, 100, 105},  // but no larger than the rest
		{1024, 5, 1 << 20, textSize},
		{0, 400, 0, 400}, // at least the string
		{textSize, 500, 20, 520},
	} {
		d := NewDecoder(make([]byte, c.rest))
		if got := d.textChunk(c.last, c.n); got != c.want {
			t.Errorf("textChunk(%d, %d) with %d bytes left = %d, want %d", c.last, c.n, c.rest, got, c.want)
		}
	}
}

// TestDecoderTypeKeyword checks that a value of another JSON type violates
// the keyword its location names: "type", or the enum or const a schema
// without "type" takes its JSON type from.
func TestDecoderTypeKeyword(t *testing.T) {
	for _, loc := range []string{"s.json#/properties/a/type", "s.json#/properties/a/enum", "s.json#/properties/a/const"} {
		d := NewDecoder([]byte(`true`))
		d.String(loc)
		err := d.Finish()
		var ve *ValidationError
		if !errors.As(err, &ve) || len(ve.Violations) != 1 {
			t.Fatalf("%s: error %v, want one violation", loc, err)
		}
		if v := ve.Violations[0]; v.KeywordLocation != loc || v.Keyword != loc[strings.LastIndexByte(loc, '/')+1:] {
			t.Errorf("%s: violation %+v", loc, v)
		}
	}
	d := NewDecoder([]byte(`1.5`))
	d.Int64("s.json#/enum")
	var ve *ValidationError
	if err := d.Finish(); !errors.As(err, &ve) || ve.Violations[0].Keyword != "enum" {
		t.Errorf("a fraction for an integer enum: %v, want an enum violation", err)
	}
}
