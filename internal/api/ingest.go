package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/web"
)

// IngestRequest is the JSON body of POST /api/v1/ingest: exactly one of Text (an article, optionally with a
// "key: value" header block) and URL (a page to fetch).
type IngestRequest struct {
	Text string `json:"text,omitempty"`
	URL  string `json:"url,omitempty"`
	// Name is the document's name; by default it is derived from the URL or the text's hash.
	Name string `json:"name,omitempty"`
}

// IngestResult is the answer to an ingest: 201 when the document is new, 200 when it was stored already.
type IngestResult struct {
	DocumentID int64  `json:"document_id"`
	Created    bool   `json:"created"`
	Statements int    `json:"statements"`
	Name       string `json:"name"`
	Title      string `json:"title,omitempty"`
	Location   string `json:"location"`
}

// ingest stores one article sent as text/plain (the body, ?name=) or as JSON (IngestRequest).
func (a *API) ingest(w http.ResponseWriter, r *http.Request) error {
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil && r.Header.Get("Content-Type") != "" {
		return errorf(http.StatusUnsupportedMediaType, "bad Content-Type %q", r.Header.Get("Content-Type"))
	}
	var req IngestRequest
	switch ct {
	case "application/json":
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return err
			}
			return errorf(http.StatusBadRequest, "bad JSON body: %v", err)
		}
		if dec.More() {
			return errorf(http.StatusBadRequest, "bad JSON body: more than one value")
		}
		if (req.Text == "") == (req.URL == "") {
			return errorf(http.StatusBadRequest, `send exactly one of "text" and "url"`)
		}
	case "text/plain":
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return fmt.Errorf("read request body: %w", err)
		}
		req.Text = string(body)
		req.Name = r.URL.Query().Get("name")
	default:
		return errorf(http.StatusUnsupportedMediaType, "unsupported Content-Type %q: send text/plain (the article) or application/json", ct)
	}
	if err := checkName(req.Name); err != nil {
		return err
	}
	ctx := r.Context()
	var doc *ingest.Document
	if req.URL != "" {
		doc, err = a.fetchDocument(ctx, req.URL, req.Name)
	} else {
		doc, err = a.textDocument(req.Text, req.Name)
	}
	if err != nil {
		return err
	}
	sr, err := a.save(ctx, doc)
	if err != nil {
		return fmt.Errorf("store %s: %w", doc.Name, err)
	}
	loc := "/api/v1/documents/" + strconv.FormatInt(sr.DocumentID, 10)
	status := http.StatusOK
	if sr.Created {
		status = http.StatusCreated
		a.events.PublishDocument(DocumentEvent{ID: sr.DocumentID, Name: doc.Name, Title: doc.Title, Outlet: doc.Outlet, Published: doc.Published, Statements: sr.Statements})
		if st, err := a.ledger.Stats(ctx); err == nil {
			a.events.Publish(Event{Type: "stats", Stats: &st})
		}
	}
	w.Header().Set("Location", loc)
	writeJSON(w, status, IngestResult{DocumentID: sr.DocumentID, Created: sr.Created, Statements: sr.Statements, Name: doc.Name, Title: doc.Title, Location: loc})
	return nil
}

// save analyses doc and stores it with its claims and in its story cluster, as `parley ingest` does.
func (a *API) save(ctx context.Context, doc *ingest.Document) (store.SaveResult, error) {
	sr, err := a.writer.Save(ctx, doc)
	return sr.SaveResult, err
}

// checkName refuses document names that would be confusing to show: too long or with control characters.
func checkName(name string) error {
	if len(name) > 200 {
		return errorf(http.StatusBadRequest, "bad name: longer than 200 bytes")
	}
	if strings.ContainsFunc(name, unicode.IsControl) {
		return errorf(http.StatusBadRequest, "bad name %q: control characters", name)
	}
	return nil
}

// textDocument parses an article sent as text.
func (a *API) textDocument(text, name string) (*ingest.Document, error) {
	if int64(len(text)) > ingest.DefaultMaxBytes {
		return nil, errorf(http.StatusRequestEntityTooLarge, "article of %d bytes is over the limit of %d", len(text), ingest.DefaultMaxBytes)
	}
	if name == "" {
		sum := sha256.Sum256([]byte(text))
		name = "api-" + hex.EncodeToString(sum[:6])
	}
	doc, err := ingest.Parse(name, "", []byte(text))
	if err != nil {
		return nil, inputError(err)
	}
	return doc, nil
}

// fetchDocument fetches a page and extracts its article.
func (a *API) fetchDocument(ctx context.Context, rawURL, name string) (*ingest.Document, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errorf(http.StatusBadRequest, "bad url %q: want an http or https URL", rawURL)
	}
	resp, err := a.fetcher.GetPage(ctx, rawURL, fetch.Conditional{})
	if err != nil {
		return nil, fetchError(rawURL, err)
	}
	final := resp.FinalURL
	if final == "" {
		final = rawURL
	}
	if name == "" {
		name = web.NameFromURL(final)
	}
	var doc *ingest.Document
	if web.LooksLikeHTML(resp.Body) {
		doc, err = web.ParseHTML(name, final, resp.Body, a.now())
	} else {
		doc, err = ingest.Parse(name, final, resp.Body)
	}
	if err != nil {
		return nil, inputError(err)
	}
	return doc, nil
}

// inputError answers a refused article with 422 (413 when too large), naming the input.
func inputError(err error) error {
	if errors.Is(err, ingest.ErrTooLarge) {
		return &Error{Status: http.StatusRequestEntityTooLarge, Msg: err.Error()}
	}
	return &Error{Status: http.StatusUnprocessableEntity, Msg: "article refused: " + err.Error()}
}

// fetchError maps a failed fetch to a status: the caller's fault (bad or private address) is 400, the
// page's (too large, not a page) 422, the remote server's 502, a timeout 504.
func fetchError(rawURL string, err error) error {
	var se *fetch.StatusError
	switch {
	case errors.Is(err, fetch.ErrScheme), errors.Is(err, fetch.ErrBlockedAddress):
		return &Error{Status: http.StatusBadRequest, Msg: fmt.Sprintf("cannot fetch %s: %v", rawURL, err)}
	case errors.Is(err, fetch.ErrTooLarge), errors.Is(err, fetch.ErrContentType):
		return &Error{Status: http.StatusUnprocessableEntity, Msg: fmt.Sprintf("cannot use %s: %v", rawURL, err)}
	case errors.As(err, &se):
		return &Error{Status: http.StatusBadGateway, Msg: fmt.Sprintf("fetch %s: the server answered %d", rawURL, se.Status)}
	case errors.Is(err, context.DeadlineExceeded):
		return &Error{Status: http.StatusGatewayTimeout, Msg: fmt.Sprintf("fetch %s: timed out", rawURL)}
	}
	return &Error{Status: http.StatusBadGateway, Msg: fmt.Sprintf("fetch %s: %v", rawURL, err)}
}
