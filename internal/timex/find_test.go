package timex

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// seedRef is the seed article's publication time: Monday 18 August 2025, 07:41 BST.
var seedRef = time.Date(2025, time.August, 18, 7, 41, 0, 0, time.FixedZone("BST", 3600))

type hit struct{ text, iso, grain string }

func find(s string, ref time.Time) []hit {
	var out []hit
	for _, w := range Find(s, 0, ref) {
		out = append(out, hit{w.Text, w.ISO(), w.Grain})
	}
	return out
}

func TestFind(t *testing.T) {
	fri := seedRef.AddDate(0, 0, 4) // Friday 22 August 2025
	jan := time.Date(2025, time.January, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		s    string
		ref  time.Time
		want []hit
	}{
		// The seed acceptance cases.
		{"possessive weekday", "with the Russian leader during Friday's summit in Alaska", seedRef, []hit{{"Friday", "2025-08-15", "day"}}},
		{"today", "He is set to meet with Trump today in Washington DC.", seedRef, []hit{{"today", "2025-08-18", "day"}}},
		{"last month", "Plans for the force were drafted last month following a meeting.", seedRef, []hit{{"last month", "2025-07", "month"}}},
		{"earlier this summer", "Earlier this summer the UK Government backed efforts", seedRef, []hit{{"Earlier this summer", "2025-06-01/2025-08-18", "range"}}},
		{"overnight", "revealed the news overnight to CNN", seedRef, []hit{{"overnight", "2025-08-17T18:00:00+01:00/2025-08-18T06:00:00+01:00", "night"}}},
		{"on Friday", "He added that these agreements were made on Friday during the summit.", seedRef, []hit{{"Friday", "2025-08-15", "day"}}},
		{"header date", "Share\n18th August 2025\n07:41am BST\n", seedRef, []hit{{"18th August 2025", "2025-08-18", "day"}}},

		// Weekdays.
		{"last weekday", "They spoke last Friday.", seedRef, []hit{{"last Friday", "2025-08-15", "day"}}},
		{"last same weekday", "They spoke last Monday.", seedRef, []hit{{"last Monday", "2025-08-11", "day"}}},
		{"next weekday", "They meet next Friday.", seedRef, []hit{{"next Friday", "2025-08-22", "day"}}},
		{"this weekday", "They meet this Wednesday.", seedRef, []hit{{"this Wednesday", "2025-08-20", "day"}}},
		{"future cue after", "On Friday, Trump will host the talks.", seedRef, []hit{{"Friday", "2025-08-22", "day"}}},
		{"future cue before", "Zelenskyy is set to travel to Washington on Thursday.", seedRef, []hit{{"Thursday", "2025-08-21", "day"}}},
		{"ahead of", "Ahead of Wednesday's meeting, aides met.", seedRef, []hit{{"Wednesday", "2025-08-20", "day"}}},
		{"cue in other sentence", "The talks will go on. They met on Sunday.", seedRef, []hit{{"Sunday", "2025-08-17", "day"}}},
		{"weekday is ref day", "Zelenskyy meets Trump on Monday.", seedRef, []hit{{"Monday", "2025-08-18", "day"}}},
		{"weekday night", "Strikes hit Kyiv on Saturday night.", seedRef, []hit{{"Saturday night", "2025-08-16T18:00:00+01:00/2025-08-17T06:00:00+01:00", "night"}}},
		{"weekday morning", "on Sunday morning", seedRef, []hit{{"Sunday morning", "2025-08-17", "day"}}},
		{"weekday with date", "on Friday, 15 August, leaders met", seedRef, []hit{{"Friday, 15 August", "2025-08-15", "day"}}},
		{"newspaper", "the Sunday Times reported", seedRef, nil},
		{"holiday", "on Good Friday", seedRef, nil},
		{"ref is Friday", "The summit was on Friday and next Friday too; last Friday was quiet.", fri, []hit{{"Friday", "2025-08-22", "day"}, {"next Friday", "2025-08-29", "day"}, {"last Friday", "2025-08-15", "day"}}},

		// Days around ref.
		{"yesterday", "Yesterday evening and tomorrow", seedRef, []hit{{"Yesterday evening", "2025-08-17", "day"}, {"tomorrow", "2025-08-19", "day"}}},
		{"tonight", "tonight", seedRef, []hit{{"tonight", "2025-08-18T18:00:00+01:00/2025-08-19T06:00:00+01:00", "night"}}},
		{"last night", "Drones struck last night.", seedRef, []hit{{"last night", "2025-08-17T18:00:00+01:00/2025-08-18T06:00:00+01:00", "night"}}},
		{"this morning", "said this morning", seedRef, []hit{{"this morning", "2025-08-18", "day"}}},
		{"network name", "the Russia Today network and USA Today", seedRef, nil},
		{"sentence-initial Today", "Talks end. Today Zelenskyy flies.", seedRef, []hit{{"Today", "2025-08-18", "day"}}},
		{"day before yesterday", "the day before yesterday", seedRef, []hit{{"the day before yesterday", "2025-08-16", "day"}}},

		// Weeks, months, years.
		{"this week", "this week", seedRef, []hit{{"this week", "2025-08-18/2025-08-24", "range"}}},
		{"last week", "last week", seedRef, []hit{{"last week", "2025-08-11/2025-08-17", "range"}}},
		{"next week", "next week", seedRef, []hit{{"next week", "2025-08-25/2025-08-31", "range"}}},
		{"earlier this week", "earlier this week", fri, []hit{{"earlier this week", "2025-08-18/2025-08-22", "range"}}},
		{"over the weekend", "talks over the weekend", seedRef, []hit{{"the weekend", "2025-08-16/2025-08-17", "range"}}},
		{"this weekend", "this weekend", fri, []hit{{"this weekend", "2025-08-23/2025-08-24", "range"}}},
		{"this month", "this month", seedRef, []hit{{"this month", "2025-08", "month"}}},
		{"next month", "next month", seedRef, []hit{{"next month", "2025-09", "month"}}},
		{"last month in January", "last month", jan, []hit{{"last month", "2024-12", "month"}}},
		{"earlier this year", "earlier this year", seedRef, []hit{{"earlier this year", "2025-01-01/2025-08-18", "range"}}},
		{"last year", "last year", seedRef, []hit{{"last year", "2024", "year"}}},
		{"in year", "Russia annexed Crimea in 2014.", seedRef, []hit{{"2014", "2014", "year"}}},
		{"bare number", "2014 soldiers", seedRef, nil},
		{"early year", "in early 2024", seedRef, []hit{{"early 2024", "2024-01-01/2024-04-30", "range"}}},

		// Seasons.
		{"this summer", "this summer", seedRef, []hit{{"this summer", "2025-06-01/2025-08-31", "range"}}},
		{"last summer in summer", "last summer", seedRef, []hit{{"last summer", "2024-06-01/2024-08-31", "range"}}},
		{"last summer after summer", "last summer", time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC), []hit{{"last summer", "2025-06-01/2025-08-31", "range"}}},
		{"this winter in January", "this winter", jan, []hit{{"this winter", "2024-12-01/2025-02-28", "range"}}},
		{"next spring", "next spring", seedRef, []hit{{"next spring", "2026-03-01/2026-05-31", "range"}}},
		{"summer of year", "the summer of 2022", seedRef, []hit{{"summer of 2022", "2022-06-01/2022-08-31", "range"}}},

		// Months.
		{"in past month", "talks collapsed in March", seedRef, []hit{{"March", "2025-03", "month"}}},
		{"in later month", "talks collapsed in September", seedRef, []hit{{"September", "2024-09", "month"}}},
		{"in future month", "talks will resume in September", seedRef, []hit{{"September", "2025-09", "month"}}},
		{"future cue earlier month", "talks will resume in March", seedRef, []hit{{"March", "2026-03", "month"}}},
		{"in current month", "in August", seedRef, []hit{{"August", "2025-08", "month"}}},
		{"last March", "last March and next August", seedRef, []hit{{"last March", "2025-03", "month"}, {"next August", "2026-08", "month"}}},
		{"month year", "in February 2022", seedRef, []hit{{"February 2022", "2022-02", "month"}}},
		{"mid month", "by mid-September", seedRef, []hit{{"mid-September", "2024-09-11/2024-09-20", "range"}}},
		{"May verb", "May I ask? April Smith said.", seedRef, nil},
		{"lower-case month", "they march in may", seedRef, nil},

		// Explicit dates.
		{"day month", "on 15 August", seedRef, []hit{{"15 August", "2025-08-15", "day"}}},
		{"month day past", "on August 25", seedRef, []hit{{"August 25", "2024-08-25", "day"}}},
		{"month day future", "talks will be held on August 25", seedRef, []hit{{"August 25", "2025-08-25", "day"}}},
		{"abbreviated", "on Aug. 15, 2025, leaders met", seedRef, []hit{{"Aug. 15, 2025", "2025-08-15", "day"}}},
		{"ordinal of", "the 24th of February 2022", seedRef, []hit{{"24th of February 2022", "2022-02-24", "day"}}},
		{"iso", "dated 2025-08-15.", seedRef, []hit{{"2025-08-15", "2025-08-15", "day"}}},
		{"invalid date falls back to month", "on 31 June 2025", seedRef, []hit{{"June 2025", "2025-06", "month"}}},
		{"numeric skipped", "on 15/08/2025", seedRef, nil},
		{"article 5", "Article 5 August", seedRef, nil},

		// Counted offsets.
		{"weeks ago", "two weeks ago", seedRef, []hit{{"two weeks ago", "2025-08-04", "day"}}},
		{"days ago", "three days ago", seedRef, []hit{{"three days ago", "2025-08-15", "day"}}},
		{"in days", "in two days", seedRef, []hit{{"in two days", "2025-08-20", "day"}}},
		{"in weeks time", "in two weeks' time", seedRef, []hit{{"in two weeks' time", "2025-09-01", "day"}}},
		{"hours ago", "3 hours ago", seedRef, []hit{{"3 hours ago", "2025-08-18T04:41:00+01:00", "instant"}}},
		{"months ago", "a month ago", seedRef, []hit{{"a month ago", "2025-07", "month"}}},
		{"past weeks", "over the past two weeks", seedRef, []hit{{"past two weeks", "2025-08-04/2025-08-18", "range"}}},
		{"past week", "in the past week", seedRef, []hit{{"past week", "2025-08-11/2025-08-18", "range"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := find(tc.s, tc.ref)
			if !equalHits(got, tc.want) {
				t.Errorf("Find(%q)\n got %v\nwant %v", tc.s, got, tc.want)
			}
		})
	}
}

