package generator

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// An Error is a problem with one place in the input: a file and, where known,
// the JSON Pointer of the schema or keyword at fault.
type Error struct {
	File    string // the file as the user named it
	Pointer string // JSON Pointer into the file; "" is the document root
	Err     error
}

// Error formats the problem as file#pointer: message.
func (e *Error) Error() string {
	return fmt.Sprintf("%s#%s: %v", e.File, e.Pointer, e.Err)
}

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }

// A PanicError is a schemagen bug that Build caught: it panicked on the
// inputs Paths. The message asks for a report; Stack, where it panicked,
// is for that report (the command line prints it under --verbose).
type PanicError struct {
	Paths []string
	Value any    // what the code panicked with
	Stack []byte // runtime/debug.Stack at the recover
}

// Error says that schemagen failed and asks for a report.
func (e *PanicError) Error() string {
	return fmt.Sprintf("schemagen failed on %s (%v); please report this with the schema", strings.Join(e.Paths, ", "), e.Value)
}

// errorList collects Errors so that Build can report all of them at once.
type errorList []*Error

func (l *errorList) add(file, pointer string, err error) {
	*l = append(*l, &Error{File: file, Pointer: pointer, Err: err})
}

// err returns the collected errors sorted by location, or nil.
func (l errorList) err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Pointer < b.Pointer
	})
	var errs []error
	for i, e := range l {
		if i > 0 && e.Error() == l[i-1].Error() {
			continue // the same problem met twice, e.g. by two uses of a schema
		}
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}
