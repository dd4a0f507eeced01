package claims

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/timex"
)

// Extractor derives claims from analysed documents. It holds only read-only tables, so one Extractor serves
// any number of goroutines.
type Extractor struct {
	cb *codebook.Codebook
}

// New makes an extractor that resolves actors and issues against cb; with a nil cb there are no issues and
// every actor is made from a name in the text.
func New(cb *codebook.Codebook) *Extractor { return &Extractor{cb: cb} }

// Codebook is the codebook the extractor resolves against, or nil.
func (x *Extractor) Codebook() *codebook.Codebook { return x.cb }

// Result is what Extract found in one document.
type Result struct {
	Claims []Claim
	// Speakers gives, for each statement, the actor its speaker resolved to, or nil.
	Speakers []*ActorRef
	// Auto lists the actors made from names in the text (IDs "auto-..."), with the spellings seen.
	Auto []codebook.Speaker
}

// maxSubject is how many tokens before a verb group are tried as its subject.
const maxSubject = 8

// Extract derives the claims of one document from its text layer and its statements (with speakers
// resolved). Offsets in the claims are into doc.Raw.
func (x *Extractor) Extract(doc *ingest.Document, l *text.Layer, stmts []attrib.Statement) Result {
	d := newDocState(x, doc, l, stmts)
	d.run()
	return d.result()
}

// docState is the working state of one Extract call.
type docState struct {
	x     *Extractor
	cb    *codebook.Codebook
	doc   *ingest.Document
	l     *text.Layer
	stmts []attrib.Statement
	at    time.Time

	lw      []string        // lower-case text of each token, apostrophes as '
	owner   []int32         // the claim-bearing statement whose content holds each token, or -1 (narration)
	srcOf   []int32         // the statement whose source mention holds each token, or -1
	cueOf   []int32         // the statement whose cue holds each token, or -1
	stopAt  []int32         // per token: the first object stop (see objectEnd) at or after it, or len(Tokens)
	timeTok []int32         // timeTok[k]: how many of tokens [0,k) may be part of a time expression (see mayHaveTime)
	flipped []bool          // per statement: its cue denies its content
	midCaps map[string]bool // lower-case words written with a capital inside a sentence; built when first needed

	reg      codebook.Registry
	refs     map[string]*ActorRef // by id, so that one actor is one pointer
	speakers []*ActorRef
	outlet   Claimant

	person, thing *ActorRef // the last person and the last organisation or government mentioned

	anchors   []anchor
	claims    []Claim
	pending   []pendingWhen
	sentIdx   int                  // the sentence being read
	whenCache map[int][]timex.When // time expressions by sentence, found only where needed
	ante      map[string]antecedent
	sent      sentCache
}

// sentCache holds the issue mentions of the sentence being read, found only for sentences with claims.
type sentCache struct {
	idx    int
	issues []codebook.IssueMatch
	done   bool
}

// anchor is a time given for an event somewhere in the document: "these agreements were made on Friday".
type anchor struct {
	event        Event
	at           int // byte offset of the trigger
	sent         int // sentence index
	clause, trig text.Span
	noun         bool // the event is named by a noun ("the agreement"), not told by a verb
	actors       []*ActorRef
}

// pendingWhen marks a claim whose time is still to be decided from the anchors.
type pendingWhen struct {
	claim int
	event Event
	at    int
	actor *ActorRef
}

