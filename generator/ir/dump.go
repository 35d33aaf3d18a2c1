package ir

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

// Dump returns a stable text form of pkg, one field per line, for golden
// tests of the builder (generator/testdata/build) and for debugging, as
// go/types' TypeString serves its tests. Zero fields are left out. A
// declaration that a type refers to is written as "-> Name", and a check
// written before (checks may be recursive) as "-> #n", its number in order
// of first appearance, so the dump is finite and independent of pointers.
// An Origin is written as Location writes it, with the file's base name.
func Dump(pkg *Package) string {
	d := &dumper{checks: map[*Check]int{}}
	d.value(reflect.ValueOf(pkg).Elem(), 0, true)
	return d.b.String()
}

// A dumper writes Dump's text.
type dumper struct {
	b      strings.Builder
	checks map[*Check]int // checks written so far, numbered from 1
}

var (
	declType  = reflect.TypeFor[*Decl]()
	checkTyp  = reflect.TypeFor[*Check]()
	ratType   = reflect.TypeFor[*big.Rat]()
	valueTyp  = reflect.TypeFor[Value]()
	originTyp = reflect.TypeFor[Origin]()
)

// value writes v at the given indentation depth. top is set for the
// package itself, whose declarations are written in full.
func (d *dumper) value(v reflect.Value, depth int, top bool) {
	switch {
	case v.Type() == ratType:
		d.b.WriteString(v.Interface().(*big.Rat).RatString())
		return
	case v.Type() == originTyp:
		d.b.WriteString(v.Interface().(Origin).Location())
		return
	case v.Type() == valueTyp:
		d.b.WriteString(string(v.Bytes()))
		return
	case v.Type() == declType && !top:
		d.b.WriteString("-> " + v.Interface().(*Decl).Name)
		return
	case v.Type() == checkTyp:
		c := v.Interface().(*Check)
		if n, ok := d.checks[c]; ok {
			fmt.Fprintf(&d.b, "-> #%d %s", n, c.Func)
			return
		}
		d.checks[c] = len(d.checks) + 1
		fmt.Fprintf(&d.b, "#%d ", d.checks[c])
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			d.b.WriteString("nil")
			return
		}
		if v.Kind() == reflect.Interface {
			d.b.WriteString(strings.TrimPrefix(v.Elem().Type().String(), "*ir."))
			d.b.WriteByte(' ')
		}
		d.value(v.Elem(), depth, top)
	case reflect.Struct:
		d.structFields(v, depth)
	case reflect.Slice:
		d.b.WriteString("[")
		for i := range v.Len() {
			d.newline(depth + 1)
			d.value(v.Index(i), depth+1, top)
		}
		d.newline(depth)
		d.b.WriteString("]")
	case reflect.String:
		d.b.WriteString(strconv.Quote(v.String()))
	default:
		fmt.Fprint(&d.b, v.Interface())
	}
}

// structFields writes the fields of v that are not zero, in declaration
// order.
func (d *dumper) structFields(v reflect.Value, depth int) {
	d.b.WriteString("{")
	for i := range v.NumField() {
		f := v.Field(i)
		if f.IsZero() || !v.Type().Field(i).IsExported() {
			continue
		}
		d.newline(depth + 1)
		d.b.WriteString(v.Type().Field(i).Name + ": ")
		d.value(f, depth+1, v.Type() == reflect.TypeFor[Package]())
	}
	d.newline(depth)
	d.b.WriteString("}")
}

func (d *dumper) newline(depth int) {
	d.b.WriteByte('\n')
	d.b.WriteString(strings.Repeat("  ", depth))
}
