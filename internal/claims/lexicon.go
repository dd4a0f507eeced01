package claims

import "strings"

// This file is Parley's own trigger lexicon: which words signal which event, and the small closed word
// classes (auxiliaries, determiners, clause openers) the rules look at. It is written for this project from
// ordinary English usage; it copies no text from the PLOVER manual.

// pos is the part of speech a trigger entry stands for.
type pos uint8

const (
	posVerb pos = iota
	posNoun
	posAdj // "ready to", "prepared to", "willing to": only with a following "to"
)

// form is the inflection of a verb entry.
type form uint8

const (
	formBase form = iota
	form3sg
	formPast
	formPP // past participle
	formIng
	formNoun
)

// tflag modifies how a trigger is read.
type tflag uint16

const (
	// flagNegator: "refused to X", "declined to X", "failed to X" negate a governed event X; with a noun
	// phrase object ("refused the offer") the entry's own event holds.
	flagNegator tflag = 1 << iota
	// flagDeny: a statement whose cue is this verb says its content is false, so claims in the content are
	// the speaker's with opposite polarity.
	flagDeny
	// flagNeedTo: only counts when "to" follows (adjectives, "prepared").
	flagNeedTo
	// flagVerbOnlyAfterAux: the base form counts as a verb only after an auxiliary, modal or "to" ("back").
	flagVerbOnlyAfterAux
)

// trigger is one lexicon entry for one word form.
type trigger struct {
	event     Event
	lemma     string
	pos       pos
	form      form
	flags     tflag
	particles []string // when set, one of these words must follow: "call for", "rule out"
}

// verbEntry lists a verb's forms as "base|3sg|past|pp|ing"; empty slots are derived by regular rules.
type verbEntry struct {
	event     Event
	forms     string
	flags     tflag
	particles string // space-separated
}