func newDocState(x *Extractor, doc *ingest.Document, l *text.Layer, stmts []attrib.Statement) *docState {
	d := &docState{
		x: x, cb: x.cb, doc: doc, l: l, stmts: stmts, at: doc.Published,
		lw:      make([]string, len(l.Tokens)),
		owner:   make([]int32, len(l.Tokens)),
		srcOf:   make([]int32, len(l.Tokens)),
		cueOf:   make([]int32, len(l.Tokens)),
		stopAt:  make([]int32, len(l.Tokens)),
		timeTok: make([]int32, len(l.Tokens)+1),
		flipped: make([]bool, len(stmts)),
		refs:    map[string]*ActorRef{},
		sent:    sentCache{idx: -1},
	}
	for i, t := range l.Tokens {
		if t.Kind == text.Word || t.Kind == text.Number {
			d.lw[i] = lowerWord(l.Text[t.Start:t.End])
		}
		d.owner[i], d.srcOf[i], d.cueOf[i] = -1, -1, -1
		d.timeTok[i+1] = d.timeTok[i]
		if d.isTimeTok(i) {
			d.timeTok[i+1]++
		}
	}
	// Object stops are found once, backwards, so that objectEnd does not rescan a long clause for every trigger.
	next := int32(len(l.Tokens))
	for k := len(l.Tokens) - 1; k >= 0; k-- {
		if d.isObjectStop(k) {
			next = int32(k)
		}
		d.stopAt[k] = next
	}
	d.outlet = outletClaimant(doc)
	return d
}

// outletClaimant is who narration is credited to: the outlet, else the site, else the document itself.
func outletClaimant(doc *ingest.Document) Claimant {
	if doc.Outlet != "" {
		return Claimant{Name: doc.Outlet, Kind: ClaimantOutlet}
	}
	if u, err := url.Parse(doc.URL); err == nil && u.Host != "" {
		return Claimant{Name: strings.TrimPrefix(u.Hostname(), "www."), Kind: ClaimantOutlet}
	}
	name := doc.Title
	if name == "" {
		name = doc.Name
	}
	if name == "" {
		name = "(document)"
	}
	return Claimant{Name: name, Kind: ClaimantDocument}
}

func (d *docState) run() {
	d.speakers = make([]*ActorRef, len(d.stmts))
	for i := range d.stmts {
		d.speakers[i] = d.speakerRef(&d.stmts[i])
	}
	d.markStatements()
	// Statements in text order, to keep the last-mentioned person and organisation up to date.
	order := make([]int, 0, len(d.stmts))
	for i, st := range d.stmts {
		if st.Source != nil {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(d.stmts[a].Source.Start, d.stmts[b].Source.Start) })
	next := 0
	for si, s := range d.l.Sentences {
		for next < len(order) && d.stmts[order[next]].Source.Start < s.Start {
			d.track(d.speakers[order[next]])
			next++
		}
		d.sentIdx = si
		d.sentence(s)
	}
	d.resolveWhens()
}

// speakerRef resolves a statement's speaker to an actor: the codebook's when it knows the name or the
// mention, else a name-normalised automatic actor; anonymous and unresolved speakers have none.
func (d *docState) speakerRef(st *attrib.Statement) *ActorRef {
	if d.cb != nil {
		for _, m := range []string{st.Speaker, d.spanText(st.Source)} {
			if m == "" {
				continue
			}
			if a, ok := d.cb.ResolveActor(m, d.at); ok {
				return d.codebookRef(a)
			}
		}
		if a, ok := d.groupCountry(d.spanText(st.Source)); ok {
			return d.codebookRef(a)
		}
	}
	if st.Speaker == "" || st.SpeakerType == "anonymous" || notNames[lowerWord(st.Speaker)] {
		return nil
	}
	kind := st.SpeakerType
	if kind == "" {
		kind = "unknown"
	}
	return d.autoRef(st.Speaker, kind)
}

// groupCountry reads a speaker such as "Russian negotiators" or "the British officials" as that country's
// government, as subjects are read (see genericHeads).
func (d *docState) groupCountry(mention string) (*codebook.Actor, bool) {
	ws := strings.Fields(mention)
	if len(ws) < 2 || len(ws) > 4 || !genericHeads[strings.ToLower(ws[len(ws)-1])] {
		return nil, false
	}
	for k := len(ws) - 2; k >= 0; k-- {
		if a, ok := d.cb.CountryActor(ws[k]); ok {
			return a, true
		}
	}
	return nil, false
}

