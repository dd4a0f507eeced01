package attrib

import "testing"

// TestSourceAccordingApposition covers a description that closes the sentence after "C, according to X"
// (accordingApposition, titleApposition): it belongs to the source.
func TestSourceAccordingApposition(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a determiner opens the description", `Freight costs will triple by spring, according to Lena Ortiz, a shipping broker in Valparaiso.`,
			[]want{{"Lena Ortiz, a shipping broker in Valparaiso", "according to", "Freight costs will triple by spring", "indirect", ""}}},
		{"an organisation described", `The pay talks broke down over pensions, according to the Harbour Guild, a union of crane drivers.`,
			[]want{{"the Harbour Guild, a union of crane drivers", "according to", "The pay talks broke down over pensions", "indirect", ""}}},
		{"one of a group", `The ceasefire held through the night, according to the Lakeside Monitors, one of the groups watching the border.`,
			[]want{{"the Lakeside Monitors, one of the groups watching the border", "according to", "The ceasefire held through the night", "indirect", ""}}},
		{"a title word, not the rest of the content", `Grain exports fell by a third, according to Ana Ruiz, director of the Harbour Institute.`,
			[]want{{"Ana Ruiz, director of the Harbour Institute", "according to", "Grain exports fell by a third", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestSourcePossessedSpeechNoun covers a noun of speech after a possessive source (possessedSpeechNoun): the
// owner is the source and the noun opens the cue.
func TestSourcePossessedSpeechNoun(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a pronoun owns the remarks", `Her remarks suggested that the port would reopen within a week.`,
			[]want{{"Her", "remarks suggested", "that the port would reopen within a week", "indirect", ""}}},
		{"an adverb after the noun", `The union's statement then declares that the strike is over.`,
			[]want{{"The union's", "statement then declares", "that the strike is over", "indirect", ""}}},
		{"a name owns the comment", `Okafor's comment highlighted the anger of the crane drivers.`,
			[]want{{"Okafor's", "comment highlighted", "the anger of the crane drivers", "indirect", ""}}},
		{"an adjective before the noun", `His financial disclosure shows that he sold the shares in March.`,
			[]want{{"His", "financial disclosure shows", "that he sold the shares in March", "indirect", ""}}},
		{"a gerund after the noun", `In her statement condemning the blockade, the minister called for talks.`,
			[]want{{"her", "statement condemning", "the blockade", "indirect", ""}, {"the minister", "called for", "talks", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestSourceMojibake covers a name garbled by a wrong decoding (mojibakeStart): the whole name is the source.
func TestSourceMojibake(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a tilde read as two characters", `Trade minister Ana MuÃ±oz said the tariffs would fall by June.`,
			[]want{{"Trade minister Ana MuÃ±oz", "said", "the tariffs would fall by June", "indirect", ""}}},
		{"a cedilla read as two characters", `Negotiator FranÃ§oise Leroy warned that the talks could fail.`,
			[]want{{"Negotiator FranÃ§oise Leroy", "warned", "that the talks could fail", "indirect", ""}}},
		{"the letter as A and a combining mark", "Trade minister Ana MuA\u0303\u00b1oz said the tariffs would fall by June.",
			[]want{{"Trade minister Ana MuA\u0303\u00b1oz", "said", "the tariffs would fall by June", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
