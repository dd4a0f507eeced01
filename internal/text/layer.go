package text

import (
	"unicode"
	"unicode/utf8"
)

// Sentence is a run of tokens Tokens[FirstTok:EndTok] inside one paragraph.
type Sentence struct {
	Span
	FirstTok, EndTok int // token indices, EndTok exclusive
	Para             int // index into Layer.Paragraphs
}

// Paragraph is a block of text; news copy puts one on each line.
type Paragraph struct {
	Span
	FirstTok, EndTok   int // token indices, EndTok exclusive
	FirstSent, EndSent int // sentence indices, EndSent exclusive
}

// Quotation is a double-quoted passage. Open and Close are token indices of its marks; Close is -1 when the
// paragraph ends with the quote still open (the newspaper rule: a quote that runs on reopens the next paragraph
// without closing this one). Inner is the text between the marks, or up to the paragraph's end when unclosed.
type Quotation struct {
	Open, Close int
	Inner       Span
	Para        int
	// Reopens is set on a quotation that opens a paragraph while the previous paragraph ended inside a quote.
	Reopens bool
}

// Layer is the analysed text of one document.
type Layer struct {
	Text       string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
	Quotes     []Quotation
	// InQuote gives, for every token, the index in Quotes of the double quotation it lies inside (marks
	// included), or -1.
	InQuote []int32
}

// Analyze builds the text layer of s from byte offset start (the body; a header before it is skipped).
func Analyze(s string, start int) *Layer {
	l := &Layer{Text: s}
	l.Tokens = Tokenize(s, start, len(s), make([]Token, 0, (len(s)-start)/5+8))
	// News runs about 25 tokens a sentence and 3 sentences a paragraph; sizing up front saves regrowing.
	l.Sentences = make([]Sentence, 0, len(l.Tokens)/20+4)
	l.Paragraphs = make([]Paragraph, 0, len(l.Tokens)/50+4)
	l.InQuote = make([]int32, len(l.Tokens))
	for i := range l.InQuote {
		l.InQuote[i] = -1
	}
	l.paragraphs(start)
	prevOpen := false
	for p := range l.Paragraphs {
		prevOpen = l.quotes(p, prevOpen)
		l.sentences(p)
	}
	return l
}

// TokenText is the text of token i.
func (l *Layer) TokenText(i int) string { t := l.Tokens[i]; return l.Text[t.Start:t.End] }

// SpanText is the text of a span.
func (l *Layer) SpanText(sp Span) string { return l.Text[sp.Start:sp.End] }

// paragraphs finds paragraph extents: each line is a paragraph, except that a line ending without closing
// punctuation whose next line starts in lower case is a soft wrap and joins it.
func (l *Layer) paragraphs(start int) {
	s := l.Text
	ti := 0
	i := start
	for i < len(s) {
		for i < len(s) && (s[i] == '\n' || s[i] == '\r' || s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			break
		}
		ps := i
		pe := i
		for {
			j := i
			for j < len(s) && s[j] != '\n' {
				j++
			}
			pe = trimRight(s, i, j)
			if j >= len(s) || !softWrap(s, pe, j) {
				i = j
				break
			}
			i = j + 1
		}
		first := ti
		for ti < len(l.Tokens) && l.Tokens[ti].Start < pe {
			ti++
		}
		if ti > first {
			l.Paragraphs = append(l.Paragraphs, Paragraph{Span: Span{ps, pe}, FirstTok: first, EndTok: ti})
		}
	}
}

func trimRight(s string, i, j int) int {
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\r') {
		j--
	}
	return j
}

// softWrap reports whether the line break at nl continues the paragraph: the line ends mid-sentence and the next
// line starts with a lower-case letter.
func softWrap(s string, lineEnd, nl int) bool {
	if lineEnd == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s[:lineEnd])
	if last == '.' || last == '!' || last == '?' || last == ':' || IsQuoteRune(last) {
		return false
	}
	k := nl + 1
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k >= len(s) || s[k] == '\n' || s[k] == '\r' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsLower(r)
}

