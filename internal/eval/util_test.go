package eval

import "slices"

func sortedKeys(ts tokenSet) []int {
	out := make([]int, 0, len(ts))
	for k := range ts {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// testDoc is a small gold document: "Ana said “sí”, no." with one plain and one optional statement.
func testDoc() *GoldDoc {
	d, err := newDoc("d.txt", []byte("Ana said “sí”, no.\n"))
	if err != nil {
		panic(err)
	}
	d.Name = "d"
	d.Statements = []GoldStatement{{Content: []Segment{{9, 13}}, Speaker: "Ana"}, {Content: []Segment{{15, 17}}, Optional: true}}
	return d
}
