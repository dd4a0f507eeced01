package attrib

import "github.com/parley-ledger/parley/internal/text"

// pollNPEnd ends a poll's noun phrase [first, ne) at its poll noun when the phrase runs on into the poll's
// details: npRightOpt reads "released" as a modifier in "a Harbor Times/Metro News poll released Monday",
// and pollPrep wants the phrase to end in the poll noun before it takes the details on its own.
func (r *run) pollNPEnd(first, ne int) int {
	for k := ne - 2; k >= first; k-- {
		if r.is(k, cPollNoun) && pollDetails[r.low(k+1)] {
			return k + 1
		}
	}
	return ne
}

// openingPoll reports whether "in" at token i opens its sentence and the poll phrase after it ends in a poll
// noun before a comma: "In the poll, C", "In exit polls, C". At the head of a sentence the phrase frames the
// whole finding even without a name or "new" ("ahead in the polls" mid-sentence does not).
func (r *run) openingPoll(s text.Sentence, i int) bool {
	if i != s.FirstTok {
		return false
	}
	ne := r.pollNPEnd(i+1, r.npRightOpt(i+1, s.EndTok, false))
	if ne >= s.EndTok || !r.is(ne-1, cPollNoun) {
		return false
	}
	if pollDetails[r.low(ne)] {
		return true // "In the survey, conducted in May, C" keeps its details
	}
	return r.is(ne, cComma)
}

// pollOpeningFirst takes a poll phrase that opens the sentence before the verbs inside it claim their
// statements: "In a new Harbor poll, 52 percent of drivers said they back the strike" reports the poll's
// finding, and PolNeAR marks only "In" as its cue, not "said".
func (r *run) pollOpeningFirst(s text.Sentence) {
	if r.low(s.FirstTok) == "in" {
		r.pollPrepFrom(s, s.FirstTok+1)
	} else if r.low(s.FirstTok) == "based" {
		r.basedOnPoll(s)
	}
}

// basedOnPoll handles a finding drawn from polls by an opening "Based on": "Based on recent polling, the
// mayor looks set to win". PolNeAR makes "Based on" the cue and the polling the source; only a poll's phrase
// (its head one of pollNouns), not any evidence ("Based on the report, ..."), is taken.
func (r *run) basedOnPoll(s text.Sentence) {
	b := s.FirstTok
	if r.sc&cPollNoun == 0 || b+4 >= s.EndTok || r.low(b+1) != "on" || r.claimed[b] {
		return
	}
	comma := r.nextComma(b+2, s.EndTok)
	if comma < 0 || comma-b > 10 {
		return
	}
	head := -1
	for k := b + 2; k < comma; k++ {
		if r.is(k, cPollNoun) {
			head = k
			break
		}
		if r.is(k, cPrep) || r.kind(k) != text.Word {
			return // "Based on the strength of the polls": the polls are not the head
		}
	}
	if head < 0 || head > b+2 && r.pollNotHead(b+2, comma) {
		return // a bare "polling" may open the phrase here ("Based on polling across the five ports, ...")
	}
	cs := comma + 1
	ce := r.cutCoordinated(cs, s.EndTok)
	for j := cs + 1; j+1 < ce; j++ {
		if r.is(j, cComma) && r.l.InQuote[j] < 0 && (r.is(j+1, cSubord) || r.low(j+1) == "but") {
			ce = j // ", though the count is slow": the narrator's qualification, no part of the finding
			break
		}
	}
	ce = r.trimEnd(cs, ce)
	if ce-cs < 3 || r.anyClaimed(b, ce) {
		return
	}
	st := Statement{Rule: "poll-based-on", Evidence: "'Based on' names the polls a finding comes from"}
	r.add(st, b+2, comma, b, b+2, [][2]int{{cs, ce}})
}

// pollFinding is -1, no nested statement, when statement st is a poll's finding, which holds the answers its
// respondents "said" ("In a new poll, 79 percent of drivers said they back the strike": PolNeAR marks the poll
// alone); else it is cs.
func (r *run) pollFinding(st Statement, cs int) int {
	if st.Rule == "poll-in" {
		return -1
	}
	return cs
}

