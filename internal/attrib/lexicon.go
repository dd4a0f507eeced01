package attrib

import "strings"

// frame says what may follow a cue verb.
type frame uint8

const (
	frameSay  frame = 1 << iota // X said (that) C; C, X said; said X
	frameTell                   // X told Y (that) C: an addressee comes first
	frameObj                    // X rejected C / X expressed C: a noun phrase object is the content
	frameInv                    // may invert after content: "C, said X"
	frameTo                     // X wants to C, X agreed to C: an infinitive is the content
	// frameIntro: the content must be introduced ("that", a colon, a quotation or the verb's particle); the
	// verb is too often used otherwise ("the state", "found the tunnels", "spoke at a rally").
	frameIntro
)

// cueVerb is one reporting verb with its forms.
type cueVerb struct {
	forms  string // base, 3sg, past, participle, gerund; "" forms are derived
	frames frame
}

// verbList is the reporting-verb lexicon we own. Forms are "base|3sg|past|pp|ing"; empty slots are derived by
// regular rules. Frames tell the extractor where the content and the addressee go.
var verbList = []cueVerb{
	{"say|says|said|said|saying", frameSay | frameInv},
	{"tell|tells|told|told|telling", frameTell | frameInv},
	{"add|||", frameSay | frameInv},
	{"explain|||", frameSay | frameInv | frameObj},
	{"claim|||", frameSay | frameInv | frameObj},
	{"insist|||", frameSay | frameInv},
	{"argue|argues|argued|argued|arguing", frameSay | frameInv},
	{"warn|||", frameSay | frameInv | frameTell | frameObj},
	{"announce|announces|announced|announced|announcing", frameSay | frameInv | frameObj},
	{"confirm|||", frameSay | frameInv | frameObj},
	{"deny|denies|denied|denied|denying", frameSay | frameInv | frameObj},
	{"reveal|||", frameSay | frameInv | frameObj},
	{"state|states|stated|stated|stating", frameSay | frameInv | frameIntro},
	{"write|writes|wrote|written|writing", frameSay | frameInv},
	{"tweet|||", frameSay | frameInv},
	{"post|posts|posted|posted|posting", frameSay | frameInv},
	{"note|notes|noted|noted|noting", frameSay | frameInv},
	{"acknowledge|acknowledges|acknowledged|acknowledged|acknowledging", frameSay | frameInv | frameObj},
	{"admit|admits|admitted|admitted|admitting", frameSay | frameInv | frameObj},
	{"predict|||", frameSay | frameInv | frameObj},
	{"suggest|||", frameSay | frameInv | frameObj},
	{"report|||", frameSay | frameInv | frameObj},
	{"declare|declares|declared|declared|declaring", frameSay | frameInv | frameObj},
	{"assert|||", frameSay | frameInv},
	{"contend|||", frameSay | frameInv},
	{"maintain|||", frameSay | frameInv | frameIntro},
	{"allege|alleges|alleged|alleged|alleging", frameSay | frameInv},
	{"ask|||", frameSay | frameInv | frameTell},
	{"answer|||", frameSay | frameInv},
	{"reply|replies|replied|replied|replying", frameSay | frameInv},
	{"respond|||", frameSay | frameInv | frameIntro},
	{"recall|||", frameSay | frameInv | frameObj},
	{"remark|||", frameSay | frameInv},
	{"comment|||", frameSay | frameInv | frameIntro},
	{"observe|observes|observed|observed|observing", frameSay | frameInv},
	{"stress|stresses|stressed|stressed|stressing", frameSay | frameInv | frameObj},
	{"emphasize|emphasizes|emphasized|emphasized|emphasizing", frameSay | frameInv | frameObj},
	{"emphasise|emphasises|emphasised|emphasised|emphasising", frameSay | frameInv | frameObj},
	{"underline|underlines|underlined|underlined|underlining", frameSay | frameInv | frameObj},
	{"promise|promises|promised|promised|promising", frameSay | frameInv | frameTo},
	{"pledge|pledges|pledged|pledged|pledging", frameSay | frameInv | frameTo | frameObj},
	{"vow|||", frameSay | frameInv | frameTo},
	{"threaten|||", frameSay | frameTo},
	{"agree|agrees|agreed|agreed|agreeing", frameSay | frameTo},
	{"concede|concedes|conceded|conceded|conceding", frameSay | frameInv},
	{"complain|||", frameSay | frameInv},
	{"boast|||", frameSay | frameInv},
	{"joke|jokes|joked|joked|joking", frameSay | frameInv},
	{"quip|quips|quipped|quipped|quipping", frameSay | frameInv},
	{"shout|||", frameSay | frameInv},
	{"cry|cries|cried|cried|crying", frameInv},
	{"exclaim|||", frameSay | frameInv},
	{"mutter|||", frameSay | frameInv},
	{"whisper|||", frameSay | frameInv},
	{"continue|continues|continued|continued|continuing", frameSay | frameInv | frameIntro},
	{"conclude|concludes|concluded|concluded|concluding", frameSay | frameInv},
	{"caution|||", frameSay | frameInv},
	{"urge|urges|urged|urged|urging", frameTell | frameInv | frameTo},
	{"demand|||", frameSay | frameObj | frameInv},
	{"propose|proposes|proposed|proposed|proposing", frameSay | frameObj | frameTo},
	{"indicate|indicates|indicated|indicated|indicating", frameSay | frameInv},
	{"signal|signals|signalled|signalled|signalling", frameSay | frameObj},
	{"mention|||", frameSay | frameInv | frameObj},
	{"describe|describes|described|described|describing", frameObj},
	{"believe|believes|believed|believed|believing", frameSay},
	{"think|thinks|thought|thought|thinking", frameSay},
	{"hope|hopes|hoped|hoped|hoping", frameSay | frameTo},
	{"fear|||", frameSay | frameObj},
	{"worry|worries|worried|worried|worrying", frameSay},
	{"expect|||", frameSay | frameTo},
	{"know|knows|knew|known|knowing", frameSay},
	{"feel|feels|felt|felt|feeling", frameSay},
	{"doubt|||", frameSay | frameObj},
	{"estimate|estimates|estimated|estimated|estimating", frameSay},
	{"find|finds|found|found|finding", frameSay | frameIntro},
	{"show|shows|showed|shown|showing", frameSay},
	{"calculate|calculates|calculated|calculated|calculating", frameSay},
	{"accuse|accuses|accused|accused|accusing", frameTell | frameObj},
	{"criticize|criticizes|criticized|criticized|criticizing", frameObj},
	{"criticise|criticises|criticised|criticised|criticising", frameObj},
	{"praise|praises|praised|praised|praising", frameObj},
	{"blame|blames|blamed|blamed|blaming", frameObj},
	{"reject|||", frameObj},
	{"dismiss|dismisses|dismissed|dismissed|dismissing", frameObj},
	{"welcome|welcomes|welcomed|welcomed|welcoming", frameObj},
	{"express|expresses|expressed|expressed|expressing", frameObj},
	{"want|||", frameTo | frameObj},
	{"call|||", frameObj | frameTell},
	{"brief|||", frameTell},
	{"inform|||", frameTell},
	{"assure|assures|assured|assured|assuring", frameTell},
	{"remind|||", frameTell},
	{"convince|convinces|convinced|convinced|convincing", frameTell},
	{"testify|testifies|testified|testified|testifying", frameSay | frameInv},
	{"repeat|||", frameSay | frameInv | frameObj},
	{"reiterate|reiterates|reiterated|reiterated|reiterating", frameSay | frameInv | frameObj},
	{"recount|||", frameSay | frameInv},
	{"speculate|speculates|speculated|speculated|speculating", frameSay},
	{"endorse|endorses|endorsed|endorsed|endorsing", frameObj},
	{"defend|||", frameObj},
	{"cite|cites|cited|cited|citing", frameObj},
	{"support|||", frameObj},
	{"oppose|opposes|opposed|opposed|opposing", frameObj},
	{"seek|seeks|sought|sought|seeking", frameObj | frameTo},
	{"refuse|refuses|refused|refused|refusing", frameTo},
	{"decline|declines|declined|declined|declining", frameTo},
	{"plan|plans|planned|planned|planning", frameTo},
	{"offer|||", frameObj | frameTo},
	{"back|||", frameObj | frameIntro},
	{"question|||", frameObj | frameSay},
	{"attack|||", frameObj},
	{"mock|||", frameObj},
	{"slam|slams|slammed|slammed|slamming", frameObj},
	{"blast|||", frameObj},
	{"denounce|denounces|denounced|denounced|denouncing", frameObj},
	{"decry|decries|decried|decried|decrying", frameObj},
	{"lament|||", frameObj | frameSay},
	{"thank|||", frameObj},
	{"order|||", frameObj | frameTo},
	{"decide|decides|decided|decided|deciding", frameTo | frameSay},
	{"learn|||", frameSay},
	{"consider|||", frameObj},
	{"discuss|discusses|discussed|discussed|discussing", frameObj},
	{"prefer|prefers|preferred|preferred|preferring", frameObj | frameTo},
	{"see|sees|saw|seen|seeing", frameObj | frameSay},
	{"seem|||", frameTo},
	{"appear|||", frameTo},
	{"refer|refers|referred|referred|referring", frameObj},
	{"point|||", frameObj},
	{"talk|||", frameObj},
	{"speak|speaks|spoke|spoken|speaking", frameObj | frameIntro},
	{"focus|focuses|focused|focused|focusing", frameObj | frameIntro},
	{"charge|charges|charged|charged|charging", frameSay | frameObj},
	{"recommend|||", frameObj | frameSay},
	{"advise|advises|advised|advised|advising", frameTell},
	{"vote|votes|voted|voted|voting", frameTo | frameIntro},
	{"intend|||", frameTo},
	{"wish|wishes|wished|wished|wishing", frameTo | frameSay},
	{"like|likes|liked|liked|liking", frameTo | frameIntro},
	{"love|loves|loved|loved|loving", frameTo | frameObj},
	{"hate|hates|hated|hated|hating", frameTo | frameObj},
	{"imply|implies|implied|implied|implying", frameSay},
	{"guess|guesses|guessed|guessed|guessing", frameSay},
	{"hint|||", frameSay},
	{"condemn|condemns|condemned|condemned|condemning", frameObj},
	{"echo|echoes|echoed|echoed|echoing", frameSay | frameObj | frameIntro},
	{"request|requests|requested|requested|requesting", frameObj},
	{"portray|portrays|portrayed|portrayed|portraying", frameObj},
	{"outline|outlines|outlined|outlined|outlining", frameObj},
	{"list|lists|listed|listed|listing", frameObj},
	{"compare|compares|compared|compared|comparing", frameObj},
	{"highlight|highlights|highlighted|highlighted|highlighting", frameObj},
	{"push|pushes|pushed|pushed|pushing", frameObj},
	{"wonder|wonders|wondered|wondered|wondering", frameSay | frameObj | frameIntro},
	{"chant|chants|chanted|chanted|chanting", frameObj},
	{"favor|favors|favored|favored|favoring", frameObj},
	{"favour|favours|favoured|favoured|favouring", frameObj},
	{"encourage|encourages|encouraged|encouraged|encouraging", frameObj},
	{"determine|determines|determined|determined|determining", frameSay | frameObj | frameIntro},
	{"rebut|rebuts|rebutted|rebutted|rebutting", frameObj},
	{"publish|publishes|published|published|publishing", frameObj},
	{"recite|recites|recited|recited|reciting", frameObj},
	{"quote|quotes|quoted|quoted|quoting", frameObj},
	{"share|shares|shared|shared|sharing", frameObj},
	{"assail|assails|assailed|assailed|assailing", frameObj},
	{"promote|promotes|promoted|promoted|promoting", frameObj},
	{"tout|touts|touted|touted|touting", frameObj},
	{"ignore|ignores|ignored|ignored|ignoring", frameObj},
	{"sue|sues|sued|sued|suing", frameObj},
	{"envision|envisions|envisioned|envisioned|envisioning", frameObj},
	{"tackle|tackles|tackled|tackled|tackling", frameObj},
	{"recognize|recognizes|recognized|recognized|recognizing", frameObj},
	{"recognise|recognises|recognised|recognised|recognising", frameObj},
	{"reference|references|referenced|referenced|referencing", frameObj},
	{"expose|exposes|exposed|exposed|exposing", frameObj},
	{"scold|scolds|scolded|scolded|scolding", frameObj},
	{"chide|chides|chided|chided|chiding", frameObj},
	{"rail|rails|railed|railed|railing", frameObj},
	{"reaffirm|reaffirms|reaffirmed|reaffirmed|reaffirming", frameSay | frameObj | frameIntro},
	{"renew|renews|renewed|renewed|renewing", frameObj},
	{"retract|retracts|retracted|retracted|retracting", frameObj},
	{"clarify|clarifies|clarified|clarified|clarifying", frameSay | frameObj | frameIntro},
	{"confess|confesses|confessed|confessed|confessing", frameSay | frameObj | frameIntro},
	{"concur|concurs|concurred|concurred|concurring", frameSay | frameObj | frameIntro},
	{"disagree|disagrees|disagreed|disagreed|disagreeing", frameSay | frameObj | frameIntro},
	{"dispute|disputes|disputed|disputed|disputing", frameObj},
	{"downplay|downplays|downplayed|downplayed|downplaying", frameObj},
	{"forecast|forecasts|forecast|forecast|forecasting", frameSay | frameObj | frameIntro},
	{"insinuate|insinuates|insinuated|insinuated|insinuating", frameSay | frameObj | frameIntro},
	{"instruct|instructs|instructed|instructed|instructing", frameObj},
	{"interject|interjects|interjected|interjected|interjecting", frameSay | frameObj | frameIntro},
	{"lambast|lambasts|lambasted|lambasted|lambasting", frameObj},
	{"lash|lashes|lashed|lashed|lashing", frameObj},
	{"object|objects|objected|objected|objecting", frameObj},
	{"pronounce|pronounces|pronounced|pronounced|pronouncing", frameSay | frameObj | frameIntro},
	{"protest|protests|protested|protested|protesting", frameSay | frameObj | frameIntro},
	{"reassure|reassures|reassured|reassured|reassuring", frameObj},
	{"rebuke|rebukes|rebuked|rebuked|rebuking", frameObj},
	{"retort|retorts|retorted|retorted|retorting", frameSay | frameObj | frameIntro},
	{"rule|rules|ruled|ruled|ruling", frameSay | frameObj | frameIntro},
	{"swear|swears|swore|sworn|swearing", frameSay | frameObj | frameIntro},
	{"underscore|underscores|underscored|underscored|underscoring", frameObj},
	{"uphold|upholds|upheld|upheld|upholding", frameObj},
	{"vouch|vouches|vouched|vouched|vouching", frameObj},
	{"wager|wagers|wagered|wagered|wagering", frameSay | frameObj | frameIntro},
	{"weigh|weighs|weighed|weighed|weighing", frameObj},
	{"advocate|advocates|advocated|advocated|advocating", frameObj},
	{"applaud|applauds|applauded|applauded|applauding", frameObj},
	{"bemoan|bemoans|bemoaned|bemoaned|bemoaning", frameObj},
	{"berate|berates|berated|berated|berating", frameObj},
	{"brag|brags|bragged|bragged|bragging", frameObj},
	{"champion|champions|championed|championed|championing", frameObj},
	{"contradict|contradicts|contradicted|contradicted|contradicting", frameObj},
	{"counter|counters|countered|countered|countering", frameObj},
	{"credit|credits|credited|credited|crediting", frameObj},
	{"deplore|deplores|deplored|deplored|deploring", frameObj},
	{"disavow|disavows|disavowed|disavowed|disavowing", frameObj},
	{"disclose|discloses|disclosed|disclosed|disclosing", frameSay | frameObj | frameIntro},
	{"excoriate|excoriates|excoriated|excoriated|excoriating", frameObj},
	{"fault|faults|faulted|faulted|faulting", frameObj},
	{"grumble|grumbles|grumbled|grumbled|grumbling", frameSay | frameObj | frameIntro},
	{"hail|hails|hailed|hailed|hailing", frameObj},
	{"herald|heralds|heralded|heralded|heralding", frameObj},
	{"implore|implores|implored|implored|imploring", frameObj},
	{"laud|lauds|lauded|lauded|lauding", frameObj},
	{"muse|muses|mused|mused|musing", frameSay | frameObj | frameIntro},
	{"needle|needles|needled|needled|needling", frameObj},
	{"plead|pleads|pleaded|pleaded|pleading", frameSay | frameObj | frameIntro},
	{"proclaim|proclaims|proclaimed|proclaimed|proclaiming", frameSay | frameObj | frameIntro},
	{"reckon|reckons|reckoned|reckoned|reckoning", frameSay | frameObj | frameIntro},
	{"ridicule|ridicules|ridiculed|ridiculed|ridiculing", frameObj},
	{"snap|snaps|snapped|snapped|snapping", frameSay | frameObj | frameIntro},
	{"spurn|spurns|spurned|spurned|spurning", frameObj},
	{"tease|teases|teased|teased|teasing", frameObj},
	{"vent|vents|vented|vented|venting", frameSay | frameObj | frameIntro},
	{"signal|signals|signaled|signaled|signaling", frameSay | frameObj},
	{"retweet|||", frameObj},
	{"liken|||", frameObj},
	{"deem|||", frameObj},
	{"invoke|invokes|invoked|invoked|invoking", frameObj},
	{"identify|identifies|identified|identified|identifying", frameObj | frameIntro},
	{"remember|||", frameSay | frameIntro},
	{"apologize|apologizes|apologized|apologized|apologizing", frameObj},
	{"unveil|||", frameObj},
	{"embrace|embraces|embraced|embraced|embracing", frameObj},
	{"sound|||", frameObj | frameIntro},
	{"read|reads|read|read|reading", frameSay | frameInv | frameIntro},
	{"anger|||", frameObj},
	{"side|sides|sided|sided|siding", frameObj | frameIntro},
	{"project|||", frameSay | frameIntro},
	{"nominate|nominates|nominated|nominated|nominating", frameObj},
	{"attribute|attributes|attributed|attributed|attributing", frameObj},
	{"suspect|||", frameSay | frameIntro},
	{"eviscerate|eviscerates|eviscerated|eviscerated|eviscerating", frameObj},
	{"allude|alludes|alluded|alluded|alluding", frameObj},
	{"congratulate|congratulates|congratulated|congratulated|congratulating", frameObj},
	{"rebuff|||", frameObj},
	{"articulate|articulates|articulated|articulated|articulating", frameObj},
	{"yell|||", frameSay | frameInv},
	{"persuade|persuades|persuaded|persuaded|persuading", frameTell},
}

