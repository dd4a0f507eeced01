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
