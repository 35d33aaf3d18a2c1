package lint

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"Wrapped\n  line. Next", []string{"Wrapped line.", "Next"}},
		{"Para one\n\nPara two", []string{"Para one", "Para two"}},
		{"Use e.g. Foo here. Max. 35 chars.", []string{"Use e.g. Foo here.", "Max. 35 chars."}},
		{"Version 1.2 is old. A $1.00 fee. see below", []string{"Version 1.2 is old.", "A $1.00 fee. see below"}},
		{"Values:\n - `a` x\n - `b` y\nAfter.", []string{"Values:", "`a` x", "`b` y", "After."}},
		{"Ends with a quote. `code` starts this.", []string{"Ends with a quote.", "`code` starts this."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitSentences(tt.in) {
			got = append(got, s.text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	s := splitSentences("Possible values:\n- `a`\n- `b`\n\nMore.")
	if len(s) != 4 || !reflect.DeepEqual(s[0].bullets, []string{"`a`", "`b`"}) || s[3].bullets != nil {
		t.Errorf("bullets = %+v", s)
	}
}

func TestAnalysisView(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Cannot exceed four kilobytes", "cannot exceed 4 kilobytes"},
		{"Up to 10,000 or 1,234,567", "up to 10000 or 1234567"},
		{"Between `2` and `250`", "between 2 and 250"},
		{"Twenty-five, One Hundred, a thousand", "25, 100, 1000"},
		{"Three-letter code", "3-letter code"},
		{"**Maximum length**: 5", "maximum length: 5"},
		{"1–100 ≤ 5 − 2 ≥ 1", "1-100 <= 5 - 2 >= 1"},
		{"none, someone, one-time", "none, someone, 1-time"},
		{"1,2 and 12,34", "1,2 and 12,34"},
	}
	for _, tt := range tests {
		if got := analysisView(tt.in); got != tt.want {
			t.Errorf("analysisView(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClauseStart(t *testing.T) {
	tests := []struct{ view, at, want string }{
		{"a minimum of 5 and a maximum of 10", "maximum", "a maximum of 10"},
		{"defaults to 10, max 100", "max", " max 100"},
		{"between 1 and 100", "between", "between 1 and 100"},
		{"x (max 100)", "max", "max 100)"},
		{"a; b at most 5", "at most", " b at most 5"},
	}
	for _, tt := range tests {
		pos := strings.Index(tt.view, tt.at)
		if got := tt.view[clauseStart(tt.view, pos):]; got != tt.want {
			t.Errorf("clause of %q in %q = %q, want %q", tt.at, tt.view, got, tt.want)
		}
	}
}

func TestConditional(t *testing.T) {
	tests := []struct {
		view, at string
		want     bool
	}{
		{"must be at most 5.", "at most", false},
		{"if set, must be at most 5.", "at most", false},
		{"if specified, this must be a valid port, 0 < x < 10.", "0 <", false},
		{"if this value is provided, at most 5.", "at most", false},
		{"cannot exceed 2 kilobytes when serialized.", "exceed", false},
		{"if not set, at most 5.", "at most", true},
		{"if omitted, at most 50 are returned.", "at most", true},
		{"when type is card, at most 5.", "at most", true},
		{"at most 5 unless overridden.", "at most", true},
		{"for payment mode, there is a maximum of 100.", "maximum", true},
		{"defaults to 10 if not set; max 100.", "max", false},
		{"max 100 (only if enabled).", "max", false},
		{"max 100 (only if enabled).", "only", true},
		{"values above 100 are clamped to 100.", "above", true},
		{"it is recommended to send at most 10.", "at most", true},
		{"previously limited to 12 characters.", "limited", true},
	}
	for _, tt := range tests {
		if got := conditional(tt.view, strings.Index(tt.view, tt.at)); got != tt.want {
			t.Errorf("conditional(%q at %q) = %v, want %v", tt.view, tt.at, got, tt.want)
		}
	}
}

func TestUnitAfter(t *testing.T) {
	tests := []struct {
		text string // the number is the text before the first '|'
		kind unitKind
		name string
	}{
		{"5| and", unitNone, ""},
		{"5|.", unitNone, ""},
		{"5| minutes (366 days)", unitTime, "min"},
		{"5|-second buffer", unitTime, "s"},
		{"4|kb", unitSize, "kb"},
		{"4| kib", unitSize, "kb"},
		{"100| line items", unitCount, "item"},
		{"10| rich embeds", unitOther, "rich"},
		{"64| characters", unitLength, "char"},
		{"100|%", unitPercent, "%"},
		{"8| digits", unitDigits, "digit"},
		{"3|x faster", unitInvalid, ""},
		{"10|th", unitInvalid, ""},
		{"2023|-10-16", unitInvalid, ""},
		{"10|:30", unitInvalid, ""},
		{"10.0|.0.0/16", unitInvalid, ""},
		{"16|/28", unitInvalid, ""},
	}
	for _, tt := range tests {
		end := strings.IndexByte(tt.text, '|')
		text := tt.text[:end] + tt.text[end+1:]
		u := unitAfter(text, end)
		if u.kind != tt.kind || tt.name != "" && u.name != tt.name {
			t.Errorf("unitAfter(%q, %d) = %+v, want kind %d name %q", text, end, u, tt.kind, tt.name)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"session_duration_minutes", []string{"session", "duration", "minutes"}},
		{"terminationGracePeriodSeconds", []string{"termination", "grace", "period", "seconds"}},
		{"MaxResults", []string{"max", "results"}},
		{"HTTPTimeoutMS", []string{"http", "timeout", "ms"}},
		{"a/b", []string{"a", "b"}},
	}
	for _, tt := range tests {
		if got := nameTokens(tt.name); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	for in, want := range map[string]string{"retries": "retry", "tags": "tag", "boxes": "box", "class": "class", "ids": "id", "is": "is"} {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFieldUnit(t *testing.T) {
	tests := []struct{ name, desc, want string }{
		{"session_duration_minutes", "", "min"},
		{"timeout_ms", "in seconds", "ms"},
		{"expires_in", "lifetime of the token in seconds.", "s"},
		{"x", "the integer number of seconds to wait", "s"},
		{"x", "how often (in seconds) to probe", "s"},
		{"min_instances", "", ""},
		{"MemorySize", "the default is 128 mb.", ""},
		{"max_bytes", "", "b"},
	}
	for _, tt := range tests {
		if got := fieldUnit(nameTokens(tt.name), tt.desc); got != tt.want {
			t.Errorf("fieldUnit(%q, %q) = %q, want %q", tt.name, tt.desc, got, tt.want)
		}
	}
}

func TestConvert(t *testing.T) {
	tests := []struct {
		v        string
		from, to string
		want     string
		ok       bool
	}{
		{"24", "h", "s", "86400", true},
		{"7", "d", "h", "168", true},
		{"90", "s", "min", "3/2", true},
		{"4", "kb", "b", "4096", true},
		{"1", "mo", "d", "", false},
		{"1", "s", "kb", "", false},
		{"3", "mo", "mo", "3", true},
	}
	for _, tt := range tests {
		got, ok := convert(rat(tt.v), tt.from, tt.to)
		if ok != tt.ok || ok && got.Cmp(rat(tt.want)) != 0 {
			t.Errorf("convert(%s %s to %s) = %v, %v; want %s, %v", tt.v, tt.from, tt.to, got, ok, tt.want, tt.ok)
		}
	}
}
