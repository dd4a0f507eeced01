package attrib

import (
	"strings"

	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// writtenPieces name a piece of writing that a publishing verb puts out ("published a story about C"); with
// "about" after them the whole phrase up to the preposition is the cue and what the piece is about is the
// content.
var writtenPieces = map[string]bool{
	"story": true, "report": true, "article": true, "column": true, "op-ed": true, "essay": true, "piece": true,
	"letter": true, "statement": true, "message": true, "memo": true, "note": true, "tweet": true, "post": true,
	"email": true, "e-mail": true, "editorial": true, "commentary": true, "blog": true, "video": true,
}

// documentAbout extends the cue of a publishing verb over an indefinite object that names a piece of writing
// and the "about" after it: "published a story about C", "wrote an open letter about C", "issued a tweet about
// C". PolNeAR marks the verb, the object and the preposition as the cue; a definite object ("posted the story
// on Facebook") is a thing handled, not a statement, and stays out. k is where content would start and cueEnd
// the cue's end; both move past "about".
func (r *run) documentAbout(c cue, k, cueEnd, end int) (int, int) {
	if k != cueEnd || k+2 >= end || r.l.InQuote[k] >= 0 {
		return k, cueEnd
	}
	if w := r.low(k); w != "a" && w != "an" || !wordset.Has(gPublishVerbs, r.low(c.verb)) {
		return k, cueEnd
	}
	for j := k + 1; j < end-2 && j <= k+3; j++ {
		if r.kind(j) != text.Word || r.l.InQuote[j] >= 0 {
			break
		}
		if writtenPieces[r.low(j)] {
			if r.low(j+1) == "about" && r.l.InQuote[j+1] < 0 {
				return j + 2, j + 2
			}
			break
		}
	}
	return k, cueEnd
}

// approxAbout reports whether "about" at token i is an approximator before an amount rather than a preposition:
// "predicted about a third of the seats", "said about half of the drivers", "counted about 900 pages". The
// amount is what was said, so "about" opens the content and stays out of the cue.
func (r *run) approxAbout(i, end int) bool {
	if i+1 >= end || r.low(i) != "about" {
		return false
	}
	n := i + 1
	if r.kind(n) == text.Punct && n+1 < end && (r.tok(n) == "$" || r.tok(n) == "€" || r.tok(n) == "£") {
		n++ // "about $5 million"
	}
	switch w := r.low(n); {
	case r.kind(n) == text.Number:
		return true
	case w == "a" || w == "one":
		// "about a third", "about one in five"
		return n+1 < end && (r.in(n+1, sFraction) && r.low(n+1) != "a" && r.low(n+1) != "one" || r.low(n+1) == "dozen" || r.low(n+1) == "in")
	case w == "half" || strings.Contains(w, "-third") || strings.Contains(w, "-quarter") || strings.Contains(w, "-fifth"):
		return true
	default:
		return r.in(n, sNumberWord) || w == "twenty" || w == "thirty" || w == "forty" || w == "fifty" || w == "sixty" ||
			w == "seventy" || w == "eighty" || w == "ninety" || w == "hundred" || w == "thousand"
	}
}

// launchVerbs put out an ad or a video as publishVerbs put out a statement: "launched an ad campaign that".
var launchVerbs = map[string]bool{
	"launched": true, "launches": true, "launching": true, "aired": true, "airs": true, "airing": true,
	"ran": true, "runs": true, "running": true, "unveiled": true, "unveils": true, "unveiling": true,
}

// mediaPieces are what a campaign or a group puts out that a relative clause then reports ("a video that
// accuses"), beyond recall3's documentNouns.
var mediaPieces = map[string]bool{
	"video": true, "videos": true, "campaign": true, "data": true, "documentary": true, "mini-documentary": true,
	"piece": true, "story": true, "commercial": true, "spot": true,
}

// publishedRelative handles a relative clause on a piece that the sentence's subject puts out: "The campaign
// released a new video that accuses the mayor of C". PolNeAR's cue runs from the publishing verb through the
// relative pronoun to the clause's verb ("released a new video that accuses"), and the source is who put the
// piece out, not the pronoun. rel is the relative pronoun; it returns the cue's first token and the source,
// or -1.
func (r *run) publishedRelative(rel int, s text.Sentence) (first, src, srcEnd int) {
	n := rel - 1
	if n-2 < s.FirstTok || r.l.InQuote[n] >= 0 || r.claimed[n] || !(documentNouns[r.low(n)] || mediaPieces[r.low(n)]) {
		return -1, -1, -1
	}
	// Back over the piece's modifiers to an indefinite article and the verb before it: "a new 30-second ad",
	// "a short documentary and ad campaign".
	j, art := n-1, false
	for ; j > s.FirstTok && j >= n-5; j-- {
		if r.l.InQuote[j] >= 0 || r.claimed[j] || r.kind(j) != text.Word {
			return -1, -1, -1
		}
		if w := r.low(j); w == "a" || w == "an" {
			art = true
			j--
			break
		}
	}
	if !art || j < s.FirstTok || r.isCap(j) || r.l.InQuote[j] >= 0 || r.claimed[j] {
		return -1, -1, -1
	}
	v := j
	if w := r.low(v); !wordset.Has(gPublishVerbs, w) && !wordset.Has(gLaunchVerbs, w) {
		return -1, -1, -1
	}
	first = r.auxStart(v, s.FirstTok)
	se := r.subjectEnd(cue{first: first, verb: v}, s.FirstTok)
	src, srcEnd = r.npLeft(se, s.FirstTok), se
	if src < 0 || r.is(src, cRelative) || (src > s.FirstTok && !r.subjectStart(src, s.FirstTok) && !r.afterIntro(src, s)) ||
		r.anyClaimed(src, srcEnd) || r.anyClaimed(first, rel) {
		return -1, -1, -1
	}
	return first, src, srcEnd
}
