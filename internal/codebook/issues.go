package codebook

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parley-ledger/parley/internal/text"
)

// IssueMatch is one place where a text mentions an issue.
type IssueMatch struct {
	IssueID string    `json:"issue"`
	Span    text.Span `json:"span"`
}

// issueMatcher finds every issue's terms and patterns in one pass: terms through a trie of words, patterns
// through one regular expression with a named group per issue.
type issueMatcher struct {
	ids      []string
	root     *trieNode
	re       *regexp.Regexp // nil when no issue has patterns
	groupIss []int          // issue index for each subexpression of re, -1 for the users' own groups
}

type trieNode struct {
	next  map[string]*trieNode
	issue int  // index into ids of the issue whose term ends here, -1 for none
	exact bool // the term was written this way, not a plural variant of one
}

func newTrieNode() *trieNode { return &trieNode{next: map[string]*trieNode{}, issue: -1} }

func newIssueMatcher(issues []*Issue) (issueMatcher, error) {
	m := issueMatcher{root: newTrieNode(), groupIss: []int{-1}}
	var alts []string
	for i, is := range issues {
		m.ids = append(m.ids, is.ID)
		for _, t := range is.Terms {
			ws := wordStrings(t)
			if len(ws) == 0 {
				continue
			}
			m.insert(ws, i, true)
			last := ws[len(ws)-1]
			for _, v := range pluralVariants(last) {
				ws[len(ws)-1] = v
				m.insert(ws, i, false)
			}
		}
		if len(is.Patterns) == 0 {
			continue
		}
		// One capturing group per issue, numbered by counting the groups of the patterns before it, so that
		// nothing the user writes in a pattern can clash with it.
		m.groupIss = append(m.groupIss, i)
		parts := make([]string, len(is.Patterns))
		for j, p := range is.Patterns {
			re, err := regexp.Compile(p)
			if err != nil {
				return m, fmt.Errorf("issue %q: pattern %q: %w", is.ID, p, err)
			}
			for range re.NumSubexp() {
				m.groupIss = append(m.groupIss, -1)
			}
			parts[j] = "(?:" + p + ")"
		}
		alts = append(alts, "("+strings.Join(parts, "|")+")")
	}
	if len(alts) > 0 {
		re, err := regexp.Compile(strings.Join(alts, "|"))
		if err != nil {
			return m, fmt.Errorf("combine issue patterns: %w", err)
		}
		re.Longest()
		if re.NumSubexp()+1 != len(m.groupIss) {
			return m, fmt.Errorf("combine issue patterns: %d groups, counted %d", re.NumSubexp(), len(m.groupIss)-1)
		}
		m.re = re
	}
	return m, nil
}

// pluralVariants are the other forms of a term's last word that still match it: "guarantee" for
// "guarantees", "summits" for "summit".
func pluralVariants(w string) []string {
	last, _ := utf8.DecodeLastRuneInString(w)
	if last < 'a' || last > 'z' || len(w) < 3 {
		return nil
	}
	vs := []string{w + "s"}
	switch {
	case strings.HasSuffix(w, "es") && len(w) > 4:
		vs = append(vs, w[:len(w)-1], w[:len(w)-2])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		vs = append(vs, w[:len(w)-1])
	default:
		vs = append(vs, w+"es")
	}
	return vs
}

func (m *issueMatcher) insert(ws []string, issue int, exact bool) {
	n := m.root
	for _, w := range ws {
		c, ok := n.next[w]
		if !ok {
			c = newTrieNode()
			n.next[w] = c
		}
		n = c
	}
	// A term as written beats another issue's plural variant; validation keeps written terms unique.
	if n.issue < 0 || (exact && !n.exact) {
		n.issue, n.exact = issue, exact
	}
}

// joinable reports whether the text between two words of a term may separate them: spaces and hyphens only.
func joinable(gap string) bool {
	for _, r := range gap {
		switch r {
		case ' ', '\t', '\n', '\r', '-', '\u00a0', '\u2010', '\u2011':
		default:
			return false
		}
	}
	return true
}

// FindIssues returns the issue terms and patterns in s, in order and without overlaps; where matches overlap
// the one starting first wins, and of those the longest ("Article 5-like protection" over "Article 5"); on a
// tie a term beats a pattern. Spans are byte offsets into s plus base.
func (c *Codebook) FindIssues(s string, base int) []IssueMatch {
	m := &c.idx.issues
	type cand struct{ start, end, issue int }
	var cands []cand
	ws := scanWords(s, nil)
	for i := range ws {
		n := m.root
		best, bestEnd := -1, 0
		for j := i; j < len(ws); j++ {
			if j > i && !joinable(s[ws[j-1].end:ws[j].start]) {
				break
			}
			n = n.next[ws[j].w]
			if n == nil {
				break
			}
			if n.issue >= 0 {
				best, bestEnd = n.issue, ws[j].end
			}
		}
		if best >= 0 {
			cands = append(cands, cand{ws[i].start, bestEnd, best})
		}
	}
	if m.re != nil {
		for _, loc := range m.re.FindAllStringSubmatchIndex(s, -1) {
			if loc[1] <= loc[0] {
				continue
			}
			for g := 1; g < len(m.groupIss); g++ {
				if m.groupIss[g] >= 0 && loc[2*g] >= 0 {
					cands = append(cands, cand{loc[0], loc[1], m.groupIss[g]})
					break
				}
			}
		}
	}
	// Terms were appended before patterns, so a stable sort keeps terms first on equal spans.
	slices.SortStableFunc(cands, func(a, b cand) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return (b.end - b.start) - (a.end - a.start)
	})
	var out []IssueMatch
	last := 0
	for _, c := range cands {
		if c.start < last {
			continue
		}
		out = append(out, IssueMatch{IssueID: m.ids[c.issue], Span: text.Span{Start: base + c.start, End: base + c.end}})
		last = c.end
	}
	return out
}