// stanceVerbs take a person, party or policy as the object of an attitude; only these report when the verb
// modifies a noun ("groups supporting her") or has a bare object in a relative clause ("which backed him").
var stanceVerbs = map[string]bool{
	"support": true, "back": true, "endorse": true, "oppose": true, "attack": true, "defend": true,
	"denounce": true, "criticize": true, "criticise": true, "condemn": true, "praise": true, "accuse": true,
	"blame": true, "reject": true, "dismiss": true, "welcome": true, "favor": true, "favour": true,
	"question": true, "describe": true, "call": true, "champion": true, "applaud": true, "slam": true,
	"blast": true, "decry": true, "mock": true, "ridicule": true, "hail": true, "laud": true, "advocate": true,
	"want": true, "hope": true, "expect": true, "fear": true, "doubt": true, "prefer": true, "demand": true,
	"urge": true, "warn": true, "claim": true, "deny": true, "suggest": true, "predict": true,
}

// researchNouns name sources of findings: "a new poll found Clinton ahead".
var researchNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "studies": true, "paper": true,
	"report": true, "analysis": true, "investigation": true, "review": true, "audit": true, "research": true,
	"probe": true, "inquiry": true, "average": true, "data": true, "census": true,
}

// stanceAdjectives state an attitude after a form of "be": "are wary of", "is convinced that".
var stanceAdjectives = map[string]bool{
	"skeptical": true, "sceptical": true, "confident": true, "eager": true, "supportive": true, "hopeful": true,
	"aware": true, "concerned": true, "worried": true, "convinced": true, "determined": true, "hostile": true,
	"enamored": true, "wary": true, "open": true, "optimistic": true, "upset": true, "nervous": true,
	"adamant": true, "reluctant": true, "enthusiastic": true, "pleased": true, "disappointed": true,
	"critical": true, "dismissive": true, "fearful": true, "doubtful": true,
}

