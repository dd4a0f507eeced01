package claims

import (
	"fmt"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/timex"
)

func TestScratch(t *testing.T) {
	cb := codebook.Default()
	at := time.Date(2025, 8, 18, 7, 41, 0, 0, time.FixedZone("BST", 3600))
	for _, s := range []string{"Russian President Vladimir Putin", "the United States", "British personnel", "the Russians", "Russians", "Ukrainian allies", "Earlier this summer the UK Government", "the UK Government", "Ministry of Defence", "UK Government", "Trump", "He", "Moscow", "Kyiv", "Moscow and Kyiv", "Volodymyr Zelenskyy", "Ukrainian President, Volodymyr Zelenskyy", "Kremlin spokesman Dmitry Peskov", "Nato", "Britain", "Ukraine", "Crimea", "military chiefs", "Russia's"} {
		a, ok := cb.ResolveActor(s, at)
		fmt.Printf("%-45q %v %v\n", s, ok, a)
	}
	for _, s := range []string{"He added that these agreements were made on Friday during the summit.", "He is set to meet with Trump today in Washington DC.", "the agreements that Trump had claimed had been made with the Russian leader during Friday's summit in Alaska.", "Earlier this summer the UK Government backed efforts", "Plans for the force were drafted last month following a meeting"} {
		for _, w := range timex.Find(s, 0, at) {
			fmt.Println(w.String(), w.Span, w.Grain, w.ISO())
		}
		for _, m := range cb.FindIssues(s, 0) {
			fmt.Println("  issue", m.IssueID, s[m.Span.Start:m.Span.End])
		}
	}
}

func TestScratch2(t *testing.T) {
	cb := codebook.Default()
	for _, s := range []string{"British", "Russians", "the Russians", "Ukrainians", "American", "Americans", "European", "Britain", "the US", "US", "French"} {
		a, ok := cb.CountryActor(s)
		fmt.Println(s, ok, a)
	}
}
