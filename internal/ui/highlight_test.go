package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
)

func TestSegments(t *testing.T) {
	sp := func(a, b int) text.Span { return text.Span{Start: a, End: b} }
	const s = `He said "yes <b>" today.`
	tests := []struct {
		name   string
		lo, hi int
		marks  []Mark
		want   []Segment
	}{
		{"no marks", 0, len(s), nil, []Segment{{Text: s}}},
		{"one mark", 0, len(s), []Mark{{Span: sp(0, 2), Class: "source", Href: "/a"}},
			[]Segment{{Text: "He", Class: "source", Href: "/a"}, {Text: s[2:]}}},
		{"nested marks combine, inner link wins", 0, len(s), []Mark{
			{Span: sp(3, 23), Class: "content", Href: "/outer"},
			{Span: sp(3, 7), Class: "cue", Href: "/inner"},
		}, []Segment{{Text: "He "}, {Text: "said", Class: "content cue", Href: "/inner"}, {Text: s[7:23], Class: "content", Href: "/outer"}, {Text: "."}}},
		{"equal neighbours merge", 0, len(s), []Mark{{Span: sp(0, 2), Class: "match"}, {Span: sp(2, 3), Class: "match"}},
			[]Segment{{Text: "He ", Class: "match"}, {Text: s[3:]}}},
		{"clipped to the window", 3, 7, []Mark{{Span: sp(0, 5), Class: "source"}},
			[]Segment{{Text: "sa", Class: "source"}, {Text: "id"}}},
		{"marks outside ignored", 0, 2, []Mark{{Span: sp(5, 9), Class: "cue"}}, []Segment{{Text: "He"}}},
		{"empty window", 5, 5, []Mark{{Span: sp(0, 9), Class: "cue"}}, nil},
		{"window past the end", 20, 99, nil, []Segment{{Text: s[20:]}}},
		{"inverted span ignored", 0, 2, []Mark{{Span: sp(2, 1), Class: "cue"}}, []Segment{{Text: "He"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Segments(s, tt.lo, tt.hi, tt.marks)
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("segment %d: %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestSegmentsMoveToCharacterBoundaries(t *testing.T) {
	s := "Zelenskyy — «да»"
	i := strings.Index(s, "—") + 1 // inside the dash
	segs := Segments(s, 0, len(s), []Mark{{Span: text.Span{Start: i, End: i + 1}, Class: "cue"}})
	for _, seg := range segs {
		if !utf8.ValidString(seg.Text) {
			t.Errorf("segment %q cuts a character", seg.Text)
		}
	}
	if len(segs) != 3 || segs[1].Text != "—" {
		t.Errorf("segments %+v, want the dash marked whole", segs)
	}
}

func TestParagraphs(t *testing.T) {
	segs := []Segment{{Text: "One "}, {Text: "two\n\nthree", Class: "content"}, {Text: "\n \nfour"}}
	got := Paragraphs(segs)
	want := [][]Segment{
		{{Text: "One "}, {Text: "two", Class: "content"}},
		{{Text: "three", Class: "content"}},
		{{Text: "four"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("paragraph %d: %+v, want %+v", i, got[i], want[i])
		}
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Errorf("paragraph %d segment %d: %+v, want %+v", i, j, got[i][j], want[i][j])
			}
		}
	}
}

func TestMatchMarks(t *testing.T) {
	tests := []struct {
		q, s string
		want []string
	}{
		{"guarantee*", "Security guarantees, a guarantee; guaranteed.", []string{"guarantees", "guarantee", "guaranteed"}},
		{"guarantee", "Security guarantees, a guarantee.", []string{"guarantee"}},
		{"NATO", "join Nato or nato-membership", []string{"Nato", "nato"}},
		{"5-like", "Article 5-like protection", []string{"5", "like"}},
		{"*** ()", "anything", nil},
		{"Zelenskyy", "ZELENSKYY said", []string{"ZELENSKYY"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range MatchMarks(tt.s, SearchTerms(tt.q)) {
			got = append(got, tt.s[m.Span.Start:m.Span.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("MatchMarks(%q in %q) = %q, want %q", tt.q, tt.s, got, tt.want)
		}
	}
}

// FuzzSegments: whatever the marks, the segments put back together are the window's text, every segment is
// whole characters, and plain and marked runs alternate without two equal neighbours.
func FuzzSegments(f *testing.F) {
	f.Add("He said “yes” — «да».", 0, 30, 3, 7, 5, 20)
	f.Add("abc", -5, 99, -1, 2, 2, 1)
	f.Add("ééé", 1, 5, 1, 3, 0, 6)
	f.Fuzz(func(t *testing.T, s string, lo, hi, a1, b1, a2, b2 int) {
		if !utf8.ValidString(s) {
			return
		}
		marks := []Mark{{Span: text.Span{Start: a1, End: b1}, Class: "source", Href: "/x"}, {Span: text.Span{Start: a2, End: b2}, Class: "content"}}
		segs := Segments(s, lo, hi, marks)
		var b strings.Builder
		for i, seg := range segs {
			if seg.Text == "" || !utf8.ValidString(seg.Text) {
				t.Fatalf("segment %d %q is empty or cuts a character", i, seg.Text)
			}
			if i > 0 && segs[i-1].Class == seg.Class && segs[i-1].Href == seg.Href {
				t.Fatalf("segments %d and %d not merged: %+v", i-1, i, segs)
			}
			b.WriteString(seg.Text)
		}
		clo, chi := max(0, min(lo, len(s))), max(0, min(hi, len(s)))
		if clo >= chi {
			if len(segs) != 0 {
				t.Fatalf("empty window gave %+v", segs)
			}
			return
		}
		if got := b.String(); !strings.Contains(s, got) || len(got) < chi-clo {
			t.Fatalf("segments %q do not cover s[%d:%d] = %q", got, clo, chi, s[clo:chi])
		}
	})
}
