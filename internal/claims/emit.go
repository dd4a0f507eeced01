package claims

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/timex"
)

func (m Mode) valid() bool { return m != "" }

// emit turns a reading into claims, one per actor.
func (d *docState) emit(c *clause, r *reading, prevClaims []int) {
	// Suppress an event noun whose light verb is itself a trigger: "signed an agreement" is read at "signed".
	for _, rule := range r.rules {
		if lv, ok := strings.CutPrefix(rule, "light:"); ok && len(lexicon[lv]) > 0 && !r.passive {
			for _, t := range lexicon[lv] {
				if t.pos == posVerb && len(t.particles) == 0 {
					return
				}
			}
		}
	}
	trig := d.l.Tokens[r.tok].Span
	ev := c.evidence(d)
	if o, ok := d.wordSpan(r.obj[0], r.obj[1]); ok {
		ev = text.Span{Start: min(ev.Start, o.Start), End: max(ev.End, o.End)}
	}
	ev = d.clipEvidence(ev, trig)
	var explain []string
	explain = append(explain, fmt.Sprintf("trigger %q → %s", d.tokText(r.tok), r.t.event))

	// Mode: the clause's opener, then the verb group's words.
	hyp, fut, hist := c.hyp, c.fut, false
	var modeWhy []string
	if c.hyp || c.fut {
		modeWhy = append(modeWhy, "clause opened by "+strconvQuote(c.opener))
	}
	// Reported speech after a past cue shifts tenses back: "said he would meet" is a future, "denied that
	// Russia had agreed" a plain past.
	backshift := c.owner >= 0 && d.stmts[c.owner].Kind != attrib.Direct && d.pastCue(c.owner)
	for k := r.vg[0]; k < r.vg[1]; k++ {
		m := modeWords[d.lw[k]]
		if backshift {
			switch d.lw[k] {
			case "would", "'d":
				m = Future
			case "had":
				m = ""
			}
		}
		switch m {
		case Hypothetical:
			hyp = true
			modeWhy = append(modeWhy, strconvQuote(d.tokText(k)))
		case Future:
			fut = true
			modeWhy = append(modeWhy, strconvQuote(d.tokText(k)))
		case Historical:
			hist = true
			modeWhy = append(modeWhy, strconvQuote(d.tokText(k)))
		}
	}
	pol := Positive
	if r.neg%2 == 1 {
		pol = Negative
	}
	var mode Mode
	switch {
	case hyp:
		mode = Hypothetical
	case fut:
		mode = Future
	case hist:
		mode = Historical
	case pol == Negative:
		mode = Negated
	default:
		mode = Asserted
	}
	rules := slices.Clone(r.rules)
	if len(r.negHow) > 0 {
		explain = append(explain, "negated by "+quoteAll(r.negHow))
		if !slices.ContainsFunc(rules, func(s string) bool { return strings.HasPrefix(s, "neg:") }) {
			rules = append(rules, "neg")
		}
	}
	if c.owner >= 0 && d.flipped[c.owner] {
		pol = pol.Flip()
		rules = append(rules, "deny")
		explain = append(explain, "the speaker denies it")
		switch {
		case mode == Asserted && pol == Negative:
			mode = Negated
		case mode == Negated && pol == Positive:
			mode = Asserted
		}
	}
	rules = append(rules, "mode:"+string(mode))
	if len(modeWhy) > 0 {
		explain = append(explain, fmt.Sprintf("mode %s from %s", mode, strings.Join(modeWhy, ", ")))
	} else {
		explain = append(explain, "mode "+string(mode))
	}

	// A told event may date the same event elsewhere ("these agreements were made on Friday"), whether or not
	// it makes a claim itself; its time is only looked up if a claim needs it.
	evClause := c.evidence(d)
	if mode != Future && mode != Hypothetical && pol == Positive {
		if d.mayHaveTime(c.start, c.end) {
			d.anchors = append(d.anchors, anchor{event: r.t.event, at: trig.Start, sent: d.sentIdx, clause: evClause,
				trig: trig, noun: r.t.pos == posNoun, actors: r.actors})
		}
	}
	if len(r.actors) == 0 && !r.passive {
		return
	}
	d.ensureSentence()
	issue, issueHow := d.issueOf(r, prevClaims, c)
	if len(r.actors) == 0 && issue == nil {
		return
	}

	// When: a time expression in the clause, else (later) the same event's time elsewhere, else the date.
	var when When
	if !d.mayHaveTime(c.start, c.end) {
		// No time word in the clause: timex need not read the sentence.
	} else if w, ok := d.nearestWhen(d.whens(d.sentIdx), evClause, trig); ok {
		when = When{When: w, Source: WhenText}
		rules = append(rules, "when:text")
		explain = append(explain, fmt.Sprintf("when %q = %s", w.Text, w.ISO()))
	}
	if issue != nil {
		rules = append(rules, "issue:"+issueHow)
		explain = append(explain, fmt.Sprintf("issue %s (%s)", issue.ID, issueHow))
	}
	actorRule := "actor:" + r.actorHow
	if len(r.actors) == 0 {
		explain = append(explain, "no actor written (passive)")
	} else {
		names := make([]string, len(r.actors))
		for k, a := range r.actors {
			names[k] = a.ID
		}
		subj := ""
		if r.subj[1] > r.subj[0] {
			subj = fmt.Sprintf("%q ", strings.TrimSpace(d.l.Text[d.l.Tokens[r.subj[0]].Start:d.l.Tokens[r.subj[1]-1].End]))
		}
		explain = append(explain, fmt.Sprintf("actor %s→ %s (%s)", subj, strings.Join(names, ", "), r.actorHow))
	}
	rules = append([]string{rules[0], actorRule}, rules[1:]...)

	claimant := d.outlet
	stmt := -1
	if c.owner >= 0 {
		stmt = c.owner
		claimant = d.speakerClaimant(c.owner)
	}
	target := d.target(r, c)
	where := ""
	if r.t.event == Consult {
		where = d.place(r)
	}
	actors := r.actors
	if len(actors) == 0 {
		actors = []*ActorRef{nil}
	}
	for _, a := range actors {
		cl := Claim{
			Statement: stmt, Actor: a, Target: target, Event: r.t.event, Issue: issue, Polarity: pol, Mode: mode,
			Claimant: claimant, When: when, Where: where, Evidence: ev, Trigger: trig,
			Rule: strings.Join(rules, "+"), Explain: strings.Join(explain, "; "),
		}
		if cl.Target == a {
			cl.Target = nil
		}
		if when.Zero() {
			if r.past && (mode == Asserted || mode == Negated) {
				d.pending = append(d.pending, pendingWhen{claim: len(d.claims), event: r.t.event, at: trig.Start, actor: a})
			} else {
				cl.When = DayOf(d.at, WhenDocument)
				cl.Rule += "+when:document"
			}
		}
		d.claims = append(d.claims, cl)
		d.track(a)
	}
	if issue != nil {
		// The first claim with an issue in the claimant's latest such sentence: "agree to that" refers back
		// to the main point made before, not to an aside.
		if a, ok := d.ante[claimant.Name]; !ok || a.sent != d.sentIdx {
			if d.ante == nil {
				d.ante = map[string]antecedent{}
			}
			d.ante[claimant.Name] = antecedent{sent: d.sentIdx, claim: len(d.claims) - len(actors)}
		}
	}
}

