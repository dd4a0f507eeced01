package attrib

import "testing"

// TestRecallFrames covers the constructions added for PolNeAR recall: subjects that are quantities, speakers
// before a colon inside a sentence, relative clauses and participial modifiers, inverted quotations whose
// sentence goes on, coordinated cues and long subjects. Each case lists every statement expected, in order.
func TestRecallFrames(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"quantifier subject", `Several said they would vote for the mayor.`,
			[]want{{"Several", "said", "they would vote for the mayor", "indirect", ""}}},
		{"quantifier of pronoun", `Most of them said the strike had gone on too long.`,
			[]want{{"Most of them", "said", "the strike had gone on too long", "indirect", ""}}},
		{"per cent subject", `In Leeds, 62% of drivers said the fares were too high.`,
			[]want{{"62% of drivers", "said", "the fares were too high", "indirect", ""}}},
		{"approximate share", `Nearly half of the members said they backed the offer.`,
			[]want{{"Nearly half of the members", "said", "they backed the offer", "indirect", ""}}},
		{"quantifier and determiner", `Many other surveys show the mayor with a narrow lead.`,
			[]want{{"Many other surveys", "show", "the mayor with a narrow lead", "indirect", ""}}},
		{"noun by noun", `A count of ballots by the council shows the mayor ahead.`,
			[]want{{"A count of ballots by the council", "shows", "the mayor ahead", "indirect", ""}}},
		{"plural noun stays a noun", `Many reports of the strike reached the ministry.`, nil},
		{"colon inside a sentence", `The result did not surprise Labour pollster Rosa Quintero: “Turnout was always going to be low.”`,
			[]want{{"Labour pollster Rosa Quintero", ":", "Turnout was always going to be low.", "direct", ""}}},
		{"two speakers before a colon", `FARES TO RISE - Ada Lind and Ben Ortiz: “The subsidy has run out.”`,
			[]want{{"Ada Lind and Ben Ortiz", ":", "The subsidy has run out.", "direct", ""}}},
		{"headline colon over an inner cue", `Okafor: Drivers Say the Deal Is Dead`,
			[]want{{"Okafor", ":", "Drivers Say the Deal Is Dead", "indirect", ""}}},
		{"report inside a report", `The mayor said that the council said fares would rise.`,
			[]want{{"The mayor", "said", "the council said fares would rise", "indirect", ""}}},
		{"relative who", `The fares were set by Lena Park, who said the rise was unavoidable.`,
			[]want{{"who", "said", "the rise was unavoidable", "indirect", ""}}},
		{"relative which with a stance verb", `The drivers' union, which strongly opposes the merger, met on Monday.`,
			[]want{{"which", "strongly opposes", "the merger", "indirect", ""}}},
		{"relative that", `It is a council that backed the new depot.`,
			[]want{{"that", "backed", "the new depot", "indirect", ""}}},
		{"participial modifier", `Groups supporting the mayor raised $3 million.`,
			[]want{{"Groups", "supporting", "the mayor", "indirect", ""}}},
		{"gerund as a noun modifier", `He ended his speaking tour in May.`, nil},
		{"relative passive", `The plan, which was first reported by the Herald, is dead.`, nil},
		{"inverted with a long tail", `"We have waited long enough," said Ines Moreau, 58, a driver who lives in Lyon, about ten miles from the depot.`,
			[]want{{"Ines Moreau, 58, a driver who lives in Lyon, about ten miles from the depot", "said", "We have waited long enough,", "direct", ""}}},
		{"trailing with a long tail", `"It was a good meeting," Jorge Vidal said of the talks he held with the mayor last week.`,
			[]want{{"Jorge Vidal", "said", "It was a good meeting,", "direct", ""}}},
		{"inverted source stops before who said", `"The offer is fair," said Ana Ruiz, a negotiator, who said talks would resume.`,
			[]want{{"Ana Ruiz, a negotiator", "said", "The offer is fair,", "direct", ""}, {"who", "said", "talks would resume", "indirect", ""}}},
		{"abbreviation in an inverted source", `"We are ready," said Sen. Tom Reyes (D-Ariz.), a member of the panel.`,
			[]want{{"Sen. Tom Reyes (D-Ariz.), a member of the panel", "said", "We are ready,", "direct", ""}}},
		{"but said", `She met the mayor twice but said neither meeting changed her mind.`,
			[]want{{"She", "said", "neither meeting changed her mind", "indirect", ""}}},
		{"long subject", `Mara Olsen, director of the Centre for Transport Studies at the Institute of Urban Policy at Northfield University, said fares would rise.`,
			[]want{{"Mara Olsen, director of the Centre for Transport Studies at the Institute of Urban Policy at Northfield University", "said", "fares would rise", "indirect", ""}}},
		{"know with a clause", `Drivers know they are being blamed.`,
			[]want{{"Drivers", "know", "they are being blamed", "indirect", ""}}},
		{"known as", `The depot, known as Northgate, closed.`, nil},
		{"poll after the finding", `The mayor took 41 percent of the vote in a Herald-Radio North poll released Sunday.`,
			[]want{{"a Herald-Radio North poll released Sunday", "in", "The mayor took 41 percent of the vote", "indirect", ""}}},
		{"poll before the finding", `In the latest Herald poll, most drivers back the strike.`,
			[]want{{"the latest Herald poll", "In", "most drivers back the strike", "indirect", ""}}},
		{"ahead in the polls is no attribution", `The mayor is ahead in the polls.`, nil},
		{"according to after a conjunction", `But according to early results of a survey conducted by the council, turnout fell.`,
			[]want{{"early results of a survey conducted by the council", "according to", "turnout fell", "indirect", ""}}},
		{"according to with a long source", `Turnout fell, according to early results of the exit poll conducted by Northfield Research.`,
			[]want{{"early results of the exit poll conducted by Northfield Research", "according to", "Turnout fell", "indirect", ""}}},
		{"reportedly", `The council is reportedly selling the depot.`,
			[]want{{"", "reportedly", "The council is | selling the depot", "indirect", ""}}},
		{"possessed decision", `Her decision to close the depot angered drivers.`,
			[]want{{"Her", "decision", "close the depot", "indirect", ""}}},
		{"stance adjective", `Drivers are wary of the new contract.`,
			[]want{{"Drivers", "are wary of", "the new contract", "indirect", ""}}},
		{"stance adjective in a contraction", `They’re also supportive of the plan.`,
			[]want{{"They", "’re also supportive of", "the plan", "indirect", ""}}},
		{"expected mid-sentence", `The vote comes in May, when the mayor is widely expected to win.`,
			[]want{{"", "is widely expected", "the mayor | to win", "indirect", ""}}},
		{"second gerund", `The union rejected the offer, saying it was too low but suggesting talks could resume.`,
			[]want{{"The union", "rejected", "the offer", "indirect", ""}, {"The union", "saying", "it was too low", "indirect", ""}, {"The union", "suggesting", "talks could resume", "indirect", ""}}},
		{"a study found", `A study by the council found most buses late.`,
			[]want{{"A study by the council", "found", "most buses late", "indirect", ""}}},
		{"inflected stance verb", `He is backing the mayor.`,
			[]want{{"He", "is backing", "the mayor", "indirect", ""}}},
		{"he continued", `He continued, "We will not give up."`,
			[]want{{"He", "continued", "We will not give up.", "direct", ""}}},
		{"day after the cue", `The union said Tuesday it would strike.`,
			[]want{{"The union", "said Tuesday", "it would strike", "indirect", ""}}},
		{"as reported", `As the Herald reported, the depot will close.`,
			[]want{{"the Herald", "reported", "the depot will close", "indirect", ""}}},
		{"as reported by", `As reported by the Herald, the depot will close.`,
			[]want{{"the Herald", "reported", "the depot will close", "indirect", ""}}},
		{"as noted at the end", `The depot will close, as the Herald previously noted.`,
			[]want{{"the Herald", "previously noted", "The depot will close", "indirect", ""}}},
		{"headline colon with an audience", `Okafor to Drivers: The Deal Is Dead`,
			[]want{{"Okafor", ":", "The Deal Is Dead", "indirect", ""}}},
		{"quotation in the next paragraph", "The minister said:\n\n\"We will not raise fares this year.\"",
			[]want{{"The minister", "said", "We will not raise fares this year.", "direct", ""}}},
		{"share of a poll saying", `Turnout rose, with 30 percent of drivers saying they would vote.`,
			[]want{{"30 percent of drivers", "saying", "they would vote", "indirect", ""}}},
		{"gerund after an opening phrase", `In an interview, the chair sounded off on the mayor, saying she had failed the drivers.`,
			[]want{{"the chair", "saying", "she had failed the drivers", "indirect", ""}}},
		{"subject before an aside in dashes", `The mayor — who has run the city since May — said fares would rise.`,
			[]want{{"The mayor", "said", "fares would rise", "indirect", ""}}},
		{"a source close to him", `Fares will rise, a source close to him said.`,
			[]want{{"a source close to him", "said", "Fares will rise", "indirect", ""}}},
		{"passive reporting verb", `Three drivers were criticized as reckless.`,
			[]want{{"", "were criticized", "Three drivers | as reckless", "indirect", ""}}},
		{"expected in a relative clause", `The strike, which is expected to last a week, began today.`,
			[]want{{"", "is expected", "which | to last a week", "indirect", ""}}},
		{"share restated as a percentage", `Among drivers, about two-thirds, 67 percent, say they will strike.`,
			[]want{{"about two-thirds, 67 percent", "say", "they will strike", "indirect", ""}}},
		{"poll out on a day", `A Herald poll out Monday showed the mayor ahead.`,
			[]want{{"A Herald poll", "showed", "the mayor ahead", "indirect", ""}}},
		{"family is a noun (the opening phrase is no part of the source)", `As a family member, Jones said the attacks hurt.`,
			[]want{{"Jones", "said", "the attacks hurt", "indirect", ""}}},
		{"opening phrase after a conjunction", `And in a letter to members, the chair added that fares would rise.`,
			[]want{{"the chair", "added", "fares would rise", "indirect", ""}}},
	}
	for _, tc := range tests {
		// Options{Unsourced: true}: some are PolNeAR's statements without a source.
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{Unsourced: true}, tc.want) })
	}
}

// TestNestedStatement checks that a statement whose clause lies inside another's content is found as well.
func TestNestedStatement(t *testing.T) {
	l, got := extractAll(`The mayor said the plan was dead, though officials said talks would continue.`, Options{})
	inner := want{"officials", "said", "talks would continue", "indirect", ""}
	var shown []want
	for _, st := range got {
		if shown = append(shown, show(l, st)); shown[len(shown)-1] == inner {
			return
		}
	}
	t.Fatalf("no statement %+v among %+v", inner, shown)
}
