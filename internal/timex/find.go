package timex

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
)

// Find returns the time expressions in s, in order and without overlaps, resolved against ref (normally the
// document's publication time). Spans are byte offsets into s plus base, so a caller passing a slice of a
// document can pass the slice's offset and get document offsets back.
//
// Relative expressions lean to the past, as news mostly reports what happened: a bare "Friday" is the most
// recent Friday before ref (ref's own day when ref is a Friday), "in March" the most recent March. A future cue
// in the same sentence ("will", "set to", "ahead of", "next", ...) flips them to the next such day or month.
// When ref is the zero time, only expressions that name their own year are returned.
func Find(s string, base int, ref time.Time) []When {
	f := finder{s: s, toks: tokenize(s), ref: ref, hasRef: !ref.IsZero()}
	f.matchers = []func(int) (match, bool){
		f.deictic, f.period, f.weekday, f.monthFirst, f.dayFirst, f.year, f.counted, f.isoDate,
	}
	if f.hasRef {
		f.loc = ref.Location()
	} else {
		f.loc = time.UTC
	}
	var out []When
	for i := 0; i < len(f.toks); {
		m, ok := f.match(i)
		if !ok {
			i++
			continue
		}
		start, end := f.toks[m.from].start, f.toks[m.to-1].end
		m.w.Text = s[start:end]
		m.w.Span = text.Span{Start: base + start, End: base + end}
		out = append(out, m.w)
		i = m.to
	}
	return out
}

type tokKind uint8

const (
	word tokKind = iota
	number
	punct
)

type token struct {
	text  string // as written
	low   string // lower-cased words; the text for other kinds
	start int
	end   int
	kind  tokKind
	num   int  // value of a number; -1 when it has more than 9 digits
	ndig  int  // digits in a number
	ord   bool // number written as an ordinal ("15th")
	sent  int  // sentence index, for cue windows
	space bool // whitespace (or the start of s) comes right before
}

// abbrevs end with a period that does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true, "gen": true, "sen": true,
	"gov": true, "rep": true, "prof": true, "no": true, "vs": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "u": true, "s": true, "k": true,
}

func tokenize(s string) []token {
	var toks []token
	sent := 0
	space := true
	lastBoundary := true // no token since the last sentence break
	brk := func() {
		if !lastBoundary {
			sent++
			lastBoundary = true
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\u2029':
			brk()
			space = true
			i += size
			continue
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.IsMark(r2) {
					break
				}
				j += sz
			}
			toks = append(toks, token{text: s[i:j], low: strings.ToLower(s[i:j]), start: i, end: j, kind: word})
			i = j
		case r >= '0' && r <= '9':
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 9 {
				n = -1
			}
			t := token{text: s[i:j], start: i, end: j, kind: number, num: n, ndig: nd}
			if j+2 <= len(s) {
				suf := strings.ToLower(s[j : j+2])
				if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && !letterAt(s, j+2) {
					t.ord = true
					t.end = j + 2
					t.text = s[i : j+2]
					j += 2
				}
			}
			t.low = t.text
			toks = append(toks, t)
			i = j
		default:
			toks = append(toks, token{text: s[i : i+size], low: s[i : i+size], start: i, end: i + size, kind: punct})
			i += size
		}
		toks[len(toks)-1].sent = sent
		toks[len(toks)-1].space = space
		space = false
		lastBoundary = false
		t := toks[len(toks)-1]
		if t.kind == punct {
			switch t.text {
			case "!", "?", ";":
				brk()
			case ".":
				prevAbbrev := len(toks) >= 2 && toks[len(toks)-2].kind == word && abbrevs[toks[len(toks)-2].low]
				if !prevAbbrev && sentenceFollows(s, t.end) {
					brk()
				}
			}
		}
	}
	return toks
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// sentenceFollows reports whether a period at i-1 ends a sentence: whitespace and then an upper-case letter,
// a quote or the end of the text.
func sentenceFollows(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsSpace(r) {
		return r == '"' || r == '\u201d' || r == '\''
	}
	for i += size; i < len(s); i += size {
		r, size = utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return !unicode.IsLower(r) && !unicode.IsDigit(r)
		}
	}
	return true
}

type finder struct {
	s      string
	toks   []token
	ref    time.Time
	loc    *time.Location
	hasRef bool
	// matchers are tried at every token; the longest match wins, the earliest listed on a tie.
	matchers []func(int) (match, bool)
}

