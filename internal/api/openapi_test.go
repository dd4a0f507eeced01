package api

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// openAPIPaths reads the document's paths and their methods.
func openAPIPaths(t *testing.T) map[string][]string {
	t.Helper()
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	out := map[string][]string{}
	for p, ops := range doc.Paths {
		for m := range ops {
			if m != "parameters" {
				out[p] = append(out[p], strings.ToUpper(m))
			}
		}
	}
	return out
}

// TestOpenAPICoversRoutes walks every route Register adds and checks the document describes it, and that
// every operation the document describes is served.
func TestOpenAPICoversRoutes(t *testing.T) {
	f := newFixture(t, Options{})
	paths := openAPIPaths(t)
	described := map[string]bool{}
	for _, rt := range f.api.Routes() {
		p := strings.TrimSuffix(rt.Pattern, "{$}")
		if !slices.Contains(paths[p], rt.Method) {
			t.Errorf("route %s %s is not in openapi.json", rt.Method, rt.Pattern)
		}
		described[rt.Method+" "+p] = true
	}
	for p, methods := range paths {
		for _, m := range methods {
			if !described[m+" "+p] {
				t.Errorf("openapi.json describes %s %s, which no route serves", m, p)
			}
			// And the mux really answers it: not with the catch-all's 404 or a 405.
			if m != "GET" || p == "/events" {
				continue
			}
			rec := f.do(t, m, strings.ReplaceAll(p, "{id}", "1"), nil, nil)
			if rec.Code == http.StatusMethodNotAllowed || strings.Contains(rec.Body.String(), "no such endpoint") {
				t.Errorf("%s %s: %d %s", m, p, rec.Code, rec.Body)
			}
		}
	}
}

// TestOpenAPIRefsResolve checks that every $ref names a component the document defines.
func TestOpenAPIRefsResolve(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if k == "$ref" {
					ref, _ := x.(string)
					var cur any = doc
					for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
						m, ok := cur.(map[string]any)
						if !ok {
							cur = nil
							break
						}
						cur = m[part]
					}
					if cur == nil {
						t.Errorf("$ref %q does not resolve", ref)
					}
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
}

func TestOpenAPIServed(t *testing.T) {
	f := newFixture(t, Options{})
	rec := f.do(t, "GET", "/api/v1/openapi.json", nil, nil)
	if rec.Code != 200 || rec.Body.String() != string(OpenAPI()) {
		t.Errorf("served %d, %d bytes; document has %d", rec.Code, rec.Body.Len(), len(OpenAPI()))
	}
}
