package attrib

import "testing"

// TestEnds5Adjunct covers the narrator's adjunct of time, venue or medium after the plain object of a cue verb
// with no object frame, and the contents it must leave whole.
func TestEnds5Adjunct(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"venue after urge", `The mayor urged a pay rise for the dockers at a rally in Leeds.`,
			[]want{{"The mayor", "urged", "a pay rise for the dockers", "indirect", ""}}},
		{"too after so", `The union leader thought so, too.`,
			[]want{{"The union leader", "thought", "so", "indirect", ""}}},
		{"medium after post", `The shop steward posted a photo of the picket line on Twitter.`,
			[]want{{"The shop steward", "posted", "a photo of the picket line", "indirect", "Twitter"}}},
		{"duration after know", `The governor knew the harbor master for decades.`,
			[]want{{"The governor", "knew", "the harbor master", "indirect", ""}}},
		{"years after voted for", `The council voted for the budget in 2019 and 2020.`,
			[]want{{"The council", "voted for", "the budget", "indirect", ""}}},
		{"indefinite setting after note", `The harbor master noted the bylaw at a hearing on Tuesday.`,
			[]want{{"The harbor master", "noted", "the bylaw", "indirect", ""}}},
		{"definite setting stays", `The harbor master noted the bylaw in the hearing on Tuesday.`,
			[]want{{"The harbor master", "noted", "the bylaw in the hearing on Tuesday", "indirect", ""}}},
		{"finding keeps its object", `The survey showed a tie between the two unions in March.`,
			[]want{{"The survey", "showed", "a tie between the two unions in March", "indirect", ""}}},
		{"clause stays whole", `The mayor said some of the dockers on the picket line were tired.`,
			[]want{{"The mayor", "said", "some of the dockers on the picket line were tired", "indirect", ""}}},
		{"gerund object before a rally", `The shop steward stood on a crate, bashing the mayor during a rally in Leeds on Monday.`,
			[]want{{"The shop steward", "bashing", "the mayor", "indirect", ""}}},
		{"gerund object before a time", `The union chief closed the meeting, thanking the drivers late Friday night.`,
			[]want{{"The union chief", "thanking", "the drivers", "indirect", ""}}},
		{"gerund object with a clause inside", `The mayor wrote to the council, praising its role in settling the strike in 2019.`,
			[]want{{"The mayor", "praising", "its role in settling the strike in 2019", "indirect", ""}}},
		{"gerund that-clause stays", `The mayor spoke at the port, saying that the strike ended in June.`,
			[]want{{"The mayor", "saying", "that the strike ended in June", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestEnds5NotBut covers the correlative "not X, but Y" whose Y is a phrase, carried on past the comma, and
// the clauses after ", but" that still end the content.
func TestEnds5NotBut(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"not just X but a noun phrase", `The mayor promised not just a pay rise, but a shorter week for every docker.`,
			[]want{{"The mayor", "promised", "not just a pay rise, but a shorter week for every docker", "indirect", ""}}},
		{"not by X but by Y", `The union said the strike was backed not by the drivers, but by the crane crews.`,
			[]want{{"The union", "said", "the strike was backed not by the drivers, but by the crane crews", "indirect", ""}}},
		{"but and a new subject", `The mayor said the dockers did not strike, but the drivers walked out.`,
			[]want{{"The mayor", "said", "the dockers did not strike", "indirect", ""}}},
		{"but and a verb", `The mayor said the dockers were not paid, but agreed to talk.`,
			[]want{{"The mayor", "said", "the dockers were not paid", "indirect", ""}, {"The mayor", "agreed", "to talk", "indirect", ""}}},
		{"no negation", `The mayor promised a pay rise, but the dockers wanted more.`,
			[]want{{"The mayor", "promised", "a pay rise", "indirect", ""}, {"the dockers", "wanted", "more", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestEnds5BareConj covers a bare cue verb after "and" that goes on an infinitive or a modal's verb inside the
// content, and the inflected or comma-set verbs that still start a statement of their own. The bare verb is still
// read as a cue nested in the content.
func TestEnds5BareConj(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"infinitive and a bare verb", `The mayor asked the dockers to stop work and promise to hold a vote.`,
			[]want{{"The mayor", "asked", "the dockers to stop work and promise to hold a vote", "indirect", ""},
				{"The mayor", "promise", "to hold a vote", "indirect", ""}}},
		{"a chance to and a bare verb", `The mayor said the union still has a chance to climb down and show that it cares about the drivers.`,
			[]want{{"The mayor", "said", "the union still has a chance to climb down and show that it cares about the drivers", "indirect", ""}}},
		{"inflected verb after the infinitive", `The mayor asked the dockers to wait and said the talks would resume.`,
			[]want{{"The mayor", "asked", "the dockers to wait", "indirect", ""}, {"The mayor", "said", "the talks would resume", "indirect", ""}}},
		{"comma after the bare verb", `The mayor asked the dockers to stop work and promise a vote, causing a stir.`,
			[]want{{"The mayor", "asked", "the dockers to stop work", "indirect", ""}, {"The mayor", "promise", "a vote, causing a stir", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestEnds5SpeechEvent covers the closing cuts of ends5Tails: a phrase that names the speech event ("in a
// statement", "in an interview with ..."), a concession after a dash and an apposition on a quotation, cut
// whatever the frame, and the contents that keep them.
func TestEnds5SpeechEvent(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"statement after an object", `The union called for a doubling of efforts to reach a “fair port deal” in a statement after the vote.`,
			[]want{{"The union", "called for", "a doubling of efforts to reach a “fair port deal”", "mixed", ""}}},
		{"interview after a closing quotation", `The mayor said the dockers did not want “that racket,” in an interview with the Harbor Times on Sunday.`,
			[]want{{"The mayor", "said", "the dockers did not want “that racket,”", "mixed", "Harbor Times"}}},
		{"complement after the interview", `The mayor described the pact during an interview as “a relic of the old port.”`,
			[]want{{"The mayor", "described", "the pact during an interview as “a relic of the old port.”", "mixed", ""}}},
		{"concession after a dash", `The mayor said he will almost certainly run again in 2028 — though it is unclear whether the dockers will back him.`,
			[]want{{"The mayor", "said", "he will almost certainly run again in 2028", "indirect", ""}}},
		{"even though after a double hyphen", `The mayor thanked the dockers who had marched with him -- even though few of them had voted for him.`,
			[]want{{"The mayor", "thanked", "the dockers who had marched with him", "indirect", ""}, {"few of them", "had voted for", "him", "indirect", ""}}},
		{"concession after a comma stays", `The mayor said the port will reopen, though it is unclear when.`,
			[]want{{"The mayor", "said", "the port will reopen, though it is unclear when", "indirect", ""}}},
		{"apposition on a quoted word", `The mayor called the port chief a “relic,” a jab at his long tenure on the board.`,
			[]want{{"The mayor", "called", "the port chief a “relic,”", "mixed", ""}}},
		{"apposition on a quoted name", `The union cited the “night shift loophole,” a flaw in the rules that let the firm cut pay.`,
			[]want{{"The union", "cited", "the “night shift loophole,”", "mixed", ""}}},
		{"a list of quoted words stays", `The mayor said the port chief was a “relic,” a “ruin” and a “waste.”`,
			[]want{{"The mayor", "said", "the port chief was a “relic,” a “ruin” and a “waste.”", "mixed", ""}}},
		{"the clause's own event", `The mayor said the dockers cheered the plan during an appearance by the port chief.`,
			[]want{{"The mayor", "said", "the dockers cheered the plan during an appearance by the port chief", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
