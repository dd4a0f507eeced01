package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleAbbrev are abbreviations that a name always follows: a dot after them never ends a sentence.
var titleAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"capt": true, "cpt": true, "sgt": true, "maj": true, "adm": true, "cmdr": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "sens": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"st": true, "mt": true, "ft": true, "messrs": true, "mme": true, "mlle": true, "sr": true, "jr": true,
	"no": true, "nos": true, "vs": true, "v": true, "cf": true, "approx": true, "est": true, "fig": true,
	"vol": true, "pp": true, "ch": true, "art": true, "sec": true, "dept": true, "univ": true, "assn": true,
	"bros": true, "ave": true, "blvd": true, "rd": true,
}

// monthAbbrev are month abbreviations: a dot after them ends no sentence when a number follows.
var monthAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// corpAbbrev end a company name; they end a sentence only when a typical sentence opener follows.
var corpAbbrev = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "etc": true, "al": true}

// timeZones follow a.m./p.m.; "7 a.m. ET" is one sentence.
var timeZones = map[string]bool{
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true, "PT": true, "PST": true,
	"PDT": true, "MT": true, "BST": true, "GMT": true, "UTC": true, "CET": true, "CEST": true, "EET": true,
	"EEST": true, "MSK": true, "AEST": true, "IST": true, "JST": true,
}

// sentenceOpeners are words that, capitalised after a dotted abbreviation (U.S., a.m., Inc.), show that a new
// sentence starts there.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"But": true, "And": true, "This": true, "That": true, "These": true, "Those": true, "In": true, "On": true,
	"At": true, "His": true, "Her": true, "Their": true, "Its": true, "There": true, "Now": true, "Then": true,
	"However": true, "Meanwhile": true, "After": true, "Before": true, "When": true, "While": true, "If": true,
	"As": true, "Officials": true, "Some": true, "Many": true, "Both": true, "Our": true, "You": true, "So": true,
	"Yet": true, "Still": true, "Last": true, "Earlier": true, "Later": true,
}

// sentences splits paragraph p into sentences.
func (l *Layer) sentences(p int) {
	par := &l.Paragraphs[p]
	par.FirstSent = len(l.Sentences)
	start := par.FirstTok
	for i := par.FirstTok; i < par.EndTok; i++ {
		if !l.endsSentence(i, par.EndTok) {
			continue
		}
		// Closing quote marks and brackets right after the stop belong to this sentence.
		j := i + 1
		for j < par.EndTok && l.closer(j) {
			j++
		}
		l.addSentence(start, j, p)
		start = j
		i = j - 1
	}
	if start < par.EndTok {
		l.addSentence(start, par.EndTok, p)
	}
	par.EndSent = len(l.Sentences)
}

func (l *Layer) addSentence(first, end, p int) {
	l.Sentences = append(l.Sentences, Sentence{
		Span:     Span{l.Tokens[first].Start, l.Tokens[end-1].End},
		FirstTok: first, EndTok: end, Para: p,
	})
}

// closer reports whether token j is a mark that closes what came before: a closing quote or bracket.
func (l *Layer) closer(j int) bool {
	t := l.Tokens[j]
	switch t.Kind {
	case Quote:
		q := l.InQuote[j]
		if q >= 0 {
			return l.Quotes[q].Close == j
		}
		r, _ := utf8.DecodeRuneInString(l.Text[t.Start:])
		return r == '’' || r == '”' || r == '\'' || r == '"' || r == '»'
	case Punct:
		c := l.Text[t.Start]
		return c == ')' || c == ']'
	}
	return false
}

