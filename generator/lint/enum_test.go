package lint

import "testing"

func TestEnum(t *testing.T) {
	const k8s = "Restart policy. One of Always, OnFailure, Never. Default to Always.\n\nPossible enum values:\n" +
		" - `\"Always\"`\n - `\"Never\"` means never.\n - `\"OnFailure\"`"
	runFamily(t, []familyTest{
		{"string", "s", "One of `a`, `b`, `c`.", `enum=["a","b","c"]`},
		{"string", "s", "Possible values are `a`, `b`, and `c`.", `enum=["a","b","c"]`},
		{"string", "s", "Must be one of: a, b, c.", `enum=["a","b","c"]`},
		{"string", "s", "Must be one of: us-east-1, eu-west-1.", `enum=["us-east-1","eu-west-1"]`},
		{"string", "s", "Can be one of: `open`, `closed`, `all`.", `enum=["open","closed","all"]`},
		{"string", "s", "Can be either `created`, `updated`, `comments`.", `enum=["created","updated","comments"]`},
		{"string", "s", "Can be `public` or `private`.", `enum=["public","private"]`},
		{"string", "s", "Either `test` or `live`.", `enum=["test","live"]`},
		{"string", "s", `Valid values are "TCP", "UDP" and "SCTP".`, `enum=["TCP","UDP","SCTP"]`},
		{"string", "s", "Possible values: `queued`, `running`, `done`.", `enum=["queued","running","done"]`},
		{"string", "s", "Valid effects are NoSchedule, PreferNoSchedule and NoExecute.", `enum=["NoSchedule","PreferNoSchedule","NoExecute"]`},
		{"string", "s", "If set, possible values are `a` and `b`.", `enum=["a","b"]`},
		{"string", "s", "Must be one of `free`, `pro`, or `enterprise`. Defaults to `free`.", `enum=["free","pro","enterprise"]`},
		{"string", "s", "Either `a`, `a` or `b`.", `enum=["a","b"]`},
		{"string", "s", k8s, `enum=["Always","OnFailure","Never"]`},
		{"string", "s", "Possible enum values:\n - `\"A\"` first\n - `\"B\"` second", `enum=["A","B"]`},
		{"string", "s", "One of `a`.", ""},                                        // one value is no list
		{"string", "s", "The status, e.g. `active` or `canceled`.", ""},           // example
		{"string", "s", "The type, such as `created` or `updated`.", ""},          // example
		{"string", "s", "Supported values include `json`, `csv`, and `xml`.", ""}, // incomplete
		{"string", "s", "Valid options are `dev`, `staging`, `prod`, among others.", ""},
		{"string", "s", "Can be one of many named colors or a hex code.", ""},
		{"string", "s", "One of `a`, `b`, etc.", ""},
		{"string", "s", "One of `a`, `b`, ...", ""},
		{"string", "s", "Only one of `customer` or `customer_email` may be provided.", ""},
		{"string", "phone", "Either `email` or `phone` is required.", ""},
		{"string", "s", "One of the most common settings.", ""},
		{"string", "s", "Currently supported languages are English (`\"en\"`) and Spanish (`\"es\"`).", ""},
		{"string", "s", "When `mode` is `x`, must be one of `a` or `b`.", ""},
		{"string", "s", "Possible enum values:\n - `\"A\"` first\n - the rest", ""},
		{"integer", "s", "One of `1`, `2`.", ""}, // string schemas only
		{"array", "s", "Can be: `a`, `b` and `c`.", ""},
	})
}

func TestEnumSiblings(t *testing.T) {
	root := mustParse(t, `{"properties": {"email": {"type": "string"},
		"phone": {"type": "string", "description": "Must be one of `+"`email` or `sms`"+`."}}}`)
	if fs := Check("e.json", root); len(fs) != 0 {
		t.Errorf("a list naming a sibling property gave %q", summary(fs))
	}
}

func TestParseList(t *testing.T) {
	tests := []struct {
		in     string
		bare   bool
		want   []string
		quoted bool
		rest   string
	}{
		{"`a`, `b`, or `c`.", false, []string{"a", "b", "c"}, true, "."},
		{" `a` and `b` is required", false, []string{"a", "b"}, true, " is required"},
		{"a, b, c", false, nil, false, "a, b, c"},
		{"a, b or c.", true, []string{"a", "b", "c"}, false, ""},
		{"`\"Always\"`, 'x' or \"y\"", false, []string{"Always", "x", "y"}, true, ""},
		{"`a`, many more", false, []string{"a"}, true, ", many more"},
		{"``, `b`", false, nil, false, "``, `b`"},
	}
	for _, tt := range tests {
		vals, quoted, rest := parseList(tt.in, tt.bare)
		if len(vals) != len(tt.want) || quoted != tt.quoted || rest != tt.rest {
			t.Errorf("parseList(%q, %v) = %q, %v, %q; want %q, %v, %q", tt.in, tt.bare, vals, quoted, rest, tt.want, tt.quoted, tt.rest)
			continue
		}
		for i := range vals {
			if vals[i] != tt.want[i] {
				t.Errorf("parseList(%q) = %q, want %q", tt.in, vals, tt.want)
			}
		}
	}
}
