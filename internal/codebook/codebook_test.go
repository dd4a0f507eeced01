package codebook

import (
	"os"
	"strings"
	"testing"
	"time"
)

// seedDay is the seed article's publication date.
var seedDay = time.Date(2025, time.August, 18, 7, 41, 0, 0, time.FixedZone("BST", 3600))

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestResolveActor(t *testing.T) {
	cb := Default()
	for _, tc := range []struct {
		mention string
		at      time.Time
		want    string // actor id, "" for no match
	}{
		// Names, aliases, surnames.
		{"Vladimir Putin", seedDay, "putin"},
		{"Witkoff", seedDay, "witkoff"},
		{"Steve Witkoff", seedDay, "witkoff"},
		{"US envoy Steve Witkoff", seedDay, "witkoff"},
		{"Trump's special envoy", seedDay, "witkoff"},
		{"Trump", seedDay, "trump"},
		{"Trump's", seedDay, "trump"},
		{"TRUMP", seedDay, "trump"},
		{"Mr Trump", seedDay, "trump"},
		{"President Trump", seedDay, "trump"},
		{"Donald J. Trump", seedDay, "trump"},
		{"Melania Trump", seedDay, ""},   // another given name
		{"Donald Trump Jr", seedDay, ""}, // another generation
		{"von der Leyen", seedDay, "von-der-leyen"},
		{"Ursula von der Leyen", seedDay, "von-der-leyen"},
		{"Emmanuel Macron", seedDay, "macron"},
		{"Sergey Lavrov", seedDay, "lavrov"},
		{"Sergei Lavrov", seedDay, "lavrov"},

		// Transliteration variants and titles.
		{"Ukrainian President, Volodymyr Zelenskyy", seedDay, "zelenskyy"},
		{"President Zelensky", seedDay, "zelenskyy"},
		{"Zelenskyi", seedDay, "zelenskyy"},
		{"Volodymyr Zelenskii", seedDay, "zelenskyy"},
		{"Russian President Vladimir Putin", seedDay, "putin"},
		{"President Putin", seedDay, "putin"},
		{"Kremlin spokesman Dmitry Peskov", seedDay, "peskov"},
		{"Putin's spokesman Dmitri Peskov", seedDay, "peskov"},
		{"Nato chief Mark Rutte", seedDay, "rutte"},
		{"German Chancellor Friedrich Merz", seedDay, "merz"},
		{"Secretary of State Marco Rubio", seedDay, "rubio"},
		{"French President Vladimir Putin", seedDay, ""}, // the country contradicts the person
		{"Medvedev", seedDay, "medvedev"},

		// Roles at a date.
		{"the Russian leader", seedDay, "putin"},
		{"The Russian Leader's", seedDay, "putin"},
		{"Russian President", seedDay, "putin"},
		{"the President of Russia", seedDay, "putin"},
		{"Russia's president", seedDay, "putin"},
		{"the Kremlin leader", seedDay, "putin"},
		{"the Russian leader", day("2010-06-01"), "medvedev"},
		{"Russian Prime Minister", day("2010-06-01"), "putin"},
		{"Russian Prime Minister", seedDay, ""}, // Medvedev's term ended in 2020 and nobody else is listed
		{"the US President", seedDay, "trump"},
		{"the US President", day("2024-06-01"), "biden"},
		{"the American president", day("2025-01-20"), "trump"}, // handover day: "to" is exclusive
		{"Dutch Prime Minister", seedDay, ""},                  // Rutte's role ended in 2024
		{"Dutch Prime Minister", day("2020-01-01"), "rutte"},
		{"NATO Secretary-General", seedDay, "rutte"},
		{"Kremlin spokesman", seedDay, "peskov"},
		{"the Russian leader", time.Time{}, "putin"}, // zero date: open-ended roles only
		{"the US President", time.Time{}, "trump"},

		// Metonyms and institutions.
		{"Moscow", seedDay, "russia"},
		{"the Kremlin", seedDay, "russia"},
		{"Kyiv", seedDay, "ukraine"},
		{"Kiev", seedDay, "ukraine"},
		{"the White House", seedDay, "us"},
		{"Washington", seedDay, "us"},
		{"Downing Street", seedDay, "uk"},
		{"the UK Government", seedDay, "uk"},
		{"the British government", seedDay, "uk"},
		{"the Ministry of Defence", seedDay, "uk-mod"},
		{"MoD", seedDay, "uk-mod"},
		{"the Ministry of Defence (MoD)", seedDay, "uk-mod"},
		{"A spokesperson for the Ministry of Defence (MoD)", seedDay, "uk-mod"},
		{"a Ministry of Defence spokesman", seedDay, "uk-mod"},
		{"Britain's Ministry of Defence", seedDay, "uk-mod"},
		{"Russia's Ministry of Defence", seedDay, ""}, // not the British one
		{"Nato", seedDay, "nato"},
		{"the EU", seedDay, "eu"},
		{"the coalition of the willing", seedDay, "coalition-of-the-willing"},

		// Nothing to find.
		{"the government", seedDay, ""},
		{"he", seedDay, ""},
		{"", seedDay, ""},
		{"a spokesman for Putin", seedDay, ""}, // a person's spokesman is not the person
		{"Putin's lawyer", seedDay, ""},
	} {
		a, ok := cb.ResolveActor(tc.mention, tc.at)
		got := ""
		if ok {
			got = a.ID
		}
		if got != tc.want {
			t.Errorf("ResolveActor(%q, %s) = %q, want %q", tc.mention, tc.at.Format(time.DateOnly), got, tc.want)
		}
	}
}