var verbEntries = []verbEntry{
	// AGREE: accepting terms, signing, consenting.
	{Agree, "agree|agrees|agreed|agreed|agreeing", 0, ""},
	{Agree, "accept|||", 0, ""},
	{Agree, "consent|||", 0, ""},
	{Agree, "sign|||", 0, ""},
	{Agree, "ratify|ratifies|ratified|ratified|ratifying", 0, ""},
	// REJECT: refusing, denying, ruling out.
	{Reject, "reject|||", 0, ""},
	{Reject, "refuse|refuses|refused|refused|refusing", flagNegator, ""},
	{Reject, "decline|declines|declined|declined|declining", flagNegator, ""},
	{Reject, "deny|denies|denied|denied|denying", flagDeny, ""},
	{Reject, "refute|refutes|refuted|refuted|refuting", flagDeny, ""},
	{Reject, "dismiss|dismisses|dismissed|dismissed|dismissing", 0, ""},
	{Reject, "oppose|opposes|opposed|opposed|opposing", 0, ""},
	{Reject, "rule|rules|ruled|ruled|ruling", 0, "out"},
	{Reject, "turn|||", 0, "down"},
	{Reject, "veto|vetoes|vetoed|vetoed|vetoing", 0, ""},
	{Reject, "rebuff|||", 0, ""},
	{Reject, "spurn|||", 0, ""},
	// CONSULT: meeting, talking, negotiating, visiting.
	{Consult, "meet|meets|met|met|meeting", 0, ""},
	{Consult, "negotiate|negotiates|negotiated|negotiated|negotiating", 0, ""},
	{Consult, "discuss|discusses|discussed|discussed|discussing", 0, ""},
	{Consult, "consult|||", 0, ""},
	{Consult, "visit|||", 0, ""},
	{Consult, "host|||", 0, ""},
	{Consult, "talk|||", 0, "with to"},
	{Consult, "speak|speaks|spoke|spoken|speaking", 0, "with"},
	// REQUEST: asking, demanding, urging, wanting.
	{Request, "ask|||", 0, "for"},
	{Request, "request|||", 0, ""},
	{Request, "demand|||", 0, ""},
	{Request, "urge|urges|urged|urged|urging", 0, ""},
	{Request, "call|||", 0, "for on"},
	{Request, "appeal|||", 0, "for to"},
	{Request, "seek|seeks|sought|sought|seeking", 0, ""},
	{Request, "want|||", 0, ""},
	{Request, "wish|wishes|wished|wished|wishing", 0, ""},
	{Request, "insist|||", 0, "on"},
	{Request, "press|presses|pressed|pressed|pressing", 0, "for"},
	{Request, "push|pushes|pushed|pushed|pushing", 0, "for"},
	{Request, "prefer|prefers|preferred|preferred|preferring", 0, ""},
	// CONCEDE: yielding, giving up, returning, allowing, withdrawing.
	{Concede, "concede|concedes|conceded|conceded|conceding", 0, ""},
	{Concede, "yield|||", 0, ""},
	{Concede, "cede|cedes|ceded|ceded|ceding", 0, ""},
	{Concede, "return|||", 0, ""},
	{Concede, "give|gives|gave|given|giving", 0, "up"},
	{Concede, "hand|||", 0, "over back"},
	{Concede, "withdraw|withdraws|withdrew|withdrawn|withdrawing", 0, ""},
	{Concede, "retreat|||", 0, ""},
	{Concede, "allow|||", 0, ""},
	{Concede, "permit|permits|permitted|permitted|permitting", 0, ""},
	{Concede, "compromise|compromises|compromised|compromised|compromising", 0, ""},
	{Concede, "ease|eases|eased|eased|easing", 0, ""},
	// ASSURE: offering, promising, guaranteeing, committing.
	{Assure, "offer|||", 0, ""},
	{Assure, "promise|promises|promised|promised|promising", 0, ""},
	{Assure, "pledge|pledges|pledged|pledged|pledging", 0, ""},
	{Assure, "guarantee|guarantees|guaranteed|guaranteed|guaranteeing", 0, ""},
	{Assure, "assure|assures|assured|assured|assuring", 0, ""},
	{Assure, "vow|||", 0, ""},
	{Assure, "commit|commits|committed|committed|committing", 0, "to"},
	// SUPPORT: backing, endorsing, welcoming.
	{Support, "support|||", 0, ""},
	{Support, "back|||", flagVerbOnlyAfterAux, ""},
	{Support, "endorse|endorses|endorsed|endorsed|endorsing", 0, ""},
	{Support, "welcome|welcomes|welcomed|welcomed|welcoming", 0, ""},
	{Support, "praise|praises|praised|praised|praising", 0, ""},
	{Support, "approve|approves|approved|approved|approving", 0, ""},
	{Support, "favour|||", 0, ""},
	{Support, "favor|||", 0, ""},
	// ACCUSE: blaming, condemning, criticising.
	{Accuse, "accuse|accuses|accused|accused|accusing", 0, ""},
	{Accuse, "blame|blames|blamed|blamed|blaming", 0, ""},
	{Accuse, "condemn|||", 0, ""},
	{Accuse, "criticise|criticises|criticised|criticised|criticising", 0, ""},
	{Accuse, "criticize|criticizes|criticized|criticized|criticizing", 0, ""},
	{Accuse, "denounce|denounces|denounced|denounced|denouncing", 0, ""},
	{Accuse, "slam|slams|slammed|slammed|slamming", 0, ""},
	// THREATEN: threatening and warning.
	{Threaten, "threaten|||", 0, ""},
	{Threaten, "warn|||", 0, ""},
	// COOPERATE: joining and working with.
	{Cooperate, "join|||", 0, ""},
	{Cooperate, "cooperate|cooperates|cooperated|cooperated|cooperating", 0, ""},
	{Cooperate, "co-operate|co-operates|co-operated|co-operated|co-operating", 0, ""},
}

// nounEntries are event nouns, singular and plural written out. A noun only yields a claim when its actor
// is written: a possessor ("Russia's demand"), or the subject of a light verb ("Kyiv made an offer").
var nounEntries = []struct {
	event     Event
	words     string
	particles string
}{
	{Agree, "agreement agreements deal deals accord accords consensus", ""},
	{Reject, "rejection rejections refusal refusals veto vetoes", ""},
	{Reject, "denial denials", ""},
	{Consult, "meeting meetings talks negotiation negotiations discussion discussions visit visits consultation consultations", ""},
	{Request, "demand demands request requests appeal appeals preference wish wishes insistence", ""},
	{Request, "call calls push", "for"},
	{Concede, "concession concessions compromise compromises withdrawal retreat", ""},
	{Assure, "offer offers promise promises pledge pledges assurance assurances commitment commitments", ""},
	{Support, "support backing endorsement approval", ""},
	{Accuse, "accusation accusations criticism condemnation", ""},
	{Threaten, "threat threats warning warnings ultimatum", ""},
	{Cooperate, "cooperation co-operation", ""},
}

// adjEntries need a following "to": "ready to deploy", "willing to talk".
var adjEntries = []struct {
	event Event
	words string
}{
	{Assure, "ready prepared willing"},
}

