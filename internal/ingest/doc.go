// Package ingest owns turning input into a Document: expanding command-line arguments into files, reading them
// under a size limit, refusing input that is not UTF-8 text, and parsing the optional header (a "key: value"
// block, or a live-blog date and time) that sits above the article body.
package ingest
