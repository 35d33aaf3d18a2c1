package irdiff

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Text renders changes for people: one line per change, the message and the
// schema location, breaking changes first, then a summary line such as
// "3 changes, 1 breaking".
func Text(changes []Change) string {
	var b strings.Builder
	for _, breaking := range []bool{true, false} {
		for _, c := range changes {
			if c.Breaking == breaking {
				b.WriteString(c.Message)
				if c.Location != "" {
					b.WriteString(" [" + c.Location + "]")
				}
				b.WriteString("\n")
			}
		}
	}
	n, broken := len(changes), 0
	for _, c := range changes {
		if c.Breaking {
			broken++
		}
	}
	noun := " changes, "
	if n == 1 {
		noun = " change, "
	}
	b.WriteString(strconv.Itoa(n) + noun + strconv.Itoa(broken) + " breaking\n")
	return b.String()
}

// jsonChange is the JSON form of a Change.
type jsonChange struct {
	Kind     Kind   `json:"kind"`
	Breaking bool   `json:"breaking"`
	Type     string `json:"type"`
	Field    string `json:"field"`
	Location string `json:"location"`
	Old      string `json:"old"`
	New      string `json:"new"`
	Message  string `json:"message"`
}

// JSON renders changes for tools, as an object with lowercase keys:
//
//	{"breaking": true, "changes": [{"kind": "removed-field", "breaking": true,
//	 "type": "Pet", "field": "Age", "location": "pet.json#/properties/age",
//	 "old": "*int64", "new": "", "message": "..."}]}
//
// Every change has every key; "changes" is [] when there are none.
func JSON(changes []Change) ([]byte, error) {
	out := struct {
		Breaking bool         `json:"breaking"`
		Changes  []jsonChange `json:"changes"`
	}{Breaking: Breaking(changes), Changes: make([]jsonChange, len(changes))}
	for i, c := range changes {
		out.Changes[i] = jsonChange(c)
	}
	return json.MarshalIndent(out, "", "  ")
}
