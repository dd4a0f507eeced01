// Command gen fills a SQLite ledger with synthetic but real-shaped news documents for the load test
// (bench/load/run.sh): every document is assembled from the seed article, the contested-claims fixtures and
// the gold passages (testdata/gold), with the speakers' names, weekdays, places, outlets and dates varied,
// and stored through the normal save path (ledger.Writer: analysis with claims, story clusters, one
// transaction per document). It stops once the ledger holds -statements statements.
//
//	go run ./bench/load/gen -db /tmp/parley-load/ledger.db -statements 100000
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/claims"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/ledger"
	"github.com/parley-ledger/parley/internal/store"
)

func main() {
	var (
		db         = flag.String("db", "", "SQLite ledger to fill (created if missing)")
		target     = flag.Int("statements", 100000, "stop once the ledger holds this many statements")
		seedDir    = flag.String("seed-dir", "../shared/seed", "folder of the seed article (*.txt)")
		goldDir    = flag.String("gold-dir", "testdata/gold", "folder of the gold passages (*.txt with *.statements.jsonl)")
		contestDir = flag.String("contested-dir", "internal/claims/testdata/contested", "folder of the contested-claim articles")
		randSeed   = flag.Uint64("rand", 1, "seed of the pseudo-random choices (the same seed gives the same documents)")
		workers    = flag.Int("workers", runtime.GOMAXPROCS(0), "documents analysed at once")
	)
	flag.Parse()
	if *db == "" {
		fmt.Fprintln(os.Stderr, "gen: -db is required")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *db, *target, *seedDir, *goldDir, *contestDir, *randSeed, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, db string, target int, seedDir, goldDir, contestDir string, randSeed uint64, workers int) error {
	tpl, err := loadTemplates(seedDir, goldDir, contestDir)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("read %s: %w", db, err)
	}
	have := stats.Statements
	if have >= target {
		fmt.Fprintf(os.Stderr, "gen: %s already holds %d documents and %d statements\n", db, stats.Documents, have)
		return nil
	}
	cb := codebook.Default()
	w := ledger.New(st, analyze.NewWith(analyze.Config{Claims: claims.New(cb)}), cb.Name)

	var total atomic.Int64
	total.Store(int64(have))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	docs := make(chan *ingest.Document, workers)
	rng := rand.New(rand.NewPCG(randSeed, 0x5eed))
	start := time.Now()
	go func() {
		defer close(docs)
		// Names continue after the documents already stored, so that a resumed run adds new ones.
		for i := stats.Documents; ctx.Err() == nil; i++ {
			doc, err := tpl.document(rng, i)
			if err != nil {
				fmt.Fprintln(os.Stderr, "gen:", err)
				cancel()
				return
			}
			select {
			case docs <- doc:
			case <-ctx.Done():
				return
			}
		}
	}()
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		firstEr error
		stored  atomic.Int64
	)
	for range max(1, workers) {
		wg.Go(func() {
			for doc := range docs {
				sr, err := w.Save(ctx, doc)
				if err != nil {
					if ctx.Err() == nil {
						mu.Lock()
						firstEr = cmpErr(firstEr, err)
						mu.Unlock()
					}
					cancel()
					return
				}
				n := stored.Add(1)
				if total.Add(int64(sr.Statements)) >= int64(target) {
					cancel()
				}
				if n%500 == 0 {
					fmt.Fprintf(os.Stderr, "gen: %d documents, %d statements (%.0f docs/s)\n", n, total.Load(), float64(n)/time.Since(start).Seconds())
				}
			}
		})
	}
	wg.Wait()
	if firstEr != nil {
		return firstEr
	}
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	stats, err = st.Stats(context.WithoutCancel(ctx))
	if err != nil {
		return fmt.Errorf("read %s: %w", db, err)
	}
	fmt.Fprintf(os.Stderr, "gen: %s holds %d documents, %d statements, %d actors (%s)\n",
		db, stats.Documents, stats.Statements, stats.Actors, time.Since(start).Round(time.Second))
	return nil
}

