package ingest

import (
	"strings"
	"testing"
	"time"
)

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in      string
		want    string // RFC 3339
		assumed bool
	}{
		{"2025-08-18T07:41:00+01:00", "2025-08-18T07:41:00+01:00", false},
		{"2025-08-18T07:41:00Z", "2025-08-18T07:41:00Z", false},
		{"2025-08-18T07:41:00.5-04:00", "2025-08-18T07:41:00.5-04:00", false},
		{"2025-08-18t07:41", "2025-08-18T07:41:00Z", true},
		{"2025-08-18", "2025-08-18T00:00:00Z", true},
		{"2025-08-18 15:04", "2025-08-18T15:04:00Z", true},
		{"2025-08-18 15:04:05 +0100", "2025-08-18T15:04:05+01:00", false},
		{"2025-08-18 15:04 UTC+3", "2025-08-18T15:04:00+03:00", false},
		{"2025-08-18 15:04 GMT -05:30", "2025-08-18T15:04:00-05:30", false},
		{"2 January 2006", "2006-01-02T00:00:00Z", true},
		{"2nd January 2006 15:04 GMT", "2006-01-02T15:04:00Z", false},
		{"January 2, 2006", "2006-01-02T00:00:00Z", true},
		{"January 2, 2006 3:04 PM EST", "2006-01-02T15:04:00-05:00", false},
		{"Jan. 2, 2006, 12:30 a.m. PT", "2006-01-02T00:30:00-08:00", false},
		{"Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05Z", false},
		{"Monday, 18 August 2025 at 07:41am (BST)", "2025-08-18T07:41:00+01:00", false},
		{"18 Aug 2025 7.41pm CEST", "2025-08-18T19:41:00+02:00", false},
		{"18 Sept 2025 12:00pm MSK", "2025-09-18T12:00:00+03:00", false},
		{"29 February 2024", "2024-02-29T00:00:00Z", true},
		{"  August 18, 2025  ", "2025-08-18T00:00:00Z", true},
		{"August 18, 2025 07:41 EDT", "2025-08-18T07:41:00-04:00", false},
		{"December 18, 2025 07:41 CT", "2025-12-18T07:41:00-06:00", false},
	}
	for _, tt := range tests {
		got, assumed, err := parsePublished(tt.in)
		if err != nil {
			t.Errorf("parsePublished(%q): %v", tt.in, err)
			continue
		}
		if s := got.Format(time.RFC3339Nano); s != tt.want || assumed != tt.assumed {
			t.Errorf("parsePublished(%q) = %s, assumed %v; want %s, %v", tt.in, s, assumed, tt.want, tt.assumed)
		}
	}
}

func TestParsePublishedErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"", "cannot parse date"},
		{"yesterday", "cannot parse date"},
		{"18/08/2025", "cannot parse date"},
		{"31 February 2025", "day 31 out of range"},
		{"29 February 2025", "day 29 out of range"},
		{"2025-13-01", "month 13 out of range"},
		{"18 August 2025 25:00", "hour 25 out of range"},
		{"18 August 2025 13:00pm", "12-hour clock"},
		{"18 August 2025 12:60", "out of range"},
		{"18 August 2025 07:41 XYZ", `unknown time zone "XYZ"`},
		{"18 August 2025 07:41 BST extra", `unexpected "extra"`},
		{"18 August 2025 07:41 +25:00", "out of range"},
		{"18 August 2025 07:41 BST+1", "after zone BST"},
	}
	for _, tt := range tests {
		_, _, err := parsePublished(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("parsePublished(%q) error = %v, want one saying %q", tt.in, err, tt.msg)
		}
	}
}

func TestParseClockLine(t *testing.T) {
	tests := []struct {
		in      string
		ok      bool
		h, m    int
		zoneOff int // seconds, for fixed zones
	}{
		{"07:41am BST", true, 7, 41, 3600},
		{"7:41 pm", true, 19, 41, 0},
		{"19:41 BST", true, 19, 41, 3600},
		{"12:05 a.m. GMT", true, 0, 5, 0},
		{"10:30 is when talks began", false, 0, 0, 0},
		{"The talks", false, 0, 0, 0},
		{"2025", false, 0, 0, 0},
	}
	for _, tt := range tests {
		st, err := parseClockLine(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("parseClockLine(%q) error = %v, want ok %v", tt.in, err, tt.ok)
			continue
		}
		if !tt.ok {
			continue
		}
		if st.hour != tt.h || st.min != tt.m {
			t.Errorf("parseClockLine(%q) = %02d:%02d, want %02d:%02d", tt.in, st.hour, st.min, tt.h, tt.m)
		}
		if st.zone != nil && st.zone.offset != tt.zoneOff {
			t.Errorf("parseClockLine(%q) offset = %d, want %d", tt.in, st.zone.offset, tt.zoneOff)
		}
	}
}

// The fixed-offset fallback must agree with the US rule at its edges, and with the tz database where it exists.
func TestUSRegionFallback(t *testing.T) {
	tests := []struct {
		y       int
		m       time.Month
		d, h    int
		wantOff int // hours
	}{
		{2025, time.January, 15, 9, -5},
		{2025, time.March, 9, 1, -5}, // second Sunday of March, before 02:00
		{2025, time.March, 9, 3, -4},
		{2025, time.March, 8, 12, -5},
		{2025, time.August, 18, 7, -4},
		{2025, time.November, 2, 1, -4}, // first Sunday of November, before 02:00
		{2025, time.November, 2, 2, -5},
		{2025, time.November, 1, 23, -4},
		{2025, time.December, 31, 23, -5},
		{2024, time.March, 10, 3, -4},
		{2026, time.November, 1, 1, -4},
		{2026, time.November, 1, 2, -5},
	}
	loc, locErr := time.LoadLocation(usEastern.loc)
	for _, tt := range tests {
		st := stamp{year: tt.y, month: tt.m, day: tt.d, hour: tt.h, hasDate: true, hasClock: true}
		_, off := usEastern.fixed(st).Zone()
		if off != tt.wantOff*3600 {
			t.Errorf("fixed(%d-%02d-%02d %02d:00) offset = %d h, want %d h", tt.y, tt.m, tt.d, tt.h, off/3600, tt.wantOff)
		}
		if locErr == nil {
			_, dbOff := time.Date(tt.y, tt.m, tt.d, tt.h, 0, 0, 0, loc).Zone()
			if dbOff != off {
				t.Errorf("%d-%02d-%02d %02d:00: fallback %d s, tz database %d s", tt.y, tt.m, tt.d, tt.h, off, dbOff)
			}
		}
	}
}