// pollIntroEnd moves the start cs of a finding reported by a trailing poll phrase at token in past what
// frames it: an opening adverbial up to its comma ("In March, the mayor held 41 percent in the poll", "By
// Friday, ..."), or a lead-in before a colon ("The union has a problem: its plan trails in the latest
// poll"). PolNeAR's content is the clause the poll measured. cs < 0 stays.
func (r *run) pollIntroEnd(cs, in int) int {
	if cs < 0 || r.l.InQuote[cs] >= 0 {
		return cs
	}
	for j := cs; j < in; j++ {
		if r.is(j, cColon) && r.l.InQuote[j] < 0 && in-j > 3 {
			cs = j + 1 // "The union has a problem: its plan trails in the poll"
			break
		}
	}
	if !r.is(cs, cPrep|cBy) && !r.is(cs, cTime) {
		return cs
	}
	if comma := r.nextComma(cs, in); comma >= 0 && in-comma > 3 {
		return comma + 1
	}
	return cs
}

// pollCommaDetails takes the details set off by commas after an opening poll phrase ending before token se:
// "In the latest city poll, conducted in May, the mayor led" has the source "the latest city poll, conducted
// in May". It returns the new end of the source (the closing comma), or se.
func (r *run) pollCommaDetails(se, end int) int {
	if se+2 >= end || !r.is(se, cComma) || !pollDetails[r.low(se+1)] || r.low(se+1) == "out" {
		return se
	}
	if c := r.nextComma(se+1, end); c > 0 && c-se < 9 {
		return c
	}
	return se
}

// keepPollDetails restores the comma-set details of an opening poll's source [first, end) that sourceEnd cut
// at the participle: "In the latest city poll, conducted in May, C" has the source "the latest city poll,
// conducted in May".
func (r *run) keepPollDetails(first, end int) {
	n := len(r.out) - 1
	if n < 0 || r.out[n].Source == nil || r.out[n].Source.Start != r.l.Tokens[first].Start {
		return
	}
	if e := r.l.Tokens[end-1].End; r.out[n].Source.End < e {
		r.out[n].Source = &text.Span{Start: r.out[n].Source.Start, End: e}
		r.claim(first, end)
	}
}

// pollTime keeps the time words between a poll's noun and its cue in the source, as PolNeAR marks them: "A
// city poll last week showed", "A Harbor poll this month found". subjectEnd left them out of [src, end), and
// cueFirst is where the cue starts. ("A poll out Monday showed" keeps its source "A poll", as the seed's
// tests want.)
func (r *run) pollTime(end, cueFirst int) int {
	if end >= cueFirst || end < 1 || !r.is(end-1, cPollNoun) {
		return end
	}
	for k := end; k < cueFirst; k++ {
		if w := r.low(k); !r.is(k, cTime) && w != "last" && w != "this" && w != "on" {
			return end
		}
	}
	return cueFirst
}

// pollNotHead reports whether the poll noun in the phrase [first, ne) after "in" only modifies the phrase's
// head or is followed by what is no part of a poll's name: "waited in a polling station in Dover" (a
// place), "in the city survey to 29" (a figure), "in polls behind the mayor" (a ranking). After the last poll
// noun only a place or a group may follow ("a poll of Ohio", "a survey of likely voters in May"); a bare
// "polling" with nothing before it is polling in general ("leads in polling in Ohio"), as "in the polls" is,
// and so are "several" or "many" polls.
func (r *run) pollNotHead(first, ne int) bool {
	p := -1
	for k := ne - 1; k >= first; k-- {
		if r.is(k, cPollNoun) {
			p = k
			break
		}
	}
	if p < 0 {
		return false
	}
	if p == first && r.low(p) == "polling" {
		return true
	}
	for k := first; k < p; k++ {
		if w := r.low(k); w == "several" || w == "many" {
			return true // "in several recent polls", "in many state polls": the polls at large
		}
	}
	for k := p + 1; k < ne; k++ {
		if r.isCap(k) || r.kind(k) != text.Word {
			continue
		}
		switch r.low(k) {
		case "of", "in", "by", "from", "for", "among", "and", "the", "a", "an", "likely", "registered", "voters",
			"adults", "residents", "last", "this", "week", "month", "year":
			continue
		}
		if r.is(k, cTime) {
			continue
		}
		return true
	}
	return false
}

