package attrib

import "testing"

// TestPrecision covers whole coordinated sources and cue words read in a sense that reports nothing. Each case
// lists every statement expected.
func TestPrecision(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"serial comma list", `Mayor Ruiz, Governor Okafor, and other officials want a new depot.`,
			[]want{{"Mayor Ruiz, Governor Okafor, and other officials", "want", "a new depot", "indirect", ""}}},
		{"serial comma after a clause", `The strike ended, and Okafor said the depot would reopen.`,
			[]want{{"Okafor", "said", "the depot would reopen", "indirect", ""}}},
		{"and inside a name", `A spokeswoman for the Parks and Transit Department said the depot would close.`,
			[]want{{"A spokeswoman for the Parks and Transit Department", "said", "the depot would close", "indirect", ""}}},
		{"and joins two places", `Officials in Leeds and York said the trains would run.`,
			[]want{{"Officials in Leeds and York", "said", "the trains would run", "indirect", ""}}},
		{"and after a verb's object", `He met drivers at the Central Depot and aides said he was tired.`,
			[]want{{"aides", "said", "he was tired", "indirect", ""}}},
		{"including belongs to the source", `Several drivers, including Jane Roe, said the depot was unsafe.`,
			[]want{{"Several drivers, including Jane Roe", "said", "the depot was unsafe", "indirect", ""}}},
		{"then with an age", `Mr. Okafor, then 38, said he was advised to wait.`,
			[]want{{"Mr. Okafor, then 38", "said", "he was advised to wait", "indirect", ""}}},
		{"which clause belongs to the source", `The union, which represents drivers, said the depot was unsafe.`,
			[]want{{"The union, which represents drivers", "said", "the depot was unsafe", "indirect", ""}}},
		{"an adverb aside stays out", `Okafor, meanwhile, said the depot was unsafe.`,
			[]want{{"Okafor", "said", "the depot was unsafe", "indirect", ""}}},
		{"gerund after an opening participle", `Speaking at a rally in Leeds, Okafor attacked the plan, saying it would fail.`,
			[]want{{"Okafor", "attacked", "the plan", "indirect", ""}, {"Okafor", "saying", "it would fail", "indirect", ""}}},
		{"gerund after a dateline", `LEEDS — Okafor went to the depot on Monday, saying the fares would rise.`,
			[]want{{"Okafor", "saying", "the fares would rise", "indirect", ""}}},
		{"gerund after a time phrase", `Two weeks later, the mayor took aim at the union, accusing it of lying.`,
			[]want{{"the mayor", "took aim at", "the union", "indirect", ""}, {"the mayor", "accusing", "it of lying", "indirect", ""}}},
		{"irregular past ends the subject", `Okafor went further, saying the fares would rise.`,
			[]want{{"Okafor", "saying", "the fares would rise", "indirect", ""}}},
		{"a verb ends the subject of a noun cue", `Mr. Lee deflected numerous questions about the depot.`,
			[]want{{"Mr. Lee", "questions about", "the depot", "indirect", ""}}},
		{"a participle with its time stays in the subject", `A poll released last week found that fares were too high.`,
			[]want{{"A poll released last week", "found", "that fares were too high", "indirect", ""}}},
		{"a participle adjective stays in the subject", `Most registered voters say the fares are too high.`,
			[]want{{"Most registered voters", "say", "the fares are too high", "indirect", ""}}},
		{"a plural noun before a cue verb", `Initial estimates show the fares rose.`,
			[]want{{"Initial estimates", "show", "the fares rose", "indirect", ""}}},
		{"a singular noun before a past cue verb", `The audit report found that the depot was unsafe.`,
			[]want{{"The audit report", "found", "that the depot was unsafe", "indirect", ""}}},
		{"a verb before its object stays a cue", `Union leaders weigh plans for a strike.`,
			[]want{{"Union leaders", "weigh", "plans for a strike", "indirect", ""}}},
		{"as many as", `As many as 40 percent of drivers said the depot was unsafe.`,
			[]want{{"As many as 40 percent of drivers", "said", "the depot was unsafe", "indirect", ""}}},
		{"about four in 10", `About four in 10 drivers say the depot is unsafe.`,
			[]want{{"About four in 10 drivers", "say", "the depot is unsafe", "indirect", ""}}},
		{"at least half", `At least half of voters say the fares are too high.`,
			[]want{{"At least half of voters", "say", "the fares are too high", "indirect", ""}}},
		{"not everyone", `Not everyone agrees that the depot is unsafe.`,
			[]want{{"Not everyone", "agrees", "that the depot is unsafe", "indirect", ""}}},
		{"both before a pair", `Both the mayor and her staff said the depot was unsafe.`,
			[]want{{"Both the mayor and her staff", "said", "the depot was unsafe", "indirect", ""}}},
		{"a gerund's that clause is its content", `Okafor spoke for an hour, adding that she hoped the fares would fall.`,
			[]want{{"Okafor", "adding", "that she hoped the fares would fall", "indirect", ""}}},
		{"a negated passive's subject is no source", `The plan was never mentioned by the mayor.`,
			[]want{{"the mayor", "was never mentioned", "The plan", "indirect", ""}}},
		{"a newspaper named for a time word", `USA TODAY reported that the depot would close.`,
			[]want{{"USA TODAY", "reported", "that the depot would close", "indirect", ""}}},
		{"an -ed adjective after an article stays in the subject", `The retired surgeon spoke for an hour, saying the fares would rise.`,
			[]want{{"The retired surgeon", "saying", "the fares would rise", "indirect", ""}}},
		{"an adverb inside the subject", `The famously gruff senator left early, saying the fares would rise.`,
			[]want{{"The famously gruff senator", "saying", "the fares would rise", "indirect", ""}}},
		{"appeared on", `Okafor appeared on a morning radio show in Leeds.`, nil},
		{"appeared to", `Okafor appeared to soften her stance.`,
			[]want{{"", "appeared", "Okafor | to soften her stance", "indirect", ""}}},
		{"showed up", `Hundreds of drivers showed up at the depot.`, nil},
		{"called off", `The union called off the strike on Friday.`, nil},
		{"reported from", `Jane Roe reported from Leeds.`, nil},
		{"noun before a finite verb", `The strong jobs report was released on Friday.`, nil},
		{"question is whether", `The big question is whether the strike will spread.`, // a noun: copularCue's, not the verb's
			[]want{{"", "The big question is", "whether the strike will spread", "indirect", ""}}},
		{"a verb after a plural subject stays a cue", `Drivers report the depot is closed.`,
			[]want{{"Drivers", "report", "the depot is closed", "indirect", ""}}},
		{"a singular subject makes a bare form a noun", `A new report, out on Monday, compares the two surveys.`,
			[]want{{"A new report, out on Monday", "compares", "the two surveys", "indirect", ""}}},
		{"a share of a group stays plural", `A third of drivers say the depot is unsafe.`,
			[]want{{"A third of drivers", "say", "the depot is unsafe", "indirect", ""}}},
		{"speaking at", `Okafor, speaking at a rally in Leeds, was cheered.`, nil},
		{"speaking about", `Okafor spoke for an hour, speaking about the fares she wants to cut.`,
			[]want{{"Okafor", "speaking about", "the fares she wants to cut", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
