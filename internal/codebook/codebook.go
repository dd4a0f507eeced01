// Package codebook owns Parley's editable codebook: the actors (people, governments, organisations) and
// negotiation issues that extracted statements are resolved against, read from a YAML file that analysts
// maintain. It also owns name normalisation for speakers that are not in the codebook (NameKey, Registry)
// and suggestions for extending a codebook from a corpus (Suggest).
//
// A parsed Codebook is immutable and safe for concurrent use.
package codebook

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Kind is what sort of actor an Actor is.
type Kind string

// The actor kinds a codebook may use.
const (
	Person       Kind = "person"
	Government   Kind = "government"
	Organisation Kind = "organisation"
	Group        Kind = "group" // an informal grouping: "the coalition of the willing"
)

// Actor is one entry of the codebook's actors list.
type Actor struct {
	ID   string
	Name string
	Kind Kind
	// Affiliation is the id of the actor this one belongs to: a person's government, a ministry's government.
	Affiliation string
	Aliases     []string
	Roles       []Role
	// Metonyms are places or buildings that stand for the actor in news text: "Moscow", "the Kremlin".
	Metonyms []string
	Wikidata string // a Wikidata item id such as "Q7747", or ""
	Note     string
	Line     int // where the actor starts in the codebook file
}

// Role is an office an actor holds for a time: "Russian President" from 2012-05-07.
type Role struct {
	Title string
	// From is the first day in office and To the first day out of it (the successor's From); either is the
	// zero time when open.
	From, To time.Time
	// Aliases are descriptions that name the holder only while in office: "the Russian leader".
	Aliases []string
	Line    int
}

// ActiveAt reports whether the role is held on at's calendar day (in at's location). A zero at means "at the
// codebook's present": only roles with no end date are active.
func (r Role) ActiveAt(at time.Time) bool {
	if at.IsZero() {
		return r.To.IsZero()
	}
	y, m, d := at.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return (r.From.IsZero() || !day.Before(r.From)) && (r.To.IsZero() || day.Before(r.To))
}

// Issue is one negotiation issue: a label and the words and patterns that signal it in text.
type Issue struct {
	ID     string
	Label  string
	Parent string // id of the broader issue, or ""
	// Terms are phrases matched case-insensitively on whole words; spaces and hyphens between words are
	// interchangeable and the last word may take or drop a plural "s"/"es".
	Terms []string
	// Patterns are Go regular expressions (RE2 syntax), case-sensitive unless they say (?i).
	Patterns []string
	Note     string
	Line     int
}

// Codebook is a parsed, validated codebook.
type Codebook struct {
	Name        string // the file's name: field, or its base name without extension
	Description string
	Source      string // the file name given to Load or Parse
	Actors      []*Actor
	Issues      []*Issue

	idx *index
}

// MaxSize is the largest codebook file Load and Parse accept.
const MaxSize = 8 << 20

// Load reads and parses the codebook at path.
func Load(path string) (*Codebook, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("load codebook: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("load codebook %s: not a regular file", path)
	}
	if fi.Size() > MaxSize {
		return nil, fmt.Errorf("load codebook %s: %d bytes is more than the %d-byte limit", path, fi.Size(), MaxSize)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load codebook: %w", err)
	}
	return Parse(path, data)
}

// Parse parses and validates a codebook read from the file name. On failure the error is an ErrorList with
// every problem found, each as "name:line: message".
func Parse(name string, data []byte) (*Codebook, error) {
	cb, errs := decode(name, data)
	if len(errs) > 0 {
		errs.sort()
		return nil, errs
	}
	if cb.Name == "" {
		cb.Name = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	idx, err := buildIndex(cb)
	if err != nil {
		return nil, ErrorList{{File: name, Msg: err.Error()}}
	}
	cb.idx = idx
	return cb, nil
}

// Actor returns the actor with the given id.
func (c *Codebook) Actor(id string) (*Actor, bool) {
	a, ok := c.idx.actorByID[id]
	return a, ok
}

// Issue returns the issue with the given id.
func (c *Codebook) Issue(id string) (*Issue, bool) {
	is, ok := c.idx.issueByID[id]
	return is, ok
}

// IssuePath returns id followed by its ancestors, nearest first: ["crimea", "territory"]. It returns nil for an
// unknown id.
func (c *Codebook) IssuePath(id string) []string {
	var path []string
	for id != "" && len(path) <= len(c.Issues) {
		is, ok := c.idx.issueByID[id]
		if !ok {
			break
		}
		path = append(path, id)
		id = is.Parent
	}
	return path
}
