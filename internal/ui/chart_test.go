package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/codebook"
)

func TestTimelineChart(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 12, 0, 0, 0, time.UTC) }
	a := api.ActorRef{ID: "putin", Name: "Vladimir Putin"}
	b := api.ActorRef{ID: "auto-kaja-kallas", Name: "Kaja Kallas"}
	pts := []api.TimelinePoint{
		{Date: day(8, 1), Actor: b, Stance: api.StanceReject},
		{Date: day(8, 10), Actor: a, Stance: api.StanceAgree},
		{Date: day(8, 10), Actor: a, Stance: api.StanceAgree},
		{Date: day(9, 20), Actor: a, Stance: api.StanceUnclear},
	}
	c := TimelineChart(pts, refHref, nil)
	if len(c.Lanes) != 2 || c.Lanes[0].Label != "Vladimir Putin" || c.Lanes[0].Count != 3 || c.Lanes[1].Href != "/actors/auto-kaja-kallas" {
		t.Fatalf("lanes %+v: the most frequent actor goes first", c.Lanes)
	}
	if len(c.Markers) != 4 {
		t.Fatalf("%d markers", len(c.Markers))
	}
	m := c.Markers
	if !(m[0].X < m[1].X && m[1].X < m[3].X) {
		t.Errorf("x does not follow the dates: %d %d %d", m[0].X, m[1].X, m[3].X)
	}
	if m[2].X == m[1].X || m[2].Y != m[1].Y {
		t.Errorf("two claims on one day overlap: %+v %+v", m[1], m[2])
	}
	for i, want := range []string{"reject", "agree", "agree", "other"} {
		if m[i].Shape != want {
			t.Errorf("marker %d shape %q, want %q", i, m[i].Shape, want)
		}
	}
	if m[0].Y != c.Lanes[1].Y || m[1].Y != c.Lanes[0].Y {
		t.Error("markers not on their actor's lane")
	}
	for _, mk := range m {
		if mk.X < c.Left || mk.X > c.Right+markerNudge || mk.Y < c.Top || mk.Y > c.Bottom {
			t.Errorf("marker %+v outside the plot [%d,%d]×[%d,%d]", mk, c.Left, c.Right, c.Top, c.Bottom)
		}
	}
	if len(c.Ticks) < 2 || !strings.Contains(c.Ticks[0].Label, "Aug") {
		t.Errorf("ticks %+v", c.Ticks)
	}
	for i := 1; i < len(c.Ticks); i++ {
		if c.Ticks[i].X <= c.Ticks[i-1].X {
			t.Errorf("ticks out of order: %+v", c.Ticks)
		}
	}
	if TimelineChart(nil, refHref, nil) != nil {
		t.Error("a chart for no points")
	}
}

func TestTimelineChartSpans(t *testing.T) {
	a := api.ActorRef{ID: "x", Name: "X"}
	for _, tt := range []struct {
		days  int
		label string
	}{{0, "Aug"}, {40, "Aug"}, {300, "2025"}, {3000, "20"}} {
		start := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
		c := TimelineChart([]api.TimelinePoint{{Date: start, Actor: a}, {Date: start.AddDate(0, 0, tt.days), Actor: a}}, nil, nil)
		if len(c.Ticks) == 0 || len(c.Ticks) > 12 {
			t.Errorf("%d days: %d ticks", tt.days, len(c.Ticks))
			continue
		}
		if !strings.Contains(c.Ticks[0].Label, tt.label) {
			t.Errorf("%d days: first tick %q, want it to contain %q", tt.days, c.Ticks[0].Label, tt.label)
		}
		if c.Markers[0].X >= c.Markers[1].X && tt.days > 0 {
			t.Errorf("%d days: markers not in date order", tt.days)
		}
	}
}

func TestBuildMatrix(t *testing.T) {
	cb := codebook.Default()
	a := api.ActorRef{ID: "putin", Name: "Vladimir Putin"}
	b := api.ActorRef{ID: "zelenskyy", Name: "Volodymyr Zelenskyy"}
	ps := []api.Position{
		{Actor: b, Issue: "nato-membership", Stance: api.StanceAgree, Claims: 5, Sources: 5},
		{Actor: a, Issue: "security-guarantees", Stance: api.StanceReject, Claims: 1, Sources: 2},
		{Actor: a, Issue: "not-in-codebook", Stance: "weird", Claims: 1, Sources: 1},
	}
	m := BuildMatrix(ps, cb, refHref, issueHref)
	var cols []string
	for _, is := range m.Issues {
		cols = append(cols, is.ID)
	}
	if strings.Join(cols, ",") != "security-guarantees,nato-membership,not-in-codebook" {
		t.Errorf("columns %v: codebook order, then others by id", cols)
	}
	if len(m.Rows) != 2 || m.Rows[0].Actor != "Volodymyr Zelenskyy" || m.Rows[1].Href != "/actors/putin" {
		t.Fatalf("rows %+v: most claims first", m.Rows)
	}
	if got := m.Rows[0].Cells[1].Class; got != "stance-agree s4" {
		t.Errorf("Zelenskyy on NATO: %q", got)
	}
	if got := m.Rows[1].Cells[0].Class; got != "stance-reject s2" {
		t.Errorf("Putin on guarantees: %q", got)
	}
	if got := m.Rows[1].Cells[2].Class; got != "stance-other s1" {
		t.Errorf("unknown stance: %q", got)
	}
	if m.Rows[0].Cells[0].Position != nil || m.Rows[0].Cells[0].Class != "cell-empty" {
		t.Errorf("empty cell: %+v", m.Rows[0].Cells[0])
	}
	if BuildMatrix(nil, cb, refHref, issueHref) != nil {
		t.Error("a matrix for no positions")
	}
}
