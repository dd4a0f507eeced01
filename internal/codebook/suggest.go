package codebook

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// SpeakerCount is a speaker name as extraction wrote it and how many statements it has.
type SpeakerCount struct {
	Name  string
	Count int
}

// Suggestion is a candidate addition to a codebook.
type Suggestion struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
	// Kind is "speaker" for an unknown speaker, "phrase" for a capitalised phrase ("Multinational Force
	// Ukraine") and "bigram" for a recurring pair of lower-case words ("energy infrastructure").
	Kind     string   `json:"kind"`
	Variants []string `json:"variants,omitempty"` // other spellings merged into Text
}

// Suggestions are what Suggest found, most frequent first.
type Suggestions struct {
	Speakers []Suggestion `json:"speakers"`
	Terms    []Suggestion `json:"terms"`
}

// SuggestOptions tune Suggest; zero values take the defaults.
type SuggestOptions struct {
	At       time.Time // the corpus date, for role aliases; zero means roles without an end date
	MinCount int       // least count to report (default 2)
	Limit    int       // most suggestions of each sort (default 20)
}

// stopwords never start or end a suggested term, and a bigram may not contain one.
var stopwords = setOf(
	"a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
	"because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
	"during", "each", "even", "for", "from", "further", "had", "has", "have", "he", "her", "here", "him", "his",
	"how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "last", "many", "may", "me", "more",
	"most", "mr", "mrs", "ms", "much", "must", "my", "new", "no", "not", "now", "of", "on", "one", "only", "or",
	"other", "our", "out", "over", "said", "says", "she", "should", "since", "so", "some", "such", "than",
	"that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "told",
	"too", "two", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "whether",
	"which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your", "according",
	"added", "still", "already", "around", "within", "without", "year", "years", "week", "weeks", "day", "days",
	"time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
	"today", "yesterday", "tomorrow", "following", "share", "read", "more", "like", "make", "made", "set",
	"able", "being", "well", "way", "people", "get", "go", "going", "come", "see", "want", "wants", "take",
)

// Suggest finds what a codebook is missing in a corpus: speakers that ResolveActor does not know (spellings
// merged through a Registry, counts summed), and recurring terms no issue covers, either capitalised phrases
// of up to four words or pairs of lower-case words. Terms inside an issue match or naming a known actor are
// left out. It is meant for `parley codebook suggest`. A nil cb knows nothing: everything is suggested.
func Suggest(cb *Codebook, speakers []SpeakerCount, texts []string, opt SuggestOptions) Suggestions {
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	if opt.Limit <= 0 {
		opt.Limit = 20
	}
	var out Suggestions

	var reg Registry
	byID := map[string]*Suggestion{}
	var order []string
	for _, sc := range speakers {
		if sc.Count <= 0 || strings.TrimSpace(sc.Name) == "" {
			continue
		}
		if cb != nil {
			if _, ok := cb.ResolveActor(sc.Name, opt.At); ok {
				continue
			}
		}
		id := reg.Add(sc.Name)
		if id == "" {
			continue
		}
		s, ok := byID[id]
		if !ok {
			s = &Suggestion{Kind: "speaker"}
			byID[id] = s
			order = append(order, id)
		}
		s.Count += sc.Count
	}
	for _, p := range reg.Speakers() {
		s, ok := byID[p.ID]
		if !ok {
			continue
		}
		s.Text = p.Name
		for _, v := range p.Variants {
			if v != p.Name {
				s.Variants = append(s.Variants, v)
			}
		}
	}
	for _, id := range order {
		out.Speakers = append(out.Speakers, *byID[id])
	}
	out.Speakers = topSuggestions(out.Speakers, opt)

	counts := map[string]*Suggestion{}
	for _, t := range texts {
		var covered []IssueMatch
		if cb != nil {
			covered = cb.FindIssues(t, 0)
		}
		for _, c := range termCandidates(t) {
			if overlapsAny(covered, c.start, c.end) {
				continue
			}
			key := c.kind + "\x00" + strings.ToLower(c.text)
			s, ok := counts[key]
			if !ok {
				s = &Suggestion{Text: c.text, Kind: c.kind}
				counts[key] = s
			}
			s.Count++
		}
	}
	for _, s := range counts {
		if s.Kind == "phrase" && cb != nil {
			if _, ok := cb.ResolveActor(s.Text, opt.At); ok {
				continue
			}
		}
		out.Terms = append(out.Terms, *s)
	}
	out.Terms = topSuggestions(out.Terms, opt)
	return out
}

func topSuggestions(list []Suggestion, opt SuggestOptions) []Suggestion {
	list = slices.DeleteFunc(list, func(s Suggestion) bool { return s.Count < opt.MinCount })
	slices.SortStableFunc(list, func(a, b Suggestion) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Text, b.Text)
	})
	if len(list) > opt.Limit {
		list = list[:opt.Limit]
	}
	return list
}

func overlapsAny(ms []IssueMatch, start, end int) bool {
	for _, m := range ms {
		if m.Span.Start < end && start < m.Span.End {
			return true
		}
	}
	return false
}

type termCand struct {
	text, kind string
	start, end int
}

// termCandidates lists the capitalised phrases and lower-case bigrams of t.
func termCandidates(t string) []termCand {
	type tok struct {
		w          string // as written
		low        string
		start, end int
		upper      bool // starts with a capital
		sentStart  bool // first word of a sentence
		joinedPrev bool // only spaces between this word and the previous one
	}
	var toks []tok
	sentStart := true
	prevEnd := -1
	for _, w := range scanWords(t, nil) {
		gap := ""
		if prevEnd >= 0 {
			gap = t[prevEnd:w.start]
		}
		if strings.ContainsAny(gap, ".!?\n") {
			sentStart = true
		}
		r, _ := utf8.DecodeRuneInString(t[w.start:])
		toks = append(toks, tok{
			w: t[w.start:w.end], low: w.w, start: w.start, end: w.end, upper: unicode.IsUpper(r),
			sentStart: sentStart || prevEnd < 0, joinedPrev: prevEnd >= 0 && strings.TrimSpace(gap) == "",
		})
		sentStart = false
		prevEnd = w.end
	}
	var out []termCand
	for i := 0; i < len(toks); {
		if !toks[i].upper || stopwords[toks[i].low] || !isLetters(toks[i].low) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && j-i < 4 && toks[j].joinedPrev && toks[j].upper && isLetters(toks[j].low) && !stopwords[toks[j].low] {
			j++
		}
		// A lone capitalised word at the start of a sentence is usually capitalised for that reason only.
		if !(j == i+1 && toks[i].sentStart) {
			out = append(out, termCand{text: t[toks[i].start:toks[j-1].end], kind: "phrase", start: toks[i].start, end: toks[j-1].end})
		}
		i = j
	}
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		// A capital at the start of a sentence does not make a word a name.
		if (a.upper && !a.sentStart) || b.upper || !b.joinedPrev || stopwords[a.low] || stopwords[b.low] || len(a.low) < 3 ||
			len(b.low) < 3 || !isLetters(a.low) || !isLetters(b.low) {
			continue
		}
		out = append(out, termCand{text: a.low + " " + b.low, kind: "bigram", start: a.start, end: b.end})
	}
	return out
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