func (d *docState) spanText(sp *text.Span) string {
	if sp == nil {
		return ""
	}
	return d.l.Text[sp.Start:sp.End]
}

func (d *docState) codebookRef(a *codebook.Actor) *ActorRef {
	if r, ok := d.refs[a.ID]; ok {
		return r
	}
	r := &ActorRef{ID: a.ID, Name: a.Name, Kind: string(a.Kind), Codebook: true}
	d.refs[a.ID] = r
	return r
}

func (d *docState) autoRef(name, kind string) *ActorRef {
	id := d.reg.Add(name)
	if id == "" {
		return nil
	}
	if r, ok := d.refs[id]; ok {
		if r.Kind == "unknown" && kind != "unknown" {
			r.Kind = kind
		}
		return r
	}
	r := &ActorRef{ID: id, Name: name, Kind: kind}
	d.refs[id] = r
	return r
}

// track remembers r as the last person or organisation mentioned, for pronouns.
func (d *docState) track(r *ActorRef) {
	if r == nil {
		return
	}
	if r.Kind == "person" {
		d.person = r
	} else {
		d.thing = r
	}
}

// markStatements records which tokens belong to which statement's source, cue and (for statements whose
// content carries claims) content.
func (d *docState) markStatements() {
	type region struct {
		sp   text.Span
		stmt int
	}
	var regions []region
	for i := range d.stmts {
		st := &d.stmts[i]
		if st.Source != nil {
			d.markTokens(*st.Source, d.srcOf, int32(i))
		}
		if st.Cue != nil {
			d.markTokens(*st.Cue, d.cueOf, int32(i))
		}
		bearing, flip := d.contentBearing(st)
		if !bearing {
			continue
		}
		d.flipped[i] = flip
		if len(st.Pieces) > 0 {
			for _, p := range st.Pieces {
				regions = append(regions, region{p, i})
			}
		} else {
			regions = append(regions, region{st.Content, i})
		}
	}
	// Outer first, so that a statement quoted inside another's content owns its own words.
	slices.SortStableFunc(regions, func(a, b region) int { return cmp.Compare(b.sp.Len(), a.sp.Len()) })
	for _, r := range regions {
		d.markTokens(r.sp, d.owner, int32(r.stmt))
	}
}

func (d *docState) markTokens(sp text.Span, dst []int32, v int32) {
	toks := d.l.Tokens
	i, _ := slices.BinarySearchFunc(toks, sp.Start, func(t text.Token, off int) int { return cmp.Compare(t.Start, off) })
	for ; i < len(toks) && toks[i].End <= sp.End; i++ {
		dst[i] = v
	}
}

// contentBearing decides whether a statement's content is read as the speaker's claims. It is, unless the
// cue is itself an event verb whose object the content is ("Putin has long rejected the idea of ..."): then
// the whole sentence is one event by the speaker, told by whoever tells the sentence. A denial's content is
// the speaker's claim with opposite polarity.
func (d *docState) contentBearing(st *attrib.Statement) (bearing, flip bool) {
	if st.Cue == nil {
		return true, false
	}
	t, ok := d.cueTrigger(st.Cue)
	if !ok {
		return true, false
	}
	if t.flags&flagDeny != 0 {
		return true, true
	}
	if st.Kind != attrib.Indirect {
		return true, false
	}
	// An object follows the cue directly ("rejected the idea", "agreed to a ceasefire"); a proposition is
	// introduced by "that", a colon or a comma ("agreed that ...").
	gap := ""
	if st.Content.Start >= st.Cue.End {
		gap = strings.TrimSpace(d.l.Text[st.Cue.End:st.Content.Start])
	}
	switch strings.ToLower(gap) {
	case "", "to", "for", "on", "with":
		return false, false
	}
	return true, false
}

