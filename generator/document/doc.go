// Package document holds a JSON document as an ordered tree.
//
// The JSON Schema library schemagen validates with decodes objects into Go
// maps, which loses the order of object members. schemagen needs that order
// (struct fields follow a schema's "properties"), precise positions for
// malformed input, and RFC 7396 JSON Merge Patch for overlays. This package
// provides all three on its own small representation:
//
//   - Parse reads one JSON text into a tree of *Node values. Object members
//     keep document order, numbers keep their literal text, and every node
//     records the byte offset it starts at. Malformed input yields a
//     *SyntaxError carrying a 1-based line and column.
//   - Node.Get, Node.Lookup (RFC 6901 JSON Pointer), Node.Set, Node.Delete
//     and Node.Keys read and edit the tree.
//   - Merge applies a JSON Merge Patch without modifying its target.
//   - Node.Encode writes compact JSON and Node.Interface converts to the
//     values encoding/json produces with Decoder.UseNumber.
//
// Parse follows RFC 8259 as encoding/json does, with two differences: it
// rejects invalid UTF-8 inside strings (encoding/json silently replaces it),
// and when an object repeats a member name only the last occurrence is kept,
// at the position of that last occurrence. Nesting deeper than MaxDepth
// arrays and objects is rejected, as encoding/json does.
package document