// phrasal are particles that join their verb in the cue: "called for", "referring to", "talked about".
var phrasal = map[string]map[string]bool{
	"call": {"for": true, "on": true}, "refer": {"to": true}, "point": {"to": true, "out": true},
	"talk": {"about": true}, "speak": {"about": true, "of": true, "out": true}, "focus": {"on": true},
	"ask": {"about": true, "for": true}, "respond": {"to": true}, "reply": {"to": true}, "comment": {"on": true},
	"complain": {"about": true}, "warn": {"of": true, "about": true, "against": true}, "insist": {"on": true},
	"agree": {"with": true, "on": true}, "vote": {"for": true, "against": true}, "argue": {"for": true, "against": true},
	"push": {"for": true}, "hint": {"at": true}, "look": {"at": true}, "think": {"about": true, "of": true},
	"worry": {"about": true}, "care": {"about": true}, "write": {"about": true}, "boast": {"about": true},
	"apologize": {"for": true}, "remember": {"about": true}, "side": {"with": true}, "allude": {"to": true},
	// Prepositional verbs whose object is what is advocated, hoped for, vouched for or decided against.
	"advocate": {"for": true}, "hope": {"for": true}, "vouch": {"for": true}, "decide": {"against": true},
	"believe": {"in": true},
	"rip":     {"into": true},
	"weigh":   {"in": true}, // "weighed in on the deal" (see secondParticle)
}