// cueTrigger finds the event verb in a cue, if any.
func (d *docState) cueTrigger(cue *text.Span) (trigger, bool) {
	toks := d.l.Tokens
	i, _ := slices.BinarySearchFunc(toks, cue.Start, func(t text.Token, off int) int { return cmp.Compare(t.Start, off) })
	var found trigger
	ok := false
	for ; i < len(toks) && toks[i].End <= cue.End; i++ {
		for _, t := range lexicon[d.lw[i]] {
			if t.pos != posVerb {
				continue
			}
			if len(t.particles) > 0 && !slices.Contains(t.particles, d.nextWordLower(i, len(toks))) {
				continue
			}
			found, ok = t, true
		}
	}
	return found, ok
}

// sentence reads the claims of one sentence: its runs of tokens with one owner, cut into clauses.
func (d *docState) sentence(s text.Sentence) {
	i := s.FirstTok
	for i < s.EndTok {
		j := i + 1
		for j < s.EndTok && d.owner[j] == d.owner[i] {
			j++
		}
		d.run1(i, j, int(d.owner[i]))
		i = j
	}
}

// clause is a run of tokens read as one predication.
type clause struct {
	start, end int    // token indices
	opener     string // the word that opened it: "that", "if", "where", ...
	hyp, fut   bool   // its opener makes it hypothetical or future
	owner      int    // the statement whose content it is, or -1
	prev       int    // the index in the run's clauses of the clause before it, or -1
}

// run1 cuts one run into clauses and reads each.
func (d *docState) run1(start, end, owner int) {
	// Quick reject: most runs hold no trigger word at all.
	found := false
	for i := start; i < end && !found; i++ {
		_, found = lexicon[d.lw[i]]
	}
	if !found {
		return
	}
	cls := d.clauses(start, end, owner)
	var prevClaims []int // claims from the previous clause with an issue, for "agree to that"
	for ci := range cls {
		before := len(d.claims)
		d.readClause(&cls[ci], prevClaims)
		if len(d.claims) > before {
			prevClaims = prevClaims[:0]
			for k := before; k < len(d.claims); k++ {
				if d.claims[k].Issue != nil {
					prevClaims = append(prevClaims, k)
				}
			}
		}
	}
}

// clauses cuts tokens [start,end) at hard punctuation and clause openers.
func (d *docState) clauses(start, end, owner int) []clause {
	toks := d.l.Tokens
	var out []clause
	cur := clause{start: start, owner: owner, prev: -1}
	flush := func(at int) {
		cur.end = at
		if cur.end > cur.start {
			out = append(out, cur)
		}
	}
	for i := start; i < end; i++ {
		t := toks[i]
		switch t.Kind {
		case text.Punct:
			switch d.l.Text[t.Start:t.End] {
			case ";", ":", "(", ")", "—", "–", "!", "?":
				flush(i)
				cur = clause{start: i + 1, owner: owner, prev: len(out) - 1}
			}
			continue
		case text.Word:
		default:
			continue
		}
		w := d.lw[i]
		opens := false
		switch {
		case i == cur.start:
		case w == "that":
			p := d.prevWordIdx(i, cur.start)
			n := d.nextWordIdx(i, end)
			opens = n >= 0 && n == i+1 && (p < 0 || !prepositions[d.lw[p]]) && !(p >= 0 && d.lw[p] == "all")
		case clauseOpeners[w] && !weakOpeners[w]:
			opens = !(w == "as" || (w == "how" && d.prevLower(i) == "and"))
		case weakOpeners[w]:
			opens = d.prevIsComma(i)
		}
		if !opens {
			continue
		}
		prevLast := ""
		if p := d.prevWordIdx(i, cur.start); p >= 0 {
			prevLast = d.lw[p]
		}
		flush(i)
		cur = clause{start: i, owner: owner, prev: len(out) - 1, opener: w}
		switch {
		case hypotheticalOpeners[w]:
			cur.hyp = true
		case (w == "where" || w == "which") && scenarioNouns[prevLast]:
			cur.hyp = true
		case futureOpeners[w]:
			cur.fut = true
		}
	}
	flush(end)
	// Drop leading openers and conjunctions from each clause's body, and a complementiser left at its end
	// where a statement's content begins ("denied that").
	for k := range out {
		c := &out[k]
		for c.end > c.start && d.lw[c.end-1] == "that" && c.end < len(toks) && d.owner[c.end] != int32(owner) {
			c.end--
		}
		for c.start < c.end {
			w := d.lw[c.start]
			if toks[c.start].Kind == text.Quote || (toks[c.start].Kind == text.Punct) || w == "and" || w == "or" || w == "but" || w == "that" || clauseOpeners[w] {
				if c.opener == "" && (clauseOpeners[w] || w == "that") {
					c.opener = w
					c.hyp = c.hyp || hypotheticalOpeners[w]
					c.fut = c.fut || futureOpeners[w]
				}
				c.start++
				continue
			}
			break
		}
	}
	return out
}

