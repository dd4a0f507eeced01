package attrib

import (
	"github.com/parley-ledger/parley/internal/text"
	"github.com/parley-ledger/parley/internal/wordset"
)

// Cue spans of statements put out as a campaign piece: "placed newspaper ads calling for C", "ran an ad
// accusing X of C", "released a report charging C". PolNeAR marks the whole "placed newspaper ads calling" as
// the cue, as it does "issued a statement saying" (published.go), and the subject of the outer verb as the
// source; without these the piece's noun became the source of the gerund ("newspaper ads" / "calling").

// pieceVerbs put out an ad or a report as publishVerbs put out a statement.
var pieceVerbs = map[string]bool{
	"launched": true, "launches": true, "launching": true, "placed": true, "places": true, "placing": true,
	"aired": true, "airs": true, "airing": true, "ran": true, "runs": true, "running": true, "unveiled": true,
	"unveils": true, "unveiling": true,
}

// pieceNouns are what a campaign or an office puts out beyond publishedNouns.
var pieceNouns = map[string]bool{
	"ad": true, "ads": true, "report": true, "story": true, "messages": true, "emails": true, "letters": true,
	"videos": true, "tweets": true, "robocall": true, "pitch": true, "pitches": true, "mailer": true, "mailers": true,
	"advertisement": true, "advertisements": true, "commercial": true, "spot": true, "flyer": true, "flyers": true,
}

// gPieceVerbs and gPieceNouns gate pieceVerbs and pieceNouns.
var (
	gPieceVerbs = wordset.NewGate(pieceVerbs)
	gPieceNouns = wordset.NewGate(pieceNouns)
)

// pubVerb reports whether token j puts out a statement or a piece.
func (r *run) pubVerb(j int) bool {
	w := r.low(j)
	return wordset.Has(gPublishVerbs, w) || wordset.Has(gPieceVerbs, w)
}

// pubNoun reports whether token j names what pubVerb puts out.
func (r *run) pubNoun(j int) bool {
	w := r.low(j)
	return wordset.Has(gPublishedNouns, w) || wordset.Has(gPieceNouns, w)
}

// pieceGerunds say what a piece says without being cue verbs of their own: "a report detailing C".
var pieceGerunds = map[string]bool{
	"detailing": true, "reading": true, "outlining": true, "documenting": true, "listing": true, "showing": true,
	"featuring": true, "disputing": true, "highlighting": true, "charging": true, "targeting": true,
	"deploring": true, "spotlighting": true,
}

// pieceGerund extends the cue of a verb that puts out a piece over the piece and the gerund (or "that" and
// verb) that says what it says: "published a report detailing C", "posted a note on Twitter reading C",
// "wrote a letter to Ms. Ortiz asking C", "posted a short campaign note on Twitter that showed C". PolNeAR marks
// the whole phrase as the cue and what follows the gerund as the content, as published.go does for
// "issued a statement saying"; only an indefinite piece counts ("posted the video" handles a thing). k is
// where content would start and cueEnd the cue's end; both move past the gerund.
func (r *run) pieceGerund(c cue, k, cueEnd, end int) (int, int) {
	if k != cueEnd || k+3 >= end || r.l.InQuote[k] >= 0 {
		return k, cueEnd
	}
	if w := r.low(k); w != "a" && w != "an" || !r.pubVerb(c.verb) {
		return k, cueEnd
	}
	n := -1
	for j := k + 1; j < end && j <= k+5; j++ {
		if r.l.InQuote[j] >= 0 || r.claimed[j] || r.kind(j) == text.Quote || r.kind(j) == text.Punct && !r.is(j, cComma) {
			return k, cueEnd
		}
		if r.pubNoun(j) {
			n = j
			break
		}
	}
	if n < 0 {
		return k, cueEnd
	}
	g := n + 1
	if g+1 < end && (r.low(g) == "on" || r.low(g) == "to") && r.isCap(g+1) && r.l.InQuote[g+1] < 0 {
		// "on Twitter", "to Ms. Ortiz": a medium or an addressee of a few capitalised
		// tokens, a title's stop included.
		j := g + 1
		for j < end && j < g+5 && (r.isCap(j) || r.tok(j) == "." && r.isCap(j-1)) && r.l.InQuote[j] < 0 {
			j++
		}
		g = j
	}
	if g < end && r.in(g, sWeekday) {
		g++
	}
	if g < end && r.adverbLy(g) {
		g++ // "a letter strongly disputing"
	}
	if g+1 >= end || r.l.InQuote[g] >= 0 || r.claimed[g] {
		return k, cueEnd
	}
	if r.low(g) == "that" {
		if vf, ok := r.verb(g + 1); ok && !vf.gerund && r.l.InQuote[g+1] < 0 && !r.claimed[g+1] {
			return g + 2, g + 2 // "a campaign message that showed C"
		}
		return k, cueEnd
	}
	if vf, ok := r.verb(g); ok && vf.gerund || pieceGerunds[r.low(g)] {
		return g + 1, g + 1
	}
	return k, cueEnd
}
