package jsonrt

import "testing"

func TestPeekMember(t *testing.T) {
	tests := []struct {
		in     string
		value  string
		wantOK bool
	}{
		{`{"type":"card","n":1}`, "card", true},
		{`{"n":{"type":"inner"},"type":"card"}`, "card", true},
		{`{"type":"a","type":"b"}`, "b", true}, // the last one wins
		{`{"type":"a","type":1}`, "", false},
		{`{"type":"c\u0061rd"}`, "card", true},
		{`{"kind":"card"}`, "", false},
		{`{}`, "", false},
		{`["type","card"]`, "", false},
		{`"card"`, "", false},
		{`{"type":"card",}`, "", false}, // malformed: nothing is trusted
		{`{"type":"card"`, "", false},
		{`{"typ\u0065":"card"}`, "card", true}, // an escaped name
		{`{"a":[{"type":"x"}],"type":"y"}`, "y", true},
		{`{"type":"x\"y"}`, `x"y`, true},
		{`{"type" "card"}`, "", false},
		{`{"t":1 "type":"card"}`, "", false},
		{`{"type":"card","n":[1,}`, "", false},
		{` {"type":"card"} `, "card", true},
	}
	for _, tt := range tests {
		d := NewDecoder([]byte(tt.in))
		value, ok := d.PeekMember("type")
		if string(value) != tt.value || ok != tt.wantOK {
			t.Errorf("PeekMember(%s) = %q, %v; want %q, %v", tt.in, value, ok, tt.value, tt.wantOK)
		}
		// Nothing was consumed or recorded: the value reads as before.
		got := walk(d, nil)
		want := walk(NewDecoder([]byte(tt.in)), nil)
		if string(got) != string(want) {
			t.Errorf("after PeekMember(%s), the value reads %s, want %s", tt.in, got, want)
		}
	}
}

func TestRewind(t *testing.T) {
	d := NewDecoder([]byte(`{"a":{"b":"x","c":[1,"y"]},"z":true}`))
	d.BeginObject("#/type")
	d.NextMember() // "a"
	m := d.Mark()
	// Read "a" as something it is not: violations at deeper locations, left
	// halfway through.
	if d.BeginObject("#/a/type") {
		d.NextMember()
		d.Bool("#/a/b/type")
		d.NextMember()
		d.BeginArray("#/a/c/type")
		d.NextElement()
		d.String("#/a/c/items/type")
	}
	if d.CleanSince(m) {
		t.Fatal("CleanSince after type violations = true")
	}
	d.Rewind(m)
	if !d.CleanSince(m) {
		t.Fatal("CleanSince right after Rewind = false")
	}
	d.Skip()
	d.NextMember() // "z"
	d.String("#/z/type")
	d.NextMember()
	err := d.Finish()
	want := "/z: expected string, but got boolean (#/z/type)"
	if err == nil || err.Error() != want {
		t.Errorf("Finish after Rewind = %v, want only %q", err, want)
	}
}
