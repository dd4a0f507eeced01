package attrib

import "testing"

// TestPassiveAdjunct covers a phrase of time, frequency or place right after a passive cue: it is no
// complement, so the content is the subject alone, or the subject and what follows the phrase.
func TestPassiveAdjunct(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"time phrase alone", `The harbour plan was approved last year.`,
			[]want{{"", "was approved", "The harbour plan", "indirect", ""}}},
		{"degree adverb and place", `The strike fund has been felt most keenly in the docks.`,
			[]want{{"", "has been felt", "The strike fund", "indirect", ""}}},
		{"time phrase before the complement", `Ana Ruiz, who was revealed this week as a funder of the dockers, resigned.`,
			[]want{{"", "was revealed", "who | as a funder of the dockers", "indirect", ""}}},
		{"adverb before the complement", `The walkout is widely recognized now as a turning point for the union.`,
			[]want{{"", "is widely recognized", "The walkout | as a turning point for the union", "indirect", ""}}},
		{"preposition of place", `The mayor is revered among dockers in the north.`,
			[]want{{"", "is revered", "The mayor", "indirect", ""}}},
		{"frequency adverb", `The deal is expected anytime soon.`,
			[]want{{"", "is expected", "The deal", "indirect", ""}}},
		{"count of times", `The union's demands have been stated many times.`,
			[]want{{"", "have been stated", "The union's demands", "indirect", ""}}},
		// The rule must not fire: a complement right after the cue stays.
		{"reason complement stays", `The harbour plan was criticized for raising fees.`,
			[]want{{"", "was criticized", "The harbour plan | for raising fees", "indirect", ""}}},
		{"as complement stays", `The walkout is widely recognized as a turning point.`,
			[]want{{"", "is widely recognized", "The walkout | as a turning point", "indirect", ""}}},
		{"infinitive complement stays", `The mayor is expected to sign the pay deal.`,
			[]want{{"", "is expected", "The mayor | to sign the pay deal", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestAsideStart covers the first piece of a content that its source and cue interrupt, when an unpaired dash or
// an open bracket starts the interrupted clause.
func TestAsideStart(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"after a dash", `The board cut the night shift at the port — an indication, union officials said, that more cuts are coming.`,
			[]want{{"union officials", "said", "an indication | that more cuts are coming", "indirect", ""}}},
		{"after a dash and a coordinator", `The mayor had a rally planned for Friday - and the permit, her staff said, was slow to arrive.`,
			[]want{{"her staff", "said", "the permit | was slow to arrive", "indirect", ""}}},
		{"after an open bracket", `The board cut the night shift (the cost of which, the union said, was never published).`,
			[]want{{"the union", "said", "the cost of which | was never published", "indirect", ""}}},
		// The rule must not fire: a dash pair is an aside inside the piece, and no dash leaves it whole.
		{"dash pair stays", `The new plan — a costly one — would, the mayor said, end the strike by June.`,
			[]want{{"the mayor", "said", "The new plan — a costly one — would | end the strike by June", "indirect", ""}}},
		{"no dash", `The pay offer, the union said, fell short of what dockers wanted.`,
			[]want{{"the union", "said", "The pay offer | fell short of what dockers wanted", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestRelativeGap covers a relative pronoun that stands for the missing object of an infinitive in the
// content: the pronoun is the content's first piece.
func TestRelativeGap(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"what before a bare infinitive", `That is exactly what the mayor has threatened to do.`,
			[]want{{"the mayor", "has threatened", "what | to do", "indirect", ""}}},
		{"what before want to", `It was not what the dockers wanted to hear.`,
			[]want{{"the dockers", "wanted", "what | to hear", "indirect", ""}}},
		{"that before an object and its infinitive", `Dockers searched for the files that the mayor asked the board to find.`,
			[]want{{"the mayor", "asked", "that | the board to find", "indirect", ""}}},
		{"which before an object and its infinitive", `Dockers read the plan, which the mayor asked the board to adopt.`,
			[]want{{"the mayor", "asked", "which | the board to adopt", "indirect", ""}}},
		// The rule must not fire: "to" opens a phrase, not an infinitive; a possessive's noun takes the
		// infinitive.
		{"to before a noun phrase", `It is what the dockers want to the end.`,
			[]want{{"the dockers", "want", "to the end", "indirect", ""}}},
		{"possessive noun and infinitive", `Dockers searched for the files that the mayor talked about in her plan to reform.`,
			[]want{{"the mayor", "talked about", "in her plan to reform", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestQuoteBefore covers a quoted question or exclamation that the next sentence, cut off by the splitter for
// its long tail, attributes.
func TestQuoteBefore(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"told an addressee, then circumstances", `“Will the port reopen before winter?” Mayor Dana Pell told the Harbor Gazette during a long chat at the docks while the strike dragged into its third week.`,
			[]want{{"Mayor Dana Pell", "told", "Will the port reopen before winter?", "direct", ""}}},
		{"asks, then a subordinate clause", `“Who will pay for all of this?” she asks as a crane driver walks past the gate with two bags of tools for the night shift.`,
			[]want{{"she", "asks", "Who will pay for all of this?", "direct", ""}}},
		// The rule must not fire: the verb has content of its own, or the quotation ends with a stop.
		{"content of its own", `“Why wait?” The mayor said the strike would end in a week when the talks resume next month at the port.`,
			[]want{{"The mayor", "said", "the strike would end in a week when the talks resume next month at the port", "indirect", ""}}},
		{"full stop", `“We will win the vote.” The mayor told the Harbor Gazette during a long chat at the docks while the strike dragged into its third week.`,
			[]want{{"The mayor", "told", "during a long chat at the docks while the strike dragged into its third week", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestAsAside covers an "as" clause citing the source in the middle of the sentence it reports, or at its end
// with a phrase of place after the verb.
func TestAsAside(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"aside with an adverb", `The result, as the mayor later explained, was a long strike at the port.`,
			[]want{{"the mayor", "later explained", "The result | was a long strike at the port", "indirect", ""}}},
		{"aside after a fronted time phrase", `Only a week ago, as the Harbor Gazette reported, the dockers and the board were close to a deal.`,
			[]want{{"the Harbor Gazette", "reported", "Only a week ago | the dockers and the board were close to a deal", "indirect", ""}}},
		{"closing with a place phrase", `The berths were never built, as the mayor noted in the Harbor Gazette.`,
			[]want{{"the mayor", "noted", "The berths were never built", "indirect", ""}}},
		{"closing with an auxiliary and an adverb", `The fees rose over the summer, as the mayor has sometimes acknowledged.`,
			[]want{{"the mayor", "has sometimes acknowledged", "The fees rose over the summer", "indirect", ""}}},
		// The rule must not fire: the aside sits in a subordinate clause, a verb before it reports the clause,
		// or "as" is temporal and its verb has content of its own.
		{"subordinate clause", `If, as the mayor said, the dockers win the vote, the port will close for a week.`, nil},
		{"reported by the verb before", `The union chief said that the result, as she later explained, was a long strike.`,
			[]want{{"The union chief", "said", "that the result, as she later explained, was a long strike", "indirect", ""}}},
		{"temporal as", `The board is drafting a new fee plan, as dockers continue to warn that the port is too small.`,
			[]want{{"dockers", "continue to warn", "that the port is too small", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
