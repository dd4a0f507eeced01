package attrib

import "testing"

// TestBoundaries covers where content and source spans begin and end under PolNeAR's conventions: the
// narrator's clause after a quotation or a coordination, time phrases and prepositions after a cue, objects
// that belong to the content, titles in quote marks, asides after a source and coordinated sources.
func TestBoundaries(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"narrator after a closing comma", `The mayor said the plan was "dead on arrival," which drew jeers from the council.`,
			[]want{{"The mayor", "said", "the plan was \"dead on arrival,\"", "mixed", ""}}},
		{"list of quotations stays", `The mayor said the plan was "costly," "slow" and "unfair."`,
			[]want{{"The mayor", "said", "the plan was \"costly,\" \"slow\" and \"unfair.\"", "mixed", ""}}},
		{"subordinate clause inside a quotation stays", `She said he would be "calling the mayor," before signing any deal.`,
			[]want{{"She", "said", "he would be \"calling the mayor,\" before signing any deal", "mixed", ""}}},
		{"but and a new subject", `The union said it would back the deal, but the drivers rejected it on Friday.`,
			[]want{{"The union", "said", "it would back the deal", "indirect", ""}, {"the drivers", "rejected", "it on Friday", "indirect", ""}}},
		{"and with a past tense verb", `Okafor said the fares were too high, and urged the council to act.`,
			[]want{{"Okafor", "said", "the fares were too high", "indirect", ""}, {"Okafor", "urged", "the council to act", "indirect", ""}}},
		{"and that stays", `Okafor said the fares were too high, and that the council must act.`,
			[]want{{"Okafor", "said", "the fares were too high, and that the council must act", "indirect", ""}}},
		{"time word after the cue", `The minister said yesterday the talks would resume.`,
			[]want{{"The minister", "said", "the talks would resume", "indirect", ""}}},
		{"on a day after the cue", `The minister said on Friday the talks would resume.`,
			[]want{{"The minister", "said", "the talks would resume", "indirect", ""}}},
		{"last week after the cue", `The minister said last week that the talks would resume.`,
			[]want{{"The minister", "said", "that the talks would resume", "indirect", ""}}},
		{"addressee then a day", `Lynch told reporters on Monday that the inquiry was independent.`,
			[]want{{"Lynch", "told", "that the inquiry was independent", "indirect", "reporters"}}},
		{"preposition joins the cue", `The mayor warned against raising the fares.`,
			[]want{{"The mayor", "warned against", "raising the fares", "indirect", ""}}},
		{"object of called is content", `The senator called the merger a disaster.`,
			[]want{{"The senator", "called", "the merger a disaster", "indirect", ""}}},
		{"object of accused is content", `Okafor accused the council of wasting money.`,
			[]want{{"Okafor", "accused", "the council of wasting money", "indirect", ""}}},
		{"told someone to", `The judge told the lawyers to settle the case.`,
			[]want{{"The judge", "told", "the lawyers to settle the case", "indirect", ""}}},
		{"as after an object", `She described the offer as "insulting."`,
			[]want{{"She", "described", "the offer as \"insulting.\"", "mixed", ""}}},
		{"as opening a clause", `The envoy revealed the news as he explained the agreements.`,
			[]want{{"The envoy", "revealed", "the news", "indirect", ""}, {"he", "explained", "the agreements", "indirect", ""}}},
		{"programme title after told", `She told “Morning Report” on Monday the interview was cordial.`,
			[]want{{"She", "told", "the interview was cordial", "indirect", ""}}},
		{"raising verb", `The mayor seemed to be losing patience.`,
			[]want{{"", "seemed", "The mayor | to be losing patience", "indirect", ""}}},
		{"expletive subject of a raising verb", `It seems the depot will close.`,
			[]want{{"", "seems", "the depot will close", "indirect", ""}}},
		{"relative pronoun that is an adverbial stays out", `She gave a speech in which she stressed the urgency of the reform.`,
			[]want{{"she", "stressed", "the urgency of the reform", "indirect", ""}}},
		{"relative pronoun is content", `The board ordered a review, which he said was a mistake.`,
			[]want{{"The board", "ordered", "a review", "indirect", ""}, {"he", "said", "which | was a mistake", "indirect", ""}}},
		{"relative in a dash aside", `The offer — which the union described as “insulting” — will be put to members.`,
			[]want{{"the union", "described", "which | as “insulting”", "mixed", ""}}},
		{"aside after a source", `Okafor, meanwhile, said the fares would rise.`,
			[]want{{"Okafor", "said", "the fares would rise", "indirect", ""}}},
		{"place after a source", `The mayor, in Leeds, said the depot would close.`,
			[]want{{"The mayor", "said", "the depot would close", "indirect", ""}}},
		{"apposition stays in the source", `Ana Ruiz, the union's negotiator, said the offer fell short.`,
			[]want{{"Ana Ruiz, the union's negotiator", "said", "the offer fell short", "indirect", ""}}},
		{"sentence adverb before a source", `Similarly, Ana Ruiz, a union negotiator, said the offer fell short.`,
			[]want{{"Ana Ruiz, a union negotiator", "said", "the offer fell short", "indirect", ""}}},
		{"intro phrase before coordinated sources", `At the same time, Ruiz and her colleagues say the offer fell short.`,
			[]want{{"Ruiz and her colleagues", "say", "the offer fell short", "indirect", ""}}},
		{"cue noun after a determiner heads a source", `Fares have risen, the report said.`,
			[]want{{"the report", "said", "Fares have risen", "indirect", ""}}},
		{"article before a quantifier stays in the source", `The two said the offer fell short.`,
			[]want{{"The two", "said", "the offer fell short", "indirect", ""}}},
		{"participle aside after a source", `The poll, released on Friday by the institute, found that fares matter.`,
			[]want{{"The poll", "found", "that fares matter", "indirect", ""}}},
		{"time phrase after a short source", `Okafor at the time said the depot would stay open.`,
			[]want{{"Okafor", "said", "the depot would stay open", "indirect", ""}}},
		{"coordinated sources", `Ana Ruiz and Tom Reyes said the offer fell short.`,
			[]want{{"Ana Ruiz and Tom Reyes", "said", "the offer fell short", "indirect", ""}}},
		{"list of sources", `Ruiz, Reyes and Okafor said the offer fell short.`,
			[]want{{"Ruiz, Reyes and Okafor", "said", "the offer fell short", "indirect", ""}}},
		{"and after an object is no source", `The council approved the budget and Okafor said the fares would rise.`,
			[]want{{"Okafor", "said", "the fares would rise", "indirect", ""}}},
		{"asked about", `The reporter asked about the closures, but the mayor declined to answer.`,
			[]want{{"The reporter", "asked about", "the closures", "indirect", ""}}},
		{"continuation skips a relative clause", `"Are the figures wrong?" said Ana Ruiz, a delegate who has accused the board of lying. "Nobody checked them."`,
			[]want{{"Ana Ruiz, a delegate who has accused the board of lying", "said", "Are the figures wrong? | Nobody checked them.", "direct", ""},
				{"who", "has accused", "the board of lying", "indirect", ""}}},
		{"narrator's apposition at the end", `The mayor said he would repeal the levy, a tax that funds the depot.`,
			[]want{{"The mayor", "said", "he would repeal the levy", "indirect", ""}}},
		{"part of the day after a day in the cue", `Okafor said Monday night that the fares would rise.`,
			[]want{{"Okafor", "said Monday", "that the fares would rise", "indirect", ""}}},
		{"bracket opening the content", `(The depot will close in May, the council said.)`,
			[]want{{"the council", "said", "The depot will close in May", "indirect", ""}}},
		{"gerund with an addressee before a quotation", `He left the hall, telling reporters, "The fares will rise."`,
			[]want{{"He", "telling", "The fares will rise.", "direct", ""}}},
		{"semicolon ends the content", `Okafor said the fares were too high; the council disagreed.`,
			[]want{{"Okafor", "said", "the fares were too high", "indirect", ""}}},
		{"semicolon before a list of that-clauses stays", `Okafor said the deal has two parts; that fares will fall, and that the depot stays open.`,
			[]want{{"Okafor", "said", "the deal has two parts; that fares will fall, and that the depot stays open", "indirect", ""}}},
		{"but with a past tense verb", `The mayor promised to back the nominee, but sounded unsure this week.`,
			[]want{{"The mayor", "promised", "to back the nominee", "indirect", ""}, {"The mayor", "sounded", "unsure this week", "indirect", ""}}},
		{"adverb and preposition join the cue", `The senator spoke extensively on the role of the courts.`,
			[]want{{"The senator", "spoke extensively on", "the role of the courts", "indirect", ""}}},
		{"as if stays in an object", `He criticized how the widow stood silently, as if she “was not allowed to speak.”`,
			[]want{{"He", "criticized", "how the widow stood silently, as if she “was not allowed to speak.”", "mixed", ""}}},
		{"title and quotation after told", "\"I was in the room,\" Okafor told Radio Leeds’ “Morning Show” on Monday. \"I heard nothing.\"",
			[]want{{"Okafor", "told", "I was in the room, | I heard nothing.", "direct", "Radio Leeds"}}},
		{"addressee ends before a contracted pronoun", `Okafor told the Leeds Courier he’s not planning an appeal.`,
			[]want{{"Okafor", "told", "he’s not planning an appeal", "indirect", ""}}},
		{"addressee ends before a determiner", `Okafor tells Radio Leeds the fares are too high.`,
			[]want{{"Okafor", "tells", "the fares are too high", "indirect", "Radio Leeds"}}},
		{"an infinitive is no adverbial", `She hopes to make a statement in a contest that will end the race.`,
			[]want{{"She", "hopes", "to make a statement in a contest that will end the race", "indirect", ""}}},
		{"attitude noun joins a light verb", `The senator expressed concern that the depot would close.`,
			[]want{{"The senator", "expressed concern", "that the depot would close", "indirect", ""}}},
		{"coordinated object cue", `The minister chides the council and praises the union.`,
			[]want{{"The minister", "chides", "the council", "indirect", ""}, {"The minister", "praises", "the union", "indirect", ""}}},
		{"relative that before a verb", `It is a levy that critics say targets drivers.`,
			[]want{{"critics", "say", "that | targets drivers", "indirect", ""}}},
		{"preposition and relative pronoun end the content", `He praised the mayor, with whom he clashed last year.`,
			[]want{{"He", "praised", "the mayor", "indirect", ""}}},
		{"possessive her opens the addressee", `She told her supporters that the fight goes on.`,
			[]want{{"She", "told", "that the fight goes on", "indirect", ""}}},
		{"addressee ends before a possessive", `Okafor told the Courier her union never met the mayor.`,
			[]want{{"Okafor", "told", "her union never met the mayor", "indirect", ""}}},
		{"adverb of place after the addressee", `He told voters here that he would go on.`,
			[]want{{"He", "told", "that he would go on", "indirect", ""}}},
		{"as has ends an object", `He endorsed the mayor, as has the union.`,
			[]want{{"He", "endorsed", "the mayor", "indirect", ""}}},
		{"continued in the next paragraph", "He said: \"We won the first part.\n\"It was the first time we heard that.\"",
			[]want{{"He", "said:", "We won the first part. | It was the first time we heard that.", "direct", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, sts := extractAll(tc.in, PolNeAR)
			var got []want
			for _, st := range sts {
				got = append(got, show(l, st))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d statements %+v, want %d %+v", len(got), got, len(tc.want), tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("statement %d:\n got %+v\nwant %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}
