// Package jsonrt is the runtime of the Go code that schemagen generates:
// the one package, besides the standard library, that generated code
// imports.
//
// This documentation is the manual for people who use generated types. A
// generated type T has three methods: UnmarshalJSON decodes in one pass,
// checking JSON types and required properties; Validate checks every other
// constraint of the schema; MarshalJSON writes the value back. Most of this
// package's API exists for that generated code only; the last section lists
// it, and the doc comment of each such name says so in its first sentence.
//
// # The fast path
//
// [Unmarshal] takes bytes to a validated value in one call:
//
//	var v stytch.MigrateRequest
//	if err := jsonrt.Unmarshal(data, &v); err != nil {
//		// malformed JSON, or a *ValidationError listing every violation
//	}
//
// It accepts exactly the documents that json.Unmarshal followed by Validate
// accepts, and takes a third to three quarters of the time on the project's
// benchmark documents, because encoding/json scans the whole input once
// before it calls the generated UnmarshalJSON, which then reads it again.
// json.Unmarshal keeps working. Code that calls UnmarshalJSON directly gets
// the same verdict from UnmarshalJSON and Validate: generated decoders check
// the syntax of the whole input and reject anything but whitespace after the
// value themselves.
//
// # Errors
//
// Violations of the schema (a value of the wrong JSON type, a missing
// required property, a number out of range, ...) are collected, never
// returned early, so that a caller sees every problem of a document at once:
// UnmarshalJSON, Validate and Unmarshal report them as one
// *[ValidationError], whose [Violation] values give the instance location
// (a JSON Pointer), the keyword, the keyword's location in the schema and a
// message, in the same form as github.com/santhosh-tekuri/jsonschema/v5:
//
//	var verr *jsonrt.ValidationError
//	if errors.As(err, &verr) {
//		for _, v := range verr.Violations {
//			fmt.Println(v.InstanceLocation, v.Keyword, v.Message)
//		}
//	}
//
// Malformed JSON is reported as a plain error that gives the byte offset.
// When decoding fails, the value is set to its zero value (generated
// decoders decode in place, not into a copy), never left half-decoded.
//
// # Absent, null and a value
//
// A required property is a plain field and an optional one a pointer (nil
// when absent). A property that may be null and may be absent is an
// [Optional]: Set tells whether it was present, and Value, a pointer, is nil
// when it was null.
//
// # Formats as Go types
//
// With schemagen's --format-types, a string property with one of the formats
// date-time, date, time, ipv4, ipv6, uri, uri-reference and uuid is a
// [DateTime], [Date], [Time], [IPv4], [IPv6], [URI], [URIReference] or
// [UUID]: a [Text] whose Value is a time.Time, a netip.Addr, a url.URL or 16
// bytes. It keeps the string it was decoded from and writes it back byte for
// byte while Value is unchanged; once Value changes it writes the canonical
// string of the new value. Decoding rejects a string that is not valid for
// the format, and [Text.Valid] tells whether a value set since decoding has a
// valid string.
//
// # x-go-type
//
// A schema with the extension keyword x-go-type ("math/big.Int") holds its
// values in the Go type it names. Generated code decodes them with
// json.Unmarshal and encodes them with json.Marshal, and reports an
// "x-go-type" violation for a value the type cannot decode or that it would
// not write back as the same JSON value; Validate checks the value's JSON
// against the whole schema.
//
// # For generated code only
//
// The rest of the API is what generated methods call, and may change with
// schemagen: their shape is schemagen's business, not the user's. Generated
// UnmarshalJSON methods [Clear] their value and read with a pull [Decoder]
// (with [Mark] and [Kind]), which records violations in its embedded
// [Errors]; they take the pointers of optional fields from a [Block] and
// collect array elements in [Elements]. MarshalJSON methods write with
// [AppendString], [AppendKey], [AppendFloat] and [AppendRaw] into a pooled
// [Buffer] that [Release] copies out;
// Validate methods check with [CodePoints], [Pattern], [FormatString],
// [FloatIsMultipleOf], [UniqueComparable], [QuoteList] and the like. Schemas
// that no Go type captures are checked, on values that [Parse] returns, by
// generated functions of type [CheckFunc], with a [Ctx] for the violations
// and an [Ann] for what unevaluatedProperties and unevaluatedItems need,
// through [AnyOf], [OneOf], [If], [Passes], [Contains] and [Matches] and
// helpers such as [Equal], [EqualJSON], [HasType], [MultipleOf] and
// [EncodedSizeOver]. [CompilePattern], [CompactSize] and [KnownFormat] serve
// schemagen itself.
//
// The package depends only on the standard library and is written so that
// the common, valid path does not allocate beyond the values it returns.
package jsonrt
