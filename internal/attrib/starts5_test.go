package attrib

import "testing"

// TestStarts5 covers the "that" of a clause reached past an adjunct or an addressee (thatPastAdjunct), and an
// infinitive of a verb outside the lexicon that keeps its own relative "that" (bareInfinitiveAt).
func TestStarts5(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"adverb of the aux class in the phrase", `The mayor answered in an even tone that the strike would end soon.`,
			[]want{{"The mayor", "answered", "that the strike would end soon", "indirect", ""}}},
		{"participle after a noun", `The mayor had said in a radio interview taped before the strike that the port was safe.`,
			[]want{{"The mayor", "had said", "that the port was safe", "indirect", ""}}},
		{"relative aside between commas", `The mayor said on Radio Nine, where she hosts a weekly show, that the dockers should be held to account.`,
			[]want{{"The mayor", "said", "that the dockers should be held to account", "indirect", ""}}},
		{"name after the cue's preposition", `The mayor agreed with the Governor that the port would reopen.`,
			[]want{{"The mayor", "agreed with", "that the port would reopen", "indirect", ""}}},
		{"bare plurals told", `The union leader left, telling dockers and port workers that the strike was over.`,
			[]want{{"The union leader", "telling", "that the strike was over", "indirect", ""}}},
		{"time phrase", `The mayor warned last week that the port would close.`,
			[]want{{"The mayor", "warned", "that the port would close", "indirect", ""}}},
		{"infinitive keeps its relative", `The mayor has pledged to meet the dockers at a hall that the union rents.`,
			[]want{{"The mayor", "has pledged", "to meet the dockers at a hall that the union rents", "indirect", ""}}},
		{"infinitive before a subject relative", `The mayor was hoping to win districts that vote late.`,
			[]want{{"The mayor", "was hoping", "to win districts that vote late", "indirect", ""}}},
		{"infinitive with an adverb", `The mayor vowed to never sign a deal that the union opposed.`,
			[]want{{"The mayor", "vowed", "to never sign a deal that the union opposed", "indirect", ""}}},
		{"common noun object keeps its relative", `The mayor agreed with the plan that the council drew up.`,
			[]want{{"The mayor", "agreed with", "the plan that the council drew up", "indirect", ""}}},
		{"relative with its verb", `The mayor pointed to stevedores that load the ships.`,
			[]want{{"The mayor", "pointed to", "stevedores that load the ships", "indirect", ""}}},
		{"pronoun after the cue's preposition", `The mayor agreed with them that the port would reopen.`,
			[]want{{"The mayor", "agreed with", "that the port would reopen", "indirect", ""}}},
		{"possessive after the cue's preposition stays", `The mayor agreed with her plan that the port would reopen.`,
			[]want{{"The mayor", "agreed with", "her plan that the port would reopen", "indirect", ""}}},
		{"demonstrative before the complementizer", `The inspector found in that inquiry that while the dockers erred, no rule was broken.`,
			[]want{{"The inspector", "found", "that while the dockers erred, no rule was broken", "indirect", ""}}},
		{"coordinated verbs are no cue and content", `Guards tackled and carried away the docker.`, nil},
		{"the second verb of a pair keeps its own statement", `The mayor said and repeated that the port would reopen.`,
			[]want{{"The mayor", "repeated", "that the port would reopen", "indirect", ""}}},
		{"a capitalised And after a colon opens content", `The mayor added: And the port will reopen on Monday.`,
			[]want{{"The mayor", "added:", "And the port will reopen on Monday", "indirect", ""}}},
		{"with after the cue adds a companion", `The mayor joked with his friends at the quay.`, nil},
		{"setting before a pronoun's clause", `The mayor wrote in both notices he was glad to help.`,
			[]want{{"The mayor", "wrote", "he was glad to help", "indirect", ""}}},
		{"setting before a clause with a noun subject stays", `The mayor said in Dover the dockers would strike.`,
			[]want{{"The mayor", "said", "in Dover the dockers would strike", "indirect", ""}}},
		{"duration before a bare clause", `The mayor has insisted for months she’s alone able to end the strike.`,
			[]want{{"The mayor", "has insisted", "she’s alone able to end the strike", "indirect", ""}}},
		{"duration before an infinitive", `The union has refused for years to name its donors.`,
			[]want{{"The union", "has refused", "to name its donors", "indirect", ""}}},
		{"time past before that", `The mayor recognized long ago that the port would close.`,
			[]want{{"The mayor", "recognized", "that the port would close", "indirect", ""}}},
		{"duration before a noun stays", `The mayor has backed for years the dockers' demands.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