// mediumNouns after "in a"/"in an" make the phrase part of the cue: "said in a statement".
var mediumNouns = map[string]bool{
	"statement": true, "interview": true, "tweet": true, "email": true, "letter": true, "speech": true,
	"post": true, "video": true, "release": true, "op-ed": true, "memo": true, "briefing": true,
}

// cueNouns introduce content as "X's statement that C" or "in a statement, X said".
var cueNouns = map[string]bool{
	"statement": true, "claim": true, "claims": true, "assertion": true, "announcement": true, "remarks": true,
	"comments": true, "warning": true, "promise": true, "pledge": true, "insistence": true, "admission": true,
	"argument": true, "belief": true, "view": true, "suggestion": true, "denial": true, "allegation": true,
	"allegations": true, "accusation": true, "report": true, "contention": true, "assurance": true,
	"assurances": true, "threat": true, "demand": true, "demands": true, "proposal": true, "prediction": true,
	"criticism": true, "opposition": true, "complaint": true, "complaints": true, "endorsement": true,
	"decision": true, "position": true, "stance": true, "vow": true, "call": true, "request": true, "plea": true,
	"appeal": true, "concern": true, "concerns": true, "hope": true, "fear": true, "fears": true, "doubt": true,
	"doubts": true, "objection": true, "objections": true, "rejection": true, "acknowledgment": true,
	"acknowledgement": true, "confirmation": true, "disclosure": true, "revelation": true, "testimony": true,
	"conclusion": true, "finding": true, "findings": true, "estimate": true, "forecast": true, "projection": true,
	"message": true, "explanation": true, "pledges": true, "promises": true, "warnings": true, "statements": true,
	"remark": true, "comment": true, "idea": true, "views": true,
	"reluctance": true, "speculation": true, // "her reluctance to sign", "his speculation that C" (lexicon4)
}