// antecedent is the claim "that" refers back to, for one claimant.
type antecedent struct{ sent, claim int }

func strconvQuote(s string) string { return fmt.Sprintf("%q", s) }

// irregularPast are past forms of reporting verbs that do not end in -ed.
var irregularPast = setOf("said", "told", "wrote", "thought", "felt", "knew", "saw", "gave", "spoke", "made", "sought",
	"found", "put", "held", "meant", "heard", "understood", "took", "came", "went", "got", "let", "set", "led")

// pastCue reports whether statement st's cue is in a past tense, so that its reported speech is backshifted.
func (d *docState) pastCue(st int) bool {
	cue := d.stmts[st].Cue
	if cue == nil {
		return false
	}
	r := d.tokenRange(*cue)
	for k := r[0]; k < r[1]; k++ {
		w := d.lw[k]
		if irregularPast[w] || (strings.HasSuffix(w, "ed") && len(w) > 3) {
			return true
		}
	}
	return false
}

func quoteAll(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strconvQuote(w)
	}
	return strings.Join(out, ", ")
}

func (d *docState) speakerClaimant(st int) Claimant {
	if a := d.speakers[st]; a != nil {
		return Claimant{Name: a.Name, Kind: ClaimantSpeaker, Actor: a}
	}
	s := &d.stmts[st]
	name := s.Speaker
	if name == "" {
		name = d.spanText(s.Source)
	}
	if name == "" {
		name = "(unattributed)"
	}
	return Claimant{Name: name, Kind: ClaimantSpeaker}
}

