package jsonrt

import (
	"reflect"
	"strings"
	"testing"
)

func TestErrorsAddIn(t *testing.T) {
	for _, depth := range []int{1, inlineDepth - 1, inlineDepth, inlineDepth + 3} {
		var e Errors
		for range depth {
			e.Enter("a")
		}
		e.AddIn("b/c", "#/p/b~1c/k", "k", "msg")
		e.AddfIn("d", "#/p/d/m", "m", "found %d", 5)
		e.Add("#/n", "n", "here")
		at := strings.Repeat("/a", depth)
		want := []Violation{
			{at + "/b~1c", "#/p/b~1c/k", "k", "msg"},
			{at + "/d", "#/p/d/m", "m", "found 5"},
			{at, "#/n", "n", "here"},
		}
		if !reflect.DeepEqual(e.list, want) {
			t.Errorf("depth %d: got %+v, want %+v", depth, e.list, want)
		}
	}
}
