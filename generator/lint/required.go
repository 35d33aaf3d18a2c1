package lint

import (
	"regexp"
	"strings"
)

// requiredRE matches a whole sentence, lower case and without its final
// period, that says the property it describes is required. Anything more
// ("required if", "required when creating", "not required") does not match.
var requiredRE = regexp.MustCompile(`^(?:\(?required\)?|required (?:field|parameter|property|value)` +
	`|(?:this|the) (?:field|parameter|param|property|value|argument|attribute|key|option) is (?:always )?(?:required|mandatory)` +
	`|(?:it|this) is (?:always )?(?:required|mandatory)` +
	`|(?:(?:this|the) (?:field|parameter|param|property|value|argument) )?(?:must|has to|needs to) (?:always )?be (?:provided|specified|supplied|set|included|present|given))$`)

// requiredStated reports whether a sentence of the description of the
// property name says that the property is required: "Required.", "This
// field is required.", "Must be provided.", "`name` is required."
func requiredStated(text, name string) bool {
	t := strings.ToLower(strings.NewReplacer("**", "", "__", "", "`", "", "\"", "").Replace(text))
	t = strings.TrimRight(strings.TrimSpace(t), ".!")
	if requiredRE.MatchString(t) {
		return true
	}
	n := strings.ToLower(name)
	for _, form := range []string{n, "the " + n} {
		for _, noun := range []string{"", " field", " parameter", " property"} {
			for _, adj := range []string{"required", "mandatory", "always required"} {
				if t == form+noun+" is "+adj {
					return true
				}
			}
		}
	}
	return false
}
