package codebook

import (
	"fmt"
	"strings"
)

// checkRefs runs the checks that need the whole file: unique ids, references that resolve, names that
// point at one actor only, terms that belong to one issue only, parent chains without loops.
func (d *decoder) checkRefs(cb *Codebook) {
	actors := map[string]*Actor{}
	for _, a := range cb.Actors {
		if a.ID == "" {
			continue
		}
		if first, ok := actors[a.ID]; ok {
			d.errorf(a.Line, "duplicate actor id %q (first at line %d)", a.ID, first.Line)
			continue
		}
		actors[a.ID] = a
	}
	for _, a := range cb.Actors {
		if a.Affiliation == "" {
			continue
		}
		line := d.refLines[&a.Affiliation]
		if a.Affiliation == a.ID {
			d.errorf(line, "actor %q is affiliated with itself", a.ID)
		} else if _, ok := actors[a.Affiliation]; !ok {
			d.errorf(line, "actor %s: affiliation %q is not an actor id", a.label(), a.Affiliation)
		}
	}
	d.checkNames(cb)

	issues := map[string]*Issue{}
	hasChild := map[string]bool{}
	for _, is := range cb.Issues {
		if is.ID == "" {
			continue
		}
		if first, ok := issues[is.ID]; ok {
			d.errorf(is.Line, "duplicate issue id %q (first at line %d)", is.ID, first.Line)
			continue
		}
		issues[is.ID] = is
	}
	for _, is := range cb.Issues {
		if is.Parent == "" {
			continue
		}
		hasChild[is.Parent] = true
		line := d.refLines[&is.Parent]
		if _, ok := issues[is.Parent]; !ok {
			d.errorf(line, "issue %s: parent %q is not an issue id", is.label(), is.Parent)
			continue
		}
		chain := []string{is.ID}
		for p := is.Parent; p != "" && len(chain) <= len(issues); {
			chain = append(chain, p)
			if p == is.ID {
				d.errorf(line, "issue %q: parent chain loops back to it (%s)", is.ID, strings.Join(chain, " -> "))
				break
			}
			next, ok := issues[p]
			if !ok {
				break
			}
			p = next.Parent
		}
	}
	terms := map[string]*Issue{}
	termLine := map[string]int{}
	for _, is := range cb.Issues {
		if len(is.Terms) == 0 && len(is.Patterns) == 0 && !hasChild[is.ID] {
			d.errorf(is.Line, "issue %s has no terms or patterns, and no narrower issue", is.label())
		}
		lines := d.termLines[is]
		for i, t := range is.Terms {
			line := is.Line
			if i < len(lines) {
				line = lines[i]
			}
			key := strings.Join(wordStrings(t), " ")
			if key == "" {
				d.errorf(line, "issue %s: term %q has no letters or digits", is.label(), t)
				continue
			}
			if other, ok := terms[key]; ok && other != is {
				d.errorf(line, "issue %s: term %q is already a term of issue %q (line %d)", is.label(), t, other.ID, termLine[key])
				continue
			}
			terms[key], termLine[key] = is, line
		}
	}
}

// checkNames makes sure every name, alias and metonym points at one actor.
func (d *decoder) checkNames(cb *Codebook) {
	type owner struct {
		a    *Actor
		line int
		what string
	}
	seen := map[string]owner{}
	add := func(a *Actor, s string, line int, what string) {
		key := normKey(s)
		if key == "" {
			d.errorf(line, "actor %s: %s %q has no letters or digits", a.label(), what, s)
			return
		}
		if o, ok := seen[key]; ok && o.a != a {
			d.errorf(line, "actor %s: %s %q already names actor %s (%s at line %d)", a.label(), what, s, o.a.label(), o.what, o.line)
			return
		}
		if _, ok := seen[key]; !ok {
			seen[key] = owner{a, line, what}
		}
	}
	lineOf := func(lines []int, i, def int) int {
		if i < len(lines) {
			return lines[i]
		}
		return def
	}
	for _, a := range cb.Actors {
		if a.Name != "" {
			add(a, a.Name, lineOr(d.nameLines[a], a.Line), "name")
		}
		for i, s := range a.Aliases {
			add(a, s, lineOf(d.aliasLines[a], i, a.Line), "alias")
		}
		for i, s := range a.Metonyms {
			add(a, s, lineOf(d.metonymLines[a], i, a.Line), "metonym")
		}
	}
}

func lineOr(line, def int) int {
	if line > 0 {
		return line
	}
	return def
}

// String describes an actor for messages: `"putin" (Vladimir Putin)`.
func (a *Actor) String() string { return fmt.Sprintf("%q (%s)", a.ID, a.Name) }
