package bench

import (
	"fmt"
	"strings"
)

// The document sizes the benchmarks use. A document is grown until it
// reaches its size, so it is at most one array element or claim larger.
const (
	kb1   = 1 << 10
	kb100 = 100 << 10
	mb1   = 1 << 20
)

// A document is one benchmark input.
type document struct {
	size  string // the size label in benchmark names, e.g. "100KB"
	data  []byte
	valid bool // whether the schema accepts it
}

// grow writes prefix, then item(0), item(1), ... separated by commas until
// the text is at least target bytes long (and has at least one item), then
// suffix.
func grow(prefix, suffix string, target int, item func(i int) string) []byte {
	var b strings.Builder
	b.WriteString(prefix)
	for i := 0; i == 0 || b.Len()+len(suffix) < target; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(item(i))
	}
	b.WriteString(suffix)
	return []byte(b.String())
}

// stytchDocs are MigrateRequest documents whose session_custom_claims grow
// to the size. Claims may encode to at most 4096 bytes, so only the 1 KB
// document is valid: the larger ones measure rejecting an oversized request,
// which every validator must scan in full.
func stytchDocs() []document {
	prefix := `{"session_token":"mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q","session_duration_minutes":60,` +
		`"telemetry_id":"026ac93b-8cdf-4fcb-bfa6-36a31cfecac1","session_custom_claims":{`
	claim := func(i int) string {
		return fmt.Sprintf(`"claim_%05d":{"scope":"read:orders write:orders","level":%d,"granted":true,"tags":["team-%d","eu"]}`, i, i%10, i%7)
	}
	return []document{
		{"1KB", grow(prefix, "}}", kb1, claim), true},
		{"100KB-oversize", grow(prefix, "}}", kb100, claim), false},
		{"1MB-oversize", grow(prefix, "}}", mb1, claim), false},
	}
}

// ordersDocs are OrderBatch documents whose orders array grows to the size.
// Orders have one to three line items and cycle through the three payment
// methods and the optional properties.
func ordersDocs() []document {
	prefix := `{"batch_id":"B-00000042","generated_at":"2024-05-01T12:00:00Z","currency":"USD","has_more":true,` +
		`"next_cursor":"c_0000000042","orders":[`
	return []document{
		{"1KB", grow(prefix, "]}", kb1, order), true},
		{"100KB", grow(prefix, "]}", kb100, order), true},
		{"1MB", grow(prefix, "]}", mb1, order), true},
	}
}

var (
	orderStatuses = []string{"pending", "paid", "shipped", "delivered", "cancelled", "refunded"}
	customerTiers = []string{"free", "plus", "pro", "enterprise"}
)

