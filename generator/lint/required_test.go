package lint

import "testing"

func TestRequiredStated(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Required.", "x", true},
		{"**Required**", "x", true},
		{"(required)", "x", true},
		{"Required field.", "x", true},
		{"This field is required.", "x", true},
		{"This parameter is required.", "x", true},
		{"It is required.", "x", true},
		{"Must be provided.", "x", true},
		{"This value must be specified.", "x", true},
		{"`client_id` is required.", "client_id", true},
		{"The client_id parameter is required.", "client_id", true},
		{"Is required when creating resources.", "x", false},
		{"Required if `type` is `card`.", "x", false},
		{"Required only if duration is repeating.", "x", false},
		{"Not required.", "x", false},
		{"This is optional and not required.", "x", false},
		{"Either `email` or `phone` is required.", "phone", false},
		{"The API token is required to call this endpoint.", "x", false},
		{"`other` is required.", "x", false},
		{"Must be provided when `type` is `external`.", "x", false},
		{"The required scopes.", "x", false},
		{"How this field works and whether it is required depends on other fields.", "x", false},
	}
	for _, tt := range tests {
		if got := requiredStated(tt.text, tt.name); got != tt.want {
			t.Errorf("requiredStated(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

func TestRequiredOnlyForProperties(t *testing.T) {
	root := mustParse(t, `{"description": "Required.", "items": {"description": "Required."},
		"$defs": {"a": {"description": "Required."}}}`)
	if fs := Check("r.json", root); len(fs) != 0 {
		t.Errorf("Check found %q for schemas that are no properties", summary(fs))
	}
}