// quote mark roles
const (
	qOpen = iota
	qClose
	qNone // an apostrophe, or a mark that cannot be placed
)

// quotes pairs the double quote marks of paragraph p and marks the tokens inside them. prevOpen says the previous paragraph ended inside a quote. It returns whether this
// paragraph ends inside one.
func (l *Layer) quotes(p int, prevOpen bool) bool {
	par := l.Paragraphs[p]
	first, end := par.FirstTok, par.EndTok
	open := -1 // token index of the open double mark
	reopen := false
	for i := first; i < end; i++ {
		t := l.Tokens[i]
		if t.Kind != Quote {
			continue
		}
		r, _ := utf8.DecodeRuneInString(l.Text[t.Start:])
		if t.End-t.Start == 2 && r == '\'' {
			r = '"'
		} else if r == '\'' || r == '‘' || r == '’' || r == '‚' {
			continue // single marks: nested quotes, scare quotes or apostrophes; never bound a statement
		}
		role := l.doubleRole(i, r, open >= 0)
		switch {
		case role == qOpen && open < 0:
			open = i
			reopen = prevOpen && i == first
		case role == qClose && open >= 0:
			l.addQuote(open, i, p, reopen)
			open = -1
		case role == qOpen && open >= 0:
			// Two openings in a row: the first was never closed; restart from the second.
			open = i
		}
	}
	if open >= 0 {
		l.addQuote(open, -1, p, reopen)
		// Only a quote that runs to the end of the paragraph carries on to the next.
		return true
	}
	return false
}

func (l *Layer) addQuote(open, close, p int, reopen bool) {
	q := Quotation{Open: open, Close: close, Para: p, Reopens: reopen}
	last := close
	if close < 0 {
		q.Inner = Span{l.Tokens[open].End, l.Paragraphs[p].End}
		last = l.Paragraphs[p].EndTok - 1
	} else {
		q.Inner = Span{l.Tokens[open].End, l.Tokens[close].Start}
	}
	idx := int32(len(l.Quotes))
	l.Quotes = append(l.Quotes, q)
	for i := open; i <= last; i++ {
		l.InQuote[i] = idx
	}
}

// doubleRole decides whether a double quote mark opens or closes. Curly marks say so; a straight mark is judged
// by the spaces around it, then by whether a quote is open.
func (l *Layer) doubleRole(i int, r rune, isOpen bool) int {
	switch r {
	case '“':
		if isOpen && l.closesAfterPunct(i) {
			return qClose // `"It's unusual,“ said X`: a mistyped closing mark, glued to the quotation's last stop
		}
		return qOpen
	case '„', '«', '‟':
		return qOpen
	case '”', '»':
		if r == '”' && !isOpen && l.opensWrongWay(i) {
			return qOpen // `”We won,” she said`: typed the wrong way round
		}
		return qClose
	}
	t := l.Tokens[i]
	before := t.Start == 0 || isSpaceOrOpener(l.Text, t.Start)
	after := t.End >= len(l.Text) || isSpaceAt(l.Text, t.End)
	switch {
	case before && !after:
		return qOpen
	case after && !before:
		return qClose
	case isOpen:
		return qClose
	default:
		return qOpen
	}
}

func isSpaceOrOpener(s string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == ':'
}

func isSpaceAt(s string, at int) bool {
	r, _ := utf8.DecodeRuneInString(s[at:])
	return unicode.IsSpace(r)
}

// closesAfterPunct reports whether an opening curly mark at token i is a mistyped closing one: glued to the end
// of the quotation ("unusual,“ said", "“abhorrent“ and") and followed by a space, a stop or the end of the text.
// A real opening mark follows a space or an opener.
func (l *Layer) closesAfterPunct(i int) bool {
	t := l.Tokens[i]
	if t.Start == 0 || isSpaceOrOpener(l.Text, t.Start) {
		return false
	}
	if t.End >= len(l.Text) || isSpaceAt(l.Text, t.End) {
		return true
	}
	switch l.Text[t.End] {
	case ',', '.', ';', ':', '?', '!', ')':
		return true
	}
	return false
}
