package attrib

import "testing"

// TestPrecision2 covers cue words that report nothing in their sense here. Each case lists every statement
// expected.
func TestPrecision2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"plural noun between a modifier and a preposition", `The violent attacks in Leeds changed the mood of the campaign.`, nil},
		{"counted points", `Okafor led by five percentage points among older drivers.`, nil},
		{"a pronoun subject keeps the verb", `She attacks the plan in every speech.`,
			[]want{{"She", "attacks", "the plan", "indirect", ""}}},
		{"the verb's own preposition keeps the verb", `The union plan calls for a new depot.`,
			[]want{{"The union plan", "calls for", "a new depot", "indirect", ""}}},
		{"a quoted title after author of stays in the source", `"The depot is unsafe," said Jane Roe, the author of "Broken Rails," who studies transit in Leeds.`,
			[]want{{`Jane Roe, the author of "Broken Rails," who studies transit in Leeds`, "said", "The depot is unsafe,", "direct", ""}}},
		{"a quoted title inside an apposition", `"Fares will rise," said Tom Okafor, author of "The Last Tram," a history of the line.`,
			[]want{{`Tom Okafor, author of "The Last Tram," a history of the line`, "said", "Fares will rise,", "direct", ""}}},
		{"a reduced passive names its agent", `A fare rise first proposed by the mayor was dropped.`,
			[]want{{"the mayor", "first proposed", "A fare rise", "indirect", ""}}},
		{"by with a gerund is the means of an act", `Okafor concluded by thanking the drivers.`,
			[]want{{"Okafor", "concluded", "by thanking the drivers", "indirect", ""}}},
		{"a state's cause after by", `Drivers worried by the cuts met on Monday.`,
			[]want{{"Drivers", "worried", "by the cuts met on Monday", "indirect", ""}}},
		{"by with a number is a margin", `A new poll found by 43 percent to 41 percent that drivers back the plan.`,
			[]want{{"A new poll", "found", "that drivers back the plan", "indirect", ""}}},
		{"a poll's finding is the main clause", `Though Okafor trails in the city, she leads the mayor in a new Leeds Post poll.`,
			[]want{{"a new Leeds Post poll", "in", "she leads the mayor", "indirect", ""}}},
		{"a poll phrase inside a subordinate clause", `Though Okafor led the mayor in a new Leeds Post poll, she lost the vote.`, nil},
		{"a poll phrase after a main clause", `Okafor leads the mayor by five points in a new Leeds Post poll.`,
			[]want{{"a new Leeds Post poll", "in", "Okafor leads the mayor by five points", "indirect", ""}}},
		{"a poll noun that does not head the phrase after in", `The final ballot is on May 3, when drivers in the County of Essex head to the polls.`, nil},
		{"a negated participle after a noun", `Fares rose to levels not seen since 1990.`, nil},
		{"a negated finite verb keeps its cue", `Okafor did not say when the depot would reopen.`,
			[]want{{"Okafor", "did not say", "when the depot would reopen", "indirect", ""}}},
		{"a participle between a number and a plural noun", `Okafor won 60 pledged delegates in Leeds.`, nil},
		{"a number standing alone as the subject", `Of the drivers, 43 said the depot was unsafe.`,
			[]want{{"43", "said", "the depot was unsafe", "indirect", ""}}},
		{"a cue word inside the article's noun phrase", `The only question is whether the depot will reopen.`, nil},
		{"an article with its noun stays a source", `The union said the depot would reopen.`,
			[]want{{"The union", "said", "the depot would reopen", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