// match is a candidate expression covering tokens [from, to).
type match struct {
	w        When
	from, to int
}

func (f *finder) match(i int) (match, bool) {
	var best match
	found := false
	for _, try := range f.matchers {
		m, ok := try(i)
		if !ok || m.from != i || m.to <= i || m.to > len(f.toks) || m.w.End.Before(m.w.Start) {
			continue
		}
		if !found || m.to > best.to {
			best, found = m, true
		}
	}
	return best, found
}

// tok returns token i, or a zero token when i is out of range, so matchers can look ahead freely.
func (f *finder) tok(i int) token {
	if i < 0 || i >= len(f.toks) {
		return token{kind: punct, num: -1}
	}
	return f.toks[i]
}

func (f *finder) isWord(i int, words ...string) bool {
	t := f.tok(i)
	if t.kind != word {
		return false
	}
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}

// joined reports whether token i directly follows token i-1 with no space between.
func (f *finder) joined(i int) bool { return i > 0 && i < len(f.toks) && !f.toks[i].space }

// futureCues are words that, near an expression and in the same sentence, make it point forward.
var futureCues = map[string]bool{
	"will": true, "shall": true, "upcoming": true, "forthcoming": true, "scheduled": true, "coming": true,
	"tomorrow": true,
}

// futureCueBefore are cues that only count when followed by "to" or "of": "set to meet", "ahead of".
var futureCueBefore = map[string]string{
	"set": "to", "due": "to", "expected": "to", "plans": "to", "planning": "to", "plan": "to", "going": "to",
	"ahead": "of", "hoping": "to", "hopes": "to", "intends": "to",
}

// future reports whether a future cue sits within a few words of tokens [from, to) in the same sentence.
func (f *finder) future(from, to int) bool {
	sent := f.tok(from).sent
	for k := from - 8; k < to+6; k++ {
		if k < 0 || k >= len(f.toks) || (k >= from && k < to) {
			continue
		}
		t := f.toks[k]
		if t.sent != sent || t.kind != word {
			continue
		}
		if futureCues[t.low] {
			return true
		}
		if next, ok := futureCueBefore[t.low]; ok && f.isWord(k+1, next) {
			return true
		}
		// "'ll" and "won't": the apostrophe is a separate token.
		if t.low == "ll" && k > 0 && isApostrophe(f.toks[k-1].text) && f.joined(k) {
			return true
		}
		if t.low == "won" && isApostrophe(f.tok(k+1).text) && f.isWord(k+2, "t") {
			return true
		}
	}
	return false
}

func isApostrophe(s string) bool { return s == "'" || s == "\u2019" }

// Calendar helpers, all in f.loc.

func (f *finder) date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, f.loc)
}

func (f *finder) today() time.Time {
	y, m, d := f.ref.Date()
	return f.date(y, m, d)
}

func (f *finder) dayW(t time.Time) When {
	return When{Start: t, End: t.AddDate(0, 0, 1), Grain: GrainDay}
}

func (f *finder) nightW(t time.Time) When {
	y, m, d := t.Date()
	return When{Start: time.Date(y, m, d, 18, 0, 0, 0, f.loc), End: time.Date(y, m, d+1, 6, 0, 0, 0, f.loc), Grain: GrainNight}
}

func (f *finder) monthW(y int, m time.Month) When {
	s := f.date(y, m, 1)
	return When{Start: s, End: s.AddDate(0, 1, 0), Grain: GrainMonth}
}

func (f *finder) yearW(y int) When {
	s := f.date(y, time.January, 1)
	return When{Start: s, End: s.AddDate(1, 0, 0), Grain: GrainYear}
}

func rangeW(start, end time.Time) When {
	if end.Before(start) {
		end = start
	}
	return When{Start: start, End: end, Grain: GrainRange}
}

func (f *finder) weekStart() time.Time {
	t := f.today()
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return t.AddDate(0, 0, -back)
}

// partOfDay extends a day expression by "morning", "afternoon", "evening" or "night" at token j.
func (f *finder) partOfDay(w When, from, j int) match {
	switch {
	case f.isWord(j, "morning", "afternoon", "evening"):
		return match{w: w, from: from, to: j + 1}
	case f.isWord(j, "night") && w.Grain == GrainDay:
		return match{w: f.nightW(w.Start), from: from, to: j + 1}
	}
	return match{w: w, from: from, to: j}
}

