package codebook

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Error is one problem in a codebook file, at a line (0 when it concerns the whole file).
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// ErrorList is every problem found in a codebook file, in line order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap lets errors.As find the individual errors.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

func (l ErrorList) sort() {
	slices.SortStableFunc(l, func(a, b *Error) int { return a.Line - b.Line })
}

var (
	idRE       = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	wikidataRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	yamlErrRE  = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
)

var (
	topFields   = []string{"name", "description", "actors", "issues"}
	actorFields = []string{"id", "name", "kind", "affiliation", "aliases", "roles", "metonyms", "wikidata", "note"}
	roleFields  = []string{"title", "from", "to", "aliases"}
	issueFields = []string{"id", "label", "parent", "terms", "patterns", "note"}
	kinds       = []Kind{Person, Government, Organisation, Group}
)

type decoder struct {
	file string
	errs ErrorList
	// Lines of values checked after the whole file is read.
	refLines     map[*string]int
	nameLines    map[*Actor]int
	aliasLines   map[*Actor][]int
	metonymLines map[*Actor][]int
	termLines    map[*Issue][]int
}

func (d *decoder) errorf(line int, format string, args ...any) {
	d.errs = append(d.errs, &Error{File: d.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// decode reads data into a Codebook, checking its shape and every cross-reference.
func decode(file string, data []byte) (*Codebook, ErrorList) {
	d := &decoder{
		file: file, refLines: map[*string]int{}, nameLines: map[*Actor]int{}, aliasLines: map[*Actor][]int{},
		metonymLines: map[*Actor][]int{}, termLines: map[*Issue][]int{},
	}
	if len(data) > MaxSize {
		d.errorf(0, "%d bytes is more than the %d-byte limit for a codebook", len(data), MaxSize)
		return nil, d.errs
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		d.errorf(lineAt(data, i), "binary data (NUL byte at offset %d), not a YAML codebook", i)
		return nil, d.errs
	}
	if !utf8.Valid(data) {
		i := invalidUTF8At(data)
		d.errorf(lineAt(data, i), "invalid UTF-8 at byte offset %d; a codebook must be UTF-8 text", i)
		return nil, d.errs
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))

	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.errorf(1, "empty codebook: want a mapping with actors and issues")
		} else {
			d.yamlError(err)
		}
		return nil, d.errs
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.errorf(extra.Line, "a codebook is one YAML document; found another here")
	} else if !errors.Is(err, io.EOF) {
		d.yamlError(err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	cb := &Codebook{Source: file}
	d.fields(root, "codebook", topFields, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			cb.Name = d.str(v, "name")
		case "description":
			cb.Description = d.str(v, "description")
		case "actors":
			for _, item := range d.seq(v, "actors") {
				if a := d.actor(item); a != nil {
					cb.Actors = append(cb.Actors, a)
				}
			}
		case "issues":
			for _, item := range d.seq(v, "issues") {
				if is := d.issue(item); is != nil {
					cb.Issues = append(cb.Issues, is)
				}
			}
		}
	})
	if len(d.errs) == 0 && len(cb.Actors) == 0 && len(cb.Issues) == 0 {
		d.errorf(root.Line, "codebook has no actors and no issues")
	}
	d.checkRefs(cb)
	return cb, d.errs
}

func (d *decoder) yamlError(err error) {
	msg := err.Error()
	if m := yamlErrRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		d.errorf(line, "YAML syntax: %s", m[2])
		return
	}
	d.errorf(0, "YAML syntax: %s", strings.TrimPrefix(msg, "yaml: "))
}

