package generator

import (
	"fmt"
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// textTypes are the string formats that Config.FormatTypes may list, in the
// order the documentation gives them, each with the runtime type (in
// package jsonrt) that holds it. A format is here only when that type holds
// every string the format allows, exactly: "duration" is not, because a
// time.Duration cannot hold months or years.
var textTypes = []struct{ format, runtime string }{
	{"date-time", "DateTime"},         // time.Time
	{"date", "Date"},                  // time.Time
	{"time", "Time"},                  // time.Time
	{"ipv4", "IPv4"},                  // netip.Addr
	{"ipv6", "IPv6"},                  // netip.Addr
	{"uri", "URI"},                    // url.URL
	{"uri-reference", "URIReference"}, // url.URL
	{"uuid", "UUID"},                  // [16]byte
}

// TextFormats returns the string formats that Config.FormatTypes may list:
// date-time, date, time, ipv4, ipv6, uri, uri-reference and uuid.
func TextFormats() []string {
	out := make([]string, len(textTypes))
	for i, t := range textTypes {
		out[i] = t.format
	}
	return out
}

// textTypesOf maps each of formats to the runtime type that holds it, or
// reports the first format that no runtime type holds.
func textTypesOf(formats []string) (map[string]string, error) {
	out := map[string]string{}
	for _, f := range formats {
		i := slices.IndexFunc(textTypes, func(t struct{ format, runtime string }) bool { return t.format == f })
		if i < 0 {
			return nil, fmt.Errorf("no Go type holds format %q; the formats are %s", f, strings.Join(TextFormats(), ", "))
		}
		out[f] = textTypes[i].runtime
	}
	return out, nil
}

// textType reports whether s is a plain string schema (no $ref, nothing a
// Check must evaluate) whose format Config.FormatTypes holds in a Go type.
func (b *builder) textType(s *jsonschema.Schema) bool {
	if b.formatTypes[s.Format] == "" || needsCheck(s) || s.Ref != nil || b.dynamicDocument(s) {
		return false
	}
	types, _ := splitNull(s.Types)
	if len(types) == 0 {
		types = inferTypes(s)
	}
	return len(types) == 1 && types[0] == "string"
}
