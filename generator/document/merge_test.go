package document

import "testing"

func TestMergeRFC7396(t *testing.T) {
	// The examples of RFC 7396, Appendix A.
	tests := []struct {
		target, patch, want string
	}{
		{`{"a":"b"}`, `{"a":"c"}`, `{"a":"c"}`},
		{`{"a":"b"}`, `{"b":"c"}`, `{"a":"b","b":"c"}`},
		{`{"a":"b"}`, `{"a":null}`, `{}`},
		{`{"a":"b","b":"c"}`, `{"a":null}`, `{"b":"c"}`},
		{`{"a":["b"]}`, `{"a":"c"}`, `{"a":"c"}`},
		{`{"a":"c"}`, `{"a":["b"]}`, `{"a":["b"]}`},
		{`{"a":{"b":"c"}}`, `{"a":{"b":"d","c":null}}`, `{"a":{"b":"d"}}`},
		{`{"a":[{"b":"c"}]}`, `{"a":[1]}`, `{"a":[1]}`},
		{`["a","b"]`, `["c","d"]`, `["c","d"]`},
		{`{"a":"b"}`, `["c"]`, `["c"]`},
		{`{"a":"foo"}`, `null`, `null`},
		{`{"a":"foo"}`, `"bar"`, `"bar"`},
		{`{"e":null}`, `{"a":1}`, `{"e":null,"a":1}`},
		{`[1,2]`, `{"a":"b","c":null}`, `{"a":"b"}`},
		{`{}`, `{"a":{"bb":{"ccc":null}}}`, `{"a":{"bb":{}}}`},
	}
	for _, tt := range tests {
		t.Run(tt.target+" + "+tt.patch, func(t *testing.T) {
			checkMerge(t, tt.target, tt.patch, tt.want)
		})
	}
}

func TestMergeOrder(t *testing.T) {
	tests := []struct {
		name, target, patch, want string
	}{
		{"existing keep position, new appended in patch order",
			`{"z":1,"y":2,"x":3}`, `{"c":"new","x":30,"a":"new","z":10}`,
			`{"z":10,"y":2,"x":30,"c":"new","a":"new"}`},
		{"delete then re-add in one patch",
			`{"a":1,"b":2}`, `{"a":null,"c":3}`, `{"b":2,"c":3}`},
		{"nested merge keeps nested order",
			`{"p":{"m":1,"k":2},"q":0}`, `{"p":{"k":{"deep":true},"j":3}}`,
			`{"p":{"m":1,"k":{"deep":true},"j":3},"q":0}`},
		{"delete missing member is ignored",
			`{"a":1}`, `{"b":null}`, `{"a":1}`},
		{"object patch onto scalar",
			`"s"`, `{"a":{"b":null,"c":[null]}}`, `{"a":{"c":[null]}}`},
		{"empty patch copies target",
			`{"a":[1],"b":{}}`, `{}`, `{"a":[1],"b":{}}`},
		{"several deletions",
			`{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10}`,
			`{"j":null,"a":null,"e":{"x":1},"k":11,"b":null}`,
			`{"c":3,"d":4,"e":{"x":1},"f":6,"g":7,"h":8,"i":9,"k":11}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkMerge(t, tt.target, tt.patch, tt.want)
		})
	}
}

// checkMerge merges patch into target and checks the result and that
// neither input changed.
func checkMerge(t *testing.T, target, patch, want string) {
	t.Helper()
	tn, pn := mustParse(t, target), mustParse(t, patch)
	got := Merge(tn, pn)
	if s := string(got.Encode()); s != want {
		t.Errorf("Merge = %s, want %s", s, want)
	}
	if s := string(tn.Encode()); s != target {
		t.Errorf("Merge modified the target to %s", s)
	}
	if s := string(pn.Encode()); s != patch {
		t.Errorf("Merge modified the patch to %s", s)
	}
	// Editing the result's top level must not reach the target either.
	if got.Kind == Object {
		got.Set("added", nil)
		for _, k := range got.Keys() {
			got.Delete(k)
		}
		if s := string(tn.Encode()); s != target {
			t.Errorf("editing the result modified the target to %s", s)
		}
	}
}

func TestMergeNil(t *testing.T) {
	obj := mustParse(t, `{"a":1}`)
	tests := []struct {
		name          string
		target, patch *Node
		want          string
	}{
		{"nil patch is null", obj, nil, `null`},
		{"nil target with object patch", nil, mustParse(t, `{"a":null,"b":1}`), `{"b":1}`},
		{"nil target with scalar patch", nil, mustParse(t, `2`), `2`},
		{"nil member value deletes", obj, &Node{Kind: Object, Members: []Member{{Name: "a"}}}, `{}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Merge(tt.target, tt.patch).Encode()); got != tt.want {
				t.Errorf("Merge = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestMergeOffsets(t *testing.T) {
	target := mustParse(t, `{"keep":{"x":1},"change":{"y":2}}`)
	got := Merge(target, mustParse(t, `{"change":{"z":3}}`))
	if got.Offset != 0 || got.Get("change").Offset != 0 {
		t.Errorf("merged objects have offsets %d and %d, want 0", got.Offset, got.Get("change").Offset)
	}
	if got.Get("keep") != target.Get("keep") {
		t.Error("unchanged member was copied instead of shared")
	}
}
