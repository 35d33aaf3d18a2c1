package jsonrt

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// benchItem is the Go shape of the objects in benchDoc.
type benchItem struct {
	ID    int64    `json:"id"`
	Name  string   `json:"name"`
	Score float64  `json:"score"`
	Tags  []string `json:"tags"`
	OK    bool     `json:"ok"`
}

// decodeItem decodes one benchItem the way generated code does.
func decodeItem(d *Decoder, it *benchItem) {
	if !d.BeginObject("#/type") {
		return
	}
	for d.NextMember() {
		switch string(d.Key()) {
		case "id":
			it.ID = d.Int64("#/properties/id/type")
		case "name":
			it.Name = d.String("#/properties/name/type")
		case "score":
			it.Score = d.Float64("#/properties/score/type")
		case "tags":
			if d.BeginArray("#/properties/tags/type") {
				it.Tags = it.Tags[:0]
				for d.NextElement() {
					it.Tags = append(it.Tags, d.String("#/properties/tags/items/type"))
				}
			}
		case "ok":
			it.OK = d.Bool("#/properties/ok/type")
		default:
			d.Skip()
		}
	}
}

func benchDoc(n int) []byte {
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":%d,"name":"item number %d","score":%d.25,"tags":["red","green"],"ok":true,"extra":{"x":[1,2,3]}}`, i, i, i)
	}
	b.WriteByte(']')
	return []byte(b.String())
}

func TestDecodeItemMatchesStd(t *testing.T) {
	data := benchDoc(3)
	var want []benchItem
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	d := NewDecoder(data)
	var got []benchItem
	if d.BeginArray("#/type") {
		for d.NextElement() {
			var it benchItem
			decodeItem(d, &it)
			got = append(got, it)
		}
	}
	if err := d.Finish(); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// BenchmarkDecoderTyped decodes 100 objects into one reused struct, so that
// the only allocations are the strings returned by String.
func BenchmarkDecoderTyped(b *testing.B) {
	data := benchDoc(100)
	d := NewDecoder(data)
	var it benchItem
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d.Reset(data)
		if d.BeginArray("#/type") {
			for d.NextElement() {
				decodeItem(d, &it)
			}
		}
		if err := d.Finish(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecoderNumbers reads only numbers and booleans: no allocation.
func BenchmarkDecoderNumbers(b *testing.B) {
	data := []byte(`[1,-2,3.5,1e2,0.1,100E-2,-0.000125,123456789,true,false]`)
	d := NewDecoder(data)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d.Reset(data)
		if d.BeginArray("#/type") {
			for i := 0; d.NextElement(); i++ {
				switch {
				case i >= 8:
					d.Bool("#/items/type")
				case i%2 == 0:
					d.Float64("#/items/type")
				default:
					d.Int64("#/items/type")
				}
			}
		}
		if err := d.Finish(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecoderSkip checks the syntax of the whole document.
func BenchmarkDecoderSkip(b *testing.B) {
	data := benchDoc(100)
	d := NewDecoder(data)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d.Reset(data)
		d.Skip()
		if err := d.Finish(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStdUnmarshal is encoding/json on the same document, for
// comparison with BenchmarkDecoderTyped.
func BenchmarkStdUnmarshal(b *testing.B) {
	data := benchDoc(100)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var items []benchItem
		if err := json.Unmarshal(data, &items); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEqualJSON(b *testing.B) {
	x := []byte(`{"a":1,"b":[true,{"c":"d"}]}`)
	y := []byte(`{"b":[true,{"c":"d"}],"a":1.0}`)
	b.ReportAllocs()
	for b.Loop() {
		if !EqualJSON(x, y) {
			b.Fatal("unequal")
		}
	}
}

func BenchmarkAppendString(b *testing.B) {
	s := "a fairly ordinary string with \"quotes\" and ünïcödé"
	buf := make([]byte, 0, 128)
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendString(buf[:0], s)
	}
}

// BenchmarkPatternRuns matches patterns of the benchmark schemas that the
// byte loop decides (see sequence).
func BenchmarkPatternRuns(b *testing.B) {
	cases := []struct{ expr, s string }{
		{`^[a-z]{2,4}_[0-9a-z]{10}$`, "acct_0123456789"},
		{`^[A-Z]{2,4}-[0-9]{3}$`, "ABC-123"},
		{`^[A-Z]{2}$`, "US"},
		{`^ord_[0-9a-z]{12}$`, "ord_0123456789ab"},
	}
	for _, c := range cases {
		p := MustCompilePattern(c.expr)
		if p.seq == nil || !p.MatchString(c.s) {
			b.Fatalf("%s: not matched by runs", c.expr)
		}
		b.Run(c.expr, func(b *testing.B) {
			for b.Loop() {
				p.MatchString(c.s)
			}
		})
	}
}
