package ingest

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// errNotDate says the text does not have the shape of a date at all, as opposed to a date with a bad part.
var errNotDate = errors.New("not a date")

// stamp is a parsed date and/or time of day before it is placed in a time zone.
type stamp struct {
	year, day         int
	month             time.Month
	hasDate           bool
	hour, min, sec, n int
	hasClock          bool
	zone              *zone
}

// zone is a time-zone designation: a fixed offset, or a region whose offset depends on the date.
type zone struct {
	name   string
	offset int // seconds east of UTC, when region is ""
	region *usRegion
}

// usRegion is a US time zone. Reporters write "ET" or "EST" for Eastern time whatever the season, so these names
// mean the region's local time on that date rather than a fixed offset.
type usRegion struct {
	loc              string
	std, dst         int // fallback offsets, used when the tz database is not installed
	stdName, dstName string
}

var (
	usEastern  = &usRegion{"America/New_York", -5 * 3600, -4 * 3600, "EST", "EDT"}
	usCentral  = &usRegion{"America/Chicago", -6 * 3600, -5 * 3600, "CST", "CDT"}
	usMountain = &usRegion{"America/Denver", -7 * 3600, -6 * 3600, "MST", "MDT"}
	usPacific  = &usRegion{"America/Los_Angeles", -8 * 3600, -7 * 3600, "PST", "PDT"}
)

// zoneNames maps lower-case zone abbreviations to offsets in hours or to US regions. Ambiguous abbreviations such
// as IST are left out on purpose.
var zoneNames = map[string]zone{
	"z": {offset: 0}, "utc": {offset: 0}, "gmt": {offset: 0}, "wet": {offset: 0},
	"bst": {offset: 1 * 3600}, "west": {offset: 1 * 3600}, "cet": {offset: 1 * 3600},
	"cest": {offset: 2 * 3600}, "eet": {offset: 2 * 3600}, "eest": {offset: 3 * 3600}, "msk": {offset: 3 * 3600},
	"hkt": {offset: 8 * 3600}, "sgt": {offset: 8 * 3600}, "jst": {offset: 9 * 3600}, "kst": {offset: 9 * 3600},
	"aest": {offset: 10 * 3600}, "aedt": {offset: 11 * 3600},
	"et": {region: usEastern}, "est": {region: usEastern}, "edt": {region: usEastern},
	"ct": {region: usCentral}, "cst": {region: usCentral}, "cdt": {region: usCentral},
	"mt": {region: usMountain}, "mst": {region: usMountain}, "mdt": {region: usMountain},
	"pt": {region: usPacific}, "pst": {region: usPacific}, "pdt": {region: usPacific},
}

var monthNames = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March, "april": time.April,
	"may": time.May, "june": time.June, "july": time.July, "august": time.August, "september": time.September,
	"october": time.October, "november": time.November, "december": time.December,
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April, "jun": time.June,
	"jul": time.July, "aug": time.August, "sep": time.September, "sept": time.September, "oct": time.October,
	"nov": time.November, "dec": time.December,
}

var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
}

// fillers are words that may sit between the date and the time: "18 August 2025 at 07:41".
var fillers = map[string]bool{"at": true, "-": true, "–": true, "|": true, "·": true, "@": true}

// maxDateLen bounds the text parseDateTime and parseClockLine read. A date line is a few dozen bytes
// ("Wednesday 17th September 2025 at 07:41am BST"); a longer line is the article's text.
const maxDateLen = 200

// parseDateTime reads a date with an optional time of day and zone: RFC 3339, "2006-01-02", "2006-01-02 15:04",
// "2 January 2006", "2nd January 2006", "Monday 2 January 2006", "January 2, 2006", RFC 1123, each optionally
// followed by a time ("15:04", "3:04pm", "07:41 am") and a zone ("BST", "+01:00", "UTC+1", "ET").
func parseDateTime(s string) (stamp, error) {
	if len(s) > maxDateLen {
		return stamp{}, errNotDate // not worth tokenizing: a long first line is the article, not its date
	}
	toks := tokenize(s)
	var st stamp
	i, err := st.readDate(toks)
	if err != nil {
		return st, err
	}
	for i < len(toks) && fillers[toks[i]] {
		i++
	}
	if i, err = st.readClock(toks, i); err != nil {
		return st, err
	}
	if i, err = st.readZone(toks, i); err != nil {
		return st, err
	}
	if i < len(toks) {
		return st, fmt.Errorf("unexpected %q", toks[i])
	}
	return st, nil
}

// parseClockLine reads a line that holds only a time of day and an optional zone: "07:41am BST", "19:41".
func parseClockLine(s string) (stamp, error) {
	if len(s) > maxDateLen {
		return stamp{}, errNotDate
	}
	toks := tokenize(s)
	var st stamp
	i, err := st.readClock(toks, 0)
	if err != nil {
		return st, err
	}
	if !st.hasClock {
		return st, errNotDate
	}
	if i, err = st.readZone(toks, i); err != nil {
		return st, err
	}
	if i < len(toks) {
		return st, fmt.Errorf("unexpected %q", toks[i])
	}
	return st, nil
}