// endsSentence reports whether token i is the last token of a sentence (before trailing closers).
func (l *Layer) endsSentence(i, end int) bool {
	t := l.Tokens[i]
	txt := l.Text[t.Start:t.End]
	var dotted bool // a word with a final dot (U.S., a.m.)
	switch {
	case t.Kind == Punct && (txt == "!" || txt == "?" || txt == "…"):
	case t.Kind == Punct && txt == ".":
		// "..." is an ellipsis: judge it at its last dot.
		if i+1 < end && l.TokenText(i+1) == "." && l.Tokens[i+1].Start == t.End {
			return false
		}
	case t.Kind == Word && strings.HasSuffix(txt, "."):
		dotted = true
	default:
		return false
	}
	j := i + 1
	for j < end && l.closer(j) {
		j++
	}
	if j >= end {
		return true
	}
	next := l.Tokens[j]
	nextTxt := l.Text[next.Start:next.End]
	// `"... OK?" Trump said.`: a quotation's end followed by its short attribution is one sentence.
	if j > i+1 && l.attributionFollows(j, end) {
		return false
	}
	if next.Kind == Quote || (next.Kind == Punct && (nextTxt == "(" || nextTxt == "[")) {
		return !dotted && !l.abbrevBefore(i)
	}
	r, _ := utf8.DecodeRuneInString(nextTxt)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if dotted {
		if timeZones[nextTxt] {
			return false
		}
		return sentenceOpeners[nextTxt]
	}
	if txt != "." {
		return true
	}
	if j == i+1 && next.Start == t.End && next.Kind == Word && i > 0 && l.Tokens[i-1].End == t.Start {
		return false // a dot inside a word ("D-N.Y.", "N.Y.C."): an abbreviation, not a stop
	}
	if i == 0 || l.Tokens[i-1].End != t.Start {
		return true // a dot after a space
	}
	prev := l.Tokens[i-1]
	pw := l.Text[prev.Start:prev.End]
	lw := strings.ToLower(pw)
	if prev.Kind != Word {
		return true
	}
	if isTitleAbbrev(lw) {
		return false
	}
	if monthAbbrev[lw] && next.Kind == Number {
		return false
	}
	if corpAbbrev[lw] {
		return sentenceOpeners[nextTxt]
	}
	// An initial: a lone capital (J. K. Rowling), unless it is "I" or the word before is a sentence's end.
	if utf8.RuneCountInString(pw) == 1 && unicode.IsUpper([]rune(pw)[0]) && pw != "I" {
		return sentenceOpeners[nextTxt]
	}
	// A party and state after a name, "(D-S.C.)" or "R-N.Y.": the dot closes the state's first initial.
	if n := len(pw); n >= 3 && pw[n-2] == '-' && pw[n-1] >= 'A' && pw[n-1] <= 'Z' {
		return sentenceOpeners[nextTxt]
	}
	return true
}

// abbrevBefore reports whether the dot at token i closes a title abbreviation.
func (l *Layer) abbrevBefore(i int) bool {
	if i == 0 || l.Tokens[i-1].Kind != Word || l.Tokens[i-1].End != l.Tokens[i].Start {
		return false
	}
	return isTitleAbbrev(strings.ToLower(l.TokenText(i - 1)))
}

// isTitleAbbrev reports whether lower-case word lw is a title abbreviation, perhaps after a hyphenated prefix:
// "then-Sen. Obama", "ex-Gov. Perry".
func isTitleAbbrev(lw string) bool {
	if h := strings.LastIndexByte(lw, '-'); h >= 0 {
		lw = lw[h+1:]
	}
	return titleAbbrev[lw]
}

// sayVerbs are the commonest reporting verbs, enough to keep `"Why?" Trump asked.` in one sentence.
var sayVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "added": true, "told": true, "wrote": true, "tweeted": true,
	"replied": true, "continued": true, "explained": true, "shouted": true, "insisted": true, "recalled": true,
	"noted": true, "argued": true, "warned": true, "declared": true, "responded": true, "exclaimed": true,
}

// attributionFollows reports whether tokens from j are a short "Name said." before the paragraph's end or a stop.
func (l *Layer) attributionFollows(j, end int) bool {
	for k := j; k < end && k < j+6; k++ {
		t := l.Tokens[k]
		if t.Kind != Word {
			return false
		}
		if sayVerbs[strings.ToLower(l.Text[t.Start:t.End])] {
			// `"Why?" Trump asked reporters on Friday.`: a short tail of words may follow the verb.
			m := k + 1
			for m < end && m < k+8 && (l.Tokens[m].Kind == Word || l.Tokens[m].Kind == Number) {
				m++
			}
			return m >= end || (l.Tokens[m].Kind == Punct && !l.abbrevBefore(m))
		}
	}
	return false
}