// pollDetailLen bounds the details after the poll's name ("released by the Harbor Times and Metro News"):
// before the comma that closes an opening "In a poll ..., C" they may run longer than after a finding.
func (r *run) pollDetailLen(s text.Sentence, in int) int {
	if in == s.FirstTok {
		return 12
	}
	return 7
}

// pollMethodNouns name a poll's method rather than a finding: "the poll had an error band of four points",
// "the survey had a sample of 900".
var pollMethodNouns = map[string]bool{
	"margin": true, "error": true, "sample": true, "sampling": true, "interval": true, "respondents": true,
	"participants": true, "questions": true, "question": true, "methodology": true, "weighting": true,
}

// pollVerb reports whether word w, right after a poll's noun phrase, reports its finding with a noun phrase
// object (and no "that"): "the poll has the mayor leading", "the survey puts her approval at 50 percent", "the
// poll gave the union a lead", "a survey in March found the mayor with a lead", "polls there show him ahead".
func pollVerb(w string) bool {
	switch w {
	case "has", "had", "puts", "put", "gives", "gave", "finds", "found", "shows", "showed", "show":
		return true
	}
	return false
}

// pollHas handles a poll as the subject of a verb that places a candidate or a figure: "The new poll has the
// mayor leading by six points", "A city survey out Monday had the union at 12 percent", "The poll puts the
// plan's backing at 61 percent". PolNeAR makes the verb the cue, the poll's phrase (with a short modifier
// such as "in March" or "released Friday") the source and the object, to the next comma, the content.
// "found" and "shows" take the same shape when the subject's modifier kept the ordinary frames from the verb
// ("A survey by the union in March found the mayor with a lead", "Polls there show him trailing").
func (r *run) pollHas(s text.Sentence) {
	if r.sc&cPollNoun == 0 {
		return
	}
	for i := s.FirstTok + 1; i+2 < s.EndTok; i++ {
		if !pollVerb(r.low(i)) || r.claimed[i] || r.l.InQuote[i] >= 0 || r.isCap(i) {
			continue
		}
		// The poll noun: right before the verb, or a few words before it with a short modifier between.
		k := i - 1
		for k > s.FirstTok && k > i-7 && !r.is(k, cPollNoun) {
			if r.kind(k) == text.Punct || r.l.InQuote[k] >= 0 || r.is(k, cAux|cRelative|cSubord|cPronoun) {
				break
			}
			k--
		}
		if !r.is(k, cPollNoun) || r.low(k) == "polling" && k+1 < i {
			continue
		}
		src := r.npLeft(k+1, s.FirstTok)
		if src < 0 || !r.subjectStart(src, s.FirstTok) || r.anyClaimed(src, i) {
			continue
		}
		if r.prepBefore(src, k) {
			continue // "86 percent of drivers in a recent survey had": the poll only qualifies the subject
		}
		// The object: a noun phrase, not a participle ("has shown", "had been") nor the poll's method.
		o := i + 1
		if r.is(o, cAux|cRelative|cSubord|cComma) || !r.nounish(o) && !r.is(o, cDet|cPronoun) {
			continue
		}
		ce := o
		method := false
		for ce < s.EndTok && !r.is(ce, cComma|cSemicolon) && r.l.InQuote[ce] < 0 && !r.finalDot(ce, s.EndTok) {
			method = method || pollMethodNouns[r.low(ce)]
			ce++
		}
		w := r.low(i)
		if method || ce-o < 2 || (w == "put" || w == "puts") && !r.hasWord(o, ce, "at") || r.anyClaimed(o, ce) {
			continue
		}
		st := Statement{Rule: "poll-has", Evidence: "a poll's verb places a candidate or a figure"}
		r.add(st, src, i, i, i+1, [][2]int{{o, r.trimEnd(o, ce)}})
	}
}

// hasWord reports whether the lower-case word w is among tokens [first, end).
func (r *run) hasWord(first, end int, w string) bool {
	for k := first; k < end; k++ {
		if r.low(k) == w {
			return true
		}
	}
	return false
}

// prepBefore reports whether a preposition other than "of" sits among tokens [first, end): the noun after it
// is not the phrase's head ("drivers in a survey"), while "an average of polls" keeps its head.
func (r *run) prepBefore(first, end int) bool {
	for k := first; k < end; k++ {
		if r.is(k, cPrep) && r.low(k) != "of" {
			return true
		}
	}
	return false
}