// deictic handles words that point at days around ref: "today", "yesterday evening", "overnight", "last night".
func (f *finder) deictic(i int) (match, bool) {
	if !f.hasRef {
		return match{}, false
	}
	today := f.today()
	t := f.tok(i)
	if t.kind != word {
		return match{}, false
	}
	// "Russia Today", "USA Today": a capitalised day word after a capitalised word is part of a name.
	if prev := f.tok(i - 1); upperInitial(t.text) && prev.kind == word && upperInitial(prev.text) && prev.sent == t.sent {
		switch t.low {
		case "today", "tonight", "yesterday", "tomorrow":
			return match{}, false
		}
	}
	switch t.low {
	case "today":
		return match{w: f.dayW(today), from: i, to: i + 1}, true
	case "tonight":
		return match{w: f.nightW(today), from: i, to: i + 1}, true
	case "overnight":
		return match{w: f.nightW(today.AddDate(0, 0, -1)), from: i, to: i + 1}, true
	case "yesterday":
		return f.partOfDay(f.dayW(today.AddDate(0, 0, -1)), i, i+1), true
	case "tomorrow":
		return f.partOfDay(f.dayW(today.AddDate(0, 0, 1)), i, i+1), true
	case "earlier", "later":
		if f.isWord(i+1, "today") {
			return match{w: f.dayW(today), from: i, to: i + 2}, true
		}
	case "last":
		if f.isWord(i+1, "night") {
			return match{w: f.nightW(today.AddDate(0, 0, -1)), from: i, to: i + 2}, true
		}
	case "this":
		if f.isWord(i+1, "morning", "afternoon", "evening") {
			return match{w: f.dayW(today), from: i, to: i + 2}, true
		}
	case "the":
		if f.isWord(i+1, "day") && f.isWord(i+2, "before") && f.isWord(i+3, "yesterday") {
			return match{w: f.dayW(today.AddDate(0, 0, -2)), from: i, to: i + 4}, true
		}
		if f.isWord(i+1, "day") && f.isWord(i+2, "after") && f.isWord(i+3, "tomorrow") {
			return match{w: f.dayW(today.AddDate(0, 0, 2)), from: i, to: i + 4}, true
		}
	}
	return match{}, false
}

var seasons = map[string]time.Month{"spring": time.March, "summer": time.June, "autumn": time.September, "fall": time.September, "winter": time.December}

// seasonW is the meteorological (northern) season starting in month first of year y; winter y runs from
// December y to February y+1.
func (f *finder) seasonW(first time.Month, y int) When {
	s := f.date(y, first, 1)
	return rangeW(s, s.AddDate(0, 3, 0))
}

// thisSeason is the season containing ref, or the one of ref's year when ref is outside it.
func (f *finder) thisSeason(first time.Month) When {
	y := f.ref.Year()
	if first == time.December && f.ref.Month() <= time.February {
		y--
	}
	return f.seasonW(first, y)
}