func lineAt(data []byte, off int) int { return bytes.Count(data[:off], []byte("\n")) + 1 }

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// usable reports whether n can be read as a value, reporting aliases, which the codebook does not support
// because expanding them would let a small file describe a huge one.
func (d *decoder) usable(n *yaml.Node, what string) bool {
	if n.Kind == yaml.AliasNode {
		d.errorf(n.Line, "%s: YAML aliases (*%s) are not supported; write the value out", what, n.Value)
		return false
	}
	return true
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "empty"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

// fields walks a mapping, calling set for each known key and reporting unknown and repeated ones.
func (d *decoder) fields(n *yaml.Node, what string, known []string, set func(key string, v *yaml.Node)) {
	if !d.usable(n, what) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n.Line, "%s must be a mapping, not %s", what, nodeKind(n))
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k.Line, "%s: keys must be plain words, not %s", what, nodeKind(k))
			continue
		}
		if !slices.Contains(known, k.Value) {
			d.errorf(k.Line, "unknown field %q in %s (known fields: %s)", k.Value, what, strings.Join(known, ", "))
			continue
		}
		if first, ok := seen[k.Value]; ok {
			d.errorf(k.Line, "field %q repeated in %s (first at line %d)", k.Value, what, first)
			continue
		}
		seen[k.Value] = k.Line
		set(k.Value, v)
	}
}

// str reads a scalar; empty values read as "".
func (d *decoder) str(n *yaml.Node, what string) string {
	if !d.usable(n, what) || isNull(n) {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		d.errorf(n.Line, "%s must be text, not %s", what, nodeKind(n))
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// nonEmpty reads a scalar that must have text; owner, when set, names what it belongs to in the message.
func (d *decoder) nonEmpty(n *yaml.Node, what, owner string) string {
	if owner != "" {
		what = owner + ": " + what
	}
	s := d.str(n, what)
	if s == "" && n.Kind == yaml.ScalarNode {
		d.errorf(n.Line, "%s is empty", what)
	}
	return s
}

// seq reads a list; an empty value reads as no items.
func (d *decoder) seq(n *yaml.Node, what string) []*yaml.Node {
	if !d.usable(n, what) || isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n.Line, "%s must be a list, not %s", what, nodeKind(n))
		return nil
	}
	return n.Content
}

// strs reads a list of non-empty texts, keeping each one's line.
func (d *decoder) strs(n *yaml.Node, what string) ([]string, []int) {
	var out []string
	var lines []int
	for _, item := range d.seq(n, what) {
		if !d.usable(item, what) {
			continue
		}
		if item.Kind != yaml.ScalarNode || isNull(item) {
			d.errorf(item.Line, "%s: each item must be text, not %s", what, nodeKind(item))
			continue
		}
		s := strings.TrimSpace(item.Value)
		if s == "" {
			d.errorf(item.Line, "%s: empty item", what)
			continue
		}
		out = append(out, s)
		lines = append(lines, item.Line)
	}
	return out, lines
}

// date reads YYYY-MM-DD; an empty value is the zero time (an open end).
func (d *decoder) date(n *yaml.Node, what string) time.Time {
	s := d.str(n, what)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		d.errorf(n.Line, "%s: %q is not a date (want YYYY-MM-DD, or null for open)", what, s)
		return time.Time{}
	}
	return t
}

