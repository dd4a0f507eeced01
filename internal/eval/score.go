package eval

import (
	"fmt"
	"strconv"
	"strings"
)

// roles are the spans scored, in the order the script reports them.
var roles = [...]string{"source", "cue", "content"}

// Scores are precision, recall and F1.
type Scores struct{ P, R, F1 float64 }

// RoleResult holds one role's figures.
type RoleResult struct {
	Role         string
	Exact, Token Scores
	Gold, Pred   int // distinct non-optional gold spans; distinct predicted spans not matching an optional one
}

// Result is what Score computes. Roles lists only the roles the gold set annotates.
type Result struct {
	Roles []RoleResult
	// SpeakerFound counts gold statements with a speaker that a prediction covers (half their tokens or more);
	// SpeakerHit those whose best-covering prediction names the same speaker.
	SpeakerFound, SpeakerHit int
}

// SpeakerAccuracy is SpeakerHit/SpeakerFound; ok is false when nothing was found.
func (r Result) SpeakerAccuracy() (acc float64, ok bool) {
	if r.SpeakerFound == 0 {
		return 0, false
	}
	return float64(r.SpeakerHit) / float64(r.SpeakerFound), true
}

// predRec is a prediction in character offsets.
type predRec struct {
	roles   [3][]seg
	speaker string
}

// Score compares predictions with the gold set as the script does. Predictions for documents outside the gold
// set are ignored; an offset that is not on a character boundary of its document is an error.
func Score(g *Gold, preds []Prediction) (Result, error) {
	byDoc := map[*GoldDoc][]predRec{}
	for _, p := range preds {
		d := g.Doc(docName(p.Doc))
		if d == nil {
			continue
		}
		if p.err != nil {
			return Result{}, fmt.Errorf("line %d: %w (document %s)", p.Line, p.err, d.Name)
		}
		var rec predRec
		for i, sp := range [3]*PredSpan{p.Source, p.Cue, p.Content} {
			if sp == nil {
				continue
			}
			pairs := sp.Spans
			if len(pairs) == 0 {
				pairs = [][2]int{{sp.Start, sp.End}}
			}
			for _, pr := range pairs {
				s, ok1 := d.char(pr[0])
				e, ok2 := d.char(pr[1])
				if !ok1 || !ok2 {
					return Result{}, fmt.Errorf("line %d: %s offsets %v are not on UTF-8 character boundaries of %s",
						p.Line, roles[i], pairs, d.Name)
				}
				rec.roles[i] = append(rec.roles[i], seg{s, e})
			}
		}
		rec.speaker = p.Speaker
		if rec.roles[2] != nil {
			byDoc[d] = append(byDoc[d], rec)
		}
	}

	var res Result
	for ri, role := range roles {
		var exTP, exNP, exNG, tkTP, tkNP, tkNG int
		for _, d := range g.Docs {
			gs, opt, ps := map[string]bool{}, map[string]bool{}, map[string]bool{}
			var gSegs, oSegs, pSegs []seg
			for _, st := range d.Statements {
				segs := st.role(ri)
				if segs == nil {
					continue
				}
				key, tr := trimmed(d.text, segs)
				if st.Optional {
					opt[key] = true
					oSegs = append(oSegs, tr...)
				} else {
					gs[key] = true
					gSegs = append(gSegs, tr...)
				}
			}
			for _, p := range byDoc[d] {
				if p.roles[ri] == nil {
					continue
				}
				key, tr := trimmed(d.text, p.roles[ri])
				ps[key] = true
				pSegs = append(pSegs, tr...)
			}
			for k := range ps {
				if gs[k] {
					exTP++
				}
				if !opt[k] {
					exNP++
				}
			}
			exNG += len(gs)
			gt, ot := tokens(d.text, gSegs), tokens(d.text, oSegs)
			pt := tokens(d.text, pSegs).minus(ot.minus(gt)) // tokens only optional statements hold count neither way
			tkTP += gt.common(pt)
			tkNP += len(pt)
			tkNG += len(gt)
		}
		if exNG == 0 {
			continue
		}
		res.Roles = append(res.Roles, RoleResult{Role: role, Exact: f1(exTP, exNP, exNG), Token: f1(tkTP, tkNP, tkNG), Gold: exNG, Pred: exNP})
	}

	for _, d := range g.Docs {
		for _, st := range d.Statements {
			if st.Speaker == "" || st.Optional {
				continue
			}
			gt := tokens(d.text, toSegs(st.Content))
			best, bp := 0.0, -1
			for i, p := range byDoc[d] {
				ov := float64(gt.common(tokens(d.text, p.roles[2]))) / float64(max(1, len(gt)))
				if ov > best {
					best, bp = ov, i
				}
			}
			if bp >= 0 && best >= 0.5 {
				res.SpeakerFound++
				if sameSpeaker(st.Speaker, byDoc[d][bp].speaker) {
					res.SpeakerHit++
				}
			}
		}
	}
	return res, nil
}

