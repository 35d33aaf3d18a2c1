// Package irdiff compares two versions of a package's IR and explains, for
// the Go code that uses the generated types, what changed: types added,
// removed or renamed, fields added or removed, Go types changed, and
// constraints tightened or loosened, each classified as breaking or
// compatible.
//
// A change is breaking when Go code that compiled and worked against the old
// types may fail to compile against the new ones (a removed or renamed type
// or field, a different Go type) or when values the old schema accepted may
// now be rejected (a tightened constraint, a new required property, a removed
// enum value). A change that only lets more values through (a loosened
// constraint, an added optional field, an added enum value) is compatible.
//
// It reads only the IR: schemagen diff builds both packages with the
// generator and hands them to Compare, then prints the changes with Text or
// JSON.
package irdiff