// verbForm is what the lexicon knows of one inflected word.
type verbForm struct {
	lemma  string
	frames frame
	rules  *ruleNames // "leading:say" and the like, built once so that explaining costs no allocation
	// participle marks past participles, which can be passive ("was told", "it was announced by X").
	participle bool
	gerund     bool
	// particleOnly: the verb reports only with a particle of particleVerbs ("fired back").
	particleOnly bool
	// asOnly: the verb reports only with "as" after its object (asVerbs: "cast him as weak").
	asOnly bool
	// docVerb and infGap note the lemma in docVerbs and infGapLemmas, so that rules test a field, not a map;
	// attitude the lemma in lightVerbs, giveLights or pairLights (attitudeTail); quoteSay in quoteSayLemmas.
	docVerb, infGap, attitude, quoteSay bool
}

// newVerbForm is the reading of lemma with frames, its fields from the lemma's tables set.
func newVerbForm(lemma string, frames frame, rules *ruleNames) verbForm {
	return verbForm{lemma: lemma, frames: frames, rules: rules, docVerb: docVerbs[lemma], infGap: infGapLemmas[lemma],
		attitude: lightVerbs[lemma] || giveLights[lemma] || pairLights[lemma] != "", quoteSay: quoteSayLemmas[lemma]}
}

