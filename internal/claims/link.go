package claims

// Stance is what a claim says of its actor's position on its issue.
type Stance string

const (
	StanceAgree   Stance = "agree"   // accepts, supports, offers, asks for, has agreed to
	StanceReject  Stance = "reject"  // rejects, refuses, opposes, or will not do it
	StanceUnclear Stance = "unclear" // a meeting, an accusation, a threat: no stance on the issue itself
)

// StanceOf reads an event and its polarity as a stance: agreeing to, supporting, offering, conceding or
// asking for something is for it, and not doing so against it; rejecting is against, and not rejecting for.
// Meetings, accusations and threats take no side on the issue.
func StanceOf(e Event, p Polarity) Stance {
	switch e {
	case Agree, Support, Request, Assure, Concede, Cooperate:
		if p == Negative {
			return StanceReject
		}
		return StanceAgree
	case Reject:
		if p == Negative {
			return StanceAgree
		}
		return StanceReject
	}
	return StanceUnclear
}

// Fact is what relating claims needs of one claim.
type Fact struct {
	Actor    string // actor id, "" when none
	Event    Event
	Issue    string // issue id, "" when none
	Polarity Polarity
	Mode     Mode
	// Claimant identifies who makes the claim: the claimant actor's id, else their name.
	Claimant string
	// Source identifies an independent source: the story cluster of the claim's document (copies of one wire
	// story share it).
	Source int64
}

// linkable reports whether a fact can contradict or corroborate another: it must say who or what it is
// about, and a hypothetical ("could", "if") asserts nothing.
func (f *Fact) linkable() bool {
	return (f.Actor != "" || f.Issue != "") && f.Mode != Hypothetical
}

// MaxLinks bounds how many related facts Relate lists for one fact, so that a claim repeated by thousands of
// documents does not make relating quadratic. Counts (sources, whether contested) are exact.
const MaxLinks = 32

// Relations says, for each fact by index, which others contradict it and which corroborate it.
type Relations struct {
	// Contradicts[i] lists facts about the same actor, event and issue with the opposite polarity from a
	// different claimant: the first in index order, at most MaxLinks.
	Contradicts [][]int
	// Corroborates[i] lists facts about the same actor, event and issue with the same polarity from a
	// different source, at most MaxLinks.
	Corroborates [][]int
	// Contested[i] reports whether any fact contradicts fact i (even when Contradicts[i] was cut short).
	Contested []bool
	sources   []int
}

// Sources counts the independent sources behind fact i: its own and those of the facts corroborating it.
func (r Relations) Sources(i int) int { return r.sources[i] }

// Relate links facts that agree or disagree about the same actor, event and issue.
func Relate(facts []Fact) Relations {
	type key struct {
		actor string
		event Event
		issue string
	}
	// side is the facts of one group with one polarity.
	type side struct {
		facts     []int
		sources   map[int64]bool
		claimants map[string]int
	}
	groups := map[key]*[2]side{}
	r := Relations{
		Contradicts: make([][]int, len(facts)), Corroborates: make([][]int, len(facts)),
		Contested: make([]bool, len(facts)), sources: make([]int, len(facts)),
	}
	pol := func(f *Fact) int {
		if f.Polarity == Negative {
			return 1
		}
		return 0
	}
	for i := range facts {
		f := &facts[i]
		r.sources[i] = 1
		if !f.linkable() {
			continue
		}
		k := key{f.Actor, f.Event, f.Issue}
		g, ok := groups[k]
		if !ok {
			g = &[2]side{}
			groups[k] = g
		}
		sd := &g[pol(f)]
		if sd.sources == nil {
			sd.sources, sd.claimants = map[int64]bool{}, map[string]int{}
		}
		sd.facts = append(sd.facts, i)
		sd.sources[f.Source] = true
		sd.claimants[f.Claimant]++
	}
	for _, g := range groups {
		for p := range 2 {
			mine, other := &g[p], &g[1-p]
			for _, i := range mine.facts {
				f := &facts[i]
				r.sources[i] = len(mine.sources)
				r.Contested[i] = len(other.facts) > other.claimants[f.Claimant]
				for _, j := range other.facts {
					if len(r.Contradicts[i]) == MaxLinks {
						break
					}
					if facts[j].Claimant != f.Claimant {
						r.Contradicts[i] = append(r.Contradicts[i], j)
					}
				}
				for _, j := range mine.facts {
					if len(r.Corroborates[i]) == MaxLinks {
						break
					}
					if j != i && facts[j].Source != f.Source {
						r.Corroborates[i] = append(r.Corroborates[i], j)
					}
				}
			}
		}
	}
	return r
}
