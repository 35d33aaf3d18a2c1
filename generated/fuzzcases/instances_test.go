package fuzzcases_test

import (
	"testing"

	"github.com/schemagen/schemagen/generated/fuzzcases"
	"github.com/schemagen/schemagen/generated/internal/fuzzcheck"
	"github.com/schemagen/schemagen/generated/internal/roundtrip"
)

const (
	orderSchema = "../../schemas/fuzzcases/order.json"
	ruleSchema  = "../../schemas/fuzzcases/rule.json"
	shapeSchema = "../../schemas/fuzzcases/shape.json"
)

// Order's violations are also compared keyword by keyword with
// jsonschema/v5's, except those of its payment, and Rule's and Shape's are
// not: where an anyOf, oneOf or contains fails, generated code names the
// applicator and jsonschema/v5 the keywords of every failing branch.
func TestOrderInstances(t *testing.T) {
	roundtrip.Check[fuzzcases.Order](t, orderSchema, "testdata/order.instances.json")
}

// TestOrderPaymentInstances covers the payment union, which decodes by its
// "method" discriminator: tags that name a variant, tags that name none,
// values that decode as the variant their tag names but break its rules,
// and values that do not decode as it.
func TestOrderPaymentInstances(t *testing.T) {
	fuzzcheck.CheckInstances[fuzzcases.Order](t, orderSchema, "testdata/order_payment.instances.json")
}

func TestRuleInstances(t *testing.T) {
	fuzzcheck.CheckInstances[fuzzcases.Rule](t, ruleSchema, "testdata/rule.instances.json")
}

func TestShapeInstances(t *testing.T) {
	fuzzcheck.CheckInstances[fuzzcases.Shape](t, shapeSchema, "testdata/shape.instances.json")
}
