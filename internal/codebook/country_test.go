package codebook

import "testing"

func TestCountryActor(t *testing.T) {
	cb := Default()
	for _, tc := range []struct{ word, want string }{
		{"British", "uk"}, {"Britain", "uk"}, {"the Russians", "russia"}, {"Ukrainians", "ukraine"},
		{"American", "us"}, {"the United States", "us"}, {"French", "france"},
		{"European", ""}, {"Polish", ""}, {"Putin", ""}, {"", ""}, {"s", ""},
	} {
		a, ok := cb.CountryActor(tc.word)
		got := ""
		if ok {
			got = a.ID
		}
		if got != tc.want {
			t.Errorf("CountryActor(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