func equalHits(a, b []hit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFindNoRef(t *testing.T) {
	got := find("On Friday, on 15 August 2025, in 2014 and last month, on Aug 3.", time.Time{})
	want := []hit{{"15 August 2025", "2025-08-15", "day"}, {"2014", "2014", "year"}}
	if !equalHits(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestFindSpansAndBase(t *testing.T) {
	s := "He is set to meet with Trump today in Washington DC."
	ws := Find(s, 1000, seedRef)
	if len(ws) != 1 {
		t.Fatalf("got %v", ws)
	}
	w := ws[0]
	if got := s[w.Span.Start-1000 : w.Span.End-1000]; got != "today" || w.Text != got {
		t.Errorf("span %v covers %q, text %q", w.Span, got, w.Text)
	}
}

func TestFindResolvesInRefLocation(t *testing.T) {
	// 23:30 UTC on 17 August is already 18 August in Kyiv.
	kyiv := time.FixedZone("EEST", 3*3600)
	ref := time.Date(2025, 8, 17, 23, 30, 0, 0, time.UTC).In(kyiv)
	ws := Find("today", 0, ref)
	if len(ws) != 1 || ws[0].ISO() != "2025-08-18" || ws[0].Start.Location() != kyiv {
		t.Fatalf("got %v", ws)
	}
	if !ws[0].Contains(ref) {
		t.Errorf("%v does not contain ref %v", ws[0], ref)
	}
}

func TestValueJSON(t *testing.T) {
	ws := Find("Friday's summit, earlier this summer", 0, seedRef)
	if len(ws) != 2 {
		t.Fatalf("got %v", ws)
	}
	var got []string
	for _, w := range ws {
		b, err := json.Marshal(w.Value())
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(b))
	}
	want := []string{`"2025-08-15"`, `{"start":"2025-06-01","end":"2025-08-18"}`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestFindSeedArticle runs the shared seed article, if present, and checks every expression it should find.
func TestFindSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seed/000_ede8f8dea4cc4353.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	got := map[string]string{}
	for _, w := range Find(string(b), 0, seedRef) {
		got[w.Text] = w.ISO()
		if string(b)[w.Span.Start:w.Span.End] != w.Text {
			t.Errorf("span %v does not cover %q", w.Span, w.Text)
		}
	}
	for text, iso := range map[string]string{
		"18th August 2025": "2025-08-18", "overnight": "2025-08-17T18:00:00+01:00/2025-08-18T06:00:00+01:00",
		"Friday": "2025-08-15", "today": "2025-08-18", "Earlier this summer": "2025-06-01/2025-08-18",
		"last month": "2025-07",
	} {
		if got[text] != iso {
			t.Errorf("%q resolved to %q, want %q", text, got[text], iso)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Friday's summit", "earlier this summer", "Aug. 15, 2025", "in two weeks' time", "2025-08-15",
		"the day before yesterday", "on Friday, 15 August, leaders met", "mid-", "last 99999999999 days",
		"in 2014", "31 February", "\xff\xfe Friday", "early", "this", "Sept.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ref := range []time.Time{seedRef, {}} {
			prev := 0
			for _, w := range Find(s, 7, ref) {
				if w.Span.Start < 7 || w.Span.End > 7+len(s) || w.Span.Start >= w.Span.End {
					t.Fatalf("span %v out of range for %q", w.Span, s)
				}
				if w.Span.Start < prev {
					t.Fatalf("span %v overlaps or precedes the previous one", w.Span)
				}
				prev = w.Span.End
				if s[w.Span.Start-7:w.Span.End-7] != w.Text {
					t.Fatalf("text %q does not match span %v", w.Text, w.Span)
				}
				if w.End.Before(w.Start) {
					t.Fatalf("%v ends before it starts", w)
				}
				if utf8.ValidString(s) && !utf8.ValidString(w.Text) {
					t.Fatalf("span cuts a rune: %q", w.Text)
				}
				if w.ISO() == "" {
					t.Fatalf("no ISO for %v", w)
				}
			}
		}
	})
}
