package naming_test

import (
	"fmt"

	"github.com/schemagen/schemagen/generator/naming"

	_ "github.com/schemagen/schemagen/internal/golden" // the -update flag of "go test ./... -update"
)

func ExampleGoName() {
	for _, raw := range []string{"session_token", "api_session_v1_MigrateRequest", "user_ids", "$ref", "2fa", "-"} {
		fmt.Println(naming.GoName(raw))
	}
	// Output:
	// SessionToken
	// APISessionV1MigrateRequest
	// UserIDs
	// Ref
	// X2fa
	// Minus
}

func ExampleScope_Assign() {
	s := naming.NewScope()
	s.Reserve("Validate")
	var cands []naming.Candidate
	for _, prop := range []string{"id", "validate", "ID", "id2", "Id"} {
		cands = append(cands, naming.Candidate{Want: naming.GoName(prop), Key: prop})
	}
	fmt.Println(s.Assign(cands))
	// Output:
	// [ID4 Validate2 ID ID2 ID3]
}

func ExampleUnexported() {
	for _, name := range []string{"URLValue", "HTTPServer", "Type"} {
		fmt.Println(naming.Unexported(name))
	}
	// Output:
	// urlValue
	// httpServer
	// type_
}
