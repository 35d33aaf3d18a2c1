package jsonrt

import "encoding/base64"

// OpenAPI's format "byte" is base64-encoded data (RFC 4648, the standard
// alphabet, with padding). It is checked only where formats are asserted,
// like every other format.
func init() {
	formatCheckers["byte"] = func(s string) bool {
		_, err := base64.StdEncoding.Strict().DecodeString(s)
		return err == nil
	}
}