// period handles "[earlier|later] this|last|next|past week|weekend|month|year|<season>" and "the weekend".
func (f *finder) period(i int) (match, bool) {
	if !f.hasRef {
		return match{}, false
	}
	j := i
	edge := ""
	if f.isWord(j, "earlier", "later") {
		edge = f.tok(j).low
		j++
	}
	det := ""
	switch {
	case f.isWord(j, "this", "last", "next", "past"):
		det = f.tok(j).low
		j++
	case edge == "" && f.isWord(j, "the") && f.isWord(j+1, "weekend"):
		det = "the"
		j++
	default:
		return match{}, false
	}
	if edge != "" && det != "this" {
		return match{}, false
	}
	unit := f.tok(j)
	if unit.kind != word {
		return match{}, false
	}
	today, now := f.today(), f.ref
	var w When
	switch unit.low {
	case "week":
		mon := f.weekStart()
		switch det {
		case "this":
			w = rangeW(mon, mon.AddDate(0, 0, 7))
		case "last":
			w = rangeW(mon.AddDate(0, 0, -7), mon)
		case "next":
			w = rangeW(mon.AddDate(0, 0, 7), mon.AddDate(0, 0, 14))
		case "past":
			w = rangeW(now.AddDate(0, 0, -7), now)
		}
	case "weekend":
		// The weekend runs from Saturday 00:00 to Monday 00:00.
		wd := int(today.Weekday())
		sinceSat := (wd + 1) % 7 // Saturday 0, Sunday 1, Monday 2, ...
		cur := today.AddDate(0, 0, -sinceSat)
		inWeekend := sinceSat <= 1
		upcoming := cur
		if !inWeekend {
			upcoming = cur.AddDate(0, 0, 7)
		}
		var sat time.Time
		switch det {
		case "this":
			sat = upcoming
		case "next":
			sat = cur.AddDate(0, 0, 7)
		case "last", "past":
			sat = cur
			if inWeekend {
				sat = cur.AddDate(0, 0, -7)
			}
		case "the":
			sat = cur
			if f.future(i, j+1) {
				sat = upcoming
			}
		}
		w = rangeW(sat, sat.AddDate(0, 0, 2))
	case "month":
		y, m := f.ref.Year(), f.ref.Month()
		switch det {
		case "this":
			w = f.monthW(y, m)
		case "last":
			w = f.monthW(y, m-1)
		case "next":
			w = f.monthW(y, m+1)
		case "past":
			w = rangeW(now.AddDate(0, -1, 0), now)
		}
		// monthW normalises month 0 and 13 through time.Date.
	case "year":
		y := f.ref.Year()
		switch det {
		case "this":
			w = f.yearW(y)
		case "last":
			w = f.yearW(y - 1)
		case "next":
			w = f.yearW(y + 1)
		case "past":
			w = rangeW(now.AddDate(-1, 0, 0), now)
		}
	default:
		first, ok := seasons[unit.low]
		if !ok || det == "past" || det == "the" {
			return match{}, false
		}
		switch det {
		case "this":
			w = f.thisSeason(first)
		case "last":
			// The most recent season of that name that is over.
			for y := now.Year(); y >= now.Year()-2; y-- {
				if w = f.seasonW(first, y); !w.End.After(now) {
					break
				}
			}
		case "next":
			for y := now.Year() - 1; y <= now.Year()+1; y++ {
				if w = f.seasonW(first, y); w.Start.After(now) {
					break
				}
			}
		}
	}
	if w.Grain == "" {
		return match{}, false
	}
	switch edge {
	case "earlier":
		end := now
		if w.End.Before(end) {
			end = w.End
		}
		w = rangeW(w.Start, end)
	case "later":
		start := now
		if w.Start.After(start) {
			start = w.Start
		}
		w = rangeW(start, w.End)
	}
	return match{w: w, from: i, to: j + 1}, true
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// weekdayNotDate are words that make a weekday name part of another name: "Good Friday" is a holiday, "the
// Sunday Times" a newspaper.
var (
	weekdayNotDateBefore = map[string]bool{"black": true, "good": true, "bloody": true, "cyber": true, "super": true, "holy": true, "ash": true, "palm": true, "easter": true}
	weekdayNotDateAfter  = map[string]bool{"times": true, "telegraph": true, "express": true, "mirror": true, "post": true, "herald": true, "mail": true, "people": true, "sport": true, "independent": true, "world": true, "live": true, "service": true, "school": true, "prayers": true}
)

// weekday handles "[last|next|this] Friday [, 15 August] [morning|night]".
func (f *finder) weekday(i int) (match, bool) {
	j := i
	det := ""
	if f.isWord(j, "last", "next", "this") {
		det = f.tok(j).low
		j++
	}
	t := f.tok(j)
	wd, ok := weekdays[t.low]
	if t.kind != word || !ok || !upperInitial(t.text) {
		return match{}, false
	}
	if f.tok(j-1).kind == word && weekdayNotDateBefore[f.tok(j-1).low] {
		return match{}, false
	}
	if next := f.tok(j + 1); next.kind == word && upperInitial(next.text) && weekdayNotDateAfter[next.low] {
		return match{}, false
	}
	// A date right after the weekday says which day it is: "Friday, 15 August".
	k := j + 1
	if f.tok(k).text == "," {
		k++
	}
	if m, ok := f.monthFirst(k); ok && m.w.Grain == GrainDay && det == "" {
		m.from = i
		return m, true
	}
	if m, ok := f.dayFirst(k); ok && det == "" {
		m.from = i
		return m, true
	}
	if !f.hasRef {
		return match{}, false
	}
	today := f.today()
	back := (int(today.Weekday()) - int(wd) + 7) % 7 // days since the most recent such weekday
	fwd := (int(wd) - int(today.Weekday()) + 7) % 7
	var d time.Time
	switch det {
	case "last":
		if back == 0 {
			back = 7
		}
		d = today.AddDate(0, 0, -back)
	case "next":
		if fwd == 0 {
			fwd = 7
		}
		d = today.AddDate(0, 0, fwd)
	case "this":
		d = today.AddDate(0, 0, fwd)
	default:
		// News names the current day by its weekday, so a bare weekday equal to ref's is ref's day.
		if f.future(i, j+1) {
			d = today.AddDate(0, 0, fwd)
		} else {
			d = today.AddDate(0, 0, -back)
		}
	}
	return f.partOfDay(f.dayW(d), i, j+1), true
}

func upperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

var months = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March, "april": time.April,
	"may": time.May, "june": time.June, "july": time.July, "august": time.August, "september": time.September,
	"october": time.October, "november": time.November, "december": time.December,
}

