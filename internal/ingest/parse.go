package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
)

// Parse validates one article and reads its header. name is the document name (DocName(path) when empty) and
// path where it came from; raw is kept byte for byte in Document.Raw. A refusal is an *InputError naming path
// (or name when path is empty).
func Parse(name, path string, raw []byte) (*Document, error) {
	label := path
	if label == "" {
		label = name
	}
	if name == "" {
		name = DocName(path)
	}
	start, err := validate(raw)
	if err != nil {
		return nil, &InputError{Path: label, Err: err}
	}
	sum := sha256.Sum256(raw)
	d := &Document{
		Name:      name,
		Path:      path,
		Hash:      hex.EncodeToString(sum[:]),
		Raw:       string(raw),
		BodyStart: start,
	}
	if err := parseHeader(d, start); err != nil {
		return nil, &InputError{Path: label, Err: err}
	}
	return d, nil
}

// docExts are the extensions DocName strips.
var docExts = []string{".txt", ".text", ".html", ".htm"}

// DocName is the document name for a path: its base name without a .txt, .text, .html or .htm extension;
// "stdin" for "-".
func DocName(path string) string {
	if path == "-" || path == "" {
		return "stdin"
	}
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	for _, e := range docExts {
		if strings.EqualFold(ext, e) && len(base) > len(ext) {
			return base[:len(base)-len(ext)]
		}
	}
	return base
}