// maxEvidence bounds a claim's evidence in bytes. Clauses in news copy are far shorter (the longest in
// PolNeAR's train and dev sets is 1,200 bytes); a paragraph without punctuation can be megabytes long,
// and every claim in it would otherwise carry, and store, all of it.
const maxEvidence = 2000

// clipEvidence narrows an evidence span longer than maxEvidence to the whole tokens around the trigger that
// fit in maxEvidence bytes, as many on either side.
func (d *docState) clipEvidence(ev, trig text.Span) text.Span {
	if ev.Len() <= maxEvidence {
		return ev
	}
	side := max(0, maxEvidence-trig.Len()) / 2
	lo := max(ev.Start, trig.Start-side)
	hi := min(ev.End, trig.End+side)
	toks := d.l.Tokens
	a, _ := slices.BinarySearchFunc(toks, lo, func(t text.Token, off int) int { return cmp.Compare(t.Start, off) })
	b, _ := slices.BinarySearchFunc(toks, hi+1, func(t text.Token, off int) int { return cmp.Compare(t.End, off) })
	if sp, ok := d.wordSpan(a, b); ok && sp.Start <= trig.Start && sp.End >= trig.End {
		return sp
	}
	return trig
}

// evidence is the clause's span without leading and trailing punctuation.
func (c *clause) evidence(d *docState) text.Span {
	if sp, ok := d.wordSpan(c.start, c.end); ok {
		return sp
	}
	return text.Span{Start: d.l.Tokens[c.start].Start, End: d.l.Tokens[c.start].Start}
}

// wordSpan is the span of tokens [a,b) without leading and trailing punctuation and quote marks.
func (d *docState) wordSpan(a, b int) (text.Span, bool) {
	for a < b && d.l.Tokens[a].Kind != text.Word && d.l.Tokens[a].Kind != text.Number {
		a++
	}
	for b > a && d.l.Tokens[b-1].Kind != text.Word && d.l.Tokens[b-1].Kind != text.Number {
		b--
	}
	if a >= b {
		return text.Span{}, false
	}
	return d.spanOf(a, b), true
}

func (d *docState) spanOf(a, b int) text.Span {
	return text.Span{Start: d.l.Tokens[a].Start, End: d.l.Tokens[b-1].End}
}

// ensureSentence finds the current sentence's issue mentions once.
func (d *docState) ensureSentence() {
	if d.sent.idx == d.sentIdx && d.sent.done {
		return
	}
	s := d.l.Sentences[d.sentIdx]
	d.sent = sentCache{idx: d.sentIdx, done: true}
	if d.cb != nil {
		d.sent.issues = d.cb.FindIssues(d.l.Text[s.Start:s.End], s.Start)
	}
}

// whens returns the time expressions of sentence si, finding them once.
func (d *docState) whens(si int) []timex.When {
	if ws, ok := d.whenCache[si]; ok {
		return ws
	}
	s := d.l.Sentences[si]
	ws := timex.Find(d.l.Text[s.Start:s.End], s.Start, d.at)
	if d.whenCache == nil {
		d.whenCache = map[int][]timex.When{}
	}
	d.whenCache[si] = ws
	return ws
}

// mayHaveTime reports whether tokens [a,b) hold a number or a word that every time expression timex finds
// contains, so that timex only reads sentences that may have one.
func (d *docState) mayHaveTime(a, b int) bool {
	// Counted once per document (newDocState), so that asking for every trigger of a long clause stays cheap.
	return b > a && d.timeTok[b] > d.timeTok[a]
}

// isTimeTok reports whether token k may be part of a time expression: a number, or a word that is or has
// a time word.
func (d *docState) isTimeTok(k int) bool {
	return d.l.Tokens[k].Kind == text.Number || timeWords[d.lw[k]] ||
		(d.l.Tokens[k].Kind == text.Word && hasTimePart(d.lw[k]))
}

