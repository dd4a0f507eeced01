package attrib

import "testing"

// TestTitleLine covers a document's title line: an adverb in -ly that title case capitalises belongs to the
// cue, a spaced dash ends the content before a clause of its own, and a second verb in -s after a comma is a
// statement with the same subject. The body keeps its own grammar.
func TestTitleLine(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"capitalised adverb", "Port Mayor Finally Endorses Dockers Union Chief.\n\nThe vote is on Monday.",
			[]want{{"Port Mayor", "Finally Endorses", "Dockers Union Chief", "indirect", ""}}},
		{"name in -ly stays", "Sergeant Kelly Says Strike Will End Soon.\n\nThe vote is on Monday.",
			[]want{{"Sergeant Kelly", "Says", "Strike Will End Soon", "indirect", ""}}},
		{"dash ends the content", "Harbor Chief Just Revealed Who He Backs For Mayor – It Might Surprise You.\n\nThe vote is on Monday.",
			[]want{{"Harbor Chief", "Just Revealed", "Who He Backs For Mayor", "indirect", ""}}},
		{"dash inside a quotation stays", "Ana Lindqvist: ‘Fares Will Rise – Not Fall, Sadly’\n\nThe vote is on Monday.",
			[]want{{"Ana Lindqvist", ":", "‘Fares Will Rise – Not Fall, Sadly’", "indirect", ""}}},
		{"second verb after a comma", "Mayor Okafor slams port board, praises dockers as 'brave.'\n\nThe vote is on Monday.",
			[]want{{"Mayor Okafor", "slams", "port board", "indirect", ""},
				{"Mayor Okafor", "praises", "dockers as 'brave.'", "indirect", ""}}},
		{"second verb in title case", "Okafor Says Dockers Won Fight, Calls Board ‘Reckless.’\n\nThe vote is on Monday.",
			[]want{{"Okafor", "Says", "Dockers Won Fight", "indirect", ""},
				{"Okafor", "Calls", "Board ‘Reckless.’", "indirect", ""}}},
		{"a noun after the comma", "Mayor Okafor slams port board, unions.\n\nThe vote is on Monday.",
			[]want{{"Mayor Okafor", "slams", "port board, unions", "indirect", ""}}},
		{"names joined by a comma", "Ana Lindqvist, husband expecting second child.\n\nThe vote is on Monday.",
			[]want{{"Ana Lindqvist, husband", "expecting", "second child", "indirect", ""}}},
		{"names after a subordinator", "As Okafor, Lindqvist answer union's concerns.\n\nThe vote is on Monday.",
			[]want{{"Okafor, Lindqvist", "answer", "union's concerns", "indirect", ""}}},
		{"an aside is no conjunct", "Lindqvist, stumping for Okafor, slams port board.\n\nThe vote is on Monday.",
			[]want{{"Lindqvist", "slams", "port board", "indirect", ""}}},
		{"headline passive", "Port Chief Accused Of Hiding Dock Losses.\n\nThe vote is on Monday.",
			[]want{{"", "Accused Of", "Port Chief | Hiding Dock Losses", "indirect", ""}}},
		{"active verb with its object", "Port Chief Accused Mayor Of Lying.\n\nThe vote is on Monday.",
			[]want{{"Port Chief", "Accused", "Mayor Of Lying", "indirect", ""}}},
		{"passive with its agent", "Port Chief Praised By Dockers.\n\nThe vote is on Monday.",
			[]want{{"Port Chief", "Praised", "By Dockers", "indirect", ""}}},
		{"lower-case first line", "The pilots' guild warned on Tuesday that flights could stop.\n\nThe vote is on Monday.",
			[]want{{"The pilots' guild", "warned", "that flights could stop", "indirect", ""}}},
		{"body sentence is no title", "Harbor Strike Enters Fifth Week.\n\nThe mayor slams the port board, praises the dockers.",
			[]want{{"The mayor", "slams", "the port board, praises the dockers", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}

// TestTitleColon covers a title line "Name: C" whose name the colon rule passes over: a noun that can be a cue
// verb, a common noun, a label before a dash. Labels in capitals and verbs in -s are no speakers.
func TestTitleColon(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"paper named Post", "Harbor Post: Mayor Okafor Is No Friend Of Dockers.\n\nThe vote is on Monday.",
			[]want{{"Harbor Post", ":", "Mayor Okafor Is No Friend Of Dockers", "indirect", ""}}},
		{"report alone", "Report: Mayor Okafor to speak at dockers rally.\n\nThe vote is on Monday.",
			[]want{{"Report", ":", "Mayor Okafor to speak at dockers rally", "indirect", ""}}},
		{"common noun in the name", "Union camp: Mayor's plan threatens the harbor.\n\nThe vote is on Monday.",
			[]want{{"Union camp", ":", "Mayor's plan threatens the harbor", "indirect", ""}}},
		{"label and dash", "EXCLUSIVE – Ana Lindqvist: Don’t Trust the Port Board.\n\nThe vote is on Monday.",
			[]want{{"Ana Lindqvist", ":", "Don’t Trust the Port Board", "indirect", ""}}},
		{"topic after the name", "Union Chief On Fares: ‘We Will Not Pay More For Less.’\n\nThe vote is on Monday.",
			[]want{{"Union Chief", ":", "‘We Will Not Pay More For Less.’", "indirect", ""}}},
		{"label in capitals", "BOOM: Mayor Okafor Just Fired A Warning Shot At The Port Board.\n\nThe vote is on Monday.", nil},
		{"no name", "Spoiler no more: Okafor ends bid.\n\nThe vote is on Monday.", nil},
		{"verbs inside the line are the name's", "Ana Lindqvist: I’m Sure Dockers Will Say No To The Deal.\n\nThe vote is on Monday.",
			[]want{{"Ana Lindqvist", ":", "I’m Sure Dockers Will Say No To The Deal", "indirect", ""}}},
		{"not in the body", "Harbor Strike Enters Fifth Week.\n\nUnion camp: the mayor is no friend of dockers.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
