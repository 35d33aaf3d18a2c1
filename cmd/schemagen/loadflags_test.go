package main

import (
	"strings"
	"testing"
)

// Schemas for the loading flags' tests.
const (
	// lfDraft4 is valid only as draft 4: exclusiveMaximum is a boolean.
	lfDraft4 = `{"title": "Reading", "type": "object", "properties": {"v": {"type": "number", "maximum": 10, "exclusiveMaximum": true}}}`
	// lfDraft4Tighter lowers the maximum: a breaking change.
	lfDraft4Tighter = `{"title": "Reading", "type": "object", "properties": {"v": {"type": "number", "maximum": 5, "exclusiveMaximum": true}}}`
	lfFormat7       = `{"$schema": "http://json-schema.org/draft-07/schema#", "title": "Pet", "type": "object", "properties": {"mail": {"type": "string", "format": "email"}}}`
	lfFormat2020    = `{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Pet", "type": "object", "properties": {"mail": {"type": "string", "format": "email"}}}`
	lfGrunt         = `{"title": "Build", "type": "object", "properties": {"g": {"$ref": "https://json.schemastore.org/grunt-task"}}}`
	lfGruntTask     = `{"type": "object", "properties": {"a": {"type": "string"}}}`
	lfUnknownMeta   = `{"$schema": "https://example.invalid/unknown-metaschema", "type": "object"}`
)

// TestLoadFlags runs generation, lint and diff with the loading flags that
// loadFlags registers for all three, and checks their errors.
func TestLoadFlags(t *testing.T) {
	tests := []struct {
		name            string
		files           map[string]string
		args            []string
		code            int
		stderr          []string
		stdout          []string
		written         string   // a file that must be written, with written's substrings
		contains, lacks []string // substrings of written
	}{
		{name: "draft 4", files: map[string]string{"r.json": lfDraft4}, args: []string{"-o", "out", "--draft", "4", "r.json"},
			written: "out/r_gen.go", contains: []string{"must be < 10"}},
		{name: "draft 4 read as 2020-12", files: map[string]string{"r.json": lfDraft4}, args: []string{"-o", "out", "r.json"},
			code: exitError, stderr: []string{"r.json#/properties/v/exclusiveMaximum"}},
		{name: "unknown draft", files: map[string]string{"r.json": lfDraft4}, args: []string{"--draft", "8", "r.json"},
			code: exitUsage, stderr: []string{`unknown draft "8"; the drafts are 2020-12, 2019-09, 7, 6, 4`}},
		{name: "draft-07 asserts format by default", files: map[string]string{"p.json": lfFormat7}, args: []string{"-o", "out", "p.json"},
			written: "out/p_gen.go", contains: []string{`jsonrt.FormatString("email"`, "Mail *string"}},
		{name: "--assert-format=false", files: map[string]string{"p.json": lfFormat7}, args: []string{"-o", "out", "--assert-format=false", "p.json"},
			written: "out/p_gen.go", lacks: []string{"FormatString"}},
		{name: "2020-12 annotates format by default", files: map[string]string{"p.json": lfFormat2020}, args: []string{"-o", "out", "p.json"},
			written: "out/p_gen.go", lacks: []string{"FormatString"}},
		{name: "--assert-format", files: map[string]string{"p.json": lfFormat2020}, args: []string{"-o", "out", "p.json", "--assert-format"},
			written: "out/p_gen.go", contains: []string{`jsonrt.FormatString("email"`}},
		{name: "--assert-format=maybe", files: map[string]string{"p.json": lfFormat2020}, args: []string{"--assert-format=maybe", "p.json"},
			code: exitUsage, stderr: []string{`invalid boolean value "maybe" for -assert-format: want true or false`}},
		{name: "reference without extension", files: map[string]string{"b.json": lfGrunt, "store/grunt-task.json": lfGruntTask},
			args:    []string{"-o", "out", "--map", "https://json.schemastore.org/=store", "b.json"},
			written: "out/grunt_task_gen.go", contains: []string{"type GruntTask struct"}},
		{name: "reference without extension, missing", files: map[string]string{"b.json": lfGrunt},
			args: []string{"-o", "out", "--map", "https://json.schemastore.org/=store", "b.json"}, code: exitError,
			stderr: []string{"b.json#/properties/g/$ref: cannot load the referenced schema", "tried store/grunt-task, store/grunt-task.json"}},
		{name: "unknown $schema", files: map[string]string{"u.json": lfUnknownMeta}, args: []string{"-o", "out", "u.json"}, code: exitError,
			stderr: []string{"u.json#/$schema: unknown metaschema https://example.invalid/unknown-metaschema"}},

		{name: "lint accepts the loading flags", files: map[string]string{"p.json": lfFormat7},
			args: []string{"lint", "--map", "https://json.schemastore.org/=store", "--draft", "7", "--assert-format=false", "--format-types", "p.json"}},
		{name: "lint: unknown draft", files: map[string]string{"p.json": lfFormat7}, args: []string{"lint", "--draft", "5", "p.json"},
			code: exitUsage, stderr: []string{`unknown draft "5"`}},
		{name: "lint: bad --map", files: map[string]string{"p.json": lfFormat7}, args: []string{"lint", "--map", "nodir", "p.json"},
			code: exitUsage, stderr: []string{"want URL_PREFIX=DIR"}},

		{name: "diff with --draft 4", files: map[string]string{"old.json": lfDraft4, "new.json": lfDraft4Tighter},
			args: []string{"diff", "--draft", "4", "old.json", "new.json"}, code: exitError,
			stdout: []string{"Reading.V: exclusiveMaximum tightened from 10 to 5 (breaking)"}},
		{name: "diff without --draft", files: map[string]string{"old.json": lfDraft4, "new.json": lfDraft4Tighter},
			args: []string{"diff", "old.json", "new.json"}, code: exitError, stderr: []string{"old.json#/properties/v/exclusiveMaximum"}},
		{name: "diff: format becomes asserted", files: map[string]string{"old.json": lfFormat2020, "new.json": lfFormat7},
			args: []string{"diff", "old.json", "new.json"}, code: exitError, stdout: []string{"format email added"}},
		{name: "diff --assert-format=false", files: map[string]string{"old.json": lfFormat2020, "new.json": lfFormat7},
			args: []string{"diff", "--assert-format=false", "old.json", "new.json"}, code: exitOK},
		{name: "diff with --map", files: map[string]string{"old.json": lfGrunt, "new.json": lfGrunt, "store/grunt-task.json": lfGruntTask},
			args: []string{"diff", "--map", "https://json.schemastore.org/=store", "old.json", "new.json"}, code: exitOK},
		{name: "diff: --format-types list", files: map[string]string{"old.json": lfFormat2020, "new.json": lfFormat2020},
			args: []string{"diff", "--format-types=email", "old.json", "new.json"}, code: exitUsage, stderr: []string{`no Go type holds format "email"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := cliWorkspace(t, tc.files)
			res := cliRun(t, tc.args...)
			cliExpect(t, res, tc.code, tc.stdout, tc.stderr)
			if tc.written == "" {
				return
			}
			// The API file and its codec file, which holds the checks.
			got := cliReadFile(t, dir+"/"+tc.written) + cliReadFile(t, dir+"/"+strings.TrimSuffix(tc.written, "_gen.go")+"_json_gen.go")
			for _, s := range tc.contains {
				if !strings.Contains(got, s) {
					t.Errorf("%s does not contain %q:\n%s", tc.written, s, got)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(got, s) {
					t.Errorf("%s contains %q:\n%s", tc.written, s, got)
				}
			}
		})
	}
}