func (st *GoldStatement) role(i int) []seg {
	switch i {
	case 0:
		return toSegs(st.Source)
	case 1:
		return toSegs(st.Cue)
	}
	return toSegs(st.Content)
}

func toSegs(s []Segment) []seg {
	if s == nil {
		return nil
	}
	out := make([]seg, len(s))
	for i, x := range s {
		out[i] = seg{x.Start, x.End}
	}
	return out
}

// trimmed trims each segment and returns them with a key that is equal for equal tuples of segments.
func trimmed(text []rune, segs []seg) (string, []seg) {
	out := make([]seg, len(segs))
	var b strings.Builder
	for i, g := range segs {
		out[i] = trim(text, g)
		fmt.Fprintf(&b, "%d:%d;", out[i].s, out[i].e)
	}
	return b.String(), out
}

func f1(tp, np, ng int) Scores {
	var s Scores
	if np > 0 {
		s.P = float64(tp) / float64(np)
	}
	if ng > 0 {
		s.R = float64(tp) / float64(ng)
	}
	if s.P+s.R != 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Report is the script's text output: one line per role, the speaker accuracy, and the summary line.
func (r Result) Report() string {
	var b strings.Builder
	for _, v := range r.Roles {
		fmt.Fprintf(&b, "%-8s  exact P %.3f R %.3f F1 %.3f   token P %.3f R %.3f F1 %.3f   (gold %d, pred %d)\n",
			v.Role, v.Exact.P, v.Exact.R, v.Exact.F1, v.Token.P, v.Token.R, v.Token.F1, v.Gold, v.Pred)
	}
	if acc, ok := r.SpeakerAccuracy(); ok {
		fmt.Fprintf(&b, "speaker   accuracy on found statements %.3f\n", acc)
	}
	b.WriteString(r.Summary())
	b.WriteByte('\n')
	return b.String()
}

// Summary is the script's last line, without its newline.
func (r Result) Summary() string {
	parts := make([]string, len(r.Roles))
	for i, v := range r.Roles {
		parts[i] = fmt.Sprintf("%s_exact_f1=%.3f %s_token_f1=%.3f", v.Role, v.Exact.F1, v.Role, v.Token.F1)
	}
	s := strings.Join(parts, " ")
	if acc, ok := r.SpeakerAccuracy(); ok {
		s += fmt.Sprintf(" speaker_acc=%.3f", acc)
	}
	return "summary: " + s
}

// JSON is the script's --json output, byte for byte, without the trailing newline.
func (r Result) JSON() string {
	var items []string
	for _, v := range r.Roles {
		items = append(items, fmt.Sprintf("%q: {\"exact\": [%s, %s, %s], \"token\": [%s, %s, %s], \"gold\": %d, \"pred\": %d}",
			v.Role, pyFloat(v.Exact.P), pyFloat(v.Exact.R), pyFloat(v.Exact.F1),
			pyFloat(v.Token.P), pyFloat(v.Token.R), pyFloat(v.Token.F1), v.Gold, v.Pred))
	}
	if acc, ok := r.SpeakerAccuracy(); ok {
		items = append(items, "\"speaker_accuracy\": "+pyFloat(acc))
	}
	return "{" + strings.Join(items, ", ") + "}"
}

// pyFloat is Python's repr of a finite float: the shortest round-trip digits, in positional notation for
// exponents from -4 to 15 (with ".0" when integral) and scientific notation otherwise.
func pyFloat(f float64) string {
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}
