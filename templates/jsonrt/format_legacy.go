package jsonrt

import "strings"

// jsonschema/v5, the reference validator, asserts three format names that
// no JSON Schema draft since draft-03 defines: "ip-address" (draft-03's
// name for ipv4), "uriref" (an old name for uri-reference) and "period"
// (RFC 3339 Appendix A). Where formats are asserted by default (drafts 4,
// 6 and 7), a schema that names them is checked as v5 checks it.
func init() {
	formatCheckers["ip-address"] = fmtIsIPv4
	formatCheckers["uriref"] = fmtIsURIReference
	formatCheckers["period"] = fmtIsPeriod
}

// fmtIsPeriod reports whether s is a period as RFC 3339 Appendix A gives
// the ISO 8601 grammar: a start and an end date-time, a start date-time and
// a duration, or a duration and an end date-time, joined by "/".
func fmtIsPeriod(s string) bool {
	start, end, ok := strings.Cut(s, "/")
	if !ok {
		return false
	}
	if fmtIsDateTime(start) {
		return fmtIsDateTime(end) || fmtIsDuration(end)
	}
	return fmtIsDuration(start) && fmtIsDateTime(end)
}