func cmpErr(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// unit is one passage a document is assembled from; names maps a person's full name to their surname, both
// replaced by a made-up person's.
type unit struct {
	name  string
	text  string
	names [][2]string
}

type templates struct {
	negotiation []unit   // about the Russia–Ukraine talks: these carry the claims positions are made of
	other       []unit   // the gold passages: strikes, elections, trade talks
	last        []string // the previous document's paragraphs, for wire copies
}

var (
	firstNames = []string{"Anna", "Omar", "Lena", "Tomasz", "Keiko", "Rui", "Ines", "Dmytro", "Sofia", "Jamal",
		"Marta", "Henrik", "Aylin", "Pavel", "Chloe", "Kwame", "Nadia", "Lukas", "Yara", "Mateo", "Olga", "Samir",
		"Freya", "Tariq", "Elena", "Jonah", "Mirela", "Arjun", "Hana", "Viktor"}
	lastNames = []string{"Kowalski", "Haddad", "Novak", "Moreau", "Tanaka", "Silva", "Petrenko", "Lindgren",
		"Okoro", "Fischer", "Rossi", "Jensen", "Kaya", "Horvat", "Duarte", "Nowak", "Sato", "Bauer", "Ivanova",
		"Mensah", "Costa", "Larsen", "Popescu", "Byrne", "Shevchenko", "Weiss", "Almeida", "Varga", "Quinn", "Rahman"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	summits  = []string{"Alaska", "Istanbul", "Geneva", "Riyadh", "Helsinki", "Vienna"}
	cities   = []string{"Washington DC", "Brussels", "Paris", "London", "Berlin", "Kyiv"}
	channels = []string{"CNN", "the BBC", "Fox News", "NBC", "Sky News"}
	envoys   = [][2]string{{"Steve Witkoff", "Witkoff"}, {"Marco Rubio", "Rubio"}}
	outlets  = []struct{ name, host string }{
		{"Example Times", "example.org"}, {"Northern Herald", "northern-herald.example"}, {"Daily Ledger", "dailyledger.example"},
		{"Wire Service", "wire.example"}, {"The Observer Post", "observerpost.example"}, {"Radio Free Desk", "rfd.example"},
		{"Continental Review", "contreview.example"}, {"Morning Dispatch", "dispatch.example"}, {"Harbour Gazette", "harbour.example"},
		{"Capital Report", "capital.example"}, {"Evening Standard-Bearer", "esb.example"}, {"Global Monitor", "monitor.example"},
	}
)

// notPerson marks two-word gold speakers that are organisations.
var notPerson = map[string]bool{"Fabbrica Motori": true, "Northline Buses": true, "SkyBridge Airways": true, "European Commission": true}

var speakerField = regexp.MustCompile(`"speaker":\s*"([^"]+)"`)

func loadTemplates(seedDir, goldDir, contestDir string) (*templates, error) {
	t := &templates{}
	seeds, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(seeds) == 0 {
		return nil, fmt.Errorf("no seed article in %s (run from the repository root or set -seed-dir)", seedDir)
	}
	for _, p := range seeds {
		doc, err := ingest.ReadFile(context.Background(), p, ingest.Options{})
		if err != nil {
			return nil, err
		}
		lines := nonEmptyLines(doc.Body())
		// Chunks that keep each pronoun with the name it refers to.
		for i, cut := range chunkSeed(lines) {
			t.negotiation = append(t.negotiation, unit{name: fmt.Sprintf("%s#%d", doc.Name, i), text: strings.Join(cut, "\n")})
		}
	}
	contested, err := filepath.Glob(filepath.Join(contestDir, "*.txt"))
	if err != nil || len(contested) == 0 {
		return nil, fmt.Errorf("no contested articles in %s", contestDir)
	}
	for _, p := range contested {
		doc, err := ingest.ReadFile(context.Background(), p, ingest.Options{})
		if err != nil {
			return nil, err
		}
		t.negotiation = append(t.negotiation, unit{name: doc.Name, text: strings.Join(nonEmptyLines(doc.Body()), "\n")})
	}
	gold, err := filepath.Glob(filepath.Join(goldDir, "*.txt"))
	if err != nil || len(gold) == 0 {
		return nil, fmt.Errorf("no gold passages in %s", goldDir)
	}
	for _, p := range gold {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		u := unit{name: filepath.Base(p), text: strings.Join(nonEmptyLines(string(raw)), "\n")}
		names, err := personNames(strings.TrimSuffix(p, ".txt") + ".statements.jsonl")
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			f := strings.Fields(n)
			u.names = append(u.names, [2]string{n, f[len(f)-1]})
		}
		t.other = append(t.other, u)
	}
	return t, nil
}

// chunkSeed splits the seed article at the lines where a new subject is introduced by name.
func chunkSeed(lines []string) [][]string {
	var out [][]string
	var cur []string
	for _, l := range lines {
		if len(cur) > 0 && (strings.HasPrefix(l, "Now, Witkoff") || strings.HasPrefix(l, "Putin has long") ||
			strings.HasPrefix(l, "This all comes after") || strings.HasPrefix(l, "Earlier this summer")) {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func nonEmptyLines(s string) []string {
	var out []string
	for l := range strings.Lines(s) {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// personNames lists the gold file's speakers that look like people: two capitalised words.
func personNames(jsonl string) ([]string, error) {
	f, err := os.Open(jsonl)
	if err != nil {
		return nil, fmt.Errorf("gold statements: %w", err)
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		m := speakerField.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		w := strings.Fields(m[1])
		if len(w) == 2 && !notPerson[m[1]] && startsUpper(w[0]) && startsUpper(w[1]) {
			seen[m[1]] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", jsonl, err)
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out, nil
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// replaceWord replaces whole-word occurrences of old.
func replaceWord(s, old, repl string) string {
	if old == "" || old == repl {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := i + len(old)
		before := i == 0 || !isWordByte(s[i-1])
		after := j == len(s) || !isWordByte(s[j])
		b.WriteString(s[:i])
		if before && after {
			b.WriteString(repl)
		} else {
			b.WriteString(old)
		}
		s = s[j:]
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// vary gives a passage new people, weekdays and places.
func vary(rng *rand.Rand, u unit) string {
	s := u.text
	for _, n := range u.names {
		first, last := pick(rng, firstNames), pick(rng, lastNames)
		s = replaceWord(s, n[0], first+" "+last)
		s = replaceWord(s, n[1], last)
	}
	if strings.Contains(s, "Witkoff") {
		e := pick(rng, envoys)
		s = replaceWord(replaceWord(s, "Steve Witkoff", e[0]), "Witkoff", e[1])
	}
	if strings.Contains(s, "Peskov") && rng.IntN(2) == 0 {
		s = replaceWord(s, "Kremlin spokesman Dmitry Peskov", "Russian Foreign Minister Sergei Lavrov")
		s = replaceWord(s, "Peskov", "Lavrov")
	}
	for _, d := range weekdays {
		if strings.Contains(s, d) {
			s = replaceWord(s, d, pick(rng, weekdays))
		}
	}
	s = replaceWord(s, "Alaska", pick(rng, summits))
	s = replaceWord(s, "Washington DC", pick(rng, cities))
	s = replaceWord(s, "CNN", pick(rng, channels))
	return s
}

// document assembles document number i: one or two passages about the talks, two to four others and seven
// paragraphs of background (or, one time in twelve, a wire copy of the document before), under a
// header with a title, an outlet, a date in 2025 and a URL.
func (t *templates) document(rng *rand.Rand, i int) (*ingest.Document, error) {
	var parts []string
	for range 1 + btoi(rng.IntN(10) < 3) {
		parts = append(parts, vary(rng, pick(rng, t.negotiation)))
	}
	for range 2 + rng.IntN(3) {
		parts = append(parts, vary(rng, pick(rng, t.other)))
	}
	// Background narration of the document's own, so that documents which share passages are not taken for
	// copies of one wire story (story clusters then stay the size real ones have).
	for range 7 {
		parts = append(parts, background(rng))
	}
	rng.Shuffle(len(parts), func(a, b int) { parts[a], parts[b] = parts[b], parts[a] })
	if t.last != nil && rng.IntN(100) < 8 {
		// A wire copy: another outlet runs the previous story with a note of its own.
		parts = append(slices.Clone(t.last), fmt.Sprintf("This story was updated at %02d:%02d.", rng.IntN(24), rng.IntN(60)))
	}
	t.last = parts
	out := pick(rng, outlets)
	published := time.Date(2025, 1, 1, 6, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(364*24*60)) * time.Minute)
	title := headline(parts[0])
	name := fmt.Sprintf("load-%05d", i)
	url := fmt.Sprintf("https://%s/news/%d/%s", out.host, 10000+i, slug(title))
	raw := fmt.Sprintf("title: %s\noutlet: %s\npublished: %s\nurl: %s\n\n%s\n",
		title, out.name, published.Format(time.RFC3339), url, strings.Join(parts, "\n\n"))
	doc, err := ingest.Parse(name, url, []byte(raw))
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", name, err)
	}
	return doc, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// headline is the first sentence of s, cut to about 90 bytes at a word.
func headline(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i]
	}
	if len(s) > 90 {
		s = s[:90]
		if i := strings.LastIndexByte(s, ' '); i > 40 {
			s = s[:i]
		}
		s += "…"
	}
	return strings.TrimSuffix(s, ".")
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if b.Len() >= 60 {
			break
		}
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

var (
	places = []string{"Odesa", "Kharkiv", "Lviv", "Dnipro", "Gdansk", "Tallinn", "Riga", "Vilnius", "Constanta", "Chisinau",
		"Warsaw", "Krakow", "Bratislava", "Brno", "Debrecen", "Cluj", "Varna", "Thessaloniki", "Trieste", "Rotterdam",
		"Antwerp", "Hamburg", "Malmo", "Turku", "Bergen", "Porto", "Valencia", "Lyon", "Leeds", "Cork"}
	adjectives = []string{"old", "northern", "eastern", "busy", "quiet", "new", "flooded", "restored", "narrow", "main",
		"former", "coastal", "central", "western", "upper", "lower", "crowded", "empty", "temporary", "regional"}
	nouns = []string{"bridge", "railway depot", "grain terminal", "power station", "market hall", "ferry port",
		"border crossing", "hospital wing", "school", "water plant", "airfield", "cathedral", "steelworks",
		"shipyard", "warehouse district", "tram line", "reservoir", "stadium", "library", "motorway junction"}
	goods = []string{"wheat", "diesel", "sunflower oil", "steel", "fertiliser", "coal", "timber", "maize", "copper",
		"natural gas", "electricity", "barley", "cement", "rapeseed", "aluminium"}
	crowds = []string{"volunteers", "students", "engineers", "pensioners", "lorry drivers", "farmers", "nurses",
		"dock workers", "commuters", "refugees", "teachers", "miners"}
)

// background writes a paragraph of narration without attributions: places, goods and numbers, with a
// varying word at least every fourth word so that two documents rarely share a five-word shingle here.
func background(rng *rand.Rand) string {
	var b strings.Builder
	for i := range 3 + rng.IntN(3) {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch rng.IntN(5) {
		case 0:
			fmt.Fprintf(&b, "The %s %s at %s, built in %d, covers %d hectares and employs %d people.",
				pick(rng, adjectives), pick(rng, nouns), pick(rng, places), 1850+rng.IntN(170), 2+rng.IntN(900), 10+rng.IntN(5000))
		case 1:
			fmt.Fprintf(&b, "On %s, %d %s waited %d hours at the %s %s outside %s.",
				pick(rng, weekdays), 20+rng.IntN(2000), pick(rng, crowds), 1+rng.IntN(30), pick(rng, adjectives), pick(rng, nouns), pick(rng, places))
		case 2:
			fmt.Fprintf(&b, "Prices of %s in %s rose %d.%d percent in %d weeks; %s fell %d.%d percent.",
				pick(rng, goods), pick(rng, places), rng.IntN(20), rng.IntN(10), 2+rng.IntN(50), pick(rng, goods), rng.IntN(20), rng.IntN(10))
		case 3:
			fmt.Fprintf(&b, "Some %d %s met at the %s %s in %s on %s, %d days after it reopened.",
				30+rng.IntN(5000), pick(rng, crowds), pick(rng, adjectives), pick(rng, nouns), pick(rng, places), pick(rng, weekdays), 2+rng.IntN(300))
		default:
			fmt.Fprintf(&b, "A convoy of %d lorries carried %d tonnes of %s from %s to %s in %d days.",
				3+rng.IntN(400), 100+rng.IntN(90000), pick(rng, goods), pick(rng, places), pick(rng, places), 1+rng.IntN(20))
		}
	}
	return b.String()
}
