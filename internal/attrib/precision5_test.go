package attrib

import "testing"

// TestPrecision5 covers "called" that names a thing just brought up, and sources that are no noun phrase: a
// lone article, an expletive, a pronoun carrying its auxiliary, a name with its own verb.
func TestPrecision5(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// "called" naming: no statement.
		{"indefinite phrase called a name", `A new union called Harbor Workers United joined the strike on Monday.`, nil},
		{"another called the name", `Another group called the Dock Compact wants a deal.`, nil},
		// "called" judging: the verb's reading stays.
		{"definite subject judges", `The union called the strike a success.`,
			[]want{{"The union", "called", "the strike a success", "indirect", ""}}},
		{"name and second object", `A docker called Rosa Quispe a liar.`,
			[]want{{"A docker", "called", "Rosa Quispe a liar", "indirect", ""}}},
		{"name subject", `Rosa Quispe called the plan a disgrace.`,
			[]want{{"Rosa Quispe", "called", "the plan a disgrace", "indirect", ""}}},
		// A pronoun with its auxiliary: the pronoun is the source unless the cue is right after it.
		{"contraction before another verb", `She's a docker but concedes that the strike has dragged on.`,
			[]want{{"She", "concedes", "that the strike has dragged on", "indirect", ""}}},
		{"contraction before its cue", `He's said the port will close.`,
			[]want{{"He", "'s said", "the port will close", "indirect", ""}}},
		// An expletive or a lone article stands for no one.
		{"expletive before a gerund", `It's a long road, warning that the talks may fail.`,
			[]want{{"", "warning", "that the talks may fail", "indirect", ""}}},
		{"lone article before a gerund", `The next stop, talking about the strike, was Dover.`,
			[]want{{"", "talking about", "the strike", "indirect", ""}}},
		// A lone gerund is the verb of the cue word, its object, not a source (the noun reading is left as it is).
		{"lone gerund before a cue noun", `Mr. Birch, making calls for a new vote, spoke to dockers.`,
			[]want{{"", "calls for", "a new vote", "indirect", ""}}}, // contentend.go: the verb ends it
		// A content that would open at "and" is no content (starts5.go).
		{"content opening at and", `Mr. Birch, carrying both hope and fear, spoke to dockers.`, nil},
		// A verb phrase before the cue is no source; a participle that modifies a noun is part of one.
		{"participle with its preposition", `The rise of the union, accompanied by mounting questions about the deal, worried the mayor.`,
			[]want{{"", "questions about", "the deal, worried the mayor", "indirect", ""}}},
		{"participle before its noun", `At the depot, trusted aides have talked about the strike for weeks.`,
			[]want{{"trusted aides", "have talked about", "the strike for weeks", "indirect", ""}}},
		// "So far" is a time, not the start of a source.
		{"so far before the subject", `But so far Rosa Quispe, a docker in her first campaign, has echoed the union line.`,
			[]want{{"Rosa Quispe, a docker in her first campaign", "has echoed", "the union line", "indirect", ""}}},
		{"so far after the subject", `The mayor so far hasn't attacked the dockers.`,
			[]want{{"", "hasn't attacked", "the dockers", "indirect", ""}}},
		// A name with its own verb: the name stays before a second verb, goes before a noun.
		{"name and verb before a cue noun", `Rosa Quispe faced questions about the closure of the port.`,
			[]want{{"", "questions about", "the closure of the port", "indirect", ""}}},
		{"demonstrative and verb before a cue noun", `That prompted calls for a new round of trade talks.`,
			[]want{{"", "calls for", "a new round of trade talks", "indirect", ""}}},
		{"name and verb before then", `Rosa Quispe paused, then revealed that the port would close.`,
			[]want{{"Rosa Quispe", "then revealed", "that the port would close", "indirect", ""}}},
		{"helped before a bare verb", `Tom Birch helped persuade the dockers to end the strike.`,
			[]want{{"Tom Birch", "persuade", "the dockers to end the strike", "indirect", ""}}},
		// A time alone is no source; a title with a time unit, or a time before "of", is.
		{"year before a gerund", `Members of the union who joined in 2013 denouncing the mayor marched on Monday.`,
			[]want{{"", "denouncing", "the mayor", "indirect", ""}}},
		{"abbreviated month and day", `On Oct. 9, at a rally in the port, the depot, now called Harbor Point, was sold.`,
			[]want{{"", "now called", "Harbor Point", "indirect", ""}}}, // contentend.go: the verb ends it
		{"title with a time unit", `Six Hours argues that the dockers won the strike.`,
			[]want{{"Six Hours", "argues", "that the dockers won the strike", "indirect", ""}}},
		{"time of something", `Two years of talks showed the dockers that the port would not bend.`,
			[]want{{"Two years of talks", "showed", "the dockers that the port would not bend", "indirect", ""}}},
		// A source cut off on a word that opens a phrase goes; a whole phrase stays.
		{"source ending on to", `The harbor board struggled on Friday to explain how the cranes had failed.`,
			[]want{{"", "explain", "how the cranes had failed", "indirect", ""}}},
		{"source ending on a noun after a preposition", `A source close to the mayor said the port would close.`,
			[]want{{"A source close to the mayor", "said", "the port would close", "indirect", ""}}},
		{"apposition with a quoted title", `Tom Birch, a co-author of "Dock Work," said the strike would end.`,
			[]want{{"Tom Birch, a co-author of \"Dock Work,\"", "said", "the strike would end", "indirect", ""}}},
		// An aside in dashes about the circumstances is cut off; an apposition or a list stays.
		{"relative in double hyphens", `The mayor -- who has clashed with the dockers for years -- said the port would reopen.`,
			[]want{{"The mayor", "said", "the port would reopen", "indirect", ""}}},
		{"whose in dashes", `Rosa Quispe — whose union struck first — said the talks had failed.`,
			[]want{{"Rosa Quispe", "said", "the talks had failed", "indirect", ""}}},
		{"prepositional aside", `Tom Birch — after a long pause — told reporters the strike would end.`,
			[]want{{"Tom Birch", "told", "the strike would end", "indirect", "reporters"}}},
		{"apposition in dashes", `Tom Birch — a pollster in Dover — said the strike would end.`,
			[]want{{"Tom Birch — a pollster in Dover —", "said", "the strike would end", "indirect", ""}}},
		{"list in dashes", `Dockers — including Rosa Quispe — said the strike would go on.`,
			[]want{{"Dockers — including Rosa Quispe —", "said", "the strike would go on", "indirect", ""}}},
		// Not a name with its verb: a reduced relative, a poll's participle.
		{"object relative keeps its verb", `The dockers Rosa Quispe interviewed predicted a long strike.`,
			[]want{{"The dockers Rosa Quispe interviewed", "predicted", "a long strike", "indirect", ""}}},
		{"poll participle", `Some 40 percent of dockers polled said the strike would fail.`,
			[]want{{"Some 40 percent of dockers polled", "said", "the strike would fail", "indirect", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
