package security

import (
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/store/pgtest"
)

// searchPayloads are inputs aimed at the full-text query languages (FTS5 and tsquery), at LIKE and at SQL.
var searchPayloads = []string{
	`"`, `""`, `"unterminated`, `'`, `''`, `\`, `\'`, "`",
	`*`, `**`, `a*b`, `*ceasefire`, `ceasefire**`,
	`NEAR(ceasefire guarantees)`, `NEAR(ceasefire guarantees, 2)`, `NEAR(`,
	`ceasefire OR`, `OR`, `AND`, `NOT`, `NOT ceasefire`, `ceasefire NOT`, `ceasefire AND NOT nato`,
	`content_text:ceasefire`, `speaker:Witkoff`, `{content_text speaker}:nato`, `statements_fts:x`, `rank:1`,
	`-ceasefire`, `^ceasefire`, `+ceasefire`, `(`, `)`, `(ceasefire`, `ceasefire)`, `:`, `x:`, `:x`,
	`'; DROP TABLE statements; --`, `" OR 1=1 --`, `') OR ('1'='1`, `1; SELECT * FROM documents`,
	`%`, `_`, `%_%`, `%%`, `[a-z]`, `*)(uid=*`,
	"\x00", "ceasefire\x00nato", "\xff\xfe", "\xc0\xae", "🙂", "ﷺ", "\u202eecifesaec",
	`$1`, `?`, `:name`, `@x`, `||`, `&`, `!`, `<->`, `a <-> b`, `a & b`, `a | b`, `!a`, `a:*`, `'a':*`, `a:B`,
	`e'\\x00'`, `ceasefire:*A`,
	strings.Repeat("a", 3000), strings.Repeat("ceasefire ", 500), strings.Repeat("(", 200),
}

type searchBackend struct {
	name string
	open func(t *testing.T) store.Ledger
}

func searchBackends() []searchBackend {
	bs := []searchBackend{{"sqlite", func(t *testing.T) store.Ledger { return newLedger(t) }}}
	if os.Getenv(pgtest.EnvVar) != "" {
		bs = append(bs, searchBackend{"postgres", func(t *testing.T) store.Ledger {
			l, err := store.OpenPostgres(t.Context(), pgtest.DSN(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { l.Close() })
			return l
		}})
	}
	return bs
}

// seedLedger stores the shared seed article and a second article through the analysis pipeline.
func seedLedger(t *testing.T, l store.Ledger) {
	t.Helper()
	p := analyze.New(attrib.Options{})
	for _, path := range []string{"../../../../shared/seed/000_ede8f8dea4cc4353.txt", "../../claims/testdata/contested/kremlin.txt"} {
		doc, err := ingest.ReadFile(t.Context(), path, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := l.SaveDocument(t.Context(), doc, p.Document(doc).Statements); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSearchInjection sends every payload as a full-text query and as a speaker filter, to the JSON API and
// the search page, on each backend: no answer may be a 500 (a bad query is 400 or no results), the LIKE
// wildcards must match themselves, and the ledger must be intact afterwards.
func TestSearchInjection(t *testing.T) {
	for _, b := range searchBackends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			l := b.open(t)
			seedLedger(t, l)
			before, err := l.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			h, _ := site(t, api.Options{Ledger: l}, nil)
			for _, p := range searchPayloads {
				for _, target := range []string{
					"/api/v1/statements?" + url.Values{"q": {p}}.Encode(),
					"/api/v1/statements?" + url.Values{"speaker": {p}}.Encode(),
					"/api/v1/statements?" + url.Values{"q": {p}, "speaker": {p}, "limit": {"5"}}.Encode(),
					"/search?" + url.Values{"q": {p}}.Encode(),
				} {
					rec := do(t, h, "GET", target, "", nil)
					if rec.Code != http.StatusOK && rec.Code != http.StatusBadRequest {
						t.Errorf("GET %s: %d %.300s", target, rec.Code, rec.Body)
						continue
					}
					if strings.HasPrefix(target, "/api/") && !json.Valid(rec.Body.Bytes()) {
						t.Errorf("GET %s: answer is not JSON: %.300s", target, rec.Body)
					}
				}
			}
			// LIKE wildcards in a speaker filter are literal: no speaker's name holds them.
			for _, p := range []string{"%", "_", "%%", "%_%", `\`, `\%`} {
				rec := do(t, h, "GET", "/api/v1/statements?"+url.Values{"speaker": {p}}.Encode(), "", nil)
				var l api.List[store.StatementRow]
				if err := json.Unmarshal(rec.Body.Bytes(), &l); err != nil || rec.Code != http.StatusOK || len(l.Items) != 0 {
					t.Errorf("speaker=%q: %d, %d statements (err %v); want none: the wildcard must match itself", p, rec.Code, len(l.Items), err)
				}
			}
			after, err := l.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Errorf("the ledger changed under searches: %+v, then %+v", before, after)
			}
			if err := l.Check(ctx); err != nil {
				t.Errorf("ledger check after the searches: %v", err)
			}
			// And search still works.
			rec := do(t, h, "GET", "/api/v1/statements?q=ceasefire", "", nil)
			var found api.List[store.StatementRow]
			if err := json.Unmarshal(rec.Body.Bytes(), &found); err != nil || len(found.Items) == 0 {
				t.Errorf("q=ceasefire after the payloads: %d %s", rec.Code, rec.Body)
			}
		})
	}
}
