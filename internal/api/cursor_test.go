package api

import (
	"net/url"
	"strings"
	"testing"

	"github.com/parley-ledger/parley/internal/store"
)

// TestStatementsCursorPages follows the next links of the statement listing, which carry a cursor, and
// checks that the pages together are the listing read in one go.
func TestStatementsCursorPages(t *testing.T) {
	f := newFixture(t, Options{})
	all := decode[List[store.StatementRow]](t, f.do(t, "GET", "/api/v1/statements?limit=500", nil, nil))
	if len(all.Items) < 5 {
		t.Fatalf("fixture has %d statements", len(all.Items))
	}
	for _, filter := range []string{"", "&kind=direct"} {
		var want []int64
		for _, s := range all.Items {
			if filter == "" || s.Kind == "direct" {
				want = append(want, s.ID)
			}
		}
		var got []int64
		next := "/api/v1/statements?limit=3" + filter
		for pages := 0; next != ""; pages++ {
			if pages > len(want) {
				t.Fatal("next links do not end")
			}
			rec := f.do(t, "GET", next, nil, nil)
			if rec.Code != 200 {
				t.Fatalf("%s: %d %s", next, rec.Code, rec.Body)
			}
			l := decode[List[store.StatementRow]](t, rec)
			for _, s := range l.Items {
				got = append(got, s.ID)
			}
			if l.Next != "" {
				u, err := url.Parse(l.Next)
				if err != nil || u.Query().Get("after") == "" || u.Query().Has("offset") {
					t.Fatalf("next link %q: want a cursor and no offset", l.Next)
				}
				if filter != "" && u.Query().Get("kind") != "direct" {
					t.Fatalf("next link %q lost the filter", l.Next)
				}
			}
			next = l.Next
		}
		if len(got) != len(want) {
			t.Fatalf("filter %q: pages gave %v, the listing %v", filter, got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("filter %q: pages gave %v, the listing %v", filter, got, want)
			}
		}
	}
}

func TestStatementsCursorRefusals(t *testing.T) {
	f := newFixture(t, Options{})
	for _, tc := range []struct{ target, want string }{
		{"/api/v1/statements?after=1.x", "bad after"},
		{"/api/v1/statements?after=0.1", "bad after"},
		{"/api/v1/statements?after=1", "bad after"},
		{"/api/v1/statements?after=1.-1", "bad after"},
		{"/api/v1/statements?after=1.2&offset=5", "not both"},
		{"/api/v1/statements?after=1.2&q=ceasefire", "cannot be combined"},
		{"/api/v1/statements?after=1.2&actor=1", "cannot be combined"},
		{"/api/v1/statements?after=1.2&issue=ceasefire", "cannot be combined"},
	} {
		rec := f.do(t, "GET", tc.target, nil, nil)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), tc.want) {
			t.Errorf("%s: %d %s, want 400 saying %q", tc.target, rec.Code, rec.Body, tc.want)
		}
	}
	// Searches keep paging by offset.
	l := decode[List[store.StatementRow]](t, f.do(t, "GET", "/api/v1/statements?q=the&limit=1", nil, nil))
	if !strings.Contains(l.Next, "offset=1") || strings.Contains(l.Next, "after=") {
		t.Errorf("search next link %q, want an offset", l.Next)
	}
}