func (d *decoder) actor(n *yaml.Node) *Actor {
	a := &Actor{Line: n.Line}
	present := map[string]bool{}
	d.fields(n, "actor", actorFields, func(key string, v *yaml.Node) {
		present[key] = true
		switch key {
		case "id":
			a.ID = d.nonEmpty(v, "actor id", "")
			if a.ID != "" && !idRE.MatchString(a.ID) {
				d.errorf(v.Line, "actor id %q: use lower-case letters, digits and hyphens", a.ID)
			}
		case "name":
			a.Name = d.nonEmpty(v, "name", "actor "+a.label())
			d.nameLines[a] = v.Line
		case "kind":
			a.Kind = Kind(d.str(v, "actor kind"))
			if !slices.Contains(kinds, a.Kind) {
				d.errorf(v.Line, "actor %s: kind %q is not one of person, government, organisation, group", a.label(), a.Kind)
			}
		case "affiliation":
			a.Affiliation = d.str(v, "affiliation")
			d.refLines[&a.Affiliation] = v.Line
		case "aliases":
			a.Aliases, d.aliasLines[a] = d.strs(v, "aliases")
		case "metonyms":
			a.Metonyms, d.metonymLines[a] = d.strs(v, "metonyms")
		case "roles":
			for _, rn := range d.seq(v, "roles") {
				if r, ok := d.role(rn); ok {
					a.Roles = append(a.Roles, r)
				}
			}
		case "wikidata":
			a.Wikidata = d.str(v, "wikidata")
			if a.Wikidata != "" && !wikidataRE.MatchString(a.Wikidata) {
				d.errorf(v.Line, "actor %s: wikidata %q is not an item id like Q7747", a.label(), a.Wikidata)
			}
		case "note":
			a.Note = d.str(v, "note")
		}
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	if !present["id"] {
		d.errorf(n.Line, "actor has no id")
	}
	if !present["name"] {
		d.errorf(n.Line, "actor %s has no name", a.label())
	}
	if !present["kind"] {
		d.errorf(n.Line, "actor %s has no kind (person, government, organisation or group)", a.label())
	}
	return a
}

func (a *Actor) label() string {
	if a.ID == "" {
		return "(no id)"
	}
	return strconv.Quote(a.ID)
}

func (d *decoder) role(n *yaml.Node) (Role, bool) {
	r := Role{Line: n.Line}
	var fromLine, toLine int
	present := map[string]bool{}
	d.fields(n, "role", roleFields, func(key string, v *yaml.Node) {
		present[key] = true
		switch key {
		case "title":
			r.Title = d.nonEmpty(v, "role title", "")
		case "from":
			r.From, fromLine = d.date(v, "role from"), v.Line
		case "to":
			r.To, toLine = d.date(v, "role to"), v.Line
		case "aliases":
			r.Aliases, _ = d.strs(v, "role aliases")
		}
	})
	if n.Kind != yaml.MappingNode {
		return r, false
	}
	if !present["title"] {
		d.errorf(n.Line, "role has no title")
	}
	if !r.From.IsZero() && !r.To.IsZero() && !r.From.Before(r.To) {
		d.errorf(max(fromLine, toLine), "role %q: from %s is not before to %s", r.Title,
			r.From.Format(time.DateOnly), r.To.Format(time.DateOnly))
	}
	return r, r.Title != ""
}

func (d *decoder) issue(n *yaml.Node) *Issue {
	is := &Issue{Line: n.Line}
	present := map[string]bool{}
	d.fields(n, "issue", issueFields, func(key string, v *yaml.Node) {
		present[key] = true
		switch key {
		case "id":
			is.ID = d.nonEmpty(v, "issue id", "")
			if is.ID != "" && !idRE.MatchString(is.ID) {
				d.errorf(v.Line, "issue id %q: use lower-case letters, digits and hyphens", is.ID)
			}
		case "label":
			is.Label = d.nonEmpty(v, "label", "issue "+is.label())
		case "parent":
			is.Parent = d.str(v, "issue parent")
			d.refLines[&is.Parent] = v.Line
		case "terms":
			is.Terms, d.termLines[is] = d.strs(v, "terms")
		case "patterns":
			var lines []int
			is.Patterns, lines = d.strs(v, "patterns")
			for i, p := range is.Patterns {
				re, err := regexp.Compile(p)
				var serr *syntax.Error
				if errors.As(err, &serr) {
					d.errorf(lines[i], "issue %s: pattern %q: %s", is.label(), p, serr.Code)
				} else if err != nil {
					d.errorf(lines[i], "issue %s: pattern %q: %v", is.label(), p, err)
				} else if re.MatchString("") {
					d.errorf(lines[i], "issue %s: pattern %q matches empty text", is.label(), p)
				}
			}
		case "note":
			is.Note = d.str(v, "note")
		}
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	if !present["id"] {
		d.errorf(n.Line, "issue has no id")
	}
	if !present["label"] {
		d.errorf(n.Line, "issue %s has no label", is.label())
	}
	return is
}

func (is *Issue) label() string {
	if is.ID == "" {
		return "(no id)"
	}
	return strconv.Quote(is.ID)
}
