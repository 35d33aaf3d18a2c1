package jsonrt_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/schemagen/schemagen/templates/jsonrt"
)

func ExampleDecoder() {
	d := jsonrt.NewDecoder([]byte(`{"name":"x","tags":["a","b"],"n":1.0,"extra":{"k":[1,2]}}`))
	var name string
	var tags []string
	var n int64
	extra := map[string]json.RawMessage{}
	if d.BeginObject("#/type") {
		for d.NextMember() {
			switch string(d.Key()) {
			case "name":
				name = d.String("#/properties/name/type")
			case "tags":
				if d.BeginArray("#/properties/tags/type") {
					tags = []string{}
					for d.NextElement() {
						tags = append(tags, d.String("#/properties/tags/items/type"))
					}
				}
			case "n":
				n = d.Int64("#/properties/n/type")
			default:
				extra[string(d.Key())] = d.Raw()
			}
		}
	}
	err := d.Finish()
	fmt.Println(name, tags, n, string(extra["extra"]), err)
	// Output: x [a b] 1 {"k":[1,2]} <nil>
}

// A Decoder records violations of the schema and goes on reading; Finish
// returns them as one *ValidationError.
func ExampleDecoder_violations() {
	d := jsonrt.NewDecoder([]byte(`{"tags":["a",3],"n":2147483648}`))
	if d.BeginObject("#/type") {
		for d.NextMember() {
			switch string(d.Key()) {
			case "tags":
				if d.BeginArray("#/properties/tags/type") {
					for d.NextElement() {
						d.String("#/properties/tags/items/type")
					}
				}
			case "n":
				d.Int32("#/properties/n/type")
			default:
				d.Skip()
			}
		}
	}
	var verr *jsonrt.ValidationError
	if err := d.Finish(); errors.As(err, &verr) {
		fmt.Println(verr)
	}
	// Output:
	// /tags/1: expected string, but got number (#/properties/tags/items/type)
	// /n: 2147483648 is out of range for int32 (#/properties/n/format)
}
