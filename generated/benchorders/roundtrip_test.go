package benchorders_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/schemagen/schemagen/generated/benchorders"
	"github.com/schemagen/schemagen/generated/internal/roundtrip"
	"github.com/schemagen/schemagen/generator"
	"github.com/schemagen/schemagen/templates/jsonrt"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

const schemaPath = "../../schemas/bench/orders.json"

func TestOrderBatchRoundTrip(t *testing.T) {
	roundtrip.Check[benchorders.OrderBatch](t, schemaPath, "testdata/orders.instances.json")
}

// TestPaymentMatchesNoMethod covers what the instances file cannot: a
// payment that matches no oneOf branch is rejected with one "oneOf"
// violation at the payment, where jsonschema/v5 reports only the branches'
// violations below it (which roundtrip.Check compares with). Decoding
// rejects a payment whose "type" names no method, or that does not decode as
// the method it names; Validate rejects one that decodes as its method but
// breaks the method's rules.
func TestPaymentMatchesNoMethod(t *testing.T) {
	oracle, err := generator.Compile(generator.Config{}, schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, payment := range []string{
		`{"type":"cash"}`,
		`{"type":"card","brand":"visa","last4":"42","exp_month":13,"exp_year":2030}`,
		`{"type":"wallet","provider":"paypal","iban":"DE89370400440532013000"}`,
	} {
		doc := []byte(`{"batch_id":"B-00000001","currency":"USD","orders":[{"id":"ord_0000000000a1","status":"paid",` +
			`"created_at":"2024-05-01T11:59:00Z","customer":{"id":"cus_00000000a1","email":"ada@example.com","name":"Ada","tier":"pro"},` +
			`"items":[{"sku":"ABC-1234","name":"Widget","quantity":1,"unit_price":1}],"total":1,"payment":` + payment + `}]}`)
		dec := json.NewDecoder(bytes.NewReader(doc))
		dec.UseNumber()
		var generic any
		if err := dec.Decode(&generic); err != nil {
			t.Fatal(err)
		}
		if oracle.Validate(generic) == nil {
			t.Errorf("payment %s: jsonschema/v5 accepts it", payment)
		}
		var v benchorders.OrderBatch
		err := json.Unmarshal(doc, &v)
		if err == nil {
			err = v.Validate()
		}
		var verr *jsonrt.ValidationError
		if !errors.As(err, &verr) || len(verr.Violations) != 1 {
			t.Errorf("payment %s: got %v, want one violation", payment, err)
			continue
		}
		if got := verr.Violations[0]; got.InstanceLocation != "/orders/0/payment" || got.Keyword != "oneOf" {
			t.Errorf("payment %s: got %+v, want a oneOf violation at /orders/0/payment", payment, got)
		}
	}
}
