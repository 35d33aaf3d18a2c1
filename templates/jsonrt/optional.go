package jsonrt

// Optional holds a value that may be absent, for a property that may be both
// absent and null: Set reports whether the property was present, and Value
// holds its value (the zero value when the property was absent).
type Optional[T any] struct {
	// Value is the property's value; it is meaningful only when Set is true.
	Value T
	// Set reports whether the property was present.
	Set bool
}
