package attrib

import "testing"

// TestSpans2 covers source boundaries: a coordination inside a preposition's object belongs to the source's
// noun phrase, while an opening phrase or a clause before ", and" stays out.
func TestSpans2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"pair inside an of-phrase", `A coalition of farmers and traders has vouched for the plan.`,
			[]want{{"A coalition of farmers and traders", "has vouched for", "the plan", "indirect", ""}}},
		{"list of names inside an in-phrase", `Most voters in Kent, Essex and Surrey said they felt ignored.`,
			[]want{{"Most voters in Kent, Essex and Surrey", "said", "they felt ignored", "indirect", ""}}},
		{"lower-case list inside an of-phrase", `A group of drivers, porters and cleaners said the depot was unsafe.`,
			[]want{{"A group of drivers, porters and cleaners", "said", "the depot was unsafe", "indirect", ""}}},
		{"an opening phrase is no list item", `In a short period, Okafor and Lee said the deal was done.`,
			[]want{{"Okafor and Lee", "said", "the deal was done", "indirect", ""}}},
		{"a clause before a serial comma is no list", `The depot closed after a storm in 1987, and he says the loss still hurts.`,
			[]want{{"he", "says", "the loss still hurts", "indirect", ""}}},
		{"a name and a common noun are no pair", `A rise in bus fares and Okafor said the plan would fail.`,
			[]want{{"Okafor", "said", "the plan would fail", "indirect", ""}}},
		{"which as the subject of a plain past verb", `The council passed a levy, which critics say left the poor worse off.`,
			[]want{{"critics", "say", "which | left the poor worse off", "indirect", ""}}},
		{"which as the subject of a plain present verb", `They back new depots, which they argue spur trade in the towns.`,
			[]want{{"they", "argue", "which | spur trade in the towns", "indirect", ""}}},
		{"a preposition before which: no subject", `It is the issue on which they say little.`,
			[]want{{"they", "say", "little", "indirect", ""}}},
		{"that after a noun keeps its own clause", `Okafor voiced the fear that voters want change.`,
			[]want{{"Okafor", "voiced the fear", "that voters want change", "indirect", ""}}},
		{"advocate for: the preposition joins the cue", `The union has advocated for a shorter working week.`,
			[]want{{"The union", "has advocated for", "a shorter working week", "indirect", ""}}},
		{"vouch for", `Two former ministers vouched for the new judge.`,
			[]want{{"Two former ministers", "vouched for", "the new judge", "indirect", ""}}},
		{"decide against", `The board decided against raising the fares.`,
			[]want{{"The board", "decided against", "raising the fares", "indirect", ""}}},
		{"believe in", `Okafor believes in cheaper buses for the towns.`,
			[]want{{"Okafor", "believes in", "cheaper buses for the towns", "indirect", ""}}},
		{"a noun in -ly heads the subject, not the cue", `The organizer of the rally said the march would go ahead.`,
			[]want{{"The organizer of the rally", "said", "the march would go ahead", "indirect", ""}}},
		{"family before the verb", `Attorneys for the family said the video was clear.`,
			[]want{{"Attorneys for the family", "said", "the video was clear", "indirect", ""}}},
		{"an adverb in -ly still joins the cue", `The mayor firmly said the depot would stay open.`,
			[]want{{"The mayor", "firmly said", "the depot would stay open", "indirect", ""}}},
		{"a cue word in -s before also and a verb is a noun", `Other housing advocates also said the rents were too high.`,
			[]want{{"Other housing advocates", "also said", "the rents were too high", "indirect", ""}}},
		{"a cue word in -s before a plural auxiliary is a noun", `Local housing advocates have long argued that rents are too high.`,
			[]want{{"Local housing advocates", "have long argued", "that rents are too high", "indirect", ""}}},
		{"a pronoun before claims keeps it a verb", `What he claims are facts.`,
			[]want{{"he", "claims", "What | are facts", "indirect", ""}}},
		{"light verb with a qualified attitude noun", `The mayor expressed deep concern about the rules.`,
			[]want{{"The mayor", "expressed deep concern about", "the rules", "indirect", ""}}},
		{"light verb with a possessive", `The minister expressed his condolences over the crash.`,
			[]want{{"The minister", "expressed his condolences over", "the crash", "indirect", ""}}},
		{"light verb: a time phrase is no topic", `Two drivers expressed quiet confidence over the weekend that the depot would reopen.`,
			[]want{{"Two drivers", "expressed", "quiet confidence over the weekend that the depot would reopen", "indirect", ""}}},
		{"both after an opening phrase", `As for the council, both the mayor and her staff said the budget was tight.`,
			[]want{{"both the mayor and her staff", "said", "the budget was tight", "indirect", ""}}},
		{"an opening adverb is no list item", `Still, the council and the union have said the deal is close.`,
			[]want{{"the council and the union", "have said", "the deal is close", "indirect", ""}}},
		{"a participle with its phrase describes the subject", `People briefed on the talks said a deal was near.`,
			[]want{{"People briefed on the talks", "said", "a deal was near", "indirect", ""}}},
		{"a participle before a bare say", `Drivers briefed on the rota say that the mayor has promised nothing.`,
			[]want{{"Drivers briefed on the rota", "say", "that the mayor has promised nothing", "indirect", ""}}},
		{"a name before the verb keeps it finite", `Okafor responded to the claim on Monday.`,
			[]want{{"Okafor", "responded to", "the claim on Monday", "indirect", ""}}},
		{"a clause on the source's anonymity stays out", `"The depot will close," said a council official who spoke on the condition of anonymity.`,
			[]want{{"a council official", "said", "The depot will close,", "direct", ""}}},
		{"declined to be named stays out of the source and is a statement", `"The depot will close," said one driver, who declined to be named.`,
			[]want{{"one driver", "said", "The depot will close,", "direct", ""}, {"who", "declined", "to be named", "indirect", ""}}},
		{"a defining relative clause stays in", `Most of those who named a favourite route said they might still switch buses.`,
			[]want{{"Most of those who named a favourite route", "said", "they might still switch buses", "indirect", ""}}},
		{"a gerund's source is the whole pair", `The mayor and her deputy met the unions, saying the deal was close.`,
			[]want{{"The mayor and her deputy", "saying", "the deal was close", "indirect", ""}}},
		{"a sentence's opening And is no part of the subject", `And he met the unions, saying the deal was close.`,
			[]want{{"he", "saying", "the deal was close", "indirect", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantStatements(t, tt.in, PolNeAR, tt.want) })
	}
}