// lightVerbs take an event noun as object and lend it their subject: "made an offer", "held talks",
// "expressed his preference", "reached an agreement".
var lightVerbs = setOf(
	"make", "makes", "made", "making", "offer", "offers", "offered", "offering", "issue", "issues", "issued",
	"issuing", "give", "gives", "gave", "given", "giving", "reach", "reaches", "reached", "reaching", "sign",
	"signs", "signed", "signing", "strike", "strikes", "struck", "striking", "seal", "seals", "sealed",
	"hold", "holds", "held", "holding", "have", "has", "had", "express", "expresses", "expressed",
	"expressing", "voice", "voices", "voiced", "voicing", "announce", "announces", "announced", "announcing",
	"table", "tabled", "renew", "renewed", "repeat", "repeated", "reiterate", "reiterated", "present",
	"presented", "put", "conclude", "concluded", "attend", "attended", "host", "hosted", "deliver",
	"delivered", "send", "sent", "lend", "lent", "extend", "extended", "maintain", "maintained",
)

// auxiliaries and adverbs that sit between a subject and its verb.
var auxWords = setOf(
	"has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "am", "will", "would",
	"could", "should", "may", "might", "must", "can", "cannot", "shall", "do", "does", "did", "to", "'s",
	"won't", "wouldn't", "couldn't", "shouldn't", "can't", "didn't", "doesn't", "don't", "hasn't", "haven't",
	"hadn't", "isn't", "aren't", "wasn't", "weren't", "mustn't", "shan't", "'ll", "'d",
)

// beWords make a following participle passive.
var beWords = setOf("is", "are", "was", "were", "be", "been", "being", "am", "'s", "isn't", "aren't", "wasn't", "weren't")

// modeWords are the non-auxiliary words a verb group may hold, with what they say about the event.
var modeWords = map[string]Mode{
	// future
	"will": Future, "shall": Future, "'ll": Future, "won't": Future, "shan't": Future,
	"set": Future, "plans": Future, "plan": Future, "planned": Future, "planning": Future, "going": Future,
	"intends": Future, "intend": Future, "intended": Future, "aims": Future, "aim": Future, "due": Future,
	"poised": Future, "scheduled": Future, "expected": Future, "preparing": Future,
	// hypothetical and conditional
	"would": Hypothetical, "could": Hypothetical, "might": Hypothetical, "may": Hypothetical,
	"should": Hypothetical, "'d": Hypothetical, "wouldn't": Hypothetical, "couldn't": Hypothetical,
	"shouldn't": Hypothetical, "likely": Hypothetical, "unlikely": Hypothetical,
	// historical: a stance of long standing or a pluperfect
	"long": Historical, "previously": Historical, "formerly": Historical, "historically": Historical,
	"repeatedly": Historical, "consistently": Historical, "always": Historical, "had": Historical,
	"hadn't": Historical,
}

// adverbs that may sit inside a verb group without changing its meaning for us.
var vgAdverbs = setOf(
	"also", "already", "still", "now", "just", "even", "ever", "again", "once", "finally", "reportedly",
	"allegedly", "apparently", "effectively", "publicly", "formally", "officially", "quickly", "then",
	"indeed", "reluctantly", "firmly", "privately", "openly", "initially", "eventually", "apparently",
	"tentatively", "swiftly", "broadly", "largely", "in", "principle", "yet", "only", "further", "jointly",
	"able", "later", "earlier", "soon", "since", "subsequently", "swiftly", "promptly", "quietly", "flatly",
)

// timeWords are the words at least one of which every time expression timex finds contains (besides
// numbers): day and month names, units, seasons and deictic words. It only lets sentences without any skip
// timex; TestTimeWordsCoverTimex checks it against timex.
var timeWords = setOf(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"today", "tonight", "overnight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night",
	"nights", "day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month",
	"months", "year", "years", "decade", "decades", "century", "centuries", "hour", "hours", "minute",
	"minutes", "spring", "summer", "autumn", "fall", "winter", "midnight", "noon", "dawn", "dusk",
	"ago",
)

// orgWords in a name make it an organisation's rather than a person's.
var orgWords = setOf(
	"ministry", "council", "government", "party", "union", "organisation", "organization", "office", "agency",
	"company", "bank", "forces", "army", "navy", "commission", "committee", "parliament", "assembly", "court",
	"department", "group", "alliance", "coalition", "administration", "kremlin", "senate", "congress", "fund",
	"corporation", "association", "federation", "institute", "service", "services", "command", "guard",
)

// negWords negate the verb group they are in; words ending in n't are negations too.
var negWords = setOf("not", "never", "no", "neither", "nor", "longer")

// negWordsNoun negate an event noun they modify: "no agreement".
var negWordsNoun = setOf("no", "never", "without")

// determiners mark the next word as a noun: "an offer", "their demands".
var determiners = setOf(
	"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
	"any", "no", "every", "each", "some", "such", "new", "latest", "fresh", "final", "first", "formal",
	"initial", "further", "another", "previous", "earlier", "possible", "proposed", "potential", "direct",
	"bilateral", "trilateral", "face-to-face",
)

// possessivePronouns name the possessor of an event noun.
var possessivePronouns = setOf("his", "her", "its", "their", "our", "my")

