package attrib

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/text"
)

type want struct {
	source, cue, content, kind, medium string
}

func extractAll(s string, opt Options) (*text.Layer, []Statement) {
	l := text.Analyze(s, 0)
	return l, New(opt).Extract(l)
}

func show(l *text.Layer, st Statement) want {
	w := want{kind: string(st.Kind), medium: st.Medium}
	if st.Source != nil {
		w.source = l.SpanText(*st.Source)
	}
	if st.Cue != nil {
		w.cue = l.SpanText(*st.Cue)
	}
	var parts []string
	for _, p := range piecesOf(st) {
		parts = append(parts, l.SpanText(p))
	}
	w.content = strings.Join(parts, " | ")
	return w
}

// TestConstructions covers every construction of the foundation issue, one passage each.
func TestConstructions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"X said", `The union said it would strike on Monday.`,
			[]want{{"The union", "said", "it would strike on Monday", "indirect", ""}}},
		{"said X", `"We will strike," said Jane Doe.`,
			[]want{{"Jane Doe", "said", "We will strike,", "direct", ""}}},
		{"X has said", `Russia has agreed to talks, US envoy Steve Witkoff has said.`,
			[]want{{"US envoy Steve Witkoff", "has said", "Russia has agreed to talks", "indirect", ""}}},
		{"X told Y that", `The minister told reporters that the deal was close.`,
			[]want{{"The minister", "told", "the deal was close", "indirect", "reporters"}}},
		{"told CNN", `Witkoff told CNN that Moscow had moved.`,
			[]want{{"Witkoff", "told", "Moscow had moved", "indirect", "CNN"}}},
		{"explained that", `Witkoff has explained that the agreements include three points.`,
			[]want{{"Witkoff", "has explained", "the agreements include three points", "indirect", ""}}},
		{"added that", `He added that the talks would resume.`,
			[]want{{"He", "added", "the talks would resume", "indirect", ""}}},
		{"according to, first", `According to the electoral commission, turnout reached 61 percent.`,
			[]want{{"the electoral commission", "According to", "turnout reached 61 percent", "indirect", ""}}},
		{"according to, last", `Turnout reached 61 percent, according to officials.`,
			[]want{{"officials", "according to", "Turnout reached 61 percent", "indirect", ""}}},
		{"colon", `Port spokesman João Reis: “Our offer remains on the table.”`,
			[]want{{"Port spokesman João Reis", ":", "Our offer remains on the table.", "direct", ""}}},
		{"interrupted quote", `“We are sorry,” the union said, “but we have no alternative.”`,
			[]want{{"the union", "said", "We are sorry, | but we have no alternative.", "direct", ""}}},
		{"speaking to", `Speaking to CNN, he said: "We won the concession."`,
			[]want{{"he", "said", "We won the concession.", "direct", "CNN"}}},
		{"title comma name", `Ukrainian President, Volodymyr Zelenskyy has expressed his preference to join Nato.`,
			[]want{{"Ukrainian President, Volodymyr Zelenskyy", "has expressed", "his preference to join Nato", "indirect", ""}}},
		{"spokesperson for", `A spokesperson for the Ministry of Defence (MoD) said: “Planning has continued.”`,
			[]want{{"A spokesperson for the Ministry of Defence (MoD)", "said", "Planning has continued.", "direct", ""}}},
		{"apposition", `Jane Doe, the union's chief negotiator, said the offer fell short.`,
			[]want{{"Jane Doe, the union's chief negotiator", "said", "the offer fell short", "indirect", ""}}},
		{"relative clause", `Almeida, who leads the union, said the strike would go on.`,
			[]want{{"Almeida, who leads the union", "said", "the strike would go on", "indirect", ""}}},
		{"mixed", `Trump said there were “many points that we agreed on”.`,
			[]want{{"Trump", "said", "there were “many points that we agreed on”", "mixed", ""}}},
		{"continued next paragraph", "He said: \"We won the first part.\n\"It was the first time we heard that.\"",
			[]want{{"He", "said", "We won the first part.", "direct", ""}, {"", "", "It was the first time we heard that.", "direct", ""}}},
		{"dash", `“This is the best offer” — Hannah Okafor, chief executive of Northline Buses.`,
			[]want{{"Hannah Okafor, chief executive of Northline Buses", "—", "This is the best offer", "direct", ""}}},
		{"passive", `It was announced by the Ministry of Labour on Friday that the wage will rise.`,
			[]want{{"the Ministry of Labour", "was announced", "the wage will rise", "indirect", ""}}},
		{"gerund", `The federation blamed the union, saying it had refused to talk.`,
			[]want{{"The federation", "blamed", "the union", "indirect", ""}, {"The federation", "saying", "it had refused to talk", "indirect", ""}}},
		{"social media", `Trump wrote on Truth Social that the meeting went well.`,
			[]want{{"Trump", "wrote", "the meeting went well", "indirect", "Truth Social"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, Options{}, tc.want) })
	}
}

