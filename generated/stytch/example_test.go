package stytch_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/schemagen/schemagen/generated/stytch"
)

// The README's example of a response: the user and the session are types
// generated from the files the response refers to.
func ExampleMigrateResponse() {
	data := []byte(`{
	  "request_id": "request-id-test-b05c992f", "status_code": 200,
	  "user_id": "user-test-16d9ba61", "session_token": "WJtR5BCy38Sz", "session_jwt": "eyJhbGciOiJSUzI1NiJ9.e30.sig",
	  "user": {"user_id": "user-test-16d9ba61", "status": "active", "name": {"first_name": "Jane"},
	    "emails": [{"email_id": "email-test-81bf03a8", "email": "sandbox@stytch.com", "verified": true}],
	    "phone_numbers": [], "webauthn_registrations": [], "providers": [], "totps": [],
	    "crypto_wallets": [], "biometric_registrations": [], "is_locked": false, "roles": []},
	  "session": {"session_id": "session-test-fe6c042b", "user_id": "user-test-16d9ba61", "roles": [],
	    "authentication_factors": [{"type": "magic_link", "delivery_method": "email",
	      "email_factor": {"email_id": "email-test-81bf03a8", "email_address": "sandbox@stytch.com"}}]}
	}`)
	var resp stytch.MigrateResponse
	if err := json.Unmarshal(data, &resp); err != nil {
		log.Fatal(err)
	}
	if err := resp.Validate(); err != nil {
		log.Fatal(err)
	}
	fmt.Println(*resp.User.Name.FirstName, resp.User.Status == stytch.APIUserV1UserStatusActive, resp.User.Emails[0].Email)
	factor := resp.Session.AuthenticationFactors[0]
	fmt.Println(factor.Type, factor.EmailFactor.EmailAddress)

	resp.User.Status = "deleted"
	fmt.Println(resp.Validate())
	// Output:
	// Jane true sandbox@stytch.com
	// magic_link sandbox@stytch.com
	// /user/status: value must be one of "pending", "active" (stytch-api-user-v1-user-schema.json#/properties/status/enum)
}