func TestResolveAmbiguousSurname(t *testing.T) {
	cb, err := Parse("two.yaml", []byte(`
actors:
  - {id: bill, name: Bill Clinton, kind: person}
  - {id: hillary, name: Hillary Clinton, kind: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	for mention, want := range map[string]string{"Clinton": "", "Mr Clinton": "", "Hillary Clinton": "hillary", "H. Clinton": "hillary", "Bill Clinton": "bill"} {
		a, ok := cb.ResolveActor(mention, time.Time{})
		got := ""
		if ok {
			got = a.ID
		}
		if got != want {
			t.Errorf("ResolveActor(%q) = %q, want %q", mention, got, want)
		}
	}
}

func TestRoleActiveAt(t *testing.T) {
	r := Role{Title: "x", From: day("2020-01-01"), To: day("2021-01-01")}
	for at, want := range map[string]bool{"2019-12-31": false, "2020-01-01": true, "2020-12-31": true, "2021-01-01": false} {
		if got := r.ActiveAt(day(at)); got != want {
			t.Errorf("ActiveAt(%s) = %v, want %v", at, got, want)
		}
	}
	// The calendar day is taken in at's own location: 23:30 on 31 Dec in New York is still 2020.
	ny := time.FixedZone("EST", -5*3600)
	if !r.ActiveAt(time.Date(2020, 12, 31, 23, 30, 0, 0, ny)) {
		t.Error("role ended early in a western time zone")
	}
	if r.ActiveAt(time.Time{}) || !(Role{From: day("2020-01-01")}).ActiveAt(time.Time{}) {
		t.Error("zero time should mean open-ended roles only")
	}
}

func TestFindIssues(t *testing.T) {
	cb := Default()
	type hit struct{ issue, text string }
	for _, tc := range []struct {
		s    string
		want []hit
	}{
		{`Russian President Vladimir Putin has agreed to "game changing" security guarantees for Ukraine`,
			[]hit{{"security-guarantees", "security guarantees"}}},
		{"during Friday's summit in Alaska", []hit{{"leaders-meeting", "summit"}}},
		{"that Crimea will not be returned to Ukraine, that Ukraine will not join Nato, and that Ukrainian allies will be allowed to offer security guarantees",
			[]hit{{"crimea", "Crimea"}, {"nato-membership", "join Nato"}, {"security-guarantees", "security guarantees"}}},
		{"could offer Article 5-like protection, which is one of the real reasons why Ukraine wants to be in Nato.",
			[]hit{{"security-guarantees", "Article 5-like protection"}, {"nato-membership", "be in Nato"}}},
		{"the idea of European allies putting boots on the ground in Ukraine", []hit{{"foreign-troops", "boots on the ground"}}},
		{"British personnel are ready to arrive in Ukraine just “days” after a scenario where Moscow and Kyiv agree to cease fighting.",
			[]hit{{"foreign-troops", "British personnel"}, {"ceasefire", "cease fighting"}}},
		{"to set up a “Multinational Force Ukraine”, a military plan", []hit{{"foreign-troops", "Multinational Force Ukraine"}}},
		{"a force can deploy in the days following the cessation of hostilities.",
			[]hit{{"foreign-troops", "deploy"}, {"ceasefire", "cessation of hostilities"}}},
		{"will strengthen Ukraine’s path to peace and stability", []hit{{"peace-deal", "path to peace"}}},
		{"before reaching any final agreement", []hit{{"peace-deal", "final agreement"}}},
		{"He is set to meet with Trump today", []hit{{"leaders-meeting", "meet with"}}},

		// Matching rules: case, hyphens, plurals, diacritics, patterns, word boundaries.
		{"A CEASE-FIRE and two ceasefires", []hit{{"ceasefire", "CEASE-FIRE"}, {"ceasefire", "ceasefires"}}},
		{"a security guarantee", []hit{{"security-guarantees", "security guarantee"}}},
		{"troops were deployed; the deployment", []hit{{"foreign-troops", "deployed"}, {"foreign-troops", "deployment"}}},
		{"the Donbas and Luhansk", []hit{{"donbas", "Donbas"}, {"donbas", "Luhansk"}}},
		{"Crimeans, summitry, Article 50", nil},
		{"security, guarantees", nil}, // punctuation breaks a term
		{"Article 5", []hit{{"security-guarantees", "Article 5"}}},
		{"a trilateral meeting", []hit{{"leaders-meeting", "trilateral meeting"}}},
	} {
		var got []hit
		for _, m := range cb.FindIssues(tc.s, 0) {
			got = append(got, hit{m.IssueID, tc.s[m.Span.Start:m.Span.End]})
		}
		if len(got) != len(tc.want) {
			t.Errorf("FindIssues(%q)\n got %v\nwant %v", tc.s, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("FindIssues(%q)\n got %v\nwant %v", tc.s, got, tc.want)
				break
			}
		}
	}
}

func TestFindIssuesBaseAndLongest(t *testing.T) {
	cb, err := Parse("t.yaml", []byte(`
issues:
  - {id: short, label: S, terms: [peace]}
  - {id: long, label: L, terms: [peace deal]}
  - {id: pat, label: P, patterns: ['(?i)\bdeal\b(s)?', 'peace deal talks']}
`))
	if err != nil {
		t.Fatal(err)
	}
	s := "a peace deal, peace, a deal, peace deal talks"
	got := cb.FindIssues(s, 100)
	want := []struct {
		id, text string
	}{{"long", "peace deal"}, {"short", "peace"}, {"pat", "deal"}, {"pat", "peace deal talks"}}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i, m := range got {
		if m.IssueID != want[i].id || s[m.Span.Start-100:m.Span.End-100] != want[i].text {
			t.Errorf("match %d = %s %q, want %s %q", i, m.IssueID, s[m.Span.Start-100:m.Span.End-100], want[i].id, want[i].text)
		}
	}
}

func TestIssuePath(t *testing.T) {
	cb := Default()
	if got := strings.Join(cb.IssuePath("crimea"), ","); got != "crimea,territory" {
		t.Errorf("IssuePath(crimea) = %s", got)
	}
	if got := cb.IssuePath("nope"); got != nil {
		t.Errorf("IssuePath(nope) = %v", got)
	}
}

// TestSeedSpeakers resolves the speakers of the shared gold statements, when present.
func TestSeedSpeakers(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seed/000_ede8f8dea4cc4353.statements.jsonl")
	if err != nil {
		t.Skipf("seed gold not available: %v", err)
	}
	cb := Default()
	want := map[string]string{"Steve Witkoff": "witkoff", "Donald Trump": "trump", "Volodymyr Zelenskyy": "zelenskyy", "Ministry of Defence": "uk-mod"}
	for _, line := range strings.Split(string(b), "\n") {
		for name, id := range want {
			if !strings.Contains(line, `"speaker": "`+name+`"`) {
				continue
			}
			if a, ok := cb.ResolveActor(name, seedDay); !ok || a.ID != id {
				t.Errorf("speaker %q resolved to %v, want %s", name, a, id)
			}
		}
	}
}

func BenchmarkFindIssues(b *testing.B) {
	data, err := os.ReadFile("../../../shared/seed/000_ede8f8dea4cc4353.txt")
	if err != nil {
		data = []byte(strings.Repeat("Putin has agreed to security guarantees and a ceasefire after Friday's summit. ", 40))
	}
	cb := Default()
	s := string(data)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		cb.FindIssues(s, 0)
	}
}

func BenchmarkResolveActor(b *testing.B) {
	cb := Default()
	for b.Loop() {
		cb.ResolveActor("Ukrainian President, Volodymyr Zelenskyy", seedDay)
		cb.ResolveActor("the Russian leader", seedDay)
		cb.ResolveActor("A spokesperson for the Ministry of Defence (MoD)", seedDay)
	}
}
