// Package lint finds constraints that a JSON Schema states only in prose.
//
// Vendors often write limits into "description" ("This value must be a
// minimum of 5 and a maximum of 527040 minutes", "Total custom claims size
// cannot exceed four kilobytes") instead of keywords, so generated code
// cannot check them. schemagen users encode them in an overlay, X.overlay.json
// beside the vendor's X.json: an RFC 7396 JSON Merge Patch. Check reads the
// descriptions of a document (merged with its overlay) and reports each
// constraint that is stated but not encoded, with the overlay patch that
// would encode it; MergePatches combines those patches into one overlay.
//
// Check visits every schema: the root, and every schema under
// "properties", "patternProperties", "additionalProperties", "items",
// "prefixItems", "$defs", "definitions", "allOf", "anyOf", "oneOf", "not",
// "if"/"then"/"else" and the other keywords whose values are schemas. It
// reads English and recognises:
//
//   - Bounds on numbers ("integer" or "number"): "at least 5", "a minimum
//     of 5", "at most 100", "no more than 100", "must not exceed 100", "max
//     100", "up to 100", "between 1 and 100" (inclusive), "from 1 to 100",
//     "in the range 1-100", "0 < x < 65536", "greater than 0" and "less than
//     100" (exclusiveMinimum, exclusiveMaximum), "positive integer"
//     (exclusiveMinimum 0) and "non-negative integer" (minimum 0).
//   - Lengths of strings, which need a unit or the word "length": "at most
//     255 characters", "maximum length of 64", "must be 8 to 64
//     characters", "1-32 characters", "exactly 6 characters",
//     "Three-letter code" (minLength and maxLength 3). Lengths are whole, so
//     "less than 100 characters" gives maxLength 99.
//   - Numbers of items of arrays: "up to 10 items", "a maximum of 50 tags"
//     (when the property is "tags"), "at least one recipient".
//   - Sizes of any value: "cannot exceed four kilobytes", "must not exceed
//     4KB", "limited to 1 MB", "maximum size of 512 bytes" give
//     x-maxEncodedSize, the largest size in bytes of the value's compact
//     JSON encoding. A kilobyte (KB, KiB, kB) is 1024 bytes, a megabyte
//     1048576 and a gigabyte 1073741824. A string's encoding has two
//     quotes more than its text, so a string of at most N bytes gets N+2.
//   - Allowed values of strings: "One of `a`, `b`, or `c`", "Possible
//     values are `a` and `b`", "Must be one of: a, b, c", "Can be `a` or
//     `b`", and Kubernetes' "Possible enum values:" followed by a list.
//     Unquoted values are read only after a colon, after "Valid values
//     are" and the like, or when the list starts the sentence, and then
//     must end it.
//   - Required properties: a sentence that is only "Required.", "This field
//     is required." or "Must be provided." in a property's description adds
//     the property to its parent's "required".
//
// Numbers may be written with thousands separators ("10,000"), in
// backticks, or as words up to "ninety" and "one hundred". A number
// followed by a time or size unit counts for a number only when the
// property's own unit is known, from its name ("timeout_ms",
// "periodSeconds") or its description ("in seconds"), and is converted to
// it: "Maximum 24 hours" for a number of seconds is a maximum of 86400.
//
// Precision matters more than recall: a lint that cries wolf gets switched
// off. So a sentence is passed over when a bound in it is conditional ("if
// not provided", "when type is card", "For payment mode, ..."), negated or
// historical ("not limited to", "previously limited to"), a default or an
// example ("defaults to 30", "e.g. at least 100"), not enforced ("values
// above 1000 are coerced to 1000", "truncated"), relative ("30 minutes to
// 24 hours after creation"), a quota ("5 per account"), about parts or
// something else ("each up to 32 characters", "files must not exceed 10
// MB"), or in a unit other than the value's ("a maximum of 527040 minutes
// (366 days)" gives 527040, never 366). Weak phrases such as "up to",
// "greater than" and "or less" count only after a verb ("must be", "can
// be", "accepts") or at the start of a clause, so "SMS messages greater
// than 160 characters are segmented" states nothing.
//
// The package makes no attempt to understand English beyond these
// phrases; it misses constraints phrased otherwise ("Labels longer than
// 100 characters are rejected", "Rollout percentage, 0-100").
package lint
