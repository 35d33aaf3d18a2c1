// Command downstream decodes a Stytch request and prints why it is invalid.
package main

import (
	"encoding/json"
	"fmt"
	"log"

	"example.com/downstream/internal/stytch"
)

func main() {
	var req stytch.MigrateRequest
	if err := json.Unmarshal([]byte(`{"session_token":"abc","session_duration_minutes":4}`), &req); err != nil {
		log.Fatal(err)
	}
	fmt.Println(req.Validate())
}
