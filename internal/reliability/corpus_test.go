package reliability

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Pieces of the generated articles: speakers the codebook knows and some it does not, places, and what is said
// about the issues it tracks, so that documents yield statements, actors and claims as real reports do.
var (
	speakers = []string{
		"Vladimir Putin", "Volodymyr Zelenskyy", "Donald Trump", "Steve Witkoff", "Marco Rubio", "Sergei Lavrov",
		"Dmitry Peskov", "Keir Starmer", "Emmanuel Macron", "Friedrich Merz", "Ursula von der Leyen", "Mark Rutte",
		"A Kremlin spokesman", "A senior Ukrainian official", "Maria Lindqvist", "Budi Santoso", "Olena Kovalenko",
	}
	places = []string{"Kyiv", "Moscow", "Washington", "Brussels", "Geneva", "Istanbul", "Riyadh", "London", "Paris", "Berlin"}
	// What is said is built from a subject, an action on an issue and a qualifier, with numbers in between,
	// so that documents share few five-word runs and only the wire copies cluster.
	subjects = []string{"Russia", "Ukraine", "the United States", "Moscow", "Kyiv", "the European Union", "Nato",
		"the Kremlin", "Britain", "France", "the coalition of the willing", "Washington"}
	actions = []string{
		"would agree to a ceasefire along the current front line",
		"will not accept any territorial concessions in the Donbas",
		"could offer security guarantees modelled on Article 5",
		"wants sanctions to stay in place until a peace deal is signed",
		"rejected Nato membership for Ukraine",
		"could deploy troops to Ukraine after a ceasefire",
		"demanded that Crimea be recognised as Russian",
		"proposed a meeting of the leaders",
		"offered an exchange of prisoners",
		"refused to discuss the Zaporizhzhia nuclear plant",
		"asked for a pause in strikes on energy infrastructure",
		"called for talks without preconditions",
	}
	qualifiers = []string{"within %d days", "before the summit on %d September", "if %d conditions are met",
		"according to a %d-page draft", "after %d hours of talks", "by the end of week %d",
		"as long as %d observers are allowed in", "despite %d attacks overnight"}
	outlets = []string{"Example Times", "The Daily Ledger", "Wire Service", "Evening Post", "Global Desk"}
)

// article is one generated file.
type article struct {
	name string // file name
	raw  string
}

// genCorpus generates n articles from seed. One in twenty-five is a wire copy: the body of an earlier article
// under another outlet's header, so that story clusters form. Every article's bytes differ.
func genCorpus(n int, seed uint64) []article {
	rng := newRand(seed, "corpus")
	base := time.Date(2025, 8, 1, 6, 0, 0, 0, time.UTC)
	arts := make([]article, 0, n)
	bodies := make([]string, 0, n)
	for i := range n {
		published := base.Add(time.Duration(i) * 37 * time.Minute)
		outlet := outlets[rng.IntN(len(outlets))]
		var body string
		if i >= 25 && i%25 == 0 {
			body = bodies[rng.IntN(len(bodies))] // a wire copy
		} else {
			body = genBody(rng, i)
		}
		bodies = append(bodies, body)
		header := fmt.Sprintf("title: Talks update %d from %s\noutlet: %s\npublished: %s\nurl: https://news.example/%04d\n\n",
			i, places[i%len(places)], outlet, published.Format(time.RFC3339), i)
		arts = append(arts, article{name: fmt.Sprintf("a%04d.txt", i), raw: header + body})
	}
	return arts
}

// genBody writes four to nine paragraphs of narration and direct, indirect and mixed quotes.
func genBody(rng *rand.Rand, round int) string {
	var b strings.Builder
	place := places[rng.IntN(len(places))]
	fmt.Fprintf(&b, "Negotiators met in %s on day %d of round %d of talks on the war in Ukraine.\n", place, 1+rng.IntN(9), round)
	for range 3 + rng.IntN(7) {
		sp := speakers[rng.IntN(len(speakers))]
		said := fmt.Sprintf("%s %s %s", subjects[rng.IntN(len(subjects))], actions[rng.IntN(len(actions))],
			fmt.Sprintf(qualifiers[rng.IntN(len(qualifiers))], 1+rng.IntN(round+30)))
		switch rng.IntN(6) {
		case 0:
			fmt.Fprintf(&b, "%s said: “%s.”\n", sp, capitalise(said))
		case 1:
			fmt.Fprintf(&b, "“%s,” %s said.\n", capitalise(said), sp)
		case 2:
			fmt.Fprintf(&b, "%s said that %s.\n", sp, said)
		case 3:
			fmt.Fprintf(&b, "%s told reporters in %s that %s.\n", sp, places[rng.IntN(len(places))], said)
		case 4:
			fmt.Fprintf(&b, "According to %s, %s.\n", sp, said)
		default:
			fmt.Fprintf(&b, "%s described the offer as “%s” and said more talks were needed.\n", sp, said)
		}
		if rng.IntN(3) == 0 {
			fmt.Fprintf(&b, "Delegations from %d countries attended session %d, which lasted %d hours.\n", 2+rng.IntN(9), round, 1+rng.IntN(12))
		}
	}
	return b.String()
}

// newRand is a generator seeded by seed for one use (stream), so that the uses of one seed draw unrelated
// numbers and nearby seeds unrelated sequences.
func newRand(seed uint64, stream string) *rand.Rand {
	var s [32]byte
	binary.LittleEndian.PutUint64(s[:8], seed)
	copy(s[8:], stream)
	return rand.New(rand.NewChaCha8(s))
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// writeCorpus writes arts into a new directory under t's temporary directory and returns it.
func writeCorpus(t testing.TB, arts []article) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "articles")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, a.name), []byte(a.raw), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
