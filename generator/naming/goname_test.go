package naming

import (
	"go/token"
	"slices"
	"strings"
	"testing"
)

func TestGoName(t *testing.T) {
	tests := []struct{ in, want string }{
		// Separators and case changes.
		{"session_token", "SessionToken"},
		{"session_duration_minutes", "SessionDurationMinutes"},
		{"sessionToken", "SessionToken"},
		{"SessionToken", "SessionToken"},
		{"foo bar", "FooBar"},
		{"foo.bar/baz", "FooBarBaz"},
		{"__init__", "Init"},
		{"$ref", "Ref"},
		{"@type", "Type"},
		{"x-go-name", "XGoName"},
		{"thisIs", "ThisIs"},
		{"a☃b", "AB"},
		{"a\xffb", "AB"},
		// Digits stay with the preceding word.
		{"api_session_v1_MigrateRequest", "APISessionV1MigrateRequest"},
		{"int32Value", "Int32Value"},
		{"v1", "V1"},
		{"v1beta1", "V1beta1"},
		{"HTTP2Server", "HTTP2Server"},
		{"v1.2", "V1_2"},
		{"v12", "V12"},
		{"foo_2_bar", "Foo2Bar"},
		// Upper-case runs.
		{"HTTPServer", "HTTPServer"},
		{"JSONSchema", "JSONSchema"},
		{"XMLHttpRequest", "XMLHTTPRequest"},
		{"getABCValue", "GetABCValue"},
		{"fooBAR", "FooBAR"},
		{"fooBARs", "FooBARs"},
		{"Content-MD5", "ContentMD5"},
		{"X-API-KEY", "XAPIKey"},
		{"MAX_VALUE", "MaxValue"},
		{"ACTIVE", "Active"},
		{"ÄÖÜ", "Äöü"},
		// Initialisms.
		{"id", "ID"},
		{"Id", "ID"},
		{"user_id", "UserID"},
		{"userId", "UserID"},
		{"userID", "UserID"},
		{"telemetry_id", "TelemetryID"},
		{"url", "URL"},
		{"session_jwt", "SessionJWT"},
		{"schema.json", "SchemaJSON"},
		{"acl-list", "ACLList"},
		{"ids", "IDs"},
		{"Ids", "IDs"},
		{"IDs", "IDs"},
		{"userIDs", "UserIDs"},
		{"fooIDsByName", "FooIDsByName"},
		{"urls", "URLs"},
		{"URLs", "URLs"},
		{"ips", "IPs"},
		{"https", "HTTPS"},
		{"id2", "ID2"},
		{"utf8", "UTF8"},
		{"UTF8String", "UTF8String"},
		{"oauth_token", "OAuthToken"},
		{"OAuthToken", "OAuthToken"},
		{"OAUTH", "OAuth"},
		{"userOAUTHToken", "UserOAuthToken"},
		{"userOAUTHs", "UserOAuths"}, // the plural "s" keeps OAUTH together
		{"b2b", "B2B"},
		{"B2BCustomer", "B2BCustomer"},
		// Non-ASCII letters and the X prefix.
		{"größe", "Größe"},
		{"Straße", "Straße"},
		{"héllo wörld", "HélloWörld"},
		{"ǆemo", "Ǆemo"},
		{"名前", "X名前"},
		{"名Foo", "X名Foo"},
		{"ßfoo", "Xßfoo"},
		{"2fa", "X2fa"},
		{"1st", "X1st"},
		{"123", "X123"},
		{"1.2.3", "X1_2_3"},
		{"-1", "X1"},
		// No letter or digit at all.
		{"", "Empty"},
		{"+", "Plus"},
		{"-", "Minus"},
		{"*", "Star"},
		{".", "Dot"},
		{"@", "At"},
		{"#", "Hash"},
		{"$", "Dollar"},
		{"%", "Percent"},
		{"&", "And"},
		{"/", "Slash"},
		{"=", "Equals"},
		{"<", "Less"},
		{">", "Greater"},
		{"!", "Bang"},
		{"?", "Question"},
		{"~", "Tilde"},
		{":", "Colon"},
		{"+-", "PlusMinus"},
		{"<=", "LessEquals"},
		{"!=", "BangEquals"},
		{"☃", "XU2603"},
		{"-☃", "MinusU2603"},
		{"_", "XU005F"},
		{" ", "XU0020"},
		{"\xff", "XUFFFD"},
		{"😀", "XU1F600"},
	}
	for _, tt := range tests {
		got := GoName(tt.in)
		if got != tt.want {
			t.Errorf("GoName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		checkExportedIdent(t, tt.in, got)
	}
}

// checkExportedIdent fails t unless name, which GoName returned for in, is a
// valid exported identifier that is not a keyword.
func checkExportedIdent(t *testing.T, in, name string) {
	t.Helper()
	if !token.IsIdentifier(name) || !token.IsExported(name) || token.IsKeyword(name) {
		t.Errorf("GoName(%q) = %q: not a valid exported, non-keyword identifier", in, name)
	}
}

func TestGoNameInitialismTable(t *testing.T) {
	if !slices.IsSortedFunc(initialisms, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	}) {
		t.Errorf("initialisms is not sorted case-insensitively")
	}
	if len(initialismByLower) != len(initialisms) {
		t.Errorf("initialisms has case-insensitive duplicates")
	}
	for _, s := range initialisms {
		lower := strings.ToLower(s)
		cases := map[string]string{
			lower:               s,
			strings.ToUpper(s):  s,
			"user_" + lower:     "User" + s,
			lower + "_value":    s + "Value",
			"my_" + lower + "2": "My" + s + "2",
		}
		if _, ok := initialismByLower[lower+"s"]; !ok { // HTTP + s is HTTPS
			cases["my_"+lower+"s_list"] = "My" + s + "sList"
		}
		for in, want := range cases {
			if got := GoName(in); got != want {
				t.Errorf("GoName(%q) = %q, want %q", in, got, want)
			}
		}
	}
}