// readClause finds the triggers of one clause and makes their claims.
func (d *docState) readClause(c *clause, prevClaims []int) {
	for i := c.start; i < c.end; i++ {
		ts := lexicon[d.lw[i]]
		if len(ts) == 0 || d.l.Tokens[i].Kind != text.Word {
			continue
		}
		d.trigger(c, i, ts, prevClaims)
	}
}

// reading is what the rules decided about one trigger.
type reading struct {
	t        trigger
	tok      int
	actors   []*ActorRef
	actorHow string
	subj     [2]int // token range of the subject (or possessor), when there is one
	vg       [2]int // token range of the verb group
	passive  bool
	neg      int // negations seen
	negHow   []string
	obj      [2]int // token range of the object
	past     bool   // the event is told as past, so a time given elsewhere for it may apply
	rules    []string
}

// trigger reads one trigger word in context.
func (d *docState) trigger(c *clause, i int, ts []trigger, prevClaims []int) {
	next := d.nextWordLower(i, c.end)
	prev := d.prevLower(i)
	prevIdx := d.prevWordIdx(i, c.start)
	hasNoun, hasVerb := false, false
	var noun, verb, adj *trigger
	for k := range ts {
		t := &ts[k]
		if len(t.particles) > 0 && !slices.Contains(t.particles, next) {
			continue
		}
		switch t.pos {
		case posNoun:
			hasNoun, noun = true, t
		case posVerb:
			if t.flags&flagVerbOnlyAfterAux != 0 && t.form == formBase && !auxWords[prev] && !modeWords[prev].valid() {
				continue
			}
			if verb == nil || t.form == formPP {
				verb = t
			}
			hasVerb = true
		case posAdj:
			if next == "to" {
				adj = t
			}
		}
	}
	var r reading
	switch {
	case adj != nil:
		r = reading{t: *adj, tok: i}
		if !d.readVerbal(c, &r) {
			return
		}
	case hasNoun && (!hasVerb || determiners[prev] || isPossessive(prev) || (prevIdx >= 0 && d.isNounModifier(prevIdx))):
		r = reading{t: *noun, tok: i}
		if !d.readNoun(c, &r) {
			return
		}
	case hasVerb:
		if determiners[prev] && prev != "that" && (verb.form == formPP || verb.form == formPast || verb.form == formIng) {
			return // "the agreed text", "the meeting": an adjective or a noun we do not know
		}
		r = reading{t: *verb, tok: i}
		if !d.readVerbal(c, &r) {
			return
		}
	default:
		return
	}
	d.emit(c, &r, prevClaims)
}

// isNounModifier reports whether the word before a noun/verb-ambiguous trigger makes it a noun: an
// adjective we know or an issue word ("peace talks", "ceasefire deal").
func (d *docState) isNounModifier(i int) bool {
	switch d.lw[i] {
	case "peace", "ceasefire", "security", "trade", "bilateral", "trilateral", "direct", "high-level", "summit", "phone":
		return true
	}
	return false
}

