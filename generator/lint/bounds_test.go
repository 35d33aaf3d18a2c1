package lint

import (
	"strings"
	"testing"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

// found returns the findings for a property of type typ called name with
// description desc, as "keyword=value" in order.
func found(typ, name, desc string) string {
	var out []string
	for _, f := range Check("t.json", corpusDocument(corpusEntry{Name: name, Type: typ, Description: desc})) {
		out = append(out, f.Keyword+"="+string(f.Value.Encode()))
	}
	return strings.Join(out, " ")
}

// familyTest is one row of a table of descriptions and their findings.
type familyTest struct{ typ, name, desc, want string }

func runFamily(t *testing.T, tests []familyTest) {
	t.Helper()
	for _, tt := range tests {
		if got := found(tt.typ, tt.name, tt.desc); got != tt.want {
			t.Errorf("%s %s %q:\n got %q\nwant %q", tt.typ, tt.name, tt.desc, got, tt.want)
		}
	}
}

func TestNumericBounds(t *testing.T) {
	runFamily(t, []familyTest{
		{"integer", "n", "This value must be a minimum of 5 and a maximum of 100.", "minimum=5 maximum=100"},
		{"integer", "n", "Must be at least 5.", "minimum=5"},
		{"integer", "n", "Must be between 1 and 100.", "minimum=1 maximum=100"},
		{"integer", "n", "No more than 100.", "maximum=100"},
		{"integer", "n", "At most 10,000.", "maximum=10000"},
		{"integer", "n", "Maximum of 527040.", "maximum=527040"},
		{"integer", "n", "Must not exceed twenty.", "maximum=20"},
		{"integer", "n", "Cannot be more than one hundred.", "maximum=100"},
		{"integer", "n", "Must be greater than 0.", "exclusiveMinimum=0"},
		{"integer", "n", "Must be less than 100.", "exclusiveMaximum=100"},
		{"integer", "n", "Can be up to 100.", "maximum=100"},
		{"integer", "n", "Accepts values from 1 to 100.", "minimum=1 maximum=100"},
		{"integer", "n", "In the range 1-100.", "minimum=1 maximum=100"},
		{"integer", "n", "Must be greater than or equal to 1 and less than or equal to 10.", "minimum=1 maximum=10"},
		{"integer", "n", "Must be >= 1 and <= 10.", "minimum=1 maximum=10"},
		{"integer", "n", "A valid port number, 0 < x < 65536.", "exclusiveMinimum=0 exclusiveMaximum=65536"},
		{"integer", "n", "Where 1 <= n <= 8.", "minimum=1 maximum=8"},
		{"integer", "n", "The page size (max `100`).", "maximum=100"},
		{"integer", "n", "Maximum: 64.", "maximum=64"},
		{"integer", "n", "Must be 0 or greater.", "minimum=0"},
		{"integer", "n", "A positive integer.", "exclusiveMinimum=0"},
		{"integer", "n", "Value must be non-negative integer.", "minimum=0"},
		{"integer", "n", "A positive integer in cents (or 0 for free).", "minimum=0"},
		{"integer", "n", "Must be an integer under 1000.", "exclusiveMaximum=1000"},
		{"number", "n", "Number between -2.0 and 2.0.", "minimum=-2.0 maximum=2.0"},
		{"number", "n", "Must be in the range [-180, 180].", "minimum=-180 maximum=180"},
		{"number", "n", "Fraction, from 0.0 to 1.0.", "minimum=0.0 maximum=1.0"},
		{"integer", "amount", "The amount supports up to eight digits.", "maximum=99999999"},
		{"integer", "n", "Between 4 and 10, inclusive.", "minimum=4 maximum=10"},
		{"integer", "n", "A rating on a scale of 1 to 5.", "minimum=1 maximum=5"},
		{"integer", "n", "Must be at least 1 and no more than 999.", "minimum=1 maximum=999"},
		{"integer", "retries", "Up to 3 retries.", "maximum=3"},
		{"integer", "limit", "A maximum of 1000 results can be returned.", "maximum=1000"},
		{"integer", "n", "Percent complete, up to 100%.", "maximum=100"},
		{"integer", "n", "The default maximum is 4096.", ""},
		{"integer", "limit", "The API returns at most 100 results.", ""},
		{"integer", "n", "This is not limited to 100.", ""},
		{"integer", "n", "Higher values (e.g. at least 100) improve throughput.", ""},
		{"integer", "n", "Typically at least 3.", ""},
		{"integer", "n", "The top 10 are shown.", ""},
		{"integer", "n", "Use at least 1 of the following.", ""},
		{"integer", "n", "Setting this above 0 incurs charges.", ""},
		{"integer", "n", "Values above 120000 are clamped to 120000.", ""},
		{"integer", "n", "Must be at least 2 if `bar` is set, otherwise at least 1.", ""},
		{"integer", "n", "Between explicit zero and not specified.", ""},
		{"integer", "port", "Ports below 1024 require root.", ""},
		{"integer", "retry_after", "Seconds to wait after an HTTP 429 response.", ""},
		{"integer", "year", "The year, e.g. 2030.", ""},
		{"number", "n", "A value between 0 and 1 (exclusive).", ""},
		{"number", "n", "Versions 1 < v < 2.0.1 work.", ""},
		{"integer", "n", "Required only if duration is repeating, in which case it must be a positive integer.", ""},
		{"number", "n", "Positive values penalize repetition.", ""},
		{"integer", "n", "A positive or negative integer.", ""},
		{"integer", "n", "Must be positive.", "exclusiveMinimum=0"},
	})
}

func TestNumericUnits(t *testing.T) {
	runFamily(t, []familyTest{
		{"integer", "session_duration_minutes", "This value must be a minimum of 5 and a maximum of 527040 minutes (366 days).", "minimum=5 maximum=527040"},
		{"integer", "ttl", "Lifetime in seconds. Maximum 24 hours.", "maximum=86400"},
		{"integer", "timeout_ms", "Between 1 second and 2 minutes.", "minimum=1000 maximum=120000"},
		{"integer", "retention_hours", "Must be between 1 hour and 7 days.", "minimum=1 maximum=168"},
		{"integer", "interval", "In minutes. Minimum 5 minutes, maximum 1 day.", "minimum=5 maximum=1440"},
		{"integer", "periodSeconds", "Maximum: 15 minutes.", "maximum=900"},
		{"integer", "max_bytes", "At most 1 MB.", "maximum=1048576"},
		{"integer", "delay", "Must be at most 30 seconds.", ""},                                     // unit of the value unknown
		{"integer", "interval_count", "Maximum of three years interval allowed.", ""},               // years vs a count
		{"integer", "timeout_seconds", "At most 1.5 hours.", "maximum=5400"},                        // converted exactly
		{"integer", "timeout_seconds", "At most 1 month.", ""},                                      // months have no fixed length
		{"integer", "expires_at", "Epoch seconds. From 30 minutes to 24 hours after creation.", ""}, // relative time
		{"integer", "rating", "The rating, from 1 to 5 stars.", ""},                                 // unknown unit
		{"integer", "n", "Must be at least 5 characters.", ""},                                      // a length, not a number
		{"number", "price", "At least $0.50.", ""},                                                  // currency
	})
}

func TestLengthBounds(t *testing.T) {
	runFamily(t, []familyTest{
		{"string", "s", "At most 255 characters.", "maxLength=255"},
		{"string", "s", "Maximum length of 64.", "maxLength=64"},
		{"string", "s", "**Maximum length**: 65535 characters.", "maxLength=65535"},
		{"string", "s", "It can be up to 128 characters long.", "maxLength=128"},
		{"string", "s", "Must be 8 to 64 characters.", "minLength=8 maxLength=64"},
		{"string", "s", "The user's nickname, 1-32 characters.", "minLength=1 maxLength=32"},
		{"string", "s", "Must be at least 12 characters long.", "minLength=12"},
		{"string", "s", "Length Constraints: Minimum length of 1. Maximum length of 2048.", "minLength=1 maxLength=2048"},
		{"string", "s", "Must be 80 characters or less.", "maxLength=80"},
		{"string", "s", "Less than 100 characters long.", "maxLength=99"},
		{"string", "s", "Must be longer than 8 characters.", "minLength=9"},
		{"string", "s", "Exactly 6 characters.", "minLength=6 maxLength=6"},
		{"string", "s", "Must be 22 characters.", "minLength=22 maxLength=22"},
		{"string", "s", "Three-letter ISO currency code.", "minLength=3 maxLength=3"},
		{"string", "s", "Limited to 22 characters.", "maxLength=22"},
		{"string", "s", "Max. 35 characters.", "maxLength=35"},
		{"string", "s", "The limit is 5,000 characters.", "maxLength=5000"},
		{"string", "s", "Message contents (up to 2000 characters).", "maxLength=2000"},
		{"string", "s", "Up to 255.", ""}, // no unit: length or value?
		{"string", "s", "Names with at least 3 characters are indexed.", ""},
		{"string", "s", "SMS messages greater than 160 characters are segmented.", ""},
		{"string", "s", "Titles longer than 256 characters will be truncated.", ""},
		{"string", "s", "Keep it under 80 characters for best display.", ""},
		{"string", "s", "Maximum 22 characters for the concatenated descriptor.", ""},
		{"string", "s", "Up to 160 characters per SMS segment.", ""},
		{"string", "s", "Previously limited to 12 characters.", ""},
		{"string", "s", "Each line must be at most 80 characters.", ""},
		{"string", "s", "Every word can be up to 20 characters.", ""},
		{"string", "s", "We send a 6-digit code to this number.", ""},
		{"string", "s", "Must contain at least one number and one symbol.", ""},
		{"object", "s", "Keys can be up to 40 characters long.", ""},
	})
}

func TestItemBounds(t *testing.T) {
	runFamily(t, []familyTest{
		{"array", "xs", "Up to 10 items.", "maxItems=10"},
		{"array", "xs", "A maximum of 50 elements.", "maxItems=50"},
		{"array", "tags", "Maximum of 10 tags, each up to 32 characters.", "maxItems=10"},
		{"array", "recipients", "Must contain at least one recipient and no more than 100.", "minItems=1 maxItems=100"},
		{"array", "emails", "Email addresses to notify (at least one).", "minItems=1"},
		{"array", "xs", "Between 1 and 20 items may be included.", "minItems=1 maxItems=20"},
		{"array", "xs", "Must contain exactly 3 elements.", "minItems=3 maxItems=3"},
		{"array", "ids", "You can pass up to 100 IDs.", "maxItems=100"},
		{"array", "stop", "Up to 4 sequences where the API will stop.", "maxItems=4"},
		{"array", "names", "Pass one or more topics.", ""},
		{"array", "filters", "Each filter can match up to 5 values.", ""},
		{"array", "urls", "The number of endpoints is limited to 5 per account.", ""},
		{"array", "list", "You can add up to five labels to a project.", ""},
		{"array", "scopes", "If omitted, defaults to the client's scopes, up to 20.", ""},
		{"integer", "n", "Up to 10 items.", "maximum=10"},
	})
}

func TestSizeBounds(t *testing.T) {
	runFamily(t, []familyTest{
		{"object", "claims", "Total custom claims size cannot exceed four kilobytes.", "x-maxEncodedSize=4096"},
		{"object", "payload", "The payload must not exceed 4KB.", "x-maxEncodedSize=4096"},
		{"object", "o", "Limited to 1 MB.", "x-maxEncodedSize=1048576"},
		{"object", "o", "Maximum size of 512 bytes.", "x-maxEncodedSize=512"},
		{"object", "o", "Must be 256 KiB or less.", "x-maxEncodedSize=262144"},
		{"object", "o", "Must be less than 1 KB.", "x-maxEncodedSize=1023"},
		{"object", "o", "Cannot exceed 2 kilobytes when serialized.", "x-maxEncodedSize=2048"},
		{"array", "o", "At most 1.5 MB.", "x-maxEncodedSize=1572864"},
		{"string", "state", "Limited to 1 KB.", "x-maxEncodedSize=1026"},
		{"", "o", "Must not exceed 10 bytes.", "x-maxEncodedSize=10"},
		{"string", "file", "The file, base64 encoded. Files must not exceed 10 MB.", ""},
		{"string", "avatar", "Images up to 5 MB are accepted.", ""},
		{"object", "o", "The whole request must be under 1 MB.", ""},
		{"array", "attachments", "The total size of all attachments must not exceed 25 MB.", ""},
		{"object", "o", "At least 1 KB.", ""},
	})
}