// tokenize lower-cases s and splits it into words, dropping commas and parentheses, and splitting ISO forms
// ("2025-08-18T07:41:00+01:00") into date, time and offset.
func tokenize(s string) []string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(s)
	var out []string
	for _, f := range strings.Fields(s) {
		if d, rest, ok := strings.Cut(f, "t"); ok && isISODate(d) {
			out = append(out, d)
			f = rest
			if f == "" {
				continue
			}
		}
		// A clock with an offset or Z glued on: "07:41:00+01:00", "07:41z".
		if len(f) > 0 && f[0] >= '0' && f[0] <= '9' && strings.Contains(f, ":") {
			if j := strings.IndexAny(f, "+-z"); j > 0 {
				out = append(out, f[:j], f[j:])
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

func isISODate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// readDate reads the date at the start of toks and returns the index after it.
func (st *stamp) readDate(toks []string) (int, error) {
	i := 0
	if i < len(toks) && weekdayNames[strings.TrimSuffix(toks[i], ".")] {
		i++
	}
	if i >= len(toks) {
		return 0, errNotDate
	}
	if isISODate(toks[i]) {
		y, _ := strconv.Atoi(toks[i][:4])
		m, _ := strconv.Atoi(toks[i][5:7])
		d, _ := strconv.Atoi(toks[i][8:])
		return i + 1, st.setDate(y, time.Month(m), d)
	}
	if i+2 >= len(toks) {
		return 0, errNotDate
	}
	// "2 January 2006" or "January 2 2006" (the comma was dropped by tokenize).
	a, b, c := toks[i], toks[i+1], toks[i+2]
	if d, ok := dayNumber(a); ok {
		if m, ok := monthNames[strings.TrimSuffix(b, ".")]; ok {
			if y, ok := yearNumber(c); ok {
				return i + 3, st.setDate(y, m, d)
			}
		}
	}
	if m, ok := monthNames[strings.TrimSuffix(a, ".")]; ok {
		if d, ok := dayNumber(b); ok {
			if y, ok := yearNumber(c); ok {
				return i + 3, st.setDate(y, m, d)
			}
		}
	}
	return 0, errNotDate
}

func (st *stamp) setDate(y int, m time.Month, d int) error {
	if m < time.January || m > time.December {
		return fmt.Errorf("month %d out of range", int(m))
	}
	if d < 1 || d > daysIn(y, m) {
		return fmt.Errorf("day %d out of range for %s %d", d, m, y)
	}
	st.year, st.month, st.day, st.hasDate = y, m, d, true
	return nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dayNumber reads "2", "02" or "2nd".
func dayNumber(s string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			s = t
			break
		}
	}
	if len(s) > 2 || !allDigits(s) {
		return 0, false
	}
	d, _ := strconv.Atoi(s)
	return d, true
}

func yearNumber(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	y, _ := strconv.Atoi(s)
	return y, true
}

// readClock reads an optional time of day at toks[i] ("15:04", "15:04:05.000", "3:04pm", "3:04 p.m.", "7.41am").
func (st *stamp) readClock(toks []string, i int) (int, error) {
	if i >= len(toks) {
		return i, nil
	}
	t := toks[i]
	if t == "" || t[0] < '0' || t[0] > '9' {
		return i, nil
	}
	i++
	var mer string
	for _, m := range []string{"am", "pm", "a.m.", "p.m.", "a.m", "p.m"} {
		if rest, ok := strings.CutSuffix(t, m); ok {
			t, mer = rest, m[:1]
			break
		}
	}
	if mer == "" && i < len(toks) {
		switch toks[i] {
		case "am", "a.m.", "a.m":
			mer, i = "a", i+1
		case "pm", "p.m.", "p.m":
			mer, i = "p", i+1
		}
	}
	sep := ":"
	if mer != "" && !strings.Contains(t, ":") {
		sep = "." // "7.41am" is common in British copy; without am/pm "7.41" could be anything
	}
	parts := strings.Split(t, sep)
	if len(parts) < 2 || len(parts) > 3 {
		return 0, errNotDate
	}
	var frac string
	if len(parts) == 3 {
		parts[2], frac, _ = strings.Cut(parts[2], ".")
	}
	nums := make([]int, 3)
	for k, p := range parts {
		if (k == 0 && (len(p) < 1 || len(p) > 2)) || (k > 0 && len(p) != 2) || !allDigits(p) {
			return 0, errNotDate
		}
		nums[k], _ = strconv.Atoi(p)
	}
	h, m, s := nums[0], nums[1], nums[2]
	switch mer {
	case "a", "p":
		if h < 1 || h > 12 {
			return 0, fmt.Errorf("hour %d out of range for a 12-hour clock", h)
		}
		h %= 12
		if mer == "p" {
			h += 12
		}
	default:
		if h > 23 {
			return 0, fmt.Errorf("hour %d out of range", h)
		}
	}
	if m > 59 || s > 59 {
		return 0, fmt.Errorf("time %q out of range", toks[i-1])
	}
	ns := 0
	if frac != "" {
		if !allDigits(frac) || len(frac) > 9 {
			return 0, fmt.Errorf("bad fraction of a second %q", frac)
		}
		ns, _ = strconv.Atoi(frac + strings.Repeat("0", 9-len(frac)))
	}
	st.hour, st.min, st.sec, st.n, st.hasClock = h, m, s, ns, true
	return i, nil
}

// readZone reads an optional zone at toks[i]: an abbreviation, a numeric offset, or both ("UTC+1", "GMT +01:00").
func (st *stamp) readZone(toks []string, i int) (int, error) {
	if i >= len(toks) {
		return i, nil
	}
	t := toks[i]
	if t[0] == '+' || t[0] == '-' {
		off, err := parseOffset(t)
		if err != nil {
			return 0, err
		}
		st.zone = &zone{offset: off}
		return i + 1, nil
	}
	name := t
	var tail string
	if j := strings.IndexAny(t, "+-"); j > 0 {
		name, tail = t[:j], t[j:]
	}
	z, ok := zoneNames[name]
	if !ok {
		if isAlpha(name) {
			return 0, fmt.Errorf("unknown time zone %q", strings.ToUpper(name))
		}
		return 0, fmt.Errorf("unexpected %q", t)
	}
	z.name = strings.ToUpper(name)
	i++
	if tail == "" && (name == "utc" || name == "gmt") && i < len(toks) && (toks[i][0] == '+' || toks[i][0] == '-') {
		tail, i = toks[i], i+1
	}
	if tail != "" {
		if z.region != nil || z.offset != 0 {
			return 0, fmt.Errorf("offset %q after zone %s", tail, z.name)
		}
		off, err := parseOffset(tail)
		if err != nil {
			return 0, err
		}
		z = zone{offset: off}
	}
	st.zone = &z
	return i, nil
}

func isAlpha(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

// parseOffset reads "+01:00", "+0100", "+01" or "+1" as seconds east of UTC.
func parseOffset(s string) (int, error) {
	sign := 1
	switch s[0] {
	case '-':
		sign = -1
	case '+':
	default:
		return 0, fmt.Errorf("bad zone offset %q", s)
	}
	body := strings.ReplaceAll(s[1:], ":", "")
	var h, m int
	switch {
	case len(body) >= 1 && len(body) <= 2 && allDigits(body):
		h, _ = strconv.Atoi(body)
	case len(body) == 4 && allDigits(body):
		h, _ = strconv.Atoi(body[:2])
		m, _ = strconv.Atoi(body[2:])
	default:
		return 0, fmt.Errorf("bad zone offset %q", s)
	}
	if h > 14 || m > 59 {
		return 0, fmt.Errorf("zone offset %q out of range", s)
	}
	return sign * (h*3600 + m*60), nil
}

// at places a date and time of day in its zone. With no zone it is UTC, and assumed reports that.
func (st stamp) at() (t time.Time, assumed bool) {
	switch {
	case st.zone == nil:
		return time.Date(st.year, st.month, st.day, st.hour, st.min, st.sec, st.n, time.UTC), true
	case st.zone.region != nil:
		return st.zone.region.date(st), false
	}
	name := st.zone.name
	if st.zone.offset == 0 && (name == "" || name == "Z" || name == "UTC") {
		return time.Date(st.year, st.month, st.day, st.hour, st.min, st.sec, st.n, time.UTC), false
	}
	return time.Date(st.year, st.month, st.day, st.hour, st.min, st.sec, st.n, time.FixedZone(name, st.zone.offset)), false
}

// date is the time in the region on that date, from the tz database when it is installed and otherwise from
// the US daylight-saving rule in force since 2007.
func (r *usRegion) date(st stamp) time.Time {
	if loc, err := time.LoadLocation(r.loc); err == nil {
		return time.Date(st.year, st.month, st.day, st.hour, st.min, st.sec, st.n, loc)
	}
	return r.fixed(st)
}

// fixed is date without the tz database.
func (r *usRegion) fixed(st stamp) time.Time {
	off, name := r.std, r.stdName
	if usDST(st.year, st.month, st.day, st.hour) {
		off, name = r.dst, r.dstName
	}
	return time.Date(st.year, st.month, st.day, st.hour, st.min, st.sec, st.n, time.FixedZone(name, off))
}

// usDST reports whether a local date and hour fall in US daylight saving time: from 02:00 on the second Sunday
// of March to 02:00 on the first Sunday of November.
func usDST(y int, m time.Month, d, h int) bool {
	nthSunday := func(m time.Month, n int) int {
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday()
		return 1 + (7-int(first))%7 + 7*(n-1)
	}
	start, end := nthSunday(time.March, 2), nthSunday(time.November, 1)
	switch {
	case m > time.March && m < time.November:
		return true
	case m == time.March:
		return d > start || (d == start && h >= 2)
	case m == time.November:
		return d < end || (d == end && h < 2)
	}
	return false
}
