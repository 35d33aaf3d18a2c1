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

// escapePointer escapes one JSON Pointer reference token (RFC 6901).
func escapePointer(token string) string {
	if !strings.ContainsAny(token, "~/") {
		return token
	}
	return pointerEscaper.Replace(token)
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")
