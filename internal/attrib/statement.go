package attrib

import "github.com/parley-ledger/parley/internal/text"

// Kind says how a statement reports its content.
type Kind string

const (
	Direct   Kind = "direct"   // the content is all inside quote marks
	Indirect Kind = "indirect" // reported speech with no quote marks
	Mixed    Kind = "mixed"    // reported speech that quotes some words
)

// Statement is one attribution found in a document: who (Source) said (Cue) what (Content).
// Spans are byte offsets into the document's raw text.
type Statement struct {
	Kind   Kind       `json:"kind"`
	Source *text.Span `json:"source,omitempty"` // the mention of the speaker in the text; nil when none is written
	Cue    *text.Span `json:"cue,omitempty"`    // the reporting verb or phrase; nil for a continued quote
	// Content is the whole extent of what was said, at most MaxContent bytes; Pieces lists its parts, in order,
	// when the attribution interrupts it, and is nil otherwise.
	Content text.Span   `json:"content"`
	Pieces  []text.Span `json:"pieces,omitempty"`
	// Speaker is the mention resolved to a name ("Steve Witkoff" for "he"); empty when it cannot be resolved.
	Speaker string `json:"speaker,omitempty"`
	// SpeakerType is "person", "organisation", "anonymous" or "" when unknown.
	SpeakerType string `json:"speaker_type,omitempty"`
	Medium      string `json:"medium,omitempty"` // where it was said: "CNN" for "told CNN"
	// Rule names the extraction rule that fired and Evidence explains it, for `parley extract --explain`.
	Rule     string `json:"rule"`
	Evidence string `json:"evidence,omitempty"`
}