var monthAbbrevs = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April, "jun": time.June,
	"jul": time.July, "aug": time.August, "sep": time.September, "sept": time.September, "oct": time.October,
	"nov": time.November, "dec": time.December,
}

// monthTriggers are words after which a bare capitalised month name is taken as a date; without one, "May"
// or "April" could be a verb or a name.
var monthTriggers = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "during": true, "of": true,
	"before": true, "after": true, "through": true, "throughout": true, "early": true, "mid": true, "late": true,
	"last": true, "next": true, "this": true, "end": true, "start": true, "beginning": true,
}

// monthAt reads a month name at token j: full names, or abbreviations (with an optional period) when abbrevOK.
// It returns the month and the token after it.
func (f *finder) monthAt(j int, abbrevOK bool) (time.Month, int, bool) {
	t := f.tok(j)
	if t.kind != word || !upperInitial(t.text) {
		return 0, 0, false
	}
	if m, ok := months[t.low]; ok {
		return m, j + 1, true
	}
	if m, ok := monthAbbrevs[t.low]; ok && abbrevOK {
		if f.tok(j+1).text == "." && f.joined(j+1) {
			return m, j + 2, true
		}
		return m, j + 1, true
	}
	return 0, 0, false
}

// yearAt reads a four-digit year at token j, after an optional comma.
func (f *finder) yearAt(j int) (int, int, bool) {
	if f.tok(j).text == "," {
		j++
	}
	t := f.tok(j)
	if t.kind == number && !t.ord && t.ndig == 4 && t.num >= 1800 && t.num <= 2200 && !f.joinedNumber(j) {
		return t.num, j + 1, true
	}
	return 0, 0, false
}

// joinedNumber rejects numbers glued to more digits or letters, as in "2025-08" or "1,500".
func (f *finder) joinedNumber(j int) bool {
	next := f.tok(j + 1)
	if j+1 < len(f.toks) && !next.space {
		if next.kind == word {
			return true
		}
		if next.kind == punct && (next.text == "," || next.text == "." || next.text == "-" || next.text == ":" || next.text == "/") && f.tok(j+2).kind == number && !f.tok(j+2).space {
			return true
		}
	}
	prev := f.tok(j - 1)
	if j > 0 && !f.toks[j].space && prev.kind == punct && (prev.text == "," || prev.text == "." || prev.text == "/" || prev.text == ":" || prev.text == "-") && f.tok(j-2).kind == number && f.joined(j-1) {
		return true
	}
	return false
}

// numberedThings are nouns whose number is not a day: "Article 5", "Resolution 2231".
var numberedThings = map[string]bool{
	"article": true, "section": true, "chapter": true, "clause": true, "paragraph": true, "no": true,
	"number": true, "page": true, "point": true, "points": true, "resolution": true, "item": true,
}

// dayAt reads a day of the month (1-31, plain or ordinal) at token j.
func (f *finder) dayAt(j int) (int, bool) {
	t := f.tok(j)
	if t.kind != number || t.ndig > 2 || t.num < 1 || t.num > 31 || f.joinedNumber(j) || numberedThings[f.tok(j-1).low] {
		return 0, false
	}
	return t.num, true
}

// fullDate resolves a day and month with an explicit year, or with none (year == 0) by tense.
func (f *finder) fullDate(y int, m time.Month, d int, from, to int) (When, bool) {
	if y == 0 {
		if !f.hasRef {
			return When{}, false
		}
		today := f.today()
		y = today.Year()
		future := f.future(from, to)
		cand := f.date(y, m, d)
		if future && cand.Before(today) {
			y++
		} else if !future && cand.After(today) {
			y--
		}
	}
	t := f.date(y, m, d)
	if t.Day() != d {
		return When{}, false // 31 June, 29 February in a common year
	}
	return f.dayW(t), true
}