// lexicon maps a lower-case word form to its reporting-verb reading.
type lexicon map[string]verbForm

// ruleNames are the names of the rules a lemma can fire, as --explain shows them.
type ruleNames struct {
	leading, trailing, inverted, parenthetical, saidFirst, passive, gerund string
}

func newRuleNames(lemma string) *ruleNames {
	return &ruleNames{leading: "leading:" + lemma, trailing: "trailing:" + lemma, inverted: "inverted:" + lemma,
		parenthetical: "parenthetical:" + lemma, saidFirst: "said-first:" + lemma, passive: "passive:" + lemma,
		gerund: "gerund:" + lemma}
}

func buildLexicon() lexicon {
	lx := lexicon{}
	for k, v := range append(append(append(append(verbList[:len(verbList):len(verbList)], recallVerbs...), actionVerbs...), lexicon4Verbs...), asVerbs...) {
		if v.frames == 0 {
			continue
		}
		f := strings.Split(v.forms, "|")
		rules := newRuleNames(f[0])
		for len(f) < 5 {
			f = append(f, "")
		}
		base := f[0]
		if f[1] == "" {
			f[1] = base + "s"
		}
		if f[2] == "" {
			f[2] = base + "ed"
			if strings.HasSuffix(base, "e") {
				f[2] = base + "d"
			}
		}
		if f[3] == "" {
			f[3] = f[2]
		}
		if f[4] == "" {
			f[4] = base + "ing"
			if strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") {
				f[4] = strings.TrimSuffix(base, "e") + "ing"
			}
		}
		add := func(w string, vf verbForm) {
			if old, ok := lx[w]; ok {
				old.participle = old.participle || vf.participle
				old.gerund = old.gerund || vf.gerund
				lx[w] = old
				return
			}
			lx[w] = vf
		}
		vf := newVerbForm(base, v.frames, rules)
		vf.particleOnly = particleVerbs[base] != nil
		vf.asOnly = k >= len(verbList)+len(recallVerbs)+len(actionVerbs)+len(lexicon4Verbs)
		add(base, vf)
		add(f[1], vf)
		add(f[2], vf)
		vf.participle = true
		add(f[3], vf)
		vf.participle, vf.gerund = false, true
		add(f[4], vf)
	}
	return lx
}

