// Package timex owns time expressions in news text: it finds phrases such as "Friday's summit", "last month",
// "overnight" or "15 August 2025" and resolves them to calendar dates against the document's publication time.
//
// Resolution is deterministic (no clock reads) and happens in the location of the reference time, so that
// "today" in a BST-stamped article is the British calendar day.
package timex

import (
	"fmt"
	"time"

	"github.com/parley-ledger/parley/internal/text"
)

// Grains say how precise a resolved expression is.
const (
	GrainDay     = "day"     // one calendar day: "Friday", "yesterday", "15 August"
	GrainMonth   = "month"   // one calendar month: "last month", "in March"
	GrainYear    = "year"    // one calendar year: "last year", "in 2014"
	GrainRange   = "range"   // any other span of days: "this week", "earlier this summer"
	GrainNight   = "night"   // 18:00 on one day to 06:00 the next: "overnight", "tonight"
	GrainInstant = "instant" // a moment: "three hours ago"
)

// When is one time expression found in a text and what it resolved to.
//
// Start and End are a half-open interval [Start, End), like text.Span: "2025-08-15" is Start 2025-08-15T00:00
// and End 2025-08-16T00:00 in the reference location. An instant has Start == End.
type When struct {
	Start time.Time
	End   time.Time
	Grain string
	Text  string    // the expression as written
	Span  text.Span // where Text is, in the caller's offsets
}

// Interval is the JSON form of a When that covers more than one calendar unit.
type Interval struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// ISO renders the resolved time as ISO 8601: "2025-08-15" (day), "2025-07" (month), "2014" (year),
// "2025-08-18T04:41:00+01:00" (instant), and "start/end" intervals for ranges (inclusive dates) and nights
// (date-times).
func (w When) ISO() string {
	switch v := w.Value().(type) {
	case Interval:
		return v.Start + "/" + v.End
	default:
		return fmt.Sprint(v)
	}
}

// Value is what to put in JSON for w: a string for single days, months, years and instants, and an Interval
// for ranges and nights. A range's End is the last day it covers, not the exclusive bound.
func (w When) Value() any {
	switch w.Grain {
	case GrainDay:
		return w.Start.Format(time.DateOnly)
	case GrainMonth:
		return w.Start.Format("2006-01")
	case GrainYear:
		return w.Start.Format("2006")
	case GrainInstant:
		return w.Start.Format(time.RFC3339)
	case GrainNight:
		return Interval{Start: w.Start.Format(time.RFC3339), End: w.End.Format(time.RFC3339)}
	default:
		last := w.End
		if last.After(w.Start) {
			// End is exclusive; the last day covered is the one just before it.
			last = last.Add(-time.Nanosecond)
		}
		return Interval{Start: w.Start.Format(time.DateOnly), End: last.Format(time.DateOnly)}
	}
}

// String is for logs and test failures: the text and what it resolved to.
func (w When) String() string { return fmt.Sprintf("%q=%s", w.Text, w.ISO()) }

// Contains reports whether t falls inside w.
func (w When) Contains(t time.Time) bool {
	if w.Start.Equal(w.End) {
		return t.Equal(w.Start)
	}
	return !t.Before(w.Start) && t.Before(w.End)
}
