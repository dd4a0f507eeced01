package codebook

import (
	"reflect"
	"strings"
	"testing"
)

func TestNameKey(t *testing.T) {
	for _, tc := range []struct {
		names []string
		key   string
	}{
		{[]string{"Zelensky", "Zelenskiy", "Zelenskyy", "Zelenskyi", "Zelenskii", "Volodymyr Zelenskyy",
			"President Zelensky", "Ukrainian President, Volodymyr Zelenskyy", "ZELENSKY", "Zelensky's"}, "zelensky"},
		{[]string{"Peskov", "Dmitry Peskov", "Dmitri Peskoff", "Kremlin spokesman Dmitry Peskov"}, "peskov"},
		{[]string{"Sergei Lavrov", "Sergey Lavrov", "Foreign Minister Lavrov"}, "lavrov"},
		{[]string{"Ursula von der Leyen", "von der Leyen", "Von der Leyen"}, "vonderleyen"},
		{[]string{"Mr Trump", "Donald Trump", "Donald J. Trump", "Sen. Trump", "Dr. Trump"}, "trump"},
		{[]string{"Donald Trump Jr", "Donald Trump Jr."}, "trump jr"},
		{[]string{"Mikhail Khodorkovsky", "Mihail Hodorkovsky"}, "hodorkovsky"},
		{[]string{"Andriy Yermak", "Andrii Ermak"}, "ermak"},
		{[]string{"Emmanuel Macron", "Emmanuel Macron MP"}, "macron"},
		{[]string{"Recep Tayyip Erdoğan", "Erdogan"}, "erdogan"},
		{[]string{"Bashar al-Assad", "Assad", "al-Assad"}, "asad"}, // "al" inside a name is dropped...
		{[]string{"Al Gore", "Gore"}, "gore"},                      // ...but "Al" first is a given name
		// Same surname, different people: the key is only a blocking key (see Registry).
		{[]string{"Bill Clinton", "Hillary Clinton"}, "clinton"},
		// Organisations keep their whole name.
		{[]string{"the Ministry of Defence", "Ministry of Defence (MoD)"}, "ministry of defence"},
		{[]string{"Institute for the Study of War"}, "institute for the study of war"},
		{[]string{"", "   ", "!!!"}, ""},
	} {
		for _, n := range tc.names {
			if got := NameKey(n); got != tc.key {
				t.Errorf("NameKey(%q) = %q, want %q", n, got, tc.key)
			}
		}
	}
	// Different surnames stay apart.
	for _, pair := range [][2]string{{"Zelensky", "Zelenko"}, {"Peskov", "Pesko"}, {"Ministry of Defence", "Department of Defense"}} {
		if NameKey(pair[0]) == NameKey(pair[1]) {
			t.Errorf("%q and %q share key %q", pair[0], pair[1], NameKey(pair[0]))
		}
	}
}

func TestRegistry(t *testing.T) {
	var r Registry
	steps := []struct{ name, id string }{
		{"Zelensky", "auto-zelensky"},            // surname first
		{"Volodymyr Zelenskyy", "auto-zelensky"}, // fills in the given name, keeps the id
		{"President Zelenskiy", "auto-zelensky"},
		{"Bill Clinton", "auto-bill-clinton"},
		{"Hillary Clinton", "auto-hillary-clinton"}, // same surname, another given name
		{"Clinton", "auto-hillary-clinton"},         // surname alone: the most recent Clinton
		{"Bill Clinton", "auto-bill-clinton"},
		{"Mrs Clinton", "auto-bill-clinton"},   // titles do not carry gender: still the most recent
		{"H. Clinton", "auto-hillary-clinton"}, // an initial picks the matching given name
		{"the Institute for the Study of War", "auto-institute-for-the-study-of-war"},
		{"Institute for the Study of War", "auto-institute-for-the-study-of-war"},
		{"Institute of War", "auto-institute-of-war"},
		{"Bashar al-Assad", "auto-bashar-al-assad"},
		{"al-Assad", "auto-bashar-al-assad"}, // a particle, not a given name
		{"Donald Trump Jr", "auto-donald-trump-jr"},
		{"Donald Trump", "auto-donald-trump"},
		{"???", ""},
	}
	for i, s := range steps {
		if got := r.Add(s.name); got != s.id {
			t.Errorf("step %d: Add(%q) = %q, want %q", i, s.name, got, s.id)
		}
	}
	if id, ok := r.Lookup("Zelenskyy"); !ok || id != "auto-zelensky" {
		t.Errorf("Lookup(Zelenskyy) = %q, %v", id, ok)
	}
	if _, ok := r.Lookup("Joe Biden"); ok {
		t.Error("Lookup of a new name reported ok")
	}
	if _, ok := r.Lookup("Joe Biden"); ok {
		t.Error("Lookup recorded the name")
	}
	ps := r.Speakers()
	if len(ps) != 8 {
		t.Fatalf("got %d speakers: %+v", len(ps), ps)
	}
	z := ps[0]
	if z.Name != "Volodymyr Zelenskyy" || z.Mentions != 3 ||
		!reflect.DeepEqual(z.Variants, []string{"Zelensky", "Volodymyr Zelenskyy", "President Zelenskiy"}) {
		t.Errorf("Zelenskyy entry = %+v", z)
	}
	// The same names in the same order give the same ids.
	var again Registry
	for i, s := range steps {
		if got := again.Add(s.name); got != s.id {
			t.Errorf("second run step %d: Add(%q) = %q, want %q", i, s.name, got, s.id)
		}
	}
}