// auxWords may stand between a source and its cue and belong to the cue: "has said", "would later tell".
var auxWords = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "also": true, "later": true,
	"previously": true, "then": true, "again": true, "once": true, "long": true, "never": true, "not": true,
	"did": true, "does": true, "do": true, "didn’t": true, "didn't": true, "doesn't": true, "doesn’t": true,
	"has't": true, "hasn't": true, "hasn’t": true, "haven't": true, "haven’t": true, "had't": true,
	"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "could": true, "can": true,
	"may": true, "might": true, "should": true, "must": true, "shall": true, "already": true, "further": true,
	"earlier": true, "often": true, "still": true, "just": true, "even": true, "recently": true, "first": true,
	"reportedly": true, "publicly": true, "privately": true, "repeatedly": true, "quickly": true,
	"separately": true, "subsequently": true, "initially": true, "originally": true, "always": true,
	"frequently": true, "immediately": true, "only": true, "all": true, "both": true, "had’d": true,
	"having": true, "has’s": true, "'s": true, "’s": true, "’ve": true, "'ve": true, "’d": true, "'d": true, "’ll": true, "'ll": true,
	"now": true, "don't": true, "don’t": true, "won't": true, "won’t": true, "wouldn't": true, "wouldn’t": true,
	"can't": true, "can’t": true, "couldn't": true, "couldn’t": true, "isn't": true, "isn’t": true, "aren't": true,
	"aren’t": true, "wasn't": true, "wasn’t": true, "weren't": true, "weren’t": true, "hadn't": true, "hadn’t": true,
	"shouldn't": true, "shouldn’t": true, "soon": true, // "soon noted": a time adverb kept in the cue like "later" (cues4)
	"since": true, // verbs6: "has since said": the perfect's time adverb, as "later" (13 train statements)
}

