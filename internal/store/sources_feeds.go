package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Feed is one polled feed and what the poller keeps about it between polls.
type Feed struct {
	ID    int64  `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title,omitempty"`
	// Interval is the time between successful polls.
	Interval     time.Duration `json:"interval"`
	ETag         string        `json:"etag,omitempty"`
	LastModified string        `json:"last_modified,omitempty"`
	NextPoll     time.Time     `json:"next_poll"`
	LastPolled   time.Time     `json:"last_polled,omitzero"`
	// Failures counts consecutive failed polls; LastError is the latest failure, or an item's.
	Failures  int       `json:"failures"`
	LastError string    `json:"last_error,omitempty"`
	AddedAt   time.Time `json:"added_at"`
	// Seen holds the keys of items already read, newest last.
	Seen []string `json:"-"`
}

// MinFeedInterval is the shortest interval AddFeed accepts: polling more often is impolite to publishers.
const MinFeedInterval = time.Minute

// CheckFeedURL refuses anything but an absolute http(s) URL.
func CheckFeedURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("feed URL %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("feed URL %q: want an absolute http or https URL", raw)
	}
	return nil
}

// AddFeed starts watching feedURL, due at once. Adding a feed already watched sets its interval and
// reports created false.
func (s *Sources) AddFeed(ctx context.Context, feedURL string, interval time.Duration) (f Feed, created bool, err error) {
	feedURL = strings.TrimSpace(feedURL)
	if err := CheckFeedURL(feedURL); err != nil {
		return Feed{}, false, err
	}
	if interval < MinFeedInterval {
		return Feed{}, false, fmt.Errorf("add feed %s: interval %v is shorter than %v", feedURL, interval, MinFeedInterval)
	}
	now := s.l.now()
	tx, err := s.l.w.BeginTx(ctx, nil)
	if err != nil {
		return Feed{}, false, fmt.Errorf("add feed %s: begin: %w", feedURL, err)
	}
	defer tx.Rollback()
	var id int64
	err = tx.QueryRowContext(ctx, `
		INSERT INTO feeds (url, interval_seconds, next_poll, added_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (url) DO NOTHING
		RETURNING id`, feedURL, int64(interval/time.Second), s.l.d.timeArg(now), s.l.d.timeArg(now)).Scan(&id)
	created = err == nil
	if errors.Is(err, sql.ErrNoRows) {
		_, err = tx.ExecContext(ctx, `UPDATE feeds SET interval_seconds = $1 WHERE url = $2`, int64(interval/time.Second), feedURL)
	}
	if err != nil {
		return Feed{}, false, fmt.Errorf("add feed %s: %w", feedURL, err)
	}
	if err := tx.Commit(); err != nil {
		return Feed{}, false, fmt.Errorf("add feed %s: commit: %w", feedURL, err)
	}
	f, err = s.feed(ctx, s.l.w, feedURL)
	return f, created, err
}

// RemoveFeed stops watching feedURL; the documents read from it stay. An unknown URL is ErrNotFound.
func (s *Sources) RemoveFeed(ctx context.Context, feedURL string) error {
	res, err := s.l.w.ExecContext(ctx, `DELETE FROM feeds WHERE url = $1`, strings.TrimSpace(feedURL))
	if err != nil {
		return fmt.Errorf("remove feed %s: %w", feedURL, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("feed %s: %w", feedURL, ErrNotFound)
	}
	return nil
}

const feedColumns = `id, url, title, interval_seconds, etag, last_modified, next_poll, last_polled, failures, last_error,
	added_at, seen`

// Feeds lists every watched feed, in the order they were added.
func (s *Sources) Feeds(ctx context.Context) ([]Feed, error) {
	return s.feeds(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
}

// DueFeeds lists the feeds whose next poll is not after now, most overdue first.
func (s *Sources) DueFeeds(ctx context.Context, now time.Time) ([]Feed, error) {
	return s.feeds(ctx, `SELECT `+feedColumns+` FROM feeds WHERE next_poll <= $1 ORDER BY next_poll, id`, s.l.d.timeArg(now))
}

func (s *Sources) feeds(ctx context.Context, query string, vals ...any) ([]Feed, error) {
	rows, err := s.l.r.QueryContext(ctx, query, vals...)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("list feeds: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return out, nil
}

func (s *Sources) feed(ctx context.Context, db *sql.DB, feedURL string) (Feed, error) {
	f, err := scanFeed(db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = $1`, feedURL))
	if errors.Is(err, sql.ErrNoRows) {
		return Feed{}, fmt.Errorf("feed %s: %w", feedURL, ErrNotFound)
	}
	if err != nil {
		return Feed{}, fmt.Errorf("read feed %s: %w", feedURL, err)
	}
	return f, nil
}

func scanFeed(sc interface{ Scan(...any) error }) (Feed, error) {
	var (
		f                         Feed
		secs                      int64
		next, polled, added, seen sql.NullString
	)
	if err := sc.Scan(&f.ID, &f.URL, &f.Title, &secs, &f.ETag, &f.LastModified, &next, &polled, &f.Failures,
		&f.LastError, &added, &seen); err != nil {
		return Feed{}, err
	}
	f.Interval = time.Duration(secs) * time.Second
	var err error
	if f.NextPoll, err = parseTime(next); err != nil {
		return Feed{}, fmt.Errorf("feed %s: %w", f.URL, err)
	}
	if f.LastPolled, err = parseTime(polled); err != nil {
		return Feed{}, fmt.Errorf("feed %s: %w", f.URL, err)
	}
	if f.AddedAt, err = parseTime(added); err != nil {
		return Feed{}, fmt.Errorf("feed %s: %w", f.URL, err)
	}
	if seen.Valid && seen.String != "" {
		if err := json.Unmarshal([]byte(seen.String), &f.Seen); err != nil {
			return Feed{}, fmt.Errorf("feed %s: seen items: %w", f.URL, err)
		}
	}
	return f, nil
}

// SaveFeedState records a poll of f: its validators, schedule, failures and seen items. The interval and
// the date added are the user's and are kept. A feed removed meanwhile stays removed.
func (s *Sources) SaveFeedState(ctx context.Context, f Feed) error {
	seen, err := json.Marshal(f.Seen)
	if err != nil {
		return fmt.Errorf("save feed %s: encode seen items: %w", f.URL, err)
	}
	if f.Seen == nil {
		seen = []byte("[]")
	}
	var polled any
	if !f.LastPolled.IsZero() {
		polled = s.l.d.timeArg(f.LastPolled)
	}
	_, err = s.l.w.ExecContext(ctx, `UPDATE feeds SET title = $1, etag = $2, last_modified = $3, next_poll = $4,
		last_polled = $5, failures = $6, last_error = $7, seen = $8 WHERE url = $9`,
		f.Title, f.ETag, f.LastModified, s.l.d.timeArg(f.NextPoll), polled, f.Failures, f.LastError, string(seen), f.URL)
	if err != nil {
		return fmt.Errorf("save feed %s: %w", f.URL, err)
	}
	return nil
}
