package text

import (
	"os"
	"strings"
	"testing"
)

func sentenceTexts(l *Layer) []string {
	var out []string
	for _, s := range l.Sentences {
		out = append(out, l.SpanText(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"titles", "Mr. Smith met Gen. Jones in Washington. They talked.", []string{"Mr. Smith met Gen. Jones in Washington.", "They talked."}},
		{"hyphenated titles", "He met then-Sen. Ann Vale and ex-Gov. Tom Lee. They talked.", []string{"He met then-Sen. Ann Vale and ex-Gov. Tom Lee.", "They talked."}},
		{"US mid", "The U.S. President spoke. He left.", []string{"The U.S. President spoke.", "He left."}},
		{"US end", "He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"am ET", "The vote is at 9 a.m. ET on Friday. It may slip.", []string{"The vote is at 9 a.m. ET on Friday.", "It may slip."}},
		{"month", "It ends on Jan. 5 this year. Or later.", []string{"It ends on Jan. 5 this year.", "Or later."}},
		{"initials", "J. K. Rowling wrote it. Then she left.", []string{"J. K. Rowling wrote it.", "Then she left."}},
		{"party and state", "Rep. Jim Clyburn (D-S.C.) spoke. Sen. Lindsey Graham, R-S.C., left.",
			[]string{"Rep. Jim Clyburn (D-S.C.) spoke.", "Sen. Lindsey Graham, R-S.C., left."}},
		{"decimal time", "Growth was 3.5 per cent at 07:41am. Markets rose.", []string{"Growth was 3.5 per cent at 07:41am.", "Markets rose."}},
		{"quote then lower", `"Are you sure?" he asked. "Yes."`, []string{`"Are you sure?" he asked.`, `"Yes."`}},
		{"quote closes sentence", `He said: "We won." Then he left.`, []string{`He said: "We won."`, `Then he left.`}},
		{"curly quote", "She said: “It is over.” Talks ended.", []string{"She said: “It is over.”", "Talks ended."}},
		{"ellipsis inside", "He said he would be “calling up … the various people,” before the deal.", []string{"He said he would be “calling up … the various people,” before the deal."}},
		{"paragraphs", "First line\nSecond line.", []string{"First line", "Second line."}},
		{"soft wrap", "A long sentence that\nwraps here.", []string{"A long sentence that\nwraps here."}},
		{"apostrophes", "Ukraine’s allies haven’t agreed. Russia's too.", []string{"Ukraine’s allies haven’t agreed.", "Russia's too."}},
		{"question", "Why now? Nobody knows!", []string{"Why now?", "Nobody knows!"}},
		{"Inc", "He joined Acme Inc. The firm grew.", []string{"He joined Acme Inc.", "The firm grew."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(Analyze(tc.in, 0))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ukraine’s allies haven’t", []string{"Ukraine’s", "allies", "haven’t"}},
		{"the U.S. and a.m. times", []string{"the", "U.S.", "and", "a.m.", "times"}},
		{"Article 5-like protection", []string{"Article", "5-like", "protection"}},
		{"07:41am 10,000 3.5%", []string{"07:41am", "10,000", "3.5", "%"}},
		{`“game changing”`, []string{"“", "game", "changing", "”"}},
		{"'security guarantees'", []string{"'", "security", "guarantees", "'"}},
		{"Mr. Smith", []string{"Mr", ".", "Smith"}},
	}
	for _, tc := range tests {
		var got []string
		for _, tok := range Tokenize(tc.in, 0, len(tc.in), nil) {
			got = append(got, tc.in[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		inner   []string
		closed  []bool
		reopens []bool
	}{
		{"straight", `He said "yes" and "no".`, []string{"yes", "no"}, []bool{true, true}, []bool{false, false}},
		{"curly nested single", `She said: “They called it ‘security guarantees’ today.”`, []string{"They called it ‘security guarantees’ today."}, []bool{true}, []bool{false}},
		{"runs over paragraphs", "He said: \"We won the first part.\n\"It was the first time.\"", []string{"We won the first part.", "It was the first time."}, []bool{false, true}, []bool{false, true}},
		{"two apostrophes", "He said ''We won,'' and left.", []string{"We won,"}, []bool{true}, []bool{false}},
		{"apostrophe inside", `"Ukraine's allies haven't agreed," he said.`, []string{"Ukraine's allies haven't agreed,"}, []bool{true}, []bool{false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := Analyze(tc.in, 0)
			if len(l.Quotes) != len(tc.inner) {
				t.Fatalf("got %d quotes, want %d", len(l.Quotes), len(tc.inner))
			}
			for i, q := range l.Quotes {
				if got := l.SpanText(q.Inner); got != tc.inner[i] {
					t.Errorf("quote %d inner %q, want %q", i, got, tc.inner[i])
				}
				if (q.Close >= 0) != tc.closed[i] || q.Reopens != tc.reopens[i] {
					t.Errorf("quote %d closed=%v reopens=%v", i, q.Close >= 0, q.Reopens)
				}
			}
		})
	}
}

func TestSeedLayer(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/seed/000_ede8f8dea4cc4353.txt")
	if err != nil {
		t.Skipf("seed article not present: %v", err)
	}
	s := string(raw)
	l := Analyze(s, 0)
	if len(l.Paragraphs) != 22 {
		t.Errorf("seed paragraphs = %d, want 22 (one a line)", len(l.Paragraphs))
	}
	// Every paragraph of the seed is one sentence except none; check offsets round-trip and quotes pair up.
	for _, sn := range l.Sentences {
		if sn.Start < 0 || sn.End > len(s) || sn.Start >= sn.End {
			t.Fatalf("bad sentence span %v", sn.Span)
		}
	}
	var reopened int
	for _, q := range l.Quotes {
		if q.Reopens {
			reopened++
		}
	}
	if reopened != 1 {
		t.Errorf("reopened quotes = %d, want 1 (the Witkoff quote over two paragraphs)", reopened)
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add(`He said: "We won. We are happy," adding 'more'.`)
	f.Add("Mr. U.S. a.m. ET\n\n“x ‘y’ z”\n\"open")
	f.Add(strings.Repeat(`"`, 100))
	f.Fuzz(func(t *testing.T, s string) {
		l := Analyze(s, 0)
		prevEnd := 0
		for _, tok := range l.Tokens {
			if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token %v after %d", tok.Span, prevEnd)
			}
			prevEnd = tok.End
		}
		n := 0
		for _, p := range l.Paragraphs {
			for si := p.FirstSent; si < p.EndSent; si++ {
				sn := l.Sentences[si]
				if sn.FirstTok != n {
					t.Fatalf("sentences do not tile tokens: %d != %d", sn.FirstTok, n)
				}
				n = sn.EndTok
			}
		}
		if n != len(l.Tokens) {
			t.Fatalf("sentences cover %d of %d tokens", n, len(l.Tokens))
		}
		for _, q := range l.Quotes {
			if q.Inner.Start > q.Inner.End || q.Inner.End > len(s) {
				t.Fatalf("bad quote %v", q.Inner)
			}
		}
	})
}
