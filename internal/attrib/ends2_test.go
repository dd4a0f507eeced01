package attrib

import "testing"

// TestContentEnds2 covers more of where a content stops (see TestContentEnds): the constructions PolNeAR keeps
// inside an object content, or leaves out of it.
func TestContentEnds2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a restrictive relative clause that reports stays", `The mayor pointed to the survey that claims the depot is too small.`,
			[]want{{"The mayor", "pointed to", "the survey that claims the depot is too small", "indirect", ""}}},
		{"a restrictive who-clause that reports stays", `The mayor backed the drivers who demanded a raise.`,
			[]want{{"The mayor", "backed", "the drivers who demanded a raise", "indirect", ""}}},
		{"a passive cue's infinitive", `The depot is not expected to reopen this year.`,
			[]want{{"", "is not expected", "The depot | to reopen this year", "indirect", ""}}},
		{"a passive cue's charge", `Okafor was accused of hiding the figures.`,
			[]want{{"", "was accused of", "Okafor | hiding the figures", "indirect", ""}}},
		{"a passive cue's time is no complement", `The closure was announced on Friday.`,
			[]want{{"", "was announced", "The closure", "indirect", ""}}},
		{"a second cue verb after a one-word object", `The mayor claimed victory and argued the fares would fall.`,
			[]want{{"The mayor", "claimed", "victory", "indirect", ""}, {"The mayor", "argued", "the fares would fall", "indirect", ""}}},
		{"a second past-tense verb with its own object", `The council denied the drivers a raise and fined them.`,
			[]want{{"The council", "denied", "the drivers a raise", "indirect", ""}}},
		{"a participle before a noun stays in the object", `The mayor welcomed the new buses and improved routes.`,
			[]want{{"The mayor", "welcomed", "the new buses and improved routes", "indirect", ""}}},
		{"a verb of attitude goes on the reported clause", `The mayor said the drivers wanted a raise and supported the strike.`,
			[]want{{"The mayor", "said", "the drivers wanted a raise and supported the strike", "indirect", ""}}},
		{"a speech act after the reported clause is the source's", `The mayor said the fares would rise and criticized the council.`,
			[]want{{"The mayor", "said", "the fares would rise", "indirect", ""}, {"The mayor", "criticized", "the council", "indirect", ""}}},
		{"an inflected verb cannot share a modal's clause", `The mayor said the council would vote and supported a delay.`,
			[]want{{"The mayor", "said", "the council would vote", "indirect", ""}, {"The mayor", "supported", "a delay", "indirect", ""}}},
		{"an adverb before a subordinator goes with the clause", `The mayor praised the drivers even though the strike went on.`,
			[]want{{"The mayor", "praised", "the drivers", "indirect", ""}}},
		{"a relative aside before the object's complement", `The mayor described the depot, which opened in 1990, as a relic.`,
			[]want{{"The mayor", "described", "the depot, which opened in 1990, as a relic", "indirect", ""}}},
		{"a relative clause after the object stays out", `The mayor praised the depot, which opened in 1990, as he said he would.`,
			[]want{{"The mayor", "praised", "the depot", "indirect", ""}, {"he", "said", "he would", "indirect", ""}}},
		{"a reduced while-clause stays with the object", `The mayor praised the drivers while visiting the depot.`,
			[]want{{"The mayor", "praised", "the drivers while visiting the depot", "indirect", ""}}},
		{"a while-clause with a subject is the narrator's", `The mayor praised the drivers while the strike went on.`,
			[]want{{"The mayor", "praised", "the drivers", "indirect", ""}}},
		{"a closing parenthesis is the narrator's aside", `The mayor said fares would fall by half (the true figure is a tenth).`,
			[]want{{"The mayor", "said", "fares would fall by half", "indirect", ""}}},
		{"a short parenthesis names something in the content", `The mayor praised the Bus Workers Union (BWU).`,
			[]want{{"The mayor", "praised", "the Bus Workers Union (BWU)", "indirect", ""}}},
		{"a relative aside before a quoted predicate", `The mayor said that Okafor, who runs the depot, "is the best manager we have."`,
			[]want{{"The mayor", "said", `that Okafor, who runs the depot, "is the best manager we have."`, "mixed", ""}}},
		{"a participle of calling keeps its complement", `Ads calling the plan a disaster have run for weeks.`,
			[]want{{"Ads", "calling", "the plan a disaster", "indirect", ""}}},
		{"a while-clause that opens the reported clause", `The drivers argue that, while fares may rise, wages will not.`,
			[]want{{"The drivers", "argue", "that, while fares may rise, wages will not", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativeInObjectConvention: by default (the seed's convention) a restrictive relative clause that reports
// speech ends the object and is a statement of its own; PolNeAR keeps it in the object (TestContentEnds2).
func TestRelativeInObjectConvention(t *testing.T) {
	wantStatements(t, `The mayor backed the drivers who demanded a raise.`, Options{}, []want{
		{"The mayor", "backed", "the drivers", "indirect", ""}, {"who", "demanded", "a raise", "indirect", ""}})
}
