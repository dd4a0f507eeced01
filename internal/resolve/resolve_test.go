package resolve

import (
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/text"
)

// TestSpeakers resolves the last statement of each passage.
func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, in, speaker, typ string
	}{
		{"title and name", `Peace is near, US envoy Steve Witkoff has said.`, "Steve Witkoff", Person},
		{"surname after full name", "Steve Witkoff met Putin. Witkoff said the talks went well.", "Steve Witkoff", Person},
		{"he after a speaker", "Witkoff said the talks went well. He added that more were planned.", "Witkoff", Person},
		{"role tied earlier", "US envoy Steve Witkoff said Moscow had moved. Trump's special envoy revealed the news to CNN.", "Steve Witkoff", Person},
		{"spokesperson speaks for the ministry", `A spokesperson for the Ministry of Defence (MoD) said: "Planning has continued."`, "Ministry of Defence", Organisation},
		{"the government named earlier", "The UK Government backed the plan. The government said it would help.", "UK Government", Organisation},
		{"it after an organisation", "The government said it would help. It added that troops were ready.", "government", Organisation},
		{"apposition", "Jane Doe, the union's chief negotiator, said the offer fell short.", "Jane Doe", Person},
		{"title comma name", "Ukrainian President, Volodymyr Zelenskyy has expressed his preference to join Nato.", "Volodymyr Zelenskyy", Person},
		{"she skips a man", "Ms. Anna White met Tom Hill. Hill said the deal was fair. She said it was not.", "Anna White", Person},
		{"anonymous", "A senior official who asked not to be named said the deal was close.", "senior official who asked not to be named", Anonymous},
		{"they after a plural group", "Economists at the central bank said growth would slow. They said prices would rise.", "Economists at the central bank", Person},
		{"family name first", "South Korean President Lee Ji-won arrived. Lee said the summit mattered.", "Lee Ji-won", Person},
		{"party adjective is no name", "Her Conservative rival, Tom Hadley, said voters had heard it before.", "Tom Hadley", Person},
		{"leader refers to a president", "South Korean President Lee Ji-won arrived. The South Korean leader said the summit mattered.", "Lee Ji-won", Person},
	}
	x := attrib.New(attrib.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := text.Analyze(tc.in, 0)
			sts := x.Extract(l)
			if len(sts) == 0 {
				t.Fatalf("no statement in %q", tc.in)
			}
			Speakers(l, sts)
			last := sts[len(sts)-1]
			if last.Speaker != tc.speaker || last.SpeakerType != tc.typ {
				t.Errorf("speaker %q (%s), want %q (%s)", last.Speaker, last.SpeakerType, tc.speaker, tc.typ)
			}
		})
	}
}

// TestContinuationTakesPreviousSpeaker: a quotation with no attribution of its own keeps the last speaker.
func TestContinuationTakesPreviousSpeaker(t *testing.T) {
	l := text.Analyze("Steve Witkoff said: \"We won.\n\"It was the first time.\"", 0)
	sts := attrib.New(attrib.Options{}).Extract(l)
	Speakers(l, sts)
	if len(sts) != 2 || sts[1].Speaker != "Steve Witkoff" {
		t.Fatalf("got %+v", sts)
	}
}

// TestSourcelessCueNamesNobody: a statement with a cue and no source (a passive without its agent) does not
// take the previous speaker, as a continued quotation does.
func TestSourcelessCueNamesNobody(t *testing.T) {
	l := text.Analyze("\"We offer Istanbul as a venue,\" Erdogan said. The grain corridor deal was welcomed.", 0)
	sts := attrib.New(attrib.PolNeAR).Extract(l)
	Speakers(l, sts)
	var found bool
	for _, st := range sts {
		if st.Source == nil && st.Cue != nil {
			found = true
			if st.Speaker != "" {
				t.Errorf("%q (rule %s) resolved to %q", l.SpanText(st.Content), st.Rule, st.Speaker)
			}
		}
	}
	if !found || sts[0].Speaker != "Erdogan" {
		t.Fatalf("want Erdogan's statement and one with a cue and no source; got %+v", sts)
	}
}

func FuzzSpeakers(f *testing.F) {
	f.Add("He said it. She said: \"x\". They, who knew, said y. It added z, according to a source for the Ministry (M).")
	x := attrib.New(attrib.Options{})
	f.Fuzz(func(t *testing.T, s string) {
		l := text.Analyze(s, 0)
		sts := x.Extract(l)
		Speakers(l, sts)
	})
}