// hasTimePart reports whether a word has a digit or, split at other characters than letters (timex splits
// "Friday's", "mid-August", "A0Friday"), a time word as a part.
func hasTimePart(w string) bool {
	start := -1
	for i := 0; i <= len(w); i++ {
		letter := i < len(w) && (('a' <= w[i] && w[i] <= 'z') || w[i] >= utf8.RuneSelf)
		if i < len(w) && '0' <= w[i] && w[i] <= '9' {
			return true
		}
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if start > 0 || i < len(w) {
				if timeWords[w[start:i]] {
					return true
				}
			}
			start = -1
		}
	}
	return false
}

// nearestWhen picks the time expression inside the clause nearest the trigger.
func (d *docState) nearestWhen(ws []timex.When, clause, trig text.Span) (timex.When, bool) {
	best, bestDist := -1, 0
	for k, w := range ws {
		if !clause.Contains(w.Span) {
			continue
		}
		dist := w.Span.Start - trig.End
		if w.Span.End <= trig.Start {
			dist = trig.Start - w.Span.End
		}
		if best < 0 || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 {
		return timex.When{}, false
	}
	return ws[best], true
}

// issueIn returns the first issue mention inside the token range [a,b).
func (d *docState) issueIn(a, b int) (codebook.IssueMatch, bool) {
	if d.cb == nil || a >= b {
		return codebook.IssueMatch{}, false
	}
	sp := d.spanOf(a, b)
	s := d.l.Sentences[d.sentIdx]
	if !s.Contains(sp) {
		ms := d.cb.FindIssues(d.l.Text[sp.Start:sp.End], sp.Start)
		if len(ms) == 0 {
			return codebook.IssueMatch{}, false
		}
		return ms[0], true
	}
	// The sentence's matches are in order and do not overlap, so their ends are in order too: the first
	// starting inside sp is the only one that can be the first to lie wholly inside it. A binary search keeps a
	// sentence with many mentions and many triggers from costing their product.
	ms := d.sent.issues
	i, _ := slices.BinarySearchFunc(ms, sp.Start, func(m codebook.IssueMatch, start int) int { return cmp.Compare(m.Span.Start, start) })
	if i < len(ms) && sp.Contains(ms[i].Span) {
		return ms[i], true
	}
	return codebook.IssueMatch{}, false
}

// issueOf decides a claim's issue: the first issue mentioned in the object, else in the subject, else, when
// the object is only "that" or "it", the issue of the claimant's previous claim.
func (d *docState) issueOf(r *reading, prevClaims []int, c *clause) (*IssueRef, string) {
	if m, ok := d.issueIn(r.obj[0], r.obj[1]); ok {
		return d.issueRef(m.IssueID), "object"
	}
	if m, ok := d.issueIn(r.subj[0], r.subj[1]); ok {
		return d.issueRef(m.IssueID), "subject"
	}
	// "agree to that": the object is one demonstrative.
	words := 0
	demo := false
	for k := r.obj[0]; k < r.obj[1]; k++ {
		if k == r.tok || d.l.Tokens[k].Kind != text.Word || prepositions[d.lw[k]] {
			continue
		}
		words++
		if words > 1 {
			return nil, "" // not one word: no need to read the rest of a long object
		}
		demo = demonstratives[d.lw[k]]
	}
	if words != 1 || !demo {
		return nil, ""
	}
	if len(prevClaims) > 0 {
		return d.claims[prevClaims[0]].Issue, "anaphora"
	}
	claimant := d.outlet.Name
	if c.owner >= 0 {
		claimant = d.speakerClaimant(c.owner).Name
	}
	if a, ok := d.ante[claimant]; ok && a.sent != d.sentIdx {
		return d.claims[a.claim].Issue, "anaphora"
	}
	return nil, ""
}

func (d *docState) issueRef(id string) *IssueRef {
	is, ok := d.cb.Issue(id)
	if !ok {
		return &IssueRef{ID: id, Label: id}
	}
	return &IssueRef{ID: is.ID, Label: is.Label}
}

// target finds the other party of an event: "meet with Trump", "accused Kyiv", "offer guarantees to Ukraine".
func (d *docState) target(r *reading, c *clause) *ActorRef {
	a, b := r.tok+1, c.end
	if len(r.t.particles) > 0 {
		a = d.nextWordIdx(r.tok, c.end) + 1
	}
	if r.t.pos == posNoun {
		a, b = max(a, r.obj[0]), r.obj[1]
	}
	if a <= 0 || a >= b {
		return nil
	}
	var preps []string
	direct := false
	switch r.t.event {
	case Consult:
		preps, direct = []string{"with"}, true
	case Agree, Cooperate:
		preps = []string{"with"}
	case Accuse, Threaten, Request, Support, Reject:
		direct = true
	case Assure, Concede:
		preps = []string{"to", "for"}
	}
	if direct && d.l.Tokens[a].Kind == text.Word && (isCapitalised(d.tokText(a)) || d.lw[a] == "the") {
		if t := d.nameAt(a, b); t != nil {
			return t
		}
	}
	for k := a; k < b && k < a+8; k++ {
		if slices.Contains(preps, d.lw[k]) {
			if t := d.nameAt(k+1, b); t != nil {
				return t
			}
		}
	}
	return nil
}

// nameAt resolves the capitalised run starting at token a (after an optional "the").
func (d *docState) nameAt(a, b int) *ActorRef {
	e := a
	if e < b && d.lw[e] == "the" {
		e++
	}
	s := e
	for e < b && e < s+4 && d.l.Tokens[e].Kind == text.Word && isCapitalised(d.tokText(e)) {
		e++
	}
	if e == s {
		return nil
	}
	r, _, _ := d.resolveName(a, e)
	return r
}

// place finds "in X" in the object of a meeting: "in Washington DC".
func (d *docState) place(r *reading) string {
	for k := r.obj[0]; k < r.obj[1]; k++ {
		if d.lw[k] != "in" && d.lw[k] != "at" {
			continue
		}
		s := k + 1
		if s < r.obj[1] && d.lw[s] == "the" {
			s++
		}
		e := s
		for e < r.obj[1] && d.l.Tokens[e].Kind == text.Word && isCapitalised(d.tokText(e)) && !notNames[d.lw[e]] {
			e++
		}
		if e > s {
			return d.l.Text[d.l.Tokens[s].Start:d.l.Tokens[e-1].End]
		}
	}
	return ""
}

// resolveNP resolves a subject or possessor in tokens [a,b): a statement's source mention, a pronoun,
// coordinated names, a codebook actor, a country, or a name not in the codebook. It also returns where the
// words it used start.
func (d *docState) resolveNP(a, b int, c *clause) ([]*ActorRef, string, int) {
	last := b - 1
	for last >= a && d.l.Tokens[last].Kind != text.Word {
		last--
	}
	if last < a {
		return nil, "", a
	}
	// "Moscow and Kyiv", "Britain and France".
	for k := last - 1; k > a && k >= last-6; k-- {
		if d.lw[k] != "and" && d.l.Text[d.l.Tokens[k].Start:d.l.Tokens[k].End] != "&" {
			continue
		}
		right, _, _ := d.resolveName(k+1, last+1)
		left, _, s := d.resolveName(max(a, k-4), k)
		if right != nil && left != nil && right != left {
			return []*ActorRef{left, right}, "coordination", s
		}
		break
	}
	if st := d.srcOf[last]; st >= 0 && d.speakers[st] != nil {
		s := last
		for s > a && d.srcOf[s-1] == st {
			s--
		}
		return []*ActorRef{d.speakers[st]}, "speaker", s
	}
	// A pronoun, but not "US" written in capitals.
	if w := d.lw[last]; isPronoun(w) && d.tokText(last) != strings.ToUpper(d.tokText(last)) || d.lw[last] == "i" {
		return d.resolvePronoun(w, c), "pronoun", last
	}
	if r, how, s := d.resolveName(a, last+1); r != nil {
		return []*ActorRef{r}, how, s
	}
	return nil, "", a
}

// resolveName resolves the longest suffix of tokens [a,b) that names an actor, and says where it starts.
func (d *docState) resolveName(a, b int) (*ActorRef, string, int) {
	if a >= b {
		return nil, "", a
	}
	toks := d.l.Tokens
	end := toks[b-1].End
	if d.cb != nil {
		for s := max(a, b-maxSubject); s < b; s++ {
			// Names and descriptions start with a capital or an article: "the Russian leader".
			if toks[s].Kind != text.Word || !(isCapitalised(d.tokText(s)) || d.lw[s] == "the" || d.lw[s] == "a" || d.lw[s] == "an") {
				continue
			}
			if act, ok := d.cb.ResolveActor(d.l.Text[toks[s].Start:end], d.at); ok {
				return d.codebookRef(act), "codebook", s
			}
		}
		for s := max(a, b-2); s < b; s++ {
			if act, ok := d.cb.CountryActor(d.l.Text[toks[s].Start:end]); ok {
				return d.codebookRef(act), "country", s
			}
		}
		if genericHeads[d.lw[b-1]] {
			for k := b - 2; k >= max(a, b-3); k-- {
				if act, ok := d.cb.CountryActor(d.tokText(k)); ok {
					return d.codebookRef(act), "country", k
				}
			}
		}
	}
	// A name the codebook does not know: the capitalised words before the verb.
	s := b
	for s-1 >= a && b-s < 4 && toks[s-1].Kind == text.Word && isCapitalised(d.tokText(s-1)) {
		s--
	}
	for s < b && notNames[d.lw[s]] {
		s++
	}
	if s == b {
		return nil, "", a
	}
	if b-s == 1 && s == d.firstWordOfSentence() && !d.capitalisedInside(d.lw[s]) {
		// A capital that only ever opens sentences is a name only if it is a spelling of one seen before.
		if _, known := d.reg.Lookup(d.tokText(s)); !known {
			return nil, "", a
		}
	}
	if d.cb != nil {
		for k := s; k < b; k++ {
			if _, ok := d.cb.CountryActor(d.tokText(k)); ok {
				return nil, "", a
			}
		}
		// Issue names are not actors: "Crimea", "Multinational Force Ukraine".
		if _, ok := d.issueIn(s, b); ok {
			return nil, "", a
		}
	}
	name := d.l.Text[toks[s].Start:toks[b-1].End]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	kind := "person"
	for k := s; k < b; k++ {
		if orgWords[d.lw[k]] {
			kind = "organisation"
		}
	}
	if r := d.autoRef(name, kind); r != nil {
		return r, "name", s
	}
	return nil, "", a
}

// capitalisedInside reports whether the lower-case word w is written with a capital somewhere inside a
// sentence, where a capital marks a name.
func (d *docState) capitalisedInside(w string) bool {
	if d.midCaps == nil {
		d.midCaps = map[string]bool{}
		for _, s := range d.l.Sentences {
			for i := s.FirstTok + 1; i < s.EndTok; i++ {
				if d.l.Tokens[i].Kind == text.Word && isCapitalised(d.tokText(i)) {
					d.midCaps[d.lw[i]] = true
				}
			}
		}
	}
	return d.midCaps[w]
}

func (d *docState) firstWordOfSentence() int {
	s := d.l.Sentences[d.sentIdx]
	for i := s.FirstTok; i < s.EndTok; i++ {
		if d.l.Tokens[i].Kind == text.Word {
			return i
		}
	}
	return -1
}

func isPronoun(w string) bool {
	return pronounsPerson[w] || pronounsThing[w] || pronounsSpeaker[w] || pronounsWe[w]
}

// resolvePronoun: I and we are the speaker (we is a person's government when the codebook knows it); in
// reported speech he and she are the speaker, and otherwise the last person mentioned; it and they the
// speaking organisation or the last organisation mentioned.
func (d *docState) resolvePronoun(w string, c *clause) []*ActorRef {
	one := func(r *ActorRef) []*ActorRef {
		if r == nil {
			return nil
		}
		return []*ActorRef{r}
	}
	st := c.owner
	var sp *ActorRef
	reported := false
	if st >= 0 {
		sp = d.speakers[st]
		reported = d.stmts[st].Kind != attrib.Direct
	}
	switch {
	case pronounsSpeaker[w]:
		return one(sp)
	case pronounsWe[w]:
		if sp != nil && sp.Codebook && sp.Kind == string(codebook.Person) && d.cb != nil {
			if act, ok := d.cb.Actor(sp.ID); ok && act.Affiliation != "" {
				if g, ok := d.cb.Actor(act.Affiliation); ok {
					return one(d.codebookRef(g))
				}
			}
		}
		return one(sp)
	case pronounsPerson[w]:
		if reported && sp != nil && sp.Kind == "person" {
			return one(sp)
		}
		return one(d.person)
	case pronounsThing[w]:
		if reported && sp != nil && sp.Kind != "person" {
			return one(sp)
		}
		return one(d.thing)
	}
	return nil
}

// maxAnchorSteps bounds how many anchors are looked at for one claim.
const maxAnchorSteps = 64

// resolveWhens gives claims told in the past without a time of their own the time of the same event told
// elsewhere in the document ("these agreements were made on Friday"), else the document's date.
func (d *docState) resolveWhens() {
	for _, p := range d.pending {
		// Anchors are in text order: walk out from the claim both ways, nearest first, a bounded number of
		// steps so that a long document stays linear.
		usable := func(k int) bool {
			an := &d.anchors[k]
			// The event named as a thing ("these agreements were made on Friday") dates the event wherever it
			// is told; a verb only dates the same actor's event.
			return an.event == p.event && an.at != p.at && (an.noun || (p.actor != nil && slices.Contains(an.actors, p.actor)))
		}
		next, _ := slices.BinarySearchFunc(d.anchors, p.at, func(an anchor, at int) int { return cmp.Compare(an.at, at) })
		prev := next - 1
		cl := &d.claims[p.claim]
		found := false
		for step := 0; step < maxAnchorSteps && (prev >= 0 || next < len(d.anchors)); step++ {
			var k int
			switch {
			case prev < 0:
				k, next = next, next+1
			case next >= len(d.anchors):
				k, prev = prev, prev-1
			case p.at-d.anchors[prev].at <= d.anchors[next].at-p.at:
				k, prev = prev, prev-1
			default:
				k, next = next, next+1
			}
			if !usable(k) {
				continue
			}
			an := d.anchors[k]
			w, ok := d.nearestWhen(d.whens(an.sent), an.clause, an.trig)
			if !ok || w.Grain != timex.GrainDay {
				continue
			}
			cl.When = When{When: w, Source: WhenAnchor}
			cl.Rule += "+when:anchor"
			cl.Explain += fmt.Sprintf("; when %q = %s, from another mention of the %s event at byte %d", w.Text, w.ISO(), an.event, w.Span.Start)
			found = true
			break
		}
		if !found {
			cl.When = DayOf(d.at, WhenDocument)
			cl.Rule += "+when:document"
		}
	}
}

// result finishes the claims: automatic actors get the fullest spelling of their name, and claims are put in
// text order.
func (d *docState) result() Result {
	auto := d.reg.Speakers()
	for _, sp := range auto {
		if r, ok := d.refs[sp.ID]; ok {
			r.Name = sp.Name
		}
	}
	slices.SortStableFunc(d.claims, func(a, b Claim) int {
		return cmp.Or(cmp.Compare(a.Trigger.Start, b.Trigger.Start), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})
	return Result{Claims: d.claims, Speakers: d.speakers, Auto: auto}
}

// Token helpers.

func (d *docState) tokText(i int) string { return d.l.Text[d.l.Tokens[i].Start:d.l.Tokens[i].End] }

func (d *docState) prevWordIdx(i, lo int) int {
	for j := i - 1; j >= lo; j-- {
		switch d.l.Tokens[j].Kind {
		case text.Word, text.Number:
			return j
		case text.Quote:
			continue
		default:
			return -1
		}
	}
	return -1
}

func (d *docState) nextWordIdx(i, hi int) int {
	for j := i + 1; j < hi; j++ {
		switch d.l.Tokens[j].Kind {
		case text.Word, text.Number:
			return j
		case text.Quote:
			continue
		default:
			return -1
		}
	}
	return -1
}

func (d *docState) nextWordLower(i, hi int) string {
	if j := d.nextWordIdx(i, hi); j >= 0 {
		return d.lw[j]
	}
	return ""
}

func (d *docState) prevLower(i int) string {
	if j := d.prevWordIdx(i, 0); j >= 0 {
		return d.lw[j]
	}
	return ""
}

func (d *docState) prevIsComma(i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := d.l.Tokens[j]
		if t.Kind == text.Quote {
			continue
		}
		return t.Kind == text.Punct && d.l.Text[t.Start:t.End] == ","
	}
	return false
}

func isPossessive(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'"))
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lowerWord lower-cases a token and writes curly apostrophes as straight ones, without allocating when the
// word is already plain lower-case ASCII.
func lowerWord(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}
