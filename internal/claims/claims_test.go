package claims_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
)

const seedPath = "../../../shared/seed/000_ede8f8dea4cc4353.txt"

// pipeline runs the whole analysis with the claims stage against cb.
func pipeline(cb *codebook.Codebook) *analyze.Pipeline {
	return analyze.NewWith(analyze.Config{Claims: claims.New(cb)})
}

func readDoc(t testing.TB, path string) *ingest.Document {
	t.Helper()
	doc, err := ingest.ReadFile(context.Background(), path, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// published is the seed's publication time.
var published = time.Date(2025, 8, 18, 7, 41, 0, 0, time.FixedZone("BST", 3600))

// docOf builds a document from a body, published on the seed's date, with an outlet.
func docOf(body string) *ingest.Document {
	return &ingest.Document{Name: "t", Raw: body, Published: published, Outlet: "Test Wire"}
}

// view is what the tests compare of a claim.
type view struct {
	text     string // the evidence contains this
	actor    string // actor id, "" for none
	event    claims.Event
	issue    string // issue id, "" for none
	polarity claims.Polarity
	mode     claims.Mode
	claimant string // claimant name
}

func viewOf(doc *ingest.Document, c claims.Claim) view {
	v := view{text: doc.Raw[c.Evidence.Start:c.Evidence.End], event: c.Event, polarity: c.Polarity, mode: c.Mode, claimant: c.Claimant.Name}
	if c.Actor != nil {
		v.actor = c.Actor.ID
	}
	if c.Issue != nil {
		v.issue = c.Issue.ID
	}
	return v
}

// find returns the claims whose evidence contains text and whose actor, event and issue are as given.
func find(doc *ingest.Document, cs []claims.Claim, text, actor string, event claims.Event, issue string) []claims.Claim {
	var out []claims.Claim
	for _, c := range cs {
		v := viewOf(doc, c)
		if strings.Contains(v.text, text) && v.actor == actor && v.event == event && v.issue == issue {
			out = append(out, c)
		}
	}
	return out
}

func dump(t *testing.T, doc *ingest.Document, cs []claims.Claim) {
	t.Helper()
	for _, c := range cs {
		t.Logf("%+v (%s)", viewOf(doc, c), c.Rule)
	}
}

// TestSeedAcceptance is issue 4's acceptance on the shared seed article.
func TestSeedAcceptance(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("seed article not found beside the repo: %v", err)
	}
	doc := readDoc(t, seedPath)
	if !doc.Published.Equal(published) {
		t.Fatalf("seed published %v, want %v", doc.Published, published)
	}
	res := pipeline(codebook.Default()).Document(doc)
	cs := res.Claims
	one := func(what, text, actor string, event claims.Event, issue string) claims.Claim {
		t.Helper()
		got := find(doc, cs, text, actor, event, issue)
		if len(got) != 1 {
			dump(t, doc, cs)
			t.Fatalf("%s: %d claims of %s %s %s in %q, want 1", what, len(got), actor, event, issue, text)
		}
		return got[0]
	}
	check := func(what string, c claims.Claim, pol claims.Polarity, mode claims.Mode, claimant string) {
		t.Helper()
		if c.Polarity != pol || (mode != "" && c.Mode != mode) || c.Claimant.Name != claimant {
			t.Errorf("%s: polarity %s mode %s claimant %q, want %s %s %q (%s)", what, c.Polarity, c.Mode, c.Claimant.Name, pol, mode, claimant, c.Rule)
		}
		if !c.Evidence.Contains(c.Trigger) {
			t.Errorf("%s: trigger %v outside evidence %v", what, c.Trigger, c.Evidence)
		}
	}

	c := one("Putin agrees to security guarantees", "has agreed to", "putin", claims.Agree, "security-guarantees")
	check("Putin agrees", c, claims.Positive, claims.Asserted, "Steve Witkoff")
	if c.When.ISO() != "2025-08-15" || c.When.Source != claims.WhenAnchor {
		t.Errorf("Putin agrees: when %s from %s, want 2025-08-15 from the summit mention (%s)", c.When.ISO(), c.When.Source, c.Explain)
	}
	if c.Claimant.Actor == nil || c.Claimant.Actor.ID != "witkoff" || c.Claimant.Kind != claims.ClaimantSpeaker {
		t.Errorf("Putin agrees: claimant %+v", c.Claimant)
	}

	c = one("Ukraine will not join NATO", "Ukraine will not join Nato", "ukraine", claims.Cooperate, "nato-membership")
	check("Ukraine joining NATO", c, claims.Negative, claims.Future, "Steve Witkoff")

	c = one("Crimea not returned", "Crimea will not be returned", "", claims.Concede, "crimea")
	check("Crimea returned", c, claims.Negative, claims.Future, "Steve Witkoff")
	if c.Target == nil || c.Target.ID != "ukraine" {
		t.Errorf("Crimea returned: target %+v, want ukraine", c.Target)
	}

	c = one("US offers Article 5-like protection", "Article 5-like protection", "us", claims.Assure, "security-guarantees")
	check("US assures", c, claims.Positive, "", "Steve Witkoff")

	// "agree to that" takes the issue of the point Witkoff made just before.
	c = one("Russians agree to that", "heard the Russians agree", "russia", claims.Agree, "security-guarantees")
	check("Russians agree", c, claims.Positive, claims.Asserted, "Steve Witkoff")

	c = one("Putin rejects foreign troops", "has long rejected", "putin", claims.Reject, "foreign-troops")
	check("Putin rejects", c, claims.Positive, claims.Historical, "000_ede8f8dea4cc4353")
	if c.Statement != -1 || c.Claimant.Kind != claims.ClaimantDocument {
		t.Errorf("Putin rejects: statement %d, claimant %+v; want narration by the document", c.Statement, c.Claimant)
	}

	c = one("Zelenskyy wants NATO", "his preference to join Nato", "zelenskyy", claims.Request, "nato-membership")
	check("Zelenskyy wants NATO", c, claims.Positive, claims.Asserted, "Volodymyr Zelenskyy")

	c = one("Zelenskyy meets Trump", "set to meet with Trump", "zelenskyy", claims.Consult, "leaders-meeting")
	check("meeting", c, claims.Positive, claims.Future, "000_ede8f8dea4cc4353")
	if c.When.ISO() != "2025-08-18" || c.When.Source != claims.WhenText || c.Target == nil || c.Target.ID != "trump" || c.Where != "Washington DC" {
		t.Errorf("meeting: when %s (%s), target %+v, where %q", c.When.ISO(), c.When.Source, c.Target, c.Where)
	}

	c = one("UK ready to deploy", "British personnel are ready", "uk", claims.Assure, "foreign-troops")
	check("UK ready", c, claims.Positive, "", "UK Ministry of Defence")

	// Every statement's speaker the codebook knows resolves to its actor.
	for i, st := range res.Statements {
		if st.Speaker == "Steve Witkoff" && (res.Speakers[i] == nil || res.Speakers[i].ID != "witkoff") {
			t.Errorf("statement %d by %s resolved to %+v", i, st.Speaker, res.Speakers[i])
		}
	}
	checkInvariants(t, doc, res.Statements, cs)
}

// checkInvariants are what every claim must satisfy whatever the input.
func checkInvariants(t testing.TB, doc *ingest.Document, stmts []attrib.Statement, cs []claims.Claim) {
	t.Helper()
	for i, c := range cs {
		for _, sp := range []struct {
			name  string
			start int
			end   int
		}{{"evidence", c.Evidence.Start, c.Evidence.End}, {"trigger", c.Trigger.Start, c.Trigger.End}} {
			if sp.start < doc.BodyStart || sp.end < sp.start || sp.end > len(doc.Raw) {
				t.Fatalf("claim %d: %s [%d,%d) outside body [%d,%d)", i, sp.name, sp.start, sp.end, doc.BodyStart, len(doc.Raw))
			}
		}
		if c.Trigger.Empty() {
			t.Errorf("claim %d: empty trigger", i)
		}
		if _, err := claims.ParseEvent(string(c.Event)); err != nil {
			t.Errorf("claim %d: %v", i, err)
		}
		if c.Polarity != claims.Positive && c.Polarity != claims.Negative {
			t.Errorf("claim %d: polarity %q", i, c.Polarity)
		}
		if !slices.Contains(claims.Modes, c.Mode) {
			t.Errorf("claim %d: mode %q", i, c.Mode)
		}
		if c.Claimant.Name == "" {
			t.Errorf("claim %d: no claimant", i)
		}
		if c.Statement < -1 || c.Statement >= len(stmts) {
			t.Errorf("claim %d: statement %d of %d", i, c.Statement, len(stmts))
		}
		if c.Actor == nil && c.Issue == nil {
			t.Errorf("claim %d: neither actor nor issue", i)
		}
		if c.Rule == "" {
			t.Errorf("claim %d: no rule", i)
		}
		if !doc.Published.IsZero() && c.When.Zero() {
			t.Errorf("claim %d: no time though the document is dated", i)
		}
	}
}

// TestRules checks the event, polarity, mode, actor and issue rules one construction at a time.
func TestRules(t *testing.T) {
	p := pipeline(codebook.Default())
	for _, tc := range []struct {
		name, body string
		want       view
	}{
		{"agree verb", "Russia has agreed to a ceasefire.", view{"agreed", "russia", claims.Agree, "ceasefire", "+", claims.Asserted, "Test Wire"}},
		{"accept, never, will", "Russia will never accept foreign troops in Ukraine.", view{"accept", "russia", claims.Agree, "foreign-troops", "-", claims.Future, "Test Wire"}},
		{"refused to", "Ukraine refused to sign the peace deal.", view{"sign", "ukraine", claims.Agree, "peace-deal", "-", claims.Negated, "Test Wire"}},
		{"reject, historical", "Kyiv has long rejected territorial concessions.", view{"rejected", "ukraine", claims.Reject, "territory", "+", claims.Historical, "Test Wire"}},
		{"had previously", "Moscow had previously rejected a ceasefire.", view{"rejected", "russia", claims.Reject, "ceasefire", "+", claims.Historical, "Test Wire"}},
		{"not rule out", "Putin did not rule out a summit.", view{"rule", "putin", claims.Reject, "leaders-meeting", "-", claims.Negated, "Test Wire"}},
		{"call for", "Zelensky called for a ceasefire.", view{"called", "zelenskyy", claims.Request, "ceasefire", "+", claims.Asserted, "Test Wire"}},
		{"demand noun, possessor", "Russia's demand for sanctions relief angered Kyiv.", view{"demand", "russia", claims.Request, "sanctions", "+", claims.Asserted, "Test Wire"}},
		{"offer noun, light verb", "Moscow made an offer to swap territory.", view{"offer", "russia", claims.Assure, "territory", "+", claims.Asserted, "Test Wire"}},
		{"no agreement", "Trump and Putin reached no agreement on a ceasefire.", view{"agreement", "trump", claims.Agree, "ceasefire", "-", claims.Negated, "Test Wire"}},
		{"could", "Russia could withdraw from Donbas.", view{"withdraw", "russia", claims.Concede, "donbas", "+", claims.Hypothetical, "Test Wire"}},
		{"if clause", "If Russia agrees to a ceasefire, talks will follow.", view{"agrees", "russia", claims.Agree, "ceasefire", "+", claims.Hypothetical, "Test Wire"}},
		{"set to", "Zelensky is set to meet with Trump.", view{"meet", "zelenskyy", claims.Consult, "leaders-meeting", "+", claims.Future, "Test Wire"}},
		{"plans to", "Britain plans to deploy peacekeepers.", view{"", "", "", "", "", "", ""}},
		{"passive, agentless", "Crimea will not be returned to Ukraine.", view{"returned", "", claims.Concede, "crimea", "-", claims.Future, "Test Wire"}},
		{"passive with agent", "The ceasefire was rejected by Moscow.", view{"rejected", "russia", claims.Reject, "ceasefire", "+", claims.Asserted, "Test Wire"}},
		{"coordination", "Britain and France offered security guarantees.", view{"offered", "uk", claims.Assure, "security-guarantees", "+", claims.Asserted, "Test Wire"}},
		{"country adjective", "Russian negotiators accepted the peace plan.", view{"accepted", "russia", claims.Agree, "peace-deal", "+", claims.Asserted, "Test Wire"}},
		{"support", "Starmer backed the peace plan.", view{"backed", "starmer", claims.Support, "peace-deal", "+", claims.Asserted, "Test Wire"}},
		{"accuse", "The Kremlin accused Kyiv of sabotaging the peace talks.", view{"accused", "russia", claims.Accuse, "peace-deal", "+", claims.Asserted, "Test Wire"}},
		{"threaten", "Trump threatened Russia with secondary sanctions.", view{"threatened", "trump", claims.Threaten, "sanctions", "+", claims.Asserted, "Test Wire"}},
		{"quoted we", `"We will not give up Crimea," Zelensky said.`, view{"give", "ukraine", claims.Concede, "crimea", "-", claims.Future, "Volodymyr Zelenskyy"}},
		{"reported would is future", "Lavrov said Russia would accept a ceasefire.", view{"accept", "russia", claims.Agree, "ceasefire", "+", claims.Future, "Sergei Lavrov"}},
		{"denial flips", "Peskov denied that Russia had agreed to a ceasefire.", view{"agreed", "russia", claims.Agree, "ceasefire", "-", claims.Negated, "Dmitry Peskov"}},
		{"denier rejects", "Peskov denied that Russia had agreed to a ceasefire.", view{"denied", "peskov", claims.Reject, "", "+", claims.Asserted, "Test Wire"}},
		{"join", "Ukraine will not join Nato.", view{"join", "ukraine", claims.Cooperate, "nato-membership", "-", claims.Future, "Test Wire"}},
		{"ready to", "British troops are ready to deploy after a ceasefire.", view{"ready", "uk", claims.Assure, "foreign-troops", "+", claims.Asserted, "Test Wire"}},
		{"governed verb yields", "Russia agreed to offer security guarantees.", view{"agreed", "russia", claims.Agree, "security-guarantees", "+", claims.Asserted, "Test Wire"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := docOf(tc.body)
			res := p.Document(doc)
			var got []view
			for _, c := range res.Claims {
				v := viewOf(doc, c)
				if tc.want.text != "" && doc.Raw[c.Trigger.Start:c.Trigger.End] != tc.want.text {
					continue
				}
				v.text = doc.Raw[c.Trigger.Start:c.Trigger.End]
				got = append(got, v)
			}
			checkInvariants(t, doc, res.Statements, res.Claims)
			if tc.want.text == "" {
				if len(res.Claims) != 0 {
					dump(t, doc, res.Claims)
					t.Errorf("%d claims, want none", len(res.Claims))
				}
				return
			}
			if !slices.Contains(got, tc.want) {
				dump(t, doc, res.Claims)
				t.Errorf("no claim %+v", tc.want)
			}
		})
	}
}

// TestNoCodebook: without a codebook there are no issues, and actors are made from names, with spellings of
// one name merged.
func TestNoCodebook(t *testing.T) {
	doc := docOf("Volodymyr Zelenskyy has agreed to a ceasefire, an aide said.\nZelenskiy later rejected the plan, officials said.\n" +
		"He will meet with Erdogan on Friday.")
	res := pipeline(nil).Document(doc)
	checkInvariants(t, doc, res.Statements, res.Claims)
	ids := map[string]bool{}
	for _, c := range res.Claims {
		if c.Issue != nil {
			t.Errorf("claim with issue %+v without a codebook", c.Issue)
		}
		if c.Actor != nil {
			ids[c.Actor.ID] = true
			if c.Actor.Codebook || !strings.HasPrefix(c.Actor.ID, "auto-") {
				t.Errorf("actor %+v is not automatic", c.Actor)
			}
		}
	}
	if !ids["auto-volodymyr-zelenskyy"] || len(ids) != 1 {
		dump(t, doc, res.Claims)
		t.Errorf("actors %v, want only auto-volodymyr-zelenskyy", ids)
	}
	if len(res.Claims) < 3 {
		dump(t, doc, res.Claims)
		t.Errorf("%d claims, want 3", len(res.Claims))
	}
}

// TestContested: an envoy says Russia agreed; the Kremlin's spokesman denies it. The claims about Russia
// agreeing to a ceasefire contradict each other.
func TestContested(t *testing.T) {
	p := pipeline(codebook.Default())
	var facts []claims.Fact
	var who []string
	for i, name := range []string{"envoy.txt", "kremlin.txt"} {
		doc := readDoc(t, filepath.Join("testdata", "contested", name))
		res := p.Document(doc)
		checkInvariants(t, doc, res.Statements, res.Claims)
		for _, c := range res.Claims {
			f := claims.Fact{Event: c.Event, Polarity: c.Polarity, Mode: c.Mode, Claimant: c.Claimant.Name, Source: int64(i)}
			if c.Actor != nil {
				f.Actor = c.Actor.ID
			}
			if c.Issue != nil {
				f.Issue = c.Issue.ID
			}
			facts = append(facts, f)
			who = append(who, c.Claimant.Name+" "+string(c.Polarity)+" "+f.Actor+" "+string(f.Event)+" "+f.Issue)
		}
	}
	rel := claims.Relate(facts)
	var witkoff, peskov int
	for i := range facts {
		if len(rel.Contradicts[i]) == 0 {
			continue
		}
		if facts[i].Actor != "russia" || facts[i].Event != claims.Agree || facts[i].Issue != "ceasefire" {
			t.Errorf("unexpected contradiction on %s", who[i])
		}
		switch facts[i].Claimant {
		case "Steve Witkoff":
			witkoff++
			if facts[i].Polarity != claims.Positive {
				t.Errorf("Witkoff's claim has polarity %s", facts[i].Polarity)
			}
		case "Dmitry Peskov":
			peskov++
			if facts[i].Polarity != claims.Negative {
				t.Errorf("Peskov's claim has polarity %s", facts[i].Polarity)
			}
		}
	}
	if witkoff != 1 || peskov < 1 {
		t.Errorf("contested: %d of Witkoff's and %d of Peskov's claims; claims: %q", witkoff, peskov, who)
	}
}

// FuzzExtract: whatever the text, extraction does not panic and its claims keep the invariants.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Russia has agreed to a ceasefire, US envoy Steve Witkoff said.",
		`"We will never give up Crimea," Zelensky said. He refused to meet Putin.`,
		"Peskov denied that Russia had agreed. Britain and France offered security guarantees to Ukraine.",
		"If Moscow and Kyiv agree to cease fighting, it could hold. Russia's demand was rejected by the US.",
		"He is set to meet with Trump today in Washington DC. “Agreements” that Trump had claimed.",
		"", "and that", "Russia's's agreed to to to", "“He said: “", "refused to refused to",
	} {
		f.Add(s)
	}
	p := pipeline(codebook.Default())
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4000 {
			return
		}
		doc, err := ingest.Parse("fuzz", "fuzz.txt", []byte(s))
		if err != nil {
			return // refused input: ingest's job
		}
		res := p.Document(doc)
		checkInvariants(t, doc, res.Statements, res.Claims)
	})
}

func BenchmarkExtract(b *testing.B) {
	path := seedPath
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join("testdata", "contested", "envoy.txt")
	}
	doc := readDoc(b, path)
	a := analyze.New(attrib.Options{}).Document(doc)
	x := claims.New(codebook.Default())
	b.SetBytes(int64(len(doc.Raw)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(doc, a.Layer, a.Statements)
	}
}