// partW narrows a month or year to its early, mid or late third.
func (f *finder) partW(part string, w When) When {
	if w.Grain == GrainYear {
		y := w.Start.Year()
		switch part {
		case "early":
			return rangeW(w.Start, f.date(y, time.May, 1))
		case "mid":
			return rangeW(f.date(y, time.May, 1), f.date(y, time.September, 1))
		default:
			return rangeW(f.date(y, time.September, 1), w.End)
		}
	}
	y, m, _ := w.Start.Date()
	switch part {
	case "early":
		return rangeW(w.Start, f.date(y, m, 11))
	case "mid":
		return rangeW(f.date(y, m, 11), f.date(y, m, 21))
	default:
		return rangeW(f.date(y, m, 21), w.End)
	}
}

// monthFirst handles "August 15[, 2025]", "Aug. 15", "August 2025", "[early|mid-|late] [last|next|this] March".
func (f *finder) monthFirst(i int) (match, bool) {
	j := i
	part := ""
	if f.isWord(j, "early", "mid", "late") {
		part = f.tok(j).low
		j++
		if f.tok(j).text == "-" && f.joined(j) {
			j++
		}
	}
	det := ""
	if f.isWord(j, "last", "next", "this") {
		det = f.tok(j).low
		j++
	}
	m, k, ok := f.monthAt(j, true)
	if !ok {
		return match{}, false
	}
	full := k == j+1 && months[f.tok(j).low] != 0
	if det == "" {
		if d, ok := f.dayAt(k); ok && part == "" {
			end := k + 1
			y, e, hasYear := f.yearAt(end)
			if hasYear {
				end = e
			}
			w, ok := f.fullDate(y, m, d, i, end)
			return match{w: w, from: i, to: end}, ok
		}
		if y, e, ok := f.yearAt(k); ok && f.tok(k).text != "," {
			w := f.monthW(y, m)
			if part != "" {
				w = f.partW(part, w)
			}
			return match{w: w, from: i, to: e}, true
		}
	}
	// A bare month name needs a full name and a word that makes it a date.
	if !full || !f.hasRef {
		return match{}, false
	}
	if det == "" && part == "" && !monthTriggers[f.tok(i-1).low] {
		return match{}, false
	}
	y, cur := f.ref.Year(), f.ref.Month()
	switch det {
	case "last":
		if m >= cur {
			y--
		}
	case "next":
		if m <= cur {
			y++
		}
	case "this":
	default:
		if f.future(i, k) {
			if m < cur {
				y++
			}
		} else if m > cur {
			y--
		}
	}
	w := f.monthW(y, m)
	if part != "" {
		w = f.partW(part, w)
	}
	return match{w: w, from: i, to: k}, true
}

// dayFirst handles "15 August [2025]", "15th of August", "18th August 2025".
func (f *finder) dayFirst(i int) (match, bool) {
	d, ok := f.dayAt(i)
	if !ok {
		return match{}, false
	}
	j := i + 1
	if f.isWord(j, "of") && f.tok(i).ord {
		j++
	}
	m, k, ok := f.monthAt(j, true)
	if !ok {
		return match{}, false
	}
	y, e, hasYear := f.yearAt(k)
	end := k
	if hasYear && f.tok(k).text != "," {
		end = e
	} else {
		y = 0
	}
	w, ok := f.fullDate(y, m, d, i, end)
	return match{w: w, from: i, to: end}, ok
}

// year handles "in 2014", "since 2022", "early 2024", "summer of 2024".
func (f *finder) year(i int) (match, bool) {
	if first, ok := seasons[f.tok(i).low]; ok && f.tok(i).kind == word && f.tok(i).low != "fall" {
		j := i + 1
		if f.isWord(j, "of") {
			j++
		}
		if y, e, ok := f.yearAt(j); ok && f.tok(j).text != "," {
			return match{w: f.seasonW(first, y), from: i, to: e}, true
		}
		return match{}, false
	}
	part := ""
	j := i
	if f.isWord(j, "early", "mid", "late") {
		part = f.tok(j).low
		j++
		if f.tok(j).text == "-" && f.joined(j) {
			j++
		}
	}
	if f.tok(j).text == "," {
		return match{}, false
	}
	y, e, ok := f.yearAt(j)
	if !ok {
		return match{}, false
	}
	if part == "" && !monthTriggers[f.tok(i-1).low] {
		return match{}, false
	}
	w := f.yearW(y)
	if part != "" {
		w = f.partW(part, w)
	}
	return match{w: w, from: i, to: e}, true
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "hundred": 100,
}