// readVerbal reads a verb or adjective trigger: its verb group, subject, voice and object. It reports false
// when the trigger yields no claim of its own (it is governed by another trigger).
func (d *docState) readVerbal(c *clause, r *reading) bool {
	i := r.tok
	vgStart := d.verbGroupStart(i, c.start)
	r.vg = [2]int{vgStart, i}
	if r.t.pos == posVerb {
		r.rules = append(r.rules, "verb:"+r.t.lemma)
	} else {
		r.rules = append(r.rules, "adj:"+r.t.lemma)
	}
	subjEnd := vgStart
	// Governed: "agreed to offer", "ready to deploy", "his preference to join": the governing trigger speaks
	// for the clause, unless it negates ("refused to sign").
	if g := d.prevWordIdx(vgStart, c.start); g >= 0 && d.vgHasTo(vgStart, i) {
		if gt, ok := d.governor(g, c); ok {
			if gt.flags&flagNegator == 0 {
				return false
			}
			r.neg++
			r.negHow = append(r.negHow, d.lw[g]+" to")
			r.rules = append(r.rules, "neg:"+gt.lemma+"-to")
			gvg := d.verbGroupStart(g, c.start)
			r.vg = [2]int{gvg, i}
			subjEnd = gvg
		}
	}
	// A negator with a governed trigger after it leaves the claim to that trigger.
	if r.t.flags&flagNegator != 0 && d.nextWordLower(i, c.end) == "to" {
		if k := d.nextWordIdx(d.nextWordIdx(i, c.end), c.end); k >= 0 && d.isTriggerWord(k) {
			return false
		}
	}
	for k := r.vg[0]; k < r.vg[1]; k++ {
		w := d.lw[k]
		if negWords[w] || strings.HasSuffix(w, "n't") {
			if w == "longer" && d.prevLower(k) != "no" {
				continue
			}
			if w == "no" && d.nextWordLower(k, c.end) == "longer" {
				r.negHow = append(r.negHow, "no longer")
				r.neg++
				continue
			}
			r.neg++
			r.negHow = append(r.negHow, w)
		}
		if beWords[w] && (r.t.form == formPP || d.hasPP(i)) && r.t.pos == posVerb {
			r.passive = true
		}
	}
	r.past = r.t.form == formPast || r.t.form == formPP || r.t.form == formNoun
	objStart := i + 1
	if len(r.t.particles) > 0 || r.t.pos == posAdj {
		objStart = d.nextWordIdx(i, c.end) + 1
	}
	if st := d.cueOf[i]; st >= 0 && d.stmts[st].Cue != nil {
		// The cue of a statement: what was rejected or demanded is (also) the statement's content.
		cr := d.tokenRange(d.stmts[st].Content)
		r.obj = [2]int{i, d.objectEnd(objStart, c.end)}
		switch {
		case r.t.flags&flagDeny != 0:
			// A denial rejects what someone said, not the issue it is about: no issue from the content.
			r.obj = [2]int{i, i + 1}
		case cr[0] > i:
			r.obj[1] = max(r.obj[1], cr[1])
		default:
			r.obj = cr
		}
		r.rules[0] = "cue:" + r.t.lemma
	} else {
		// The object starts at the trigger itself, as issue terms may include it: "join Nato", "meet with".
		r.obj = [2]int{i, d.objectEnd(objStart, c.end)}
	}
	if r.passive {
		r.subj = [2]int{max(c.start, subjEnd-maxSubject), subjEnd}
		if ag := d.agent(i, c); ag != nil {
			r.actors, r.actorHow = []*ActorRef{ag}, "agent"
		} else {
			r.actorHow = "passive"
		}
		return true
	}
	if subjEnd > c.start {
		r.subj = [2]int{max(c.start, subjEnd-maxSubject), subjEnd}
		r.actors, r.actorHow, r.subj[0] = d.resolveNP(r.subj[0], r.subj[1], c)
	}
	return true
}

// governor reports the trigger at token g that governs an infinitive after it.
func (d *docState) governor(g int, c *clause) (trigger, bool) {
	for _, t := range lexicon[d.lw[g]] {
		if len(t.particles) > 0 && !slices.Contains(t.particles, d.nextWordLower(g, c.end)) {
			continue
		}
		return t, true
	}
	return trigger{}, false
}