// wantStatements extracts in under opt and checks that it finds exactly the statements listed, in order.
func wantStatements(t *testing.T, in string, opt Options, expected []want) {
	t.Helper()
	l, sts := extractAll(in, opt)
	var got []want
	for _, st := range sts {
		got = append(got, show(l, st))
	}
	if len(got) != len(expected) {
		t.Fatalf("got %d statements %+v, want %d %+v", len(got), got, len(expected), expected)
	}
	for i := range got {
		if got[i] != expected[i] {
			t.Errorf("statement %d:\n got  %+v\n want %+v", i, got[i], expected[i])
		}
	}
}

func TestConventions(t *testing.T) {
	in := "Mick Harlow said that \"we have no choice.\" \"Our members are angry.\""
	l, def := extractAll(in, Options{})
	if len(def) != 2 || l.SpanText(def[0].Content) != "we have no choice." {
		t.Fatalf("default convention: %d statements, first %q", len(def), l.SpanText(def[0].Content))
	}
	l, pol := extractAll(in, PolNeAR)
	if len(pol) != 1 || !strings.HasPrefix(l.SpanText(pol[0].Pieces[0]), "that") || len(pol[0].Pieces) != 2 {
		t.Fatalf("PolNeAR convention: %d statements", len(pol))
	}
}

// TestUnsourced: a statement with a cue and no source is PolNeAR's, not the ledger's; a continued quotation
// is kept in both conventions.
func TestUnsourced(t *testing.T) {
	in := "The talks are expected to last three days. Mick Harlow said: \"We have no choice.\"\n\n\"Our members are angry.\""
	count := func(sts []Statement) (unsourced, continued int) {
		for _, st := range sts {
			switch {
			case st.Source == nil && st.Cue != nil:
				unsourced++
			case st.Source == nil:
				continued++
			}
		}
		return
	}
	_, def := extractAll(in, Options{})
	if u, c := count(def); u != 0 || c != 1 || len(def) != 2 {
		t.Errorf("default: %d statements, %d unsourced, %d continued; want 2, 0, 1", len(def), u, c)
	}
	opt := Options{Unsourced: true}
	if _, got := extractAll(in, opt); len(got) != 3 {
		t.Errorf("Unsourced: %d statements, want 3", len(got))
	} else if u, _ := count(got); u != 1 {
		t.Errorf("Unsourced: %d unsourced, want 1", u)
	}
}

func TestNoStatement(t *testing.T) {
	for _, in := range []string{
		"The talks resumed on Monday in Geneva.",
		"Delegations from both sides arrived in Geneva on Sunday evening.",
		"This could embody what \"Article 5-like protection\" could look like.",
		"He is set to meet with Trump today in Washington DC.",
		"",
	} {
		if _, got := extractAll(in, Options{}); len(got) != 0 {
			t.Errorf("%q: %d statements, want none", in, len(got))
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(`"We won," he said, "and we are happy." According to X, Y. Z: "q" — A.`)
	f.Add("Said the envoy: “It is done.”\n\"More\nIt was announced by the MoD that x.")
	f.Add(strings.Repeat(`" `, 50) + "said")
	x := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		l := text.Analyze(s, 0)
		for _, st := range x.Extract(l) {
			for _, sp := range append(piecesOf(st), st.Content) {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("bad content span %v in %d bytes", sp, len(s))
				}
			}
			for _, sp := range []*text.Span{st.Source, st.Cue} {
				if sp != nil && (sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End) {
					t.Fatalf("bad span %v", *sp)
				}
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	s := strings.Repeat(`Russian President Vladimir Putin has agreed to "game changing" security guarantees, US envoy Steve Witkoff has said. Speaking to CNN, he said: "We were able to win the following concession." `, 50)
	l := text.Analyze(s, 0)
	x := New(Options{})
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		x.Extract(l)
	}
}

// BenchmarkLongSentence extracts one paragraph with no full stop, full of cues, at two sizes: MB/s must stay
// about the same from the small size to the large one (it fell with the square of the size while rules
// scanned from every cue to the sentence's end; see maxObjectScan).
func BenchmarkLongSentence(b *testing.B) {
	const unit = "the council agreed to new talks and rejected the demands of the union "
	for _, n := range []int{64 << 10, 256 << 10} {
		s := strings.Repeat(unit, n/len(unit)) + "today."
		l := text.Analyze(s, 0)
		x := New(Options{})
		b.Run(fmt.Sprintf("%dKiB", n>>10), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				x.Extract(l)
			}
		})
	}
}
