package attrib

import "testing"

// TestSources4 covers leading sources that the walk left from the cue began inside the sentence's opening
// phrase.
func TestSources4(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"by-phrase opener before a name and apposition", `By contrast, Maria Lopez, a labor economist at the institute, predicted that wages would rise.`,
			[]want{{"Maria Lopez, a labor economist at the institute", "predicted", "that wages would rise", "indirect", ""}}},
		{"lone adverb opener before a pronoun", `First, she and other delegates on the panel refused to back the deal.`,
			[]want{{"she and other delegates on the panel", "refused", "to back the deal", "indirect", ""}}},
		{"participle opener before a title and name", `Alarmed by the unrest in the port, Senator Ruth Kim, the minority leader, said talks would resume.`,
			[]want{{"Senator Ruth Kim, the minority leader", "said", "talks would resume", "indirect", ""}}},
		{"preposition opener with no comma before a name", `Inside the depot Adel Karim said the strike would go on.`,
			[]want{{"Adel Karim", "said", "the strike would go on", "indirect", ""}}},
		{"clock time before a headline's name", `Posted June 6, 2016 9:09PM Maria Lopez Says Strike Will End Soon`,
			[]want{{"Maria Lopez", "Says", "Strike Will End Soon", "indirect", ""}}},
		{"adverb between a pronoun and its cue", `He soon learned that the strike had ended.`,
			[]want{{"He", "soon learned", "that the strike had ended", "indirect", ""}}}, // "soon" joins the cue (cues4)
		{"modal adverb between a pronoun and its cue", `I cannot see why the union would accept the offer.`,
			[]want{{"I", "see", "why the union would accept the offer", "indirect", ""}}},
		{"time phrase after a subject and its apposition", `Ann Okafor, the union chairman, this past week announced that the strike would end.`,
			[]want{{"Ann Okafor, the union chairman", "announced", "that the strike would end", "indirect", ""}}},
		{"reduced passive in an apposition that sums up the clause", `The port stopped publishing fare data, a practice criticized by Lopez and some port workers.`,
			[]want{{"Lopez and some port workers", "criticized", "a practice", "indirect", ""}}},
		{"gerund after a main clause that follows a subordinate one", `While rivals called for new talks, Okafor took a harder line, warning that the strike would spread.`,
			[]want{{"rivals", "called for", "new talks", "indirect", ""}, {"Okafor", "warning", "that the strike would spread", "indirect", ""}}},
		{"gerund after a second clause joined by and", `The mayor met the drivers on Monday, and they walked out, citing the unsafe depot.`,
			[]want{{"they", "citing", "the unsafe depot", "indirect", ""}}},
		{"gerund after the sentence's one clause keeps its subject", `On Friday, Okafor left the talks early, saying the offer was an insult.`,
			[]want{{"Okafor", "saying", "the offer was an insult", "indirect", ""}}},
		{"gerund after a subordinate clause with a common noun subject before", `The row began after the mayor raised the fares, calling the strike illegal.`,
			[]want{{"the mayor", "calling", "the strike illegal", "indirect", ""}}},
		{"gerund after a subordinate clause keeps a named main subject", `Okafor left the hall after the vote ended, saying the count was rigged.`,
			[]want{{"Okafor", "saying", "the count was rigged", "indirect", ""}}},
		{"list of common nouns before a cue", `But the drivers, cleaners and depot officials said that the depot floods.`,
			[]want{{"the drivers, cleaners and depot officials", "said", "that the depot floods", "indirect", ""}}},
		{"list of common nouns with a serial comma after an opener", `Throughout the night, dock unions, port groups, and many lawmakers claimed the deal would cut jobs.`,
			[]want{{"dock unions, port groups, and many lawmakers", "claimed", "the deal would cut jobs", "indirect", ""}}},
		{"a pair after an opening phrase keeps the phrase out", `During the long strike, Reyes and her aides increasingly signaled that they would back the deal.`,
			[]want{{"Reyes and her aides", "increasingly signaled", "that they would back the deal", "indirect", ""}}},
		{"of course between the subject and its cue", `The port's chief executive, Ann Reyes, of course, said the strike would end.`,
			[]want{{"The port's chief executive, Ann Reyes", "said", "the strike would end", "indirect", ""}}},
		{"time phrase aside between the subject and its cue", `The union, only two months later, announced that the strike would resume.`,
			[]want{{"The union", "announced", "that the strike would resume", "indirect", ""}}},
		{"an apposition before the cue stays", `Ann Reyes, the union's negotiator, said the strike would end.`,
			[]want{{"Ann Reyes, the union's negotiator", "said", "the strike would end", "indirect", ""}}},
		{"a share after an opener keeps its phrase", `Among likely voters, about half said the ceasefire would hold.`,
			[]want{{"about half", "said", "the ceasefire would hold", "indirect", ""}}},
		{"a name and apposition with no opener stay whole", `Maria Lopez, a labor economist at the institute, predicted that wages would rise.`,
			[]want{{"Maria Lopez, a labor economist at the institute", "predicted", "that wages would rise", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
