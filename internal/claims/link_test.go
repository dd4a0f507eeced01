package claims

import (
	"slices"
	"testing"
)

func TestStanceOf(t *testing.T) {
	for _, tc := range []struct {
		e    Event
		p    Polarity
		want Stance
	}{
		{Agree, Positive, StanceAgree},
		{Agree, Negative, StanceReject},
		{Reject, Positive, StanceReject},
		{Reject, Negative, StanceAgree},
		{Request, Positive, StanceAgree},
		{Concede, Negative, StanceReject},
		{Consult, Positive, StanceUnclear},
		{Accuse, Positive, StanceUnclear},
		{Threaten, Negative, StanceUnclear},
	} {
		if got := StanceOf(tc.e, tc.p); got != tc.want {
			t.Errorf("StanceOf(%s, %s) = %s, want %s", tc.e, tc.p, got, tc.want)
		}
	}
}

func TestRelate(t *testing.T) {
	agree := func(claimant string, p Polarity, source int64) Fact {
		return Fact{Actor: "russia", Event: Agree, Issue: "ceasefire", Polarity: p, Mode: Asserted, Claimant: claimant, Source: source}
	}
	facts := []Fact{
		0: agree("witkoff", Positive, 1),
		1: agree("peskov", Negative, 2),
		2: agree("witkoff", Negative, 3), // the same claimant changing his story is not a contradiction between claimants
		3: agree("rubio", Positive, 1),   // same story as 0: no corroboration
		4: agree("rubio", Positive, 4),   // another story: corroborates 0 and 3
		5: {Actor: "russia", Event: Agree, Issue: "ceasefire", Polarity: Negative, Mode: Hypothetical, Claimant: "x", Source: 5},
		6: {Actor: "russia", Event: Reject, Issue: "ceasefire", Polarity: Positive, Mode: Asserted, Claimant: "y", Source: 6},
		7: {Event: Agree, Polarity: Positive, Claimant: "z", Source: 7}, // about nobody and nothing
		8: {Event: Agree, Polarity: Negative, Claimant: "w", Source: 8},
	}
	r := Relate(facts)
	for _, tc := range []struct {
		i                    int
		contradicts, corrobs []int
		sources              int
	}{
		{0, []int{1}, []int{4}, 2},
		{1, []int{0, 3, 4}, []int{2}, 2},
		{2, []int{3, 4}, []int{1}, 2},
		{3, []int{1, 2}, []int{4}, 2},
		{4, []int{1, 2}, []int{0, 3}, 2},
		{5, nil, nil, 1},
		{6, nil, nil, 1},
		{7, nil, nil, 1},
		{8, nil, nil, 1},
	} {
		got := r.Contradicts[tc.i]
		slices.Sort(got)
		if !slices.Equal(got, tc.contradicts) {
			t.Errorf("fact %d contradicted by %v, want %v", tc.i, got, tc.contradicts)
		}
		got = r.Corroborates[tc.i]
		slices.Sort(got)
		if !slices.Equal(got, tc.corrobs) {
			t.Errorf("fact %d corroborated by %v, want %v", tc.i, got, tc.corrobs)
		}
		if r.Contested[tc.i] != (len(tc.contradicts) > 0) {
			t.Errorf("fact %d contested = %v", tc.i, r.Contested[tc.i])
		}
		if n := r.Sources(tc.i); n != tc.sources {
			t.Errorf("fact %d has %d sources, want %d", tc.i, n, tc.sources)
		}
	}
}

// A claim repeated by many documents is related in linear time, with the lists cut at MaxLinks and the
// counts exact.
func TestRelateManyCopies(t *testing.T) {
	const n = 20000
	facts := make([]Fact, n)
	for i := range facts {
		facts[i] = Fact{Actor: "russia", Event: Agree, Issue: "ceasefire", Polarity: Positive, Mode: Asserted, Claimant: "a", Source: int64(i % 100)}
	}
	facts[n-1].Polarity, facts[n-1].Claimant = Negative, "b"
	r := Relate(facts)
	if !r.Contested[0] || !r.Contested[n-1] || len(r.Contradicts[n-1]) != MaxLinks || len(r.Corroborates[0]) != MaxLinks {
		t.Errorf("contested %v %v, links %d %d", r.Contested[0], r.Contested[n-1], len(r.Contradicts[n-1]), len(r.Corroborates[0]))
	}
	if r.Sources(0) != 100 || r.Sources(n-1) != 1 {
		t.Errorf("sources %d and %d, want 100 and 1", r.Sources(0), r.Sources(n-1))
	}
}

func TestParseEvent(t *testing.T) {
	for _, e := range Events {
		if got, err := ParseEvent(string(e)); err != nil || got != e {
			t.Errorf("ParseEvent(%s) = %s, %v", e, got, err)
		}
	}
	if got, err := ParseEvent("agree"); err != nil || got != Agree {
		t.Errorf("ParseEvent(agree) = %s, %v", got, err)
	}
	if _, err := ParseEvent("HUG"); err == nil {
		t.Error("ParseEvent(HUG) succeeded")
	}
}
