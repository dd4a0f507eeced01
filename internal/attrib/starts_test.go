package attrib

import "testing"

// TestStarts covers where content starts and what the cue takes after its verb: adverbials before "that",
// manner adverbs and particles in the cue, addressees before the topic, a sentence-opening phrase finished by a
// quotation, and datelines.
func TestStarts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"phrase before that", `The governor said in her opening remarks that the depot would stay open.`,
			[]want{{"The governor", "said", "that the depot would stay open", "indirect", ""}}},
		{"phrase with a year before that", `Okafor said following a vote in 2019 that he had serious doubts.`,
			[]want{{"Okafor", "said", "that he had serious doubts", "indirect", ""}}},
		{"addressee and month before that", `The mayor told reporters in May that fares would rise.`,
			[]want{{"The mayor", "told", "that fares would rise", "indirect", "reporters"}}},
		{"programme title before that", `Lind said on CBS's "Face the Nation" on Sunday that the strike was over.`,
			[]want{{"Lind", "said", "that the strike was over", "indirect", ""}}},
		{"relative that stays", `The minister explained in the report that was published on Monday.`,
			[]want{{"The minister", "explained", "in the report that was published on Monday", "indirect", ""}}},
		{"single adverb joins the cue", `The chairman said only that the talks would resume.`,
			[]want{{"The chairman", "said only", "that the talks would resume", "indirect", ""}}},
		{"manner adverb joins the cue", `Okafor argued emphatically that the offer was an insult.`,
			[]want{{"Okafor", "argued emphatically", "that the offer was an insult", "indirect", ""}}},
		{"part of the day joins the cue", `"The strike is over," Okafor said Tuesday evening.`,
			[]want{{"Okafor", "said Tuesday evening", "The strike is over,", "direct", ""}}},
		{"social medium joins the cue", `"We are on strike," the union wrote on Facebook.`,
			[]want{{"the union", "wrote on Facebook", "We are on strike,", "direct", "Facebook"}}},
		{"frequency adverb after a quotation", `"The depot will close," the mayor said recently.`,
			[]want{{"the mayor", "said recently", "The depot will close,", "direct", ""}}},
		{"gerund with an addressee and a month", `Okafor stayed home, telling members in March that the fares were fair.`,
			[]want{{"Okafor", "telling", "that the fares were fair", "indirect", ""}}},
		{"gerund addressee before a clause", `Okafor stayed home, telling his aides he planned to resign.`,
			[]want{{"Okafor", "telling", "he planned to resign", "indirect", ""}}},
		{"gerund addressee before a quotation", `Okafor stayed home, telling them "We will win."`,
			[]want{{"Okafor", "telling", "We will win.", "direct", ""}}},
		{"gerund addressee before an infinitive stays", `Okafor stayed home, telling Lind to resign.`,
			[]want{{"Okafor", "telling", "Lind to resign", "indirect", ""}}},
		{"back as a particle", `The council pushed back against claims that the depot was unsafe.`,
			[]want{{"The council", "pushed back against", "claims that the depot was unsafe", "indirect", ""}}},
		{"up as a particle", `Lind talked up her plan to rebuild the depot.`,
			[]want{{"Lind", "talked up", "her plan to rebuild the depot", "indirect", ""}}},
		{"no sign of joins the cue", `The union showed no sign of backing down.`,
			[]want{{"The union", "showed no sign of", "backing down", "indirect", ""}}},
		{"guilty joins plead", `The clerk pleaded guilty to taking the money.`,
			[]want{{"The clerk", "pleaded guilty", "to taking the money", "indirect", ""}}},
		{"addressee before the topic", `Okafor talks to drivers about the new rota.`,
			[]want{{"Okafor", "talks", "about the new rota", "indirect", ""}}},
		{"two addressees before a reason", `The mayor apologized to the drivers and to their families for the delay.`,
			[]want{{"The mayor", "apologized", "for the delay", "indirect", ""}}},
		{"a gerund is no addressee", `The clerk apologized to nobody for taking the money.`,
			[]want{{"The clerk", "apologized", "for taking the money", "indirect", ""}}},
		{"a gerund after to is no addressee", `The clerk apologized to taking the money.`,
			[]want{{"The clerk", "apologized", "to taking the money", "indirect", ""}}},
		{"opening phrase finished by a quotation", `If the fares rise, Okafor said, "the drivers will walk out."`,
			[]want{{"Okafor", "said", "If the fares rise | the drivers will walk out.", "mixed", ""}}},
		{"capitalised quotation stands alone", `At the rally on Friday, Okafor said, "The drivers will walk out."`,
			[]want{{"Okafor", "said", "The drivers will walk out.", "direct", ""}}},
		{"relative pronoun named by call", `The offer, which Okafor called "a disgrace," was put to members.`,
			[]want{{"Okafor", "called", "which | a disgrace,", "mixed", ""}}},
		{"what officials call", `The fire was what officials called a hate crime.`,
			[]want{{"officials", "called", "what | a hate crime", "indirect", ""}}},
		{"the name ends at a second noun phrase", `He makes what he calls waste in transit a focus of his campaign.`,
			[]want{{"he", "calls", "what | waste in transit", "indirect", ""}}},
		{"but stays before a closing source", `But the new rota is still unfair to drivers, Okafor said.`,
			[]want{{"Okafor", "said", "But the new rota is still unfair to drivers", "indirect", ""}}},
		{"but leaves an interrupted content", `But the new rota, Okafor said, is still unfair to drivers.`,
			[]want{{"Okafor", "said", "the new rota | is still unfair to drivers", "indirect", ""}}},
		{"dateline", `LISBON - Port spokesman Joao Reis said the offer remained on the table.`,
			[]want{{"Port spokesman Joao Reis", "said", "the offer remained on the table", "indirect", ""}}},
		{"dateline with an agency", `MADRID (Reuters) - Fares will rise next year, the ministry said.`,
			[]want{{"the ministry", "said", "Fares will rise next year", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
