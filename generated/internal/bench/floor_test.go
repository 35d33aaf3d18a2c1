package bench

import "encoding/json"

// The floor: hand-written structs with the same fields as the generated
// types, for plain encoding/json with no validation at all. Optional
// properties are pointers, as in the generated code; enums are plain
// strings; the oneOf of payment methods is one flat struct, as one would
// write it by hand.

// floorMigrateRequest is the hand-written equivalent of stytch.MigrateRequest.
type floorMigrateRequest struct {
	SessionToken           string                     `json:"session_token"`
	SessionDurationMinutes *int32                     `json:"session_duration_minutes,omitempty"`
	SessionCustomClaims    map[string]json.RawMessage `json:"session_custom_claims,omitempty"`
	TelemetryID            *string                    `json:"telemetry_id,omitempty"`
}

// floorOrderBatch is the hand-written equivalent of benchorders.OrderBatch.
type floorOrderBatch struct {
	BatchID     string       `json:"batch_id"`
	GeneratedAt *string      `json:"generated_at,omitempty"`
	Currency    string       `json:"currency"`
	Orders      []floorOrder `json:"orders"`
	HasMore     *bool        `json:"has_more,omitempty"`
	NextCursor  *string      `json:"next_cursor,omitempty"`
}

type floorOrder struct {
	ID        string          `json:"id"`
	Status    string          `json:"status"`
	CreatedAt string          `json:"created_at"`
	Customer  floorCustomer   `json:"customer"`
	Items     []floorLineItem `json:"items"`
	Shipping  *floorAddress   `json:"shipping,omitempty"`
	Payment   floorPayment    `json:"payment"`
	Subtotal  *float64        `json:"subtotal,omitempty"`
	Tax       *float64        `json:"tax,omitempty"`
	Total     float64         `json:"total"`
	Tags      []string        `json:"tags,omitempty"`
	Notes     *string         `json:"notes,omitempty"`
}

type floorCustomer struct {
	ID             string  `json:"id"`
	Email          string  `json:"email"`
	Name           string  `json:"name"`
	Tier           string  `json:"tier"`
	Phone          *string `json:"phone,omitempty"`
	MarketingOptIn *bool   `json:"marketing_opt_in,omitempty"`
}

type floorLineItem struct {
	Sku       string   `json:"sku"`
	Name      string   `json:"name"`
	Quantity  int64    `json:"quantity"`
	UnitPrice float64  `json:"unit_price"`
	Discount  *float64 `json:"discount,omitempty"`
}

type floorAddress struct {
	Line1      string  `json:"line1"`
	Line2      *string `json:"line2,omitempty"`
	City       string  `json:"city"`
	Region     *string `json:"region,omitempty"`
	PostalCode string  `json:"postal_code"`
	Country    string  `json:"country"`
}

// floorPayment holds the fields of every payment method; Type says which.
type floorPayment struct {
	Type         string `json:"type"`
	Brand        string `json:"brand,omitempty"`
	Last4        string `json:"last4,omitempty"`
	ExpMonth     int64  `json:"exp_month,omitempty"`
	ExpYear      int64  `json:"exp_year,omitempty"`
	IBAN         string `json:"iban,omitempty"`
	Reference    string `json:"reference,omitempty"`
	Provider     string `json:"provider,omitempty"`
	AccountEmail string `json:"account_email,omitempty"`
}

// floorWideBatch is the hand-written equivalent of benchwide.WideBatch.
type floorWideBatch struct {
	ExportID string            `json:"export_id"`
	Records  []floorWideRecord `json:"records"`
}
