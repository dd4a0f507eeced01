package claims

import (
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/timex"
)

var timeRef = time.Date(2025, 8, 18, 7, 41, 0, 0, time.FixedZone("BST", 3600))

// checkTimeWords fails when timex finds a time expression in s that mayHaveTime would have skipped.
func checkTimeWords(t *testing.T, s string) {
	t.Helper()
	l := text.Analyze(s, 0)
	d := newDocState(New(nil), &ingest.Document{Raw: s, Published: timeRef}, l, nil)
	for _, sent := range l.Sentences {
		ws := timex.Find(s[sent.Start:sent.End], sent.Start, timeRef)
		if len(ws) > 0 && !d.mayHaveTime(sent.FirstTok, sent.EndTok) {
			t.Errorf("timex finds %v in %q, but mayHaveTime skips it", ws, s[sent.Start:sent.End])
		}
	}
}

// TestTimeWordsCoverTimex: every expression timex finds holds a number or one of timeWords.
func TestTimeWordsCoverTimex(t *testing.T) {
	for _, s := range []string{
		"They met during Friday's summit.", "He revealed the news overnight.", "Plans were drafted last month.",
		"It was signed on 15 August 2025.", "Crimea was annexed in 2014.", "It happened three hours ago.",
		"Talks resume in two weeks' time.", "Earlier this summer the UK backed it.", "It was the day before yesterday.",
		"He spoke this morning.", "They talked last night.", "Due on Aug 15.", "Dated 2025-08-15.", "See you next week.",
		"It began in March.", "Over the weekend they met.", "In the past year nothing moved.", "He is set to meet today.",
		"They meet tomorrow evening.", "Tonight he speaks.", "Later today he flies.", "At 10:30 they met.",
		"Last winter was hard.", "A year ago they met.", "On Monday, 18 August, he met Trump.", "Since May it has held.",
	} {
		checkTimeWords(t, s)
	}
}

func FuzzTimeWords(f *testing.F) {
	for _, s := range []string{"last Friday", "in two weeks", "Earlier this summer", "2025-08-15", "overnight"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		doc, err := ingest.Parse("fuzz", "fuzz.txt", []byte(s))
		if err != nil {
			return
		}
		checkTimeWords(t, doc.Raw[doc.BodyStart:])
	})
}
