// Package store owns Parley's ledger: the database that keeps documents, the statements (attributions)
// extracted from them and the actors who made them, plus the queries the CLI runs over it.
//
// Ledger is the interface the CLI uses; SQLite implements it on an embedded database file through
// modernc.org/sqlite (pure Go). The SQL is kept as portable as practical ($n placeholders, ON CONFLICT
// upserts, RETURNING) so that a PostgreSQL implementation can share it; what is dialect-specific (DDL,
// FTS5, pragmas) lives in files and migrations named after SQLite.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
)

// Ledger is the store as the rest of Parley sees it.
type Ledger interface {
	// SaveDocument stores doc and its statements in one transaction, or nothing when a document with the
	// same hash is already stored.
	SaveDocument(ctx context.Context, doc *ingest.Document, stmts []attrib.Statement) (SaveResult, error)
	// Statements lists statements matching q.
	Statements(ctx context.Context, q StatementQuery) ([]StatementRow, error)
	// Actors lists every actor with how often and when they were quoted.
	Actors(ctx context.Context) ([]ActorRow, error)
	// Documents lists stored documents without their raw text.
	Documents(ctx context.Context, q DocumentQuery) ([]DocumentRow, error)
	// Document returns one document with its raw text, or ErrNotFound.
	Document(ctx context.Context, id int64) (*DocumentRow, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Check verifies the database's integrity and that the search index matches the statements.
	Check(ctx context.Context) error
	// Close releases the database.
	Close() error
}

var (
	// ErrNotFound is returned when a requested row does not exist.
	ErrNotFound = errors.New("not found")
	// ErrBadQuery is returned (wrapped, with detail) when a search query cannot be used.
	ErrBadQuery = errors.New("bad search query")
)

// Actor types as stored; Statement.SpeakerType "" is stored as ActorUnknown.
const (
	ActorPerson       = "person"
	ActorOrganisation = "organisation"
	ActorAnonymous    = "anonymous"
	ActorUnknown      = "unknown"
)

// SaveResult reports what SaveDocument did.
type SaveResult struct {
	DocumentID int64 `json:"document_id"`
	// Created is false when the document was already stored; nothing was written then.
	Created bool `json:"created"`
	// Statements is the number of statements stored for the document (by this call or an earlier one).
	Statements int `json:"statements"`
}

// StatementQuery filters Statements. Zero fields do not filter.
type StatementQuery struct {
	// Speaker matches a case-insensitive substring of the speaker's name, with diacritics and punctuation
	// folded as in ActorKey: "witkoff" finds "Steve Witkoff".
	Speaker string
	// Search is full-text search over what was said and who said it. Each word must occur (a trailing *
	// makes it a prefix); FTS syntax in it is treated as plain text. Results are then ordered best first.
	Search string
	// Since (inclusive) and Until (exclusive) bound the document's published date, or its ingest time when
	// it has none.
	Since, Until time.Time
	Kind         attrib.Kind
	DocumentID   int64
	Limit        int // 0 means no limit
	Offset       int
}

// StatementRow is one stored statement with the text of its spans and the document it came from.
type StatementRow struct {
	ID         int64 `json:"id"`
	DocumentID int64 `json:"document_id"`
	Seq        int   `json:"seq"` // order in the document, from 0
	attrib.Statement
	SourceText  string `json:"source_text,omitempty"`
	CueText     string `json:"cue_text,omitempty"`
	ContentText string `json:"content_text"` // the pieces joined by a space when there are several
	ActorID     int64  `json:"actor_id,omitempty"`

	DocName      string    `json:"doc_name"`
	DocTitle     string    `json:"doc_title,omitempty"`
	DocOutlet    string    `json:"doc_outlet,omitempty"`
	DocURL       string    `json:"doc_url,omitempty"`
	DocPublished time.Time `json:"doc_published,omitzero"`

	// Snippet is the matching part of ContentText with [ ] around matched words; only set when searching.
	Snippet string `json:"snippet,omitempty"`
	// Rank is the bm25 score when searching; lower is better.
	Rank float64 `json:"rank,omitempty"`
}

// ActorRow is one actor with how often and when they were quoted.
type ActorRow struct {
	ID         int64     `json:"id"`
	Key        string    `json:"key"`
	Name       string    `json:"name"`
	Type       string    `json:"type"`
	Statements int       `json:"statements"`
	Documents  int       `json:"documents"`
	FirstSeen  time.Time `json:"first_seen,omitzero"` // earliest document date, zero with no statements
	LastSeen   time.Time `json:"last_seen,omitzero"`
}

// DocumentQuery pages through Documents.
type DocumentQuery struct {
	Limit  int // 0 means no limit
	Offset int
}

// DocumentRow is one stored document. Raw is only filled by Document.
type DocumentRow struct {
	ID         int64             `json:"id"`
	Hash       string            `json:"hash"`
	Name       string            `json:"name"`
	Path       string            `json:"path,omitempty"`
	URL        string            `json:"url,omitempty"`
	Outlet     string            `json:"outlet,omitempty"`
	Title      string            `json:"title,omitempty"`
	Author     string            `json:"author,omitempty"`
	Published  time.Time         `json:"published,omitzero"`
	IngestedAt time.Time         `json:"ingested_at"`
	BodyStart  int               `json:"body_start"`
	Meta       map[string]string `json:"meta,omitempty"`
	Statements int               `json:"statements"`
	Raw        string            `json:"raw,omitempty"`
}

// Stats counts what the ledger holds.
type Stats struct {
	Documents  int `json:"documents"`
	Statements int `json:"statements"`
	Actors     int `json:"actors"`
	// Unresolved counts statements whose speaker could not be resolved to an actor.
	Unresolved    int `json:"unresolved"`
	SchemaVersion int `json:"schema_version"`
}

// timeLayout is how dates are stored: UTC, whole seconds, fixed width, so that text order is time order.
const timeLayout = "2006-01-02T15:04:05Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// parseTime reads a stored date; NULL (or empty) is the zero time.
func parseTime(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, s.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored date %q: %w", s.String, err)
	}
	return t, nil
}
