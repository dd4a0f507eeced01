package resolve

import (
	"testing"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/text"
)

// TestScanBounds: scanNames reads where a scan starts and stops from the sentence's span rather than from its
// tokens, which holds because a sentence's span is exactly its tokens'; names right at a scan's bounds (a
// source in mid-sentence, one at a sentence's start, runs with "of" and "for" across the bound) resolve as
// before.
func TestScanBounds(t *testing.T) {
	tests := []struct {
		name, in, speaker, typ string
	}{
		{"name just before a mid-sentence source", `Maria Lopez met the press, and after that Tom Reyes said the deal was done. She said it was not.`,
			"Maria Lopez", Person},
		{"source opens the next sentence", `Tom Reyes arrived late. Anna Berg said the talks had stalled. He said they had not.`,
			"Tom Reyes", Person},
		{"'of' joins a name only before a capital", `The Bank of Spain raised rates. The bank said inflation of the past year was over.`,
			"Bank of Spain", Organisation},
		{"'for' before lower case ends the name", `Ann Lee for now backs the plan. Lee said the deal was done.`,
			"Ann Lee", Person},
		{"'for' before a capital joins the name", `The Centre for Policy Studies met Ann Lee. The centre said the deal was done.`,
			"Centre for Policy Studies", Organisation},
	}
	x := attrib.New(attrib.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := text.Analyze(tc.in, 0)
			for _, s := range l.Sentences {
				if s.Start != l.Tokens[s.FirstTok].Start || s.End != l.Tokens[s.EndTok-1].End {
					t.Fatalf("sentence %v is not the span of its tokens", s)
				}
			}
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
