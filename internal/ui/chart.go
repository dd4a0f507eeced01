package ui

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/parley-ledger/parley/internal/api"
)

// Chart is a timeline laid out for an SVG template: one lane per actor, time along x, one marker per claim.
// All coordinates are computed here so that the template only prints numbers and escaped text.
type Chart struct {
	Width, Height int
	Left, Right   int // x of the plot area's edges
	Top, Bottom   int // y of the plot area's edges
	Lanes         []Lane
	Ticks         []Tick
	Markers       []Marker
}

// Lane is one actor's row.
type Lane struct {
	Label string
	Href  string
	Y     int
	Count int
}

// Tick is a date on the x axis.
type Tick struct {
	X     int
	Label string
}

// Marker is one claim on the chart. Shape is "agree" (a filled circle), "reject" (a cross) or "other" (a
// hollow diamond); Class colours it.
type Marker struct {
	X, Y  int
	Shape string
	Class string
	Title string
	Href  string
	// Path is the diamond's or cross's outline; circles use X, Y.
	Path string
}

// Chart geometry, in SVG user units.
const (
	chartWidth   = 860
	chartLabelW  = 170
	chartPadR    = 24
	chartPadTop  = 16
	chartLaneH   = 34
	chartAxisH   = 30
	markerRadius = 6
	markerNudge  = 9 // horizontal step between markers on the same day in one lane
	maxLanes     = 14
)

// TimelineChart lays out points: lanes ordered by how many points each actor has (most first, at most
// maxLanes), x from the first date to the last.
func TimelineChart(points []api.TimelinePoint, actorHref func(id string) string, claimHref func(p api.TimelinePoint) string) *Chart {
	if len(points) == 0 {
		return nil
	}
	type laneKey struct{ id, name string }
	counts := map[laneKey]int{}
	var order []laneKey
	for _, p := range points {
		k := laneKey{p.Actor.ID, p.Actor.Name}
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	slices.SortStableFunc(order, func(x, y laneKey) int { return cmp.Compare(counts[y], counts[x]) })
	if len(order) > maxLanes {
		order = order[:maxLanes]
	}
	c := &Chart{Width: chartWidth, Left: chartLabelW, Right: chartWidth - chartPadR, Top: chartPadTop}
	laneY := map[laneKey]int{}
	for i, k := range order {
		y := chartPadTop + i*chartLaneH + chartLaneH/2
		laneY[k] = y
		href := ""
		if actorHref != nil && k.id != "" {
			href = actorHref(k.id)
		}
		c.Lanes = append(c.Lanes, Lane{Label: k.name, Href: href, Y: y, Count: counts[k]})
	}
	c.Bottom = chartPadTop + len(order)*chartLaneH
	c.Height = c.Bottom + chartAxisH

	first, last := points[0].Date, points[0].Date
	for _, p := range points {
		if p.Date.Before(first) {
			first = p.Date
		}
		if p.Date.After(last) {
			last = p.Date
		}
	}
	first = day(first)
	last = day(last).AddDate(0, 0, 1)
	span := last.Sub(first)
	if span < 7*24*time.Hour {
		// A few days on a wide axis would spread markers apart and suggest precision the dates lack.
		first = first.AddDate(0, 0, -3)
		last = last.AddDate(0, 0, 3)
		span = last.Sub(first)
	}
	plotW := float64(c.Right - c.Left - 2*markerRadius)
	xOf := func(t time.Time) int {
		return c.Left + markerRadius + int(plotW*float64(t.Sub(first))/float64(span)+0.5)
	}
	c.Ticks = ticks(first, last, xOf)

	used := map[[2]int]int{}
	for _, p := range points {
		k := laneKey{p.Actor.ID, p.Actor.Name}
		y, ok := laneY[k]
		if !ok {
			continue
		}
		x := xOf(p.Date)
		n := used[[2]int{x, y}]
		used[[2]int{x, y}]++
		x += n * markerNudge
		m := Marker{X: x, Y: y, Class: stanceClass(p.Stance), Title: markerTitle(p)}
		if claimHref != nil {
			m.Href = claimHref(p)
		}
		switch p.Stance {
		case api.StanceAgree:
			m.Shape = "agree"
		case api.StanceReject:
			m.Shape = "reject"
			r := markerRadius - 1
			m.Path = fmt.Sprintf("M%d %dL%d %dM%d %dL%d %d", x-r, y-r, x+r, y+r, x-r, y+r, x+r, y-r)
		default:
			m.Shape = "other"
			r := markerRadius
			m.Path = fmt.Sprintf("M%d %dL%d %dL%d %dL%d %dZ", x, y-r, x+r, y, x, y+r, x-r, y)
		}
		c.Markers = append(c.Markers, m)
	}
	return c
}

func markerTitle(p api.TimelinePoint) string {
	s := p.Date.Format("2 Jan 2006") + " · " + p.Actor.Name
	if p.Event != "" {
		s += " · " + p.Event
	}
	if p.Stance != "" {
		s += " · " + string(p.Stance)
	}
	if p.Claimant != "" && p.Claimant != p.Actor.Name {
		s += " (according to " + p.Claimant + ")"
	}
	return s
}

func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// ticks picks about six round dates between first and last: days, weeks, months or years.
func ticks(first, last time.Time, xOf func(time.Time) int) []Tick {
	days := int(last.Sub(first).Hours() / 24)
	var step func(time.Time) time.Time
	var start time.Time
	layout := "2 Jan"
	switch {
	case days <= 10:
		start, step = first, func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
		if days > 6 {
			step = func(t time.Time) time.Time { return t.AddDate(0, 0, 2) }
		}
	case days <= 70:
		// Mondays.
		start = first.AddDate(0, 0, (8-int(first.Weekday()))%7)
		n := max(1, days/42)
		step = func(t time.Time) time.Time { return t.AddDate(0, 0, 7*n) }
	case days <= 800:
		start = time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
		n := max(1, days/180)
		step = func(t time.Time) time.Time { return t.AddDate(0, n, 0) }
		layout = "Jan 2006"
	default:
		start = time.Date(first.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
		n := max(1, days/(365*6))
		step = func(t time.Time) time.Time { return t.AddDate(n, 0, 0) }
		layout = "2006"
	}
	var out []Tick
	for t := start; !t.After(last) && len(out) < 12; t = step(t) {
		out = append(out, Tick{X: xOf(t), Label: t.Format(layout)})
	}
	return out
}
