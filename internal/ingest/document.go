package ingest

import "time"

// Document is one source text as Parley stores it. All offsets anywhere in Parley are UTF-8 byte offsets into
// Raw, the exact bytes that were read, so that spans can be checked against the original file.
type Document struct {
	// Name identifies the document in extract output: the file's base name without ".txt" (or ".html").
	Name string `json:"name"`
	// Path is where it was read from: a file path, "-" for standard input, or a URL.
	Path string `json:"path"`
	// Hash is the hex SHA-256 of Raw; the store keeps one document per hash.
	Hash string `json:"hash"`
	// Raw is the whole input, header included; it is valid UTF-8.
	Raw string `json:"-"`
	// BodyStart is the byte offset in Raw where the article body begins (after any header block).
	BodyStart int `json:"body_start"`

	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Title     string    `json:"title,omitempty"`
	Author    string    `json:"author,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Meta keeps header keys Parley has no field for, so that nothing the user wrote is lost.
	Meta map[string]string `json:"meta,omitempty"`
}

// Body is the article text after the header.
func (d *Document) Body() string { return d.Raw[d.BodyStart:] }
