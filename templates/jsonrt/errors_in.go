package jsonrt

import "fmt"

// AddIn is used by generated code: it records a violation at the member key
// of the current instance location, as Enter(key), Add and Leave would.
// Generated Validate methods check a property of a scalar type without
// entering it, so that a valid property costs nothing for its location,
// and name it only when they record a violation.
func (e *Errors) AddIn(key, keywordLocation, keyword, message string) {
	e.Enter(key)
	e.Add(keywordLocation, keyword, message)
	e.Leave()
}

// AddfIn is used by generated code: it is AddIn with a message formatted by
// fmt.Sprintf.
func (e *Errors) AddfIn(key, keywordLocation, keyword, format string, args ...any) {
	e.AddIn(key, keywordLocation, keyword, fmt.Sprintf(format, args...))
}