var units = map[string]string{
	"minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
	"week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
}

// countAt reads "two", "a", "48" at token j.
func (f *finder) countAt(j int) (int, bool) {
	t := f.tok(j)
	switch t.kind {
	case word:
		n, ok := numberWords[t.low]
		return n, ok
	case number:
		if t.ord || t.num < 0 || t.num > 1000 || f.joinedNumber(j) {
			return 0, false
		}
		return t.num, true
	}
	return 0, false
}

// shift moves ref by n units and returns the resolved expression at the unit's grain.
func (f *finder) shift(n int, unit string) When {
	switch unit {
	case "minute":
		t := f.ref.Add(time.Duration(n) * time.Minute)
		return When{Start: t, End: t, Grain: GrainInstant}
	case "hour":
		t := f.ref.Add(time.Duration(n) * time.Hour)
		return When{Start: t, End: t, Grain: GrainInstant}
	case "day":
		return f.dayW(f.today().AddDate(0, 0, n))
	case "week":
		return f.dayW(f.today().AddDate(0, 0, 7*n))
	case "month":
		return f.monthW(f.ref.Year(), f.ref.Month()+time.Month(n))
	default:
		return f.yearW(f.ref.Year() + n)
	}
}

// counted handles "two weeks ago", "in three days['] time]", "the past two weeks", "last 24 hours".
func (f *finder) counted(i int) (match, bool) {
	if !f.hasRef {
		return match{}, false
	}
	switch {
	case f.isWord(i, "in"):
		n, ok := f.countAt(i + 1)
		if !ok {
			return match{}, false
		}
		u, ok := units[f.tok(i+2).low]
		if !ok || f.tok(i+2).kind != word {
			return match{}, false
		}
		end := i + 3
		// "in two weeks' time"
		if isApostrophe(f.tok(end).text) && f.isWord(end+1, "time") {
			end += 2
		} else if f.isWord(end, "time") {
			end++
		}
		return match{w: f.shift(n, u), from: i, to: end}, true
	case f.isWord(i, "past", "last"):
		n, ok := f.countAt(i + 1)
		if !ok || f.isWord(i+1, "a", "an") {
			return match{}, false
		}
		u, ok := units[f.tok(i+2).low]
		if !ok || f.tok(i+2).kind != word {
			return match{}, false
		}
		var from time.Time
		switch u {
		case "minute", "hour":
			from = f.shift(-n, u).Start
		case "day":
			from = f.ref.AddDate(0, 0, -n)
		case "week":
			from = f.ref.AddDate(0, 0, -7*n)
		case "month":
			from = f.ref.AddDate(0, -n, 0)
		default:
			from = f.ref.AddDate(-n, 0, 0)
		}
		return match{w: rangeW(from, f.ref), from: i, to: i + 3}, true
	}
	n, ok := f.countAt(i)
	if !ok {
		return match{}, false
	}
	u, ok := units[f.tok(i+1).low]
	if !ok || f.tok(i+1).kind != word || !f.isWord(i+2, "ago") {
		return match{}, false
	}
	return match{w: f.shift(-n, u), from: i, to: i + 3}, true
}

// isoDate handles "2025-08-15".
func (f *finder) isoDate(i int) (match, bool) {
	y, m, d := f.tok(i), f.tok(i+2), f.tok(i+4)
	if y.kind != number || y.ndig != 4 || f.tok(i+1).text != "-" || m.kind != number || m.ndig != 2 ||
		f.tok(i+3).text != "-" || d.kind != number || d.ndig != 2 || y.ord || m.ord || d.ord {
		return match{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if !f.joined(k) {
			return match{}, false
		}
	}
	if m.num < 1 || m.num > 12 || d.num < 1 {
		return match{}, false
	}
	t := f.date(y.num, time.Month(m.num), d.num)
	if t.Day() != d.num {
		return match{}, false
	}
	return match{w: f.dayW(t), from: i, to: i + 5}, true
}