// order returns the i-th order of an OrderBatch document.
func order(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `{"id":"ord_%012d","status":%q,"created_at":"2024-05-01T%02d:%02d:00Z",`, i, orderStatuses[i%6], i%24, i%60)
	fmt.Fprintf(&b, `"customer":{"id":"cus_%010d","email":"user%d@example.com","name":"Customer %d","tier":%q`, i, i, i, customerTiers[i%4])
	if i%2 == 0 {
		fmt.Fprintf(&b, `,"phone":"+4420712%05d","marketing_opt_in":true`, i%100000)
	}
	b.WriteString(`},"items":[`)
	for j := 0; j <= i%3; j++ {
		if j > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"sku":"ABC-%04d","name":"Product %d","quantity":%d,"unit_price":%d.99`, (i+j)%10000, i+j, 1+j, 5+j)
		if j == 1 {
			b.WriteString(`,"discount":0.15`)
		}
		b.WriteByte('}')
	}
	b.WriteByte(']')
	if i%2 == 0 {
		fmt.Fprintf(&b, `,"shipping":{"line1":"%d Main Street","line2":"Apt 4","city":"Springfield","region":"IL","postal_code":"62701","country":"US"}`, i)
	}
	switch i % 3 {
	case 0:
		fmt.Fprintf(&b, `,"payment":{"type":"card","brand":"visa","last4":"%04d","exp_month":%d,"exp_year":2030}`, i%10000, 1+i%12)
	case 1:
		fmt.Fprintf(&b, `,"payment":{"type":"bank_transfer","iban":"DE89370400440532013000","reference":"INV-%d"}`, i)
	default:
		fmt.Fprintf(&b, `,"payment":{"type":"wallet","provider":"paypal","account_email":"user%d@example.com"}`, i)
	}
	fmt.Fprintf(&b, `,"subtotal":%d.50,"tax":%d.25,"total":%d.75`, 10+i%90, 1+i%9, 11+i%90+1+i%9)
	if i%4 != 0 {
		b.WriteString(`,"tags":["gift","express"]`)
	}
	if i%5 == 0 {
		b.WriteString(`,"notes":"Leave the parcel at the door."`)
	}
	b.WriteByte('}')
	return b.String()
}

// wideGroups and wideAttributes name the 300 properties of
// wide_record.json: each group has each attribute.
var (
	wideGroups = []string{"account", "billing", "shipping", "contact", "profile", "marketing", "support", "device", "session", "subscription",
		"risk", "loyalty", "payment", "compliance", "analytics", "referral", "inventory", "fulfillment", "notification", "partner"}
	wideAttributes = []string{"id", "status", "created_at", "updated_at", "count", "score", "rate", "enabled",
		"label", "code", "level", "amount", "country", "channel", "note"}
)

// wideValue returns the JSON value of one attribute in the n-th record.
func wideValue(group, attr string, n int) string {
	switch attr {
	case "id":
		return fmt.Sprintf(`"%s_%010d"`, group[:3], n)
	case "status":
		return `"active"`
	case "created_at", "updated_at":
		return fmt.Sprintf(`"2024-05-%02dT12:00:00Z"`, 1+n%28)
	case "count":
		return fmt.Sprint(n % 1000000)
	case "score":
		return fmt.Sprintf("%d.5", n%100)
	case "rate":
		return "0.25"
	case "enabled":
		return fmt.Sprint(n%2 == 0)
	case "label":
		return fmt.Sprintf(`"Label %d"`, n)
	case "code":
		return fmt.Sprintf(`"AB-%03d"`, n%1000)
	case "level":
		return fmt.Sprint(1 + n%10)
	case "amount":
		return fmt.Sprintf("%d.99", n%100000)
	case "country":
		return `"GB"`
	case "channel":
		return `"web"`
	default: // "note"
		return `"ok"`
	}
}

// wideRecord returns the n-th WideRecord: with all 300 properties, or with
// only the 40 required ones.
func wideRecord(n int, full bool) string {
	var b strings.Builder
	b.WriteByte('{')
	for _, g := range wideGroups {
		for _, a := range wideAttributes {
			if !full && a != "id" && a != "status" {
				continue
			}
			if b.Len() > 1 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"%s_%s":%s`, g, a, wideValue(g, a, n))
		}
	}
	b.WriteByte('}')
	return b.String()
}

// wideRecordDocs are single WideRecord documents: one with the required
// properties only (about 1 KB) and one with all 300 (about 8 KB).
func wideRecordDocs() []document {
	return []document{
		{"1KB", []byte(wideRecord(1, false)), true},
		{"8KB", []byte(wideRecord(1, true)), true},
	}
}

// wideBatchDocs are WideBatch documents, pages of full records, grown to
// the size: one record cannot be 100 KB.
func wideBatchDocs() []document {
	prefix := `{"export_id":"exp_0000abcd","records":[`
	rec := func(i int) string { return wideRecord(i, true) }
	return []document{
		{"100KB", grow(prefix, "]}", kb100, rec), true},
		{"1MB", grow(prefix, "]}", mb1, rec), true},
	}
}
