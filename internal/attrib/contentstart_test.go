package attrib

import "testing"

// TestContentStart covers a relative pronoun that stands for the object of the cue verb after it
// (objectRelative): the content is the pronoun alone, before the source.
func TestContentStart(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"which after a comma, a phrase of time after the verb", `The envoy praised the ceasefire, which the rebels had backed in March.`,
			[]want{
				{"The envoy", "praised", "the ceasefire", "indirect", ""},
				{"the rebels", "had backed", "which", "indirect", ""},
			}},
		{"an adverb before the verb, the sentence ends", `The talks stalled over the grain quota, which Ms. Varga firmly rejects.`,
			[]want{{"Ms. Varga", "firmly rejects", "which", "indirect", ""}}},
		{"what after a form of be", `A walkout at the rail yard is what the drivers want.`,
			[]want{{"the drivers", "want", "what", "indirect", ""}}},
		{"inside brackets, nested in another content", `Officials cited the export ban (which the farmers strongly oppose) as the main obstacle.`,
			[]want{
				{"Officials", "cited", "the export ban (which the farmers strongly oppose) as the main obstacle", "indirect", ""},
				{"the farmers", "strongly oppose", "which", "indirect", ""},
			}},
		{"an aside before the sentence's verb", `A second round of tariffs, which the steel lobby has denied, would follow.`,
			[]want{{"the steel lobby", "has denied", "which", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
