package attrib

import "testing"

// TestMissedVerbs covers cues the frames knew but did not reach (missedverbs.go): a question after a phrase
// that follows "Asked", a gerund of saying after a dash, a document subject with a participle after its noun,
// a report whose content another statement had taken first, and a plain paragraph announced by "X wrote:".
func TestMissedVerbs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"asked, a place, then who", `Asked on a radio show who would lead the talks, the envoy named nobody.`,
			[]want{{"", "Asked", "who would lead the talks", "indirect", ""}, {"the envoy", "named", "nobody", "indirect", ""}}},
		{"asked, a time, then why", `Asked during the union meeting why the strike had failed, Okafor blamed the weather.`,
			[]want{{"", "Asked", "why the strike had failed", "indirect", ""}, {"Okafor", "blamed", "the weather", "indirect", ""}}},
		{"asked, a day and a place, then about", `Asked Monday at the port about the new tariffs, the minister shrugged.`,
			[]want{{"", "Asked", "about the new tariffs", "indirect", ""}}},
		{"saying after an en dash", `The mayor left the talks – saying the offer came far too late.`,
			[]want{{"The mayor", "saying", "the offer came far too late", "indirect", ""}}},
		{"noting after an em dash", `The mayor left the talks — noting that the offer came far too late.`,
			[]want{{"The mayor", "noting", "that the offer came far too late", "indirect", ""}}},
		{"a survey conducted by", `A quick survey conducted by the One Harbor Ferry Council found the strike unpopular in every port.`,
			[]want{{"A quick survey conducted by the One Harbor Ferry Council", "found", "the strike unpopular in every port", "indirect", ""}}},
		{"a participle the cue would take", `The audit published Friday showed that the ferry line had lost money for years.`,
			[]want{{"The audit published Friday", "showed", "that the ferry line had lost money for years", "indirect", ""}}},
		{"a report around a question put", `Reed said the dockers were asked to vote on the offer by Friday.`,
			[]want{{"Reed", "said", "the dockers were asked to vote on the offer by Friday", "indirect", ""}, {"", "were asked", "to vote on the offer by Friday", "indirect", ""}}},
		{"a report around a request", `Okafor said her deputy was asked to brief the dockers about the new contract.`,
			[]want{{"Okafor", "said", "her deputy was asked to brief the dockers about the new contract", "indirect", ""}, {"", "was asked", "to brief the dockers about the new contract", "indirect", ""}}},
		{"a plain paragraph after a colon", "The union leader sent a letter to the owners. Okafor wrote:\n\nThe port will stay shut until the owners return to the table and pay the crews.",
			[]want{{"Okafor", "wrote:", "The port will stay shut until the owners return to the table and pay the crews", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