// pronouns that can be a whole source.
var pronounWords = map[string]string{
	"he": "he", "she": "she", "it": "it", "they": "they", "we": "we", "i": "i", "you": "you",
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "your": true, "some": true, "many": true,
	"several": true, "two": true, "three": true, "four": true, "one": true, "another": true, "other": true,
	"each": true, "every": true, "most": true, "few": true, "both": true, "all": true, "no": true, "any": true,
	"more": true, "such": true,
}

// possessiveDets open a noun phrase that belongs to someone ("for his plan", "for their delay") and make the word
// after them a noun, not a verb ("its hosts", "his decisions").
var possessiveDets = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true}

// quantifiers can stand alone as a subject ("many say", "several said", "most of them believe"), so a cue
// verb after one is a verb, not a noun after a determiner.
var quantifiers = map[string]bool{
	"many": true, "most": true, "some": true, "several": true, "few": true, "both": true, "all": true,
	"two": true, "three": true, "four": true, "one": true, "each": true, "more": true, "none": true,
	"another": true,
}

// npPreps may join two parts of one noun phrase: "a spokesperson for the Ministry", "officials in Kyiv".
var npPreps = map[string]bool{
	"of": true, "for": true, "at": true, "from": true, "in": true, "with": true, "on": true, "to": true,
}

// notNP are lower-case words that never belong to a source noun phrase; meeting one ends the phrase.
var notNP = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "should": true, "must": true, "do": true, "does": true, "did": true, "not": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "when": true, "while": true,
	"as": true, "after": true, "before": true, "because": true, "if": true, "than": true, "then": true,
	"so": true, "but": true, "or": true, "nor": true, "yet": true, "although": true, "though": true,
	"since": true, "until": true, "where": true, "whether": true, "also": true, "now": true, "however": true,
	"there": true, "here": true, "what": true, "why": true, "how": true, "said": true, "says": true,
	"told": true, "about": true, "by": true, "into": true, "over": true, "under": true, "against": true,
	"during": true, "without": true, "through": true, "between": true, "among": true, "like": true,
	"very": true, "too": true, "just": true, "only": true, "even": true, "still": true, "again": true,
	"and": true, "it": true, "him": true, "them": true, "us": true, "me": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "you": true, "ago": true, "today": true, "yesterday": true,
	"tomorrow": true, "tonight": true, "last": true, "next": true, "week": true, "monday": true,
	"upon": true, "per": true, "around": true, "up": true, "out": true, "off": true, "down": true,
	"across": true, "within": true, "toward": true, "towards": true, "earlier": true, "later": true,
	"once": true, "overnight": true, "instead": true, "already": true, "however,": true,
}

// mediaNames are words that, after "told" or "speaking to", name a medium rather than a person.
var mediaNames = map[string]bool{
	"CNN": true, "BBC": true, "Reuters": true, "AP": true, "AFP": true, "Fox": true, "NBC": true, "CBS": true,
	"ABC": true, "MSNBC": true, "Bloomberg": true, "Politico": true, "Axios": true, "NPR": true, "Sky": true,
	"ITV": true, "Channel": true, "Times": true, "Post": true, "Journal": true, "Guardian": true,
	"Telegraph": true, "Newsweek": true, "Interfax": true, "TASS": true, "RIA": true, "Al": true,
	"Euronews": true, "CNBC": true, "Breitbart": true, "Radio": true, "Ukrainska": true,
	"reporters": true, "journalists": true,
}
