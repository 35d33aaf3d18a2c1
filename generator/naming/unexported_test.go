package naming

import (
	"go/token"
	"go/types"
	"testing"
)

func TestUnexported(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Foo", "foo"},
		{"FooBar", "fooBar"},
		{"A", "a"},
		{"AB", "ab"},
		{"ID", "id"},
		{"IDs", "ids"},
		{"IDsByName", "idsByName"},
		{"ID2", "id2"},
		{"URLValue", "urlValue"},
		{"HTTPServer", "httpServer"},
		{"UTF8String", "utf8String"},
		{"OAuth", "oauth"},
		{"OAuthToken", "oauthToken"},
		{"OAuthsByUser", "oauthsByUser"},
		{"B2BCustomer", "b2bCustomer"},
		{"IPhone", "iPhone"},
		{"X2fa", "x2fa"},
		{"X名前", "x名前"},
		{"Äöü", "äöü"},
		{"Ǆemo", "ǆemo"},
		{"ϒ", "xϒ"}, // an upper-case letter without a lower-case form
		{"foo", "foo"},
		// Keywords and predeclared identifiers.
		{"Type", "type_"},
		{"Func", "func_"},
		{"Map", "map_"},
		{"Range", "range_"},
		{"String", "string_"},
		{"Error", "error_"},
		{"Any", "any_"},
		{"Len", "len_"},
		{"Max", "max_"},
		{"True", "true_"},
		{"Nil", "nil_"},
		{"Iota", "iota_"},
		{"type", "type_"},
	}
	for _, tt := range tests {
		got := Unexported(tt.in)
		if got != tt.want {
			t.Errorf("Unexported(%q) = %q, want %q", tt.in, got, tt.want)
		}
		checkUnexportedIdent(t, tt.in, got)
	}
}

// checkUnexportedIdent fails t unless name, which Unexported returned for in,
// is a valid unexported identifier that is neither a keyword nor predeclared.
func checkUnexportedIdent(t *testing.T, in, name string) {
	t.Helper()
	if !token.IsIdentifier(name) || token.IsExported(name) {
		t.Errorf("Unexported(%q) = %q: not a valid unexported identifier", in, name)
	}
	if token.IsKeyword(name) || types.Universe.Lookup(name) != nil {
		t.Errorf("Unexported(%q) = %q: a keyword or predeclared identifier", in, name)
	}
}
