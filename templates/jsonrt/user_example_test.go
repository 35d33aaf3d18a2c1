package jsonrt_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/schemagen/schemagen/generated/fuzzcases"
	"github.com/schemagen/schemagen/generated/stytch"
	"github.com/schemagen/schemagen/templates/jsonrt"
)

// Unmarshal decodes and validates in one call; errors.As finds every
// violation of the schema.
func ExampleUnmarshal() {
	var req stytch.MigrateRequest
	err := jsonrt.Unmarshal([]byte(`{"session_token": "abc", "session_duration_minutes": 4}`), &req)
	var verr *jsonrt.ValidationError
	if errors.As(err, &verr) {
		for _, v := range verr.Violations {
			fmt.Println(v.InstanceLocation, v.Keyword, v.Message)
		}
	}
	err = jsonrt.Unmarshal([]byte(`{"session_token": "abc", "session_duration_minutes": 60}`), &req)
	fmt.Println(err, req.SessionToken, *req.SessionDurationMinutes)
	// Output:
	// /session_duration_minutes minimum must be >= 5 but found 4
	// <nil> abc 60
}

// A ValidationError lists every violation of a document, each with its
// instance location ("" is the root), keyword location and message.
// Decoding finds two violations here, so Validate, which would report the
// duration out of range, does not run.
func ExampleValidationError() {
	var req stytch.MigrateRequest
	err := jsonrt.Unmarshal([]byte(`{"session_duration_minutes": 600000, "session_custom_claims": []}`), &req)
	var verr *jsonrt.ValidationError
	if errors.As(err, &verr) {
		for _, v := range verr.Violations {
			fmt.Printf("%q %s: %s\n", v.InstanceLocation, v.KeywordLocation, v.Message)
		}
	}
	// Output:
	// "/session_custom_claims" api_session_v1_MigrateRequest.json#/properties/session_custom_claims/type: expected object, but got array
	// "" api_session_v1_MigrateRequest.json#/required: missing properties: 'session_token'
}

// An Optional tells an absent property from a null one and from a value.
func ExampleOptional() {
	for _, data := range []string{
		`{"id": "ord_0000000a", "status": "paid", "items": [{"sku": "A1", "qty": 1}]}`,
		`{"id": "ord_0000000a", "status": "paid", "items": [{"sku": "A1", "qty": 1}], "note": null}`,
		`{"id": "ord_0000000a", "status": "paid", "items": [{"sku": "A1", "qty": 1}], "note": "gift"}`,
	} {
		var o fuzzcases.Order
		if err := jsonrt.Unmarshal([]byte(data), &o); err != nil {
			fmt.Println(err)
			continue
		}
		switch {
		case !o.Note.Set:
			fmt.Println("absent")
		case o.Note.Value == nil:
			fmt.Println("null")
		default:
			fmt.Println(*o.Note.Value)
		}
	}
	// Output:
	// absent
	// null
	// gift
}

// A DateTime holds a time.Time and writes back the string it was decoded
// from until its Value changes.
func ExampleDateTime() {
	var t jsonrt.DateTime
	if err := json.Unmarshal([]byte(`"2024-01-01T12:00:00.000+00:00"`), &t); err != nil {
		fmt.Println(err)
	}
	out, _ := json.Marshal(t)
	fmt.Println(t.Value.Hour(), string(out))
	t.Value = t.Value.Add(time.Hour)
	out, _ = json.Marshal(t)
	fmt.Println(string(out))

	err := json.Unmarshal([]byte(`"yesterday"`), &t)
	fmt.Println(err)
	// Output:
	// 12 "2024-01-01T12:00:00.000+00:00"
	// "2024-01-01T13:00:00Z"
	// (root): "yesterday" is not valid 'date-time' (#/format)
}
