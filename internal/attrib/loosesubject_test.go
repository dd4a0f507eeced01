package attrib

import "testing"

// TestLooseSubject covers subjects of "said", "says" and "told" that only looseSubject finds, and the cases it
// must leave alone. Each case lists every statement expected.
func TestLooseSubject(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"plural cue word after a quantifier", `Some advocates for cheaper fares said that ignored the cost of new buses.`,
			[]want{{"Some advocates for cheaper fares", "said", "that ignored the cost of new buses", "indirect", ""}}},
		{"apposition after an opening phrase", `Despite his long feud with the union, Rowe said if elected he would talk to the union.`,
			[]want{{"Rowe", "said", "if elected he would talk to the union", "indirect", ""}}},
		{"parenthesis and a comma", `Sen. Ann Vale (D-Ohio), said after a lunch on Tuesday that she had not read the plan.`,
			[]want{{"Sen. Ann Vale (D-Ohio)", "said", "that she had not read the plan", "indirect", ""}}},
		{"relative clause with an auxiliary", `The drivers whose routes have been cut say the real change came last year.`,
			[]want{{"The drivers whose routes have been cut", "say", "the real change came last year", "indirect", ""}}},
		{"contact clause", `Several drivers I've spoken with in the north said the depot was unsafe.`,
			[]want{{"Several drivers I've spoken with in the north", "said", "the depot was unsafe", "indirect", ""}}},
		{"after a subordinate clause", `Still, while the council cannot stop every strike, people who have run depots say it could do more.`,
			[]want{{"people who have run depots", "say", "it could do more", "indirect", ""}}},
		{"infinitive in the subject", `The last man to run the depot says he doesn't think the plan will work.`,
			[]want{{"The last man to run the depot", "says", "he doesn't think the plan will work", "indirect", ""}}},
		{"name in a compound noun", `Ohio state delegate Ann Reyes, dressed in a union jacket with lights, said the vote could fail.`,
			[]want{{"Ohio state delegate Ann Reyes", "said", "the vote could fail", "indirect", ""}}},
		{"no subject across a clause with its own verb", `The mayor doubled down on her comments about fares and said the depot would close.`,
			[]want{{"The mayor", "doubled down on", "her comments about fares", "indirect", ""}, {"The mayor", "said", "the depot would close", "indirect", ""}}},
		{"a noun, not a verb", `Concerns rose on Monday over promises to cut the fares.`, nil},
		{"parenthetical after a sentence adverb", `Still, he said, drivers have to decide who gets the late shifts.`,
			[]want{{"he", "said", "drivers have to decide who gets the late shifts", "indirect", ""}}},
		{"aside between the cue and that", `The mayor said, among other things, that the depot had a huge debt.`,
			[]want{{"The mayor", "said", "that the depot had a huge debt", "indirect", ""}}},
		{"aside with a verb of its own", `The mayor said, as she has often done, that the depot had a huge debt.`, nil},
		{"subject pronoun after an opening phrase", `In 2010 she said of the drivers: "Nobody is stopping them."`,
			[]want{{"she", "said", "Nobody is stopping them.", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