// clauseOpeners start a new clause; the clause they open keeps them as its opener.
var clauseOpeners = setOf(
	"which", "who", "whom", "whose", "where", "while", "whereas", "because", "although", "though", "if",
	"unless", "whether", "when", "after", "before", "but", "however", "why", "how", "once", "since", "so",
	"yet", "until", "as",
)

// weakOpeners only open a clause after a comma: "as" and "so" are too common inside clauses otherwise.
var weakOpeners = setOf("as", "so", "yet", "since", "once", "when", "and", "or")

// hypotheticalOpeners make their clause hypothetical; futureOpeners make it future.
var (
	hypotheticalOpeners = setOf("if", "unless", "whether")
	futureOpeners       = setOf("before", "until")
	// scenarioNouns before "where"/"in which" make the clause a hypothetical scenario.
	scenarioNouns = setOf("scenario", "case", "event", "situation", "world")
)

// objectStops end a trigger's object: what follows is an adjunct (time, circumstance), not what the event is
// about.
var objectStops = setOf("during", "following", "after", "before", "amid", "since", "until", "despite", "ahead", "while", "when", "at")

// prepositions before "that" show it is a demonstrative ("agree to that"), not a complementiser.
var prepositions = setOf("to", "of", "on", "in", "at", "with", "for", "about", "by", "from", "over", "against", "into", "under")

// demonstratives as a whole object refer back to an earlier issue: "agree to that".
var demonstratives = setOf("that", "this", "it", "so", "them", "those", "these")

// genericHeads are nouns that, with a country adjective, stand for that country's government: "British
// personnel", "Russian negotiators", "Ukrainian forces".
var genericHeads = setOf(
	"personnel", "troops", "forces", "force", "officials", "official", "diplomats", "diplomat", "negotiators",
	"negotiator", "delegation", "delegations", "government", "authorities", "army", "military", "side",
	"leadership", "administration", "team", "envoys", "envoy", "soldiers", "ministers", "officers",
)

// personPronouns and other pronouns that may be a subject or possessor.
var (
	pronounsPerson  = setOf("he", "she", "him", "her", "his", "hers")
	pronounsThing   = setOf("it", "its", "they", "them", "their", "theirs")
	pronounsSpeaker = setOf("i", "me", "my", "mine")
	pronounsWe      = setOf("we", "us", "our", "ours")
)

// notNames are capitalised words that begin sentences but never name an actor on their own.
var notNames = setOf(
	"the", "a", "an", "this", "that", "these", "those", "it", "they", "he", "she", "we", "i", "officials",
	"sources", "both", "others", "many", "some", "plans", "planning", "talks", "critics", "analysts",
	"experts", "leaders", "allies", "there", "here", "now", "then", "earlier", "later", "following",
	"after", "before", "meanwhile", "however", "but", "and", "yet", "so", "also", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
	"june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
	"tomorrow",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lexicon maps a lower-case word to its trigger entries; it is built once and only read afterwards.
var lexicon = buildLexicon()

func buildLexicon() map[string][]trigger {
	lex := map[string][]trigger{}
	add := func(w string, t trigger) { lex[w] = append(lex[w], t) }
	for _, v := range verbEntries {
		forms := verbForms(v.forms)
		var parts []string
		if v.particles != "" {
			parts = strings.Fields(v.particles)
		}
		for i, f := range forms {
			add(f, trigger{event: v.event, lemma: forms[0], pos: posVerb, form: form(i), flags: v.flags, particles: parts})
		}
	}
	for _, n := range nounEntries {
		var parts []string
		if n.particles != "" {
			parts = strings.Fields(n.particles)
		}
		for w := range strings.FieldsSeq(n.words) {
			add(w, trigger{event: n.event, lemma: w, pos: posNoun, form: formNoun, particles: parts})
		}
	}
	for _, a := range adjEntries {
		for w := range strings.FieldsSeq(a.words) {
			add(w, trigger{event: a.event, lemma: w, pos: posAdj, flags: flagNeedTo})
		}
	}
	return lex
}

// verbForms expands "base|3sg|past|pp|ing", deriving empty slots regularly.
func verbForms(spec string) [5]string {
	parts := strings.Split(spec, "|")
	var f [5]string
	copy(f[:], parts)
	base := f[0]
	if f[1] == "" {
		switch {
		case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x"):
			f[1] = base + "es"
		default:
			f[1] = base + "s"
		}
	}
	if f[2] == "" {
		if strings.HasSuffix(base, "e") {
			f[2] = base + "d"
		} else {
			f[2] = base + "ed"
		}
	}
	if f[3] == "" {
		f[3] = f[2]
	}
	if f[4] == "" {
		if strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") {
			f[4] = base[:len(base)-1] + "ing"
		} else {
			f[4] = base + "ing"
		}
	}
	return f
}