func TestRegistryIDClash(t *testing.T) {
	var r Registry
	a := r.Add("Smith")     // auto-smith, no given name
	b := r.Add("Ann Smith") // fills in auto-smith
	c := r.Add("Bob Smith") // another person
	d := r.Add("Zed Smith")
	if a != "auto-smith" || b != a || c != "auto-bob-smith" || d != "auto-zed-smith" {
		t.Errorf("ids %q %q %q %q", a, b, c, d)
	}
	var r2 Registry
	x := r2.Add("Smith")
	y := r2.Add("Jr Smith Jr") // suffix differs from the surname-only entry: a new person
	if x == y || !strings.HasPrefix(y, "auto-") {
		t.Errorf("ids %q %q", x, y)
	}
}

func TestSuggest(t *testing.T) {
	cb := Default()
	texts := []string{
		"Andriy Yermak said the Energy Charter was discussed. Energy infrastructure was hit. Security guarantees matter.",
		"Yermak added that Energy Charter talks would resume, and energy infrastructure needs repair. The Ministry of Defence agreed.",
		"Putin spoke. The Energy Charter was also raised by the Kremlin, which said energy infrastructure is a target.",
	}
	speakers := []SpeakerCount{
		{"Andriy Yermak", 3}, {"Yermak", 2}, {"Andrii Yermak", 1}, // one unknown person, three spellings
		{"Steve Witkoff", 9}, {"Witkoff", 4}, // known
		{"Kaja Kallas", 1}, // too rare
	}
	got := Suggest(cb, speakers, texts, SuggestOptions{At: seedDay})
	if len(got.Speakers) != 1 || got.Speakers[0].Text != "Andriy Yermak" || got.Speakers[0].Count != 6 {
		t.Errorf("speakers = %+v", got.Speakers)
	} else if !reflect.DeepEqual(got.Speakers[0].Variants, []string{"Yermak", "Andrii Yermak"}) {
		t.Errorf("variants = %v", got.Speakers[0].Variants)
	}
	terms := map[string]int{}
	for _, s := range got.Terms {
		terms[s.Kind+":"+s.Text] = s.Count
	}
	for _, want := range []string{"phrase:Energy Charter", "bigram:energy infrastructure"} {
		if terms[want] != 3 {
			t.Errorf("term %q count %d, want 3; terms %v", want, terms[want], terms)
		}
	}
	for term := range terms {
		for _, bad := range []string{"Security", "guarantees", "Ministry", "Kremlin", "Putin"} {
			if strings.Contains(term, bad) {
				t.Errorf("suggested %q, which the codebook already covers", term)
			}
		}
	}
	if len(got.Terms) > 0 && got.Terms[0].Count < got.Terms[len(got.Terms)-1].Count {
		t.Error("terms not sorted by count")
	}
	few := Suggest(cb, speakers, texts, SuggestOptions{At: seedDay, MinCount: 1, Limit: 1})
	if len(few.Speakers) != 1 || len(few.Terms) != 1 {
		t.Errorf("limit 1 gave %d speakers, %d terms", len(few.Speakers), len(few.Terms))
	}
}
