package generator

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemagen/schemagen/generator/document"
)

// schemaExtensions are the extensions of the files schemagen reads as
// schemas, JSON first: the order in which a reference to a file without an
// extension tries them, and the files a folder's schemas are found among.
var schemaExtensions = []string{".json", ".yaml", ".yml"}

// IsYAML reports whether schemagen reads a file as YAML: by its extension,
// .yaml or .yml (any case). Every other file is JSON.
func IsYAML(file string) bool {
	ext := strings.ToLower(filepath.Ext(file))
	return ext == ".yaml" || ext == ".yml"
}

// IsSchemaFile reports whether a file's name is that of a schema file, as a
// folder of schemas holds them: X.json, X.yaml or X.yml, but no overlay.
func IsSchemaFile(name string) bool {
	return slices.Contains(schemaExtensions, strings.ToLower(filepath.Ext(name))) && !isOverlay(name)
}

// isOverlay reports whether a file is itself an overlay: X.overlay.json,
// X.overlay.yaml or X.overlay.yml.
func isOverlay(file string) bool {
	for _, ext := range schemaExtensions {
		if strings.HasSuffix(file, ".overlay"+ext) {
			return true
		}
	}
	return false
}

// schemaStem is a schema file's base name without its schema extension
// ("pets/Pet.yaml" is "Pet").
func schemaStem(path string) string {
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	if slices.Contains(schemaExtensions, strings.ToLower(ext)) {
		return strings.TrimSuffix(base, ext)
	}
	return base
}

// isOverlayOfFile reports whether path is an overlay of a schema file that
// exists (X.overlay.json of X.json, X.overlay.yaml of X.yaml, ...), as a
// glob such as schemas/* names them beside their schemas. The schema file
// is looked for through files.
func isOverlayOfFile(path string, files inputs) bool {
	for _, ext := range schemaExtensions {
		stem, ok := strings.CutSuffix(path, ".overlay"+ext)
		if !ok {
			continue
		}
		for _, schemaExt := range schemaExtensions {
			schema := stem + schemaExt
			if !slices.Contains(OverlayPaths(schema), path) {
				continue
			}
			if info, err := files.stat(schema); err == nil && info.Mode().IsRegular() {
				return true
			}
		}
	}
	return false
}

// ParseSchema parses the contents of a schema file or overlay, as YAML or
// JSON by the file's name (IsYAML).
func ParseSchema(file string, data []byte) (*document.Node, error) {
	if IsYAML(file) {
		root, err := document.ParseYAML(data)
		if err != nil {
			return nil, fmt.Errorf("not valid YAML: %w", err)
		}
		return root, nil
	}
	root, err := document.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("not valid JSON: %w", err)
	}
	return root, nil
}