func (d *docState) isTriggerWord(k int) bool {
	_, ok := lexicon[d.lw[k]]
	return ok
}

// hasPP reports whether the word at i can be a past participle.
func (d *docState) hasPP(i int) bool {
	for _, t := range lexicon[d.lw[i]] {
		if t.form == formPP {
			return true
		}
	}
	return false
}

// verbGroupStart walks left from a verb over auxiliaries, modals, negations and adverbs.
func (d *docState) verbGroupStart(i, lo int) int {
	k := i
	for j := i - 1; j >= lo; j-- {
		t := d.l.Tokens[j]
		if t.Kind == text.Quote {
			continue
		}
		if t.Kind != text.Word {
			break
		}
		w := d.lw[j]
		if auxWords[w] || modeWords[w].valid() || vgAdverbs[w] || negWords[w] || strings.HasSuffix(w, "n't") ||
			(strings.HasSuffix(w, "ly") && len(w) > 4) {
			k = j
			continue
		}
		break
	}
	// "Russia has long ...": "long" after an auxiliary is an adverb, but as the group's first word it is not.
	return k
}

// vgHasTo reports whether the verb group [from,to) holds an infinitive "to".
func (d *docState) vgHasTo(from, to int) bool {
	for k := from; k < to; k++ {
		if d.lw[k] == "to" {
			return true
		}
	}
	return false
}

// objectEnd is where a trigger's object stops: a comma, or an adjunct of time or circumstance.
func (d *docState) objectEnd(from, end int) int {
	if from >= end {
		return end
	}
	return min(int(d.stopAt[from]), end)
}

// isObjectStop reports whether token k ends an object: a comma, or an adjunct word such as "during".
func (d *docState) isObjectStop(k int) bool {
	t := d.l.Tokens[k]
	return (t.Kind == text.Punct && d.l.Text[t.Start:t.End] == ",") || (t.Kind == text.Word && objectStops[d.lw[k]])
}

// agent finds "by X" after a passive trigger.
func (d *docState) agent(i int, c *clause) *ActorRef {
	k := d.nextWordIdx(i, c.end)
	if k < 0 || d.lw[k] != "by" {
		return nil
	}
	e := k + 1
	for e < c.end && e < k+6 && d.l.Tokens[e].Kind == text.Word && (isCapitalised(d.tokText(e)) || d.lw[e] == "the") {
		e++
	}
	if e == k+1 {
		return nil
	}
	as, _, _ := d.resolveNP(k+1, e, c)
	if len(as) == 0 {
		return nil
	}
	return as[0]
}

