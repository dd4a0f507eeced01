package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/parley-ledger/parley/internal/store"
)

// Error is an error with the HTTP status it should be answered with. Its message is shown to the client, so
// it must say what was wrong with the request and nothing about the server.
type Error struct {
	Status int
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

// errorf makes an *Error.
func errorf(status int, format string, args ...any) error {
	return &Error{Status: status, Msg: fmt.Sprintf(format, args...)}
}

// errorBody is the JSON every error is answered with.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// StatusOf maps an error from a handler or the store to an HTTP status and a message fit for the client.
// Errors the client cannot have caused are 500 with a generic message; the caller logs the detail.
func StatusOf(err error) (int, string) {
	var e *Error
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &e):
		return e.Status, e.Msg
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the limit of %d bytes", mbe.Limit)
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "not found"
	case errors.Is(err, store.ErrBadQuery):
		return http.StatusBadRequest, badQueryMessage(err)
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the request took too long"
	}
	return http.StatusInternalServerError, "internal error"
}

// badQueryMessage keeps the part of a store.ErrBadQuery error from the sentinel on: it names the query and
// the reason, not the operation or the database.
func badQueryMessage(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, store.ErrBadQuery.Error()); i >= 0 {
		return msg[i:]
	}
	return store.ErrBadQuery.Error()
}

// jsonBuffers recycles the buffers answers are encoded into.
var jsonBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer keeps the pool from holding on to the buffer of an exceptionally large answer.
const maxPooledBuffer = 1 << 20

// writeJSON answers v as JSON with the given status. The answer is encoded whole before it is sent, so
// that it goes out with its length in one write rather than in chunks of the server's 4 KB buffer.
func writeJSON(w http.ResponseWriter, status int, v any) {
	buf := jsonBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(true) // article text may hold markup; keep it inert even if served as HTML by mistake
	if err := enc.Encode(v); err != nil {
		// Only a value that cannot be JSON (a bug) gets here: say so rather than send half of it.
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":"internal error","status":500}` + "\n")
	}
	writeBody(w, status, buf)
}

// writeBody sends the JSON in buf, then gives buf back to jsonBuffers.
func writeBody(w http.ResponseWriter, status int, buf *bytes.Buffer) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes()) // the client has gone; nothing to do
	if buf.Cap() <= maxPooledBuffer {
		jsonBuffers.Put(buf)
	}
}

// writeError answers err as {"error", "status"}, logging what the client is not told.
func writeError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	status, msg := StatusOf(err)
	if status >= 500 && r.Context().Err() == nil {
		log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="parley"`)
	}
	writeJSON(w, status, errorBody{Error: msg, Status: status})
}

// Page limits.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// page is a requested slice of a list.
type page struct{ limit, offset int }

// parsePage reads ?limit= and ?offset=.
func parsePage(q url.Values) (page, error) {
	p := page{limit: DefaultLimit}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxLimit {
			return p, errorf(http.StatusBadRequest, "bad limit %q: want a number from 1 to %d", v, MaxLimit)
		}
		p.limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, errorf(http.StatusBadRequest, "bad offset %q: want a number from 0", v)
		}
		p.offset = n
	}
	return p, nil
}

// List is the envelope of every paginated answer. Total is set when it is known without extra work; Next
// is the URL of the following page, absent on the last.
type List[T any] struct {
	Items  []T  `json:"items"`
	Limit  int  `json:"limit"`
	Offset int  `json:"offset"`
	Total  *int `json:"total,omitempty"`
	// After is the cursor the page continues after, when it was asked for with one (statements).
	After string `json:"after,omitempty"`
	Next  string `json:"next,omitempty"`
}

// newList builds the answer from up to limit+1 fetched items; the extra one only says there is a next page.
func newList[T any](r *http.Request, p page, items []T, total *int) List[T] {
	more := len(items) > p.limit
	if more {
		items = items[:p.limit]
	}
	if items == nil {
		items = []T{}
	}
	l := List[T]{Items: items, Limit: p.limit, Offset: p.offset, Total: total}
	if more {
		l.Next = nextURL(r, p)
	}
	return l
}

// sliceList pages through items held in memory.
func sliceList[T any](r *http.Request, p page, all []T) List[T] {
	total := len(all)
	lo := min(p.offset, total)
	hi := min(p.offset+p.limit+1, total)
	return newList(r, p, all[lo:hi], &total)
}

// cursorURL is the URL of the page after cursor c: the request's own filters with after instead of offset.
func cursorURL(r *http.Request, p page, c store.StatementCursor) string {
	q := r.URL.Query()
	q.Del("offset")
	q.Set("limit", strconv.Itoa(p.limit))
	q.Set("after", strconv.FormatInt(c.DocumentID, 10)+"."+strconv.Itoa(c.Seq))
	return r.URL.Path + "?" + q.Encode()
}

// parseCursor reads an after= cursor: DOCUMENT.SEQ, as cursorURL writes it.
func parseCursor(v string) (*store.StatementCursor, error) {
	d, s, ok := strings.Cut(v, ".")
	doc, err1 := strconv.ParseInt(d, 10, 64)
	seq, err2 := strconv.Atoi(s)
	if !ok || err1 != nil || err2 != nil || doc < 1 || seq < 0 {
		return nil, errorf(http.StatusBadRequest, "bad after %q: want a cursor such as 12.3 from a next link", v)
	}
	return &store.StatementCursor{DocumentID: doc, Seq: seq}, nil
}

func nextURL(r *http.Request, p page) string {
	q := r.URL.Query()
	q.Set("limit", strconv.Itoa(p.limit))
	q.Set("offset", strconv.Itoa(p.offset+p.limit))
	return r.URL.Path + "?" + q.Encode()
}

// ParseDate reads a date filter: a day (2025-08-18), a month (2025-08), a minute (2025-08-18T07:41) or an
// RFC 3339 time. Days and minutes without a zone are UTC.
func ParseDate(name, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04", "2006-01"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errorf(http.StatusBadRequest, "bad %s %q: want a date such as 2025-08-18", name, v)
}

// parseID reads a positive integer path value.
func parseID(r *http.Request, name string) (int64, error) {
	v := r.PathValue(name)
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id < 1 {
		return 0, errorf(http.StatusBadRequest, "bad %s %q: want a positive number", name, v)
	}
	return id, nil
}

// parseIDParam reads an optional positive integer query parameter.
func parseIDParam(q url.Values, name string) (int64, error) {
	v := q.Get(name)
	if v == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id < 1 {
		return 0, errorf(http.StatusBadRequest, "bad %s %q: want a positive number", name, v)
	}
	return id, nil
}

// parseBool reads an optional boolean query parameter: 1/true/yes or 0/false/no.
func parseBool(q url.Values, name string) (bool, error) {
	switch strings.ToLower(q.Get(name)) {
	case "":
		return false, nil
	case "1", "true", "yes":
		return true, nil
	case "0", "false", "no":
		return false, nil
	}
	return false, errorf(http.StatusBadRequest, "bad %s %q: want 1 or 0", name, q.Get(name))
}
