package attrib

import (
	"strings"
	"testing"
	"unicode"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Every gate answers as its table for each of the table's words and for each word of the other tables.
func TestWordGatesAgreeWithTables(t *testing.T) {
	gates := map[string]struct {
		g *wordset.Gate[bool]
		m map[string]bool
	}{
		"loneDets": {gLoneDets, loneDets}, "approximators": {gApproximators, approximators},
		"afterCueAdverbs": {gAfterCueAdverbs, afterCueAdverbs}, "doAux": {gDoAux, doAux},
		"cuePreps": {gCuePreps, cuePreps}, "settingWords": {gSettingWords, settingWords},
		"findingLemmas": {gFindingLemmas, findingLemmas}, "thatPreps": {gThatPreps, thatPreps},
		"raisingLemmas": {gRaisingLemmas, raisingLemmas}, "publishVerbs": {gPublishVerbs, publishVerbs},
		"lightVerbs": {gLightVerbs, lightVerbs}, "degreeWords": {gDegreeWords, degreeWords},
		"negatedBe": {gNegatedBe, negatedBe}, "mediaNames": {gMediaNames, mediaNames},
		"timeWords": {gTimeWords, timeWords}, "objectPronouns": {gObjectPronouns, objectPronouns},
		"subjectPronouns": {gSubjectPronouns, subjectPronouns}, "socialMedia": {gSocialMedia, socialMedia},
		"singularDets": {gSingularDets, singularDets}, "articles": {gArticles, articles},
		"mediumNouns": {gMediumNouns, mediumNouns}, "possessiveDets": {gPossessiveDets, possessiveDets},
		"lyNouns": {gLyNouns, lyNouns}, "bareNouns": {gBareNouns, bareNouns},
	}
	var words []string
	for _, x := range gates {
		for w := range x.m {
			words = append(words, w)
		}
	}
	words = append(words, "Strike", "walkout", "council", "", "x")
	for name, x := range gates {
		for _, w := range words {
			if wordset.Has(x.g, w) != x.m[w] {
				t.Errorf("%s: gate says %v for %q, the table %v", name, wordset.Has(x.g, w), w, x.m[w])
			}
		}
	}
	for _, w := range words {
		v, ok := gBareNouns.Lookup(w)
		if v0, ok0 := bareNouns[w]; v != v0 || ok != ok0 {
			t.Errorf("bareNouns: gate says %v, %v for %q, the table %v, %v", v, ok, w, v0, ok0)
		}
		if len(gIdioms.Get(w)) != len(idioms[w]) {
			t.Errorf("idioms: gate has %d idioms for %q, the table %d", len(gIdioms.Get(w)), w, len(idioms[w]))
		}
	}
	for lemma, p := range idleParticles {
		if p == "" || gIdleParticles.Get(lemma) != p {
			t.Errorf("idleParticles[%q] = %q: the gate needs a particle that is not empty", lemma, p)
		}
	}
}

// capWords sets bit i%64 of word i/64 for each token i with cCap, across word boundaries and in a last
// word that is only partly used; other classes and bits set beside cCap change nothing.
func TestCapWordsBits(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 65, 130} {
		info := make([]tokInfo, n)
		for i := range info {
			if i%3 == 0 || i%7 == 5 {
				info[i] |= tokInfo(cCap)
			}
			info[i] |= tokInfo(cComma) | packInfo(0, 1, sWeekday)
		}
		caps := capWords(info, nil)
		if len(caps) != (n+63)/64 {
			t.Fatalf("%d tokens: %d words, want %d", n, len(caps), (n+63)/64)
		}
		for i := range n {
			want := i%3 == 0 || i%7 == 5
			if got := caps[i/64]>>(i%64)&1 != 0; got != want {
				t.Errorf("%d tokens: bit %d is %v, want %v", n, i, got, want)
			}
		}
		if n%64 != 0 && caps[len(caps)-1]>>(n%64) != 0 {
			t.Errorf("%d tokens: bits set past the last token", n)
		}
	}
}

func TestHasLower(t *testing.T) {
	for _, w := range []string{"", "OSLO", "Oslo", "UNION-LED", "A1", "ÉTAT", "État", "ÉTAt", "\u212AELVIN", "MÜNCHEN",
		"münchen", "ΑΘΗΝΑ", "Αθήνα", "(AFP)", "ok"} {
		if got, want := hasLower(w), strings.ContainsFunc(w, unicode.IsLower); got != want {
			t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
		}
	}
}

// A word's lower case is strings.ToLower's, whether lowerIsASCIIFold lets it skip that call or not, and
// the index reads it as before.
func TestLowerOfNonASCIIWords(t *testing.T) {
	for _, c := range []struct {
		w    string
		fold bool
	}{
		{"don’t", true}, {"Union’s", true}, {"CAFÉ", false}, {"café", true}, {"\u212Anow", false},
		{"Said’", true}, {"Dock\xffers", false}, {"Sa\uFFFDid", false}, {"İstanbul", false},
	} {
		if got := lowerIsASCIIFold(c.w); got != c.fold {
			t.Errorf("lowerIsASCIIFold(%q) = %v, want %v", c.w, got, c.fold)
		}
	}
	x := New(Options{})
	l := text.Analyze("The Union’s chief said they don’t back the CAFÉ owners’ strike, and \u212Anow SAID’ nothing.", 0)
	r := x.newRun(l)
	defer x.release(r)
	for i, tk := range l.Tokens {
		if tk.Kind != text.Word {
			continue
		}
		if want := strings.ToLower(l.TokenText(i)); r.lower[i] != want {
			t.Errorf("token %q: lower %q, want %q", l.TokenText(i), r.lower[i], want)
		}
		if k := x.ix.find(strings.ToLower(l.TokenText(i))); k != 0 && r.info[i].class() != x.ix.entries[k].info.class()|r.info[i].class()&cCap {
			t.Errorf("token %q: classes %b, the index's %b", l.TokenText(i), r.info[i].class(), x.ix.entries[k].info.class())
		}
	}
}

// copularCue skips sentences with no "is"/"was" or no noun for it, and must still find one whose noun is in
// copularNouns alone (the set bit sCopularNoun), not a cue noun or attitude.
func TestCopularCueGate(t *testing.T) {
	x := New(Options{})
	for _, c := range []struct {
		text, cue string // cue is "" when no copular-cue statement is wanted
	}{
		{"Her takeaway was that the depot stays open until March.", "takeaway was"},
		{"The council's mantra is that every ferry runs on time.", "mantra is"},
		{"The ferry was late because the crew struck on Monday.", ""},
		{"The dockers walked out at noon.", ""},
	} {
		l := text.Analyze(c.text, 0)
		r := x.newRun(l)
		for i := range l.Tokens {
			if w := r.low(i); (w == "takeaway" || w == "mantra") && (!r.in(i, sCopularNoun) || r.is(i, cCueNoun|cAttitude)) {
				t.Errorf("%q: %q should carry sCopularNoun and no cue-noun class", c.text, w)
			}
		}
		x.release(r)
		got := ""
		for _, st := range x.Extract(l) {
			if st.Rule == "copular-cue" && st.Cue != nil {
				got = c.text[st.Cue.Start:st.Cue.End]
			}
		}
		if got != c.cue {
			t.Errorf("%q: copular cue %q, want %q", c.text, got, c.cue)
		}
	}
}