// readNoun reads an event noun: its actor comes from a possessor, a light verb's subject, or "by X".
func (d *docState) readNoun(c *clause, r *reading) bool {
	i := r.tok
	r.rules = append(r.rules, "noun:"+r.t.lemma)
	r.past = true
	// Negation on the noun: "no agreement".
	for k, steps := d.prevWordIdx(i, c.start), 0; k >= 0 && steps < 3; k, steps = d.prevWordIdx(k, c.start), steps+1 {
		if negWordsNoun[d.lw[k]] {
			r.neg++
			r.negHow = append(r.negHow, d.lw[k])
			break
		}
	}
	objStart := i + 1
	if len(r.t.particles) > 0 {
		objStart = d.nextWordIdx(i, c.end) + 1
	}
	r.obj = [2]int{objStart, d.objectEnd(objStart, c.end)}
	// Walk left over modifiers to a possessor or a light verb.
	k := d.prevWordIdx(i, c.start)
	modStart := i
	for steps := 0; k >= 0 && steps < 4; steps++ {
		w := d.lw[k]
		switch {
		case possessivePronouns[w]:
			r.subj = [2]int{k, k + 1}
			r.actors, r.actorHow = d.resolvePronoun(w, c), "possessor"
			r.obj[0] = k + 1
			return true
		case isPossessive(w):
			s := k
			for s-1 >= c.start && d.l.Tokens[s-1].Kind == text.Word && isCapitalised(d.tokText(s-1)) && k-s < 4 {
				s--
			}
			r.subj = [2]int{s, k + 1}
			r.actors, _, r.subj[0] = d.resolveNP(s, k+1, c)
			r.actorHow = "possessor"
			r.obj[0] = k + 1
			return true
		case lightVerbs[w]:
			vg := d.verbGroupStart(k, c.start)
			r.vg = [2]int{vg, k}
			for j := vg; j < k; j++ {
				if negWords[d.lw[j]] || strings.HasSuffix(d.lw[j], "n't") {
					r.neg++
					r.negHow = append(r.negHow, d.lw[j])
				}
			}
			r.obj[0] = modStart
			r.rules = append(r.rules, "light:"+w)
			if vg > c.start {
				r.subj = [2]int{max(c.start, vg-maxSubject), vg}
				r.actors, r.actorHow, r.subj[0] = d.resolveNP(r.subj[0], r.subj[1], c)
				r.past = hasPastForm(w)
			}
			return true
		case determiners[w] || (!isCapitalised(d.tokText(k)) && !auxWords[w] && !prepositions[w] && !lightVerbs[w]):
			modStart = k
			k = d.prevWordIdx(k, c.start)
			continue
		}
		break
	}
	// "the agreement was reached", "these agreements were made": a passive light verb after the noun.
	if j := d.nextWordIdx(i, c.end); j >= 0 {
		e := j
		sawBe := false
		for e < c.end && (auxWords[d.lw[e]] || vgAdverbs[d.lw[e]] || negWords[d.lw[e]] || strings.HasSuffix(d.lw[e], "n't")) {
			sawBe = sawBe || beWords[d.lw[e]]
			if negWords[d.lw[e]] || strings.HasSuffix(d.lw[e], "n't") {
				r.neg++
				r.negHow = append(r.negHow, d.lw[e])
			}
			e++
		}
		if sawBe && e < c.end && lightVerbs[d.lw[e]] {
			r.vg = [2]int{j, e}
			r.passive = true
			r.actorHow = "passive"
			r.rules = append(r.rules, "light:"+d.lw[e])
			r.subj = [2]int{modStart, i + 1}
			r.obj = [2]int{e + 1, d.objectEnd(e+1, c.end)}
			return true
		}
	}
	// "talks between Russia and Ukraine", "an offer by Moscow".
	if j := d.nextWordIdx(i, c.end); j >= 0 && (d.lw[j] == "between" || d.lw[j] == "by") {
		e := j + 1
		for e < c.end && e < j+8 && d.l.Tokens[e].Kind == text.Word && (isCapitalised(d.tokText(e)) || d.lw[e] == "and" || d.lw[e] == "the") {
			e++
		}
		if as, how, _ := d.resolveNP(j+1, e, c); len(as) > 0 {
			r.actors, r.actorHow = as, how
			r.subj = [2]int{j + 1, e}
			r.obj = [2]int{e, d.objectEnd(e, c.end)}
			return true
		}
	}
	return false
}

func hasPastForm(w string) bool {
	switch w {
	case "made", "offered", "issued", "gave", "given", "reached", "signed", "struck", "sealed", "held", "had",
		"expressed", "voiced", "announced", "tabled", "renewed", "repeated", "reiterated", "presented",
		"concluded", "attended", "hosted", "delivered", "sent", "lent", "extended", "maintained":
		return true
	}
	return false
}

// tokenRange converts a byte span to a token range.
func (d *docState) tokenRange(sp text.Span) [2]int {
	toks := d.l.Tokens
	a, _ := slices.BinarySearchFunc(toks, sp.Start, func(t text.Token, off int) int { return cmp.Compare(t.Start, off) })
	b := a
	for b < len(toks) && toks[b].End <= sp.End {
		b++
	}
	return [2]int{a, b}
}
