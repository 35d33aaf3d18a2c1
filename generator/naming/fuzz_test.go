package naming

import (
	"testing"
	"unicode"
)

func FuzzGoName(f *testing.F) {
	for _, s := range []string{
		"", "-", "$", "☃", "session_token", "api_session_v1_MigrateRequest",
		"HTTPServer", "URLs", "名前", "2fa", "größe", "\xff", "ǆ", "ϒ", "v1.2",
		"OAuthToken", "B2BCustomer", "type", "fooBARs",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		name := GoName(raw)
		checkExportedIdent(t, raw, name)
		if again := GoName(raw); again != name {
			t.Errorf("GoName(%q) is not deterministic: %q, then %q", raw, name, again)
		}
		checkUnexportedIdent(t, name, Unexported(name))
	})
}

// TestEveryLetterAndDigit checks the identifier guarantees for every Unicode
// letter and digit, which random fuzzing rarely reaches, alone and next to
// lower- and upper-case ASCII letters.
func TestEveryLetterAndDigit(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		for _, raw := range []string{string(r), "a" + string(r), string(r) + "a", "A" + string(r) + "A"} {
			name := GoName(raw)
			checkExportedIdent(t, raw, name)
			checkUnexportedIdent(t, name, Unexported(name))
		}
		if t.Failed() {
			t.Fatalf("stopping at rune %U", r)
		}
	}
}
