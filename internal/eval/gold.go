package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxFileSize bounds every file the scorer reads, so that a wrong path (a disk image, a log) fails clearly
// instead of exhausting memory.
const maxFileSize = 64 << 20

// Gold is a scored corpus: its documents in the order the script visits them.
type Gold struct {
	Docs   []*GoldDoc
	byName map[string]*GoldDoc
}

// GoldDoc is one gold document.
type GoldDoc struct {
	Name string // the text file's base name without ".txt"
	Path string // the text file
	// Statements are the gold attributions, in file order.
	Statements []GoldStatement
	raw        string
	text       []rune
	b2c        []int // byte offset -> rune offset, -1 inside a character
	c2b        []int // rune offset -> byte offset
}

// GoldStatement is one gold attribution. Its spans are character (rune) offsets into the document's text, as
// the script's Python string indices; a role that is absent has no segments. JSONL gold gives content only.
type GoldStatement struct {
	Source, Cue, Content []Segment
	Speaker              string
	Optional             bool // borderline: counts neither way
}

// Segment is a half-open range of character offsets.
type Segment struct{ Start, End int }

// Doc returns the gold document called name, or nil.
func (g *Gold) Doc(name string) *GoldDoc { return g.byName[name] }

// Text is the document's text.
func (d *GoldDoc) Text() string { return d.raw }

// ByteOffset converts a character offset into the document to a UTF-8 byte offset.
func (d *GoldDoc) ByteOffset(char int) int { return d.c2b[char] }

// LoadGold is LoadGoldContext with a background context.
func LoadGold(paths []string) (*Gold, error) { return LoadGoldContext(context.Background(), paths) }

// LoadGoldContext reads a gold set as the script does: one directory is a brat corpus (DIR/text/NAME.txt with
// DIR/attributions/NAME*.ann, the first in sorted order); otherwise every path is a NAME.txt with
// NAME.statements.jsonl beside it.
func LoadGoldContext(ctx context.Context, paths []string) (*Gold, error) {
	if len(paths) == 0 {
		return nil, errors.New("load gold: no paths given")
	}
	if len(paths) == 1 {
		if fi, err := os.Stat(paths[0]); err == nil && fi.IsDir() {
			return loadBrat(ctx, paths[0])
		}
	}
	return loadJSONLGold(ctx, paths)
}

func (g *Gold) add(d *GoldDoc) {
	if g.byName == nil {
		g.byName = map[string]*GoldDoc{}
	}
	// A repeated name replaces the earlier document but keeps its place, as a Python dict does.
	if old, ok := g.byName[d.Name]; ok {
		*old = *d
		return
	}
	g.byName[d.Name] = d
	g.Docs = append(g.Docs, d)
}

// readText reads a document and indexes its characters.
func readText(ctx context.Context, path string) (*GoldDoc, error) {
	b, err := readFile(ctx, path)
	if err != nil {
		return nil, err
	}
	return newDoc(path, b)
}

// newDoc checks a document's bytes and indexes its characters.
func newDoc(path string, b []byte) (*GoldDoc, error) {
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("read %s: not valid UTF-8", path)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, fmt.Errorf("read %s: contains NUL bytes; is it a binary file?", path)
	}
	n := utf8.RuneCount(b)
	d := &GoldDoc{Path: path, raw: string(b), b2c: make([]int, len(b)+1), text: make([]rune, 0, n), c2b: make([]int, 0, n+1)}
	for i := range d.b2c {
		d.b2c[i] = -1
	}
	for i, r := range d.raw {
		d.b2c[i] = len(d.text)
		d.c2b = append(d.c2b, i)
		d.text = append(d.text, r)
	}
	d.b2c[len(b)] = len(d.text)
	d.c2b = append(d.c2b, len(b))
	return d, nil
}

func readFile(ctx context.Context, path string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > maxFileSize {
		return nil, fmt.Errorf("read %s: larger than %d bytes", path, maxFileSize)
	}
	return b, nil
}

// char converts a byte offset to a character offset; ok is false when it is not on a character boundary.
func (d *GoldDoc) char(b int) (int, bool) {
	if b < 0 || b >= len(d.b2c) || d.b2c[b] < 0 {
		return 0, false
	}
	return d.b2c[b], true
}

// baseName is os.path.basename on a POSIX system.
func baseName(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

// lines splits text into lines as Python's universal-newline file reading does ("\n", "\r\n" and "\r" all end a
// line) and drops the line ends.
func lines(text string) []string {
	var out []string
	for text != "" {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			out = append(out, text)
			break
		}
		out = append(out, text[:i])
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		text = text[i+1:]
	}
	return out
}

func loadBrat(ctx context.Context, dir string) (*Gold, error) {
	texts, err := os.ReadDir(filepath.Join(dir, "text"))
	if err != nil {
		return nil, fmt.Errorf("load brat corpus %s: %w", dir, err)
	}
	anns, err := os.ReadDir(filepath.Join(dir, "attributions"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("load brat corpus %s: %w", dir, err)
	}
	var annNames []string
	for _, a := range anns {
		if n := a.Name(); strings.HasSuffix(n, ".ann") && !strings.HasPrefix(n, ".") {
			annNames = append(annNames, n)
		}
	}
	slices.Sort(annNames)
	g := &Gold{}
	for _, t := range texts {
		fn := t.Name()
		if !strings.HasSuffix(fn, ".txt") || strings.HasPrefix(fn, ".") {
			continue // glob("*.txt") skips hidden files
		}
		name := strings.TrimSuffix(fn, ".txt")
		// The first of glob(NAME*.ann) in sorted order: names with the prefix are contiguous from i.
		i, _ := slices.BinarySearch(annNames, name)
		for i < len(annNames) && strings.HasPrefix(annNames[i], name) && len(annNames[i]) < len(name)+len(".ann") {
			i++
		}
		if i == len(annNames) || !strings.HasPrefix(annNames[i], name) {
			continue
		}
		d, err := readText(ctx, filepath.Join(dir, "text", fn))
		if err != nil {
			return nil, err
		}
		d.Name = name
		annPath := filepath.Join(dir, "attributions", annNames[i])
		b, err := readFile(ctx, annPath)
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(b) {
			return nil, fmt.Errorf("read %s: not valid UTF-8", annPath)
		}
		if d.Statements, err = parseAnn(string(b), len(d.text)); err != nil {
			return nil, fmt.Errorf("parse %s: %w", annPath, err)
		}
		g.add(d)
	}
	if len(g.Docs) == 0 {
		return nil, fmt.Errorf("load brat corpus %s: no annotated documents (want text/NAME.txt with attributions/NAME*.ann)", dir)
	}
	return g, nil
}

// parseAnn reads the Source, Cue and Content arguments of a brat file's E lines; textLen bounds the offsets.
// Relations without a Content are dropped, as the script does.
func parseAnn(ann string, textLen int) ([]GoldStatement, error) {
	spans := map[string][]Segment{}
	var rels []map[string]string
	for n, line := range lines(ann) {
		parts := strings.Split(line, "\t")
		if len(parts) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(line, "T"):
			_, rng, _ := strings.Cut(parts[1], " ")
			var segs []Segment
			for s := range strings.SplitSeq(rng, ";") {
				f := strings.FieldsFunc(s, isSpace)
				if len(f) != 2 {
					return nil, fmt.Errorf("line %d: span %q is not two offsets", n+1, s)
				}
				a, err1 := strconv.Atoi(f[0])
				b, err2 := strconv.Atoi(f[1])
				if err := errors.Join(err1, err2); err != nil {
					return nil, fmt.Errorf("line %d: span %q: %w", n+1, s, err)
				}
				if a < 0 || b < 0 || a > textLen || b > textLen {
					return nil, fmt.Errorf("line %d: span %q lies outside the text's %d characters", n+1, s, textLen)
				}
				segs = append(segs, Segment{a, b})
			}
			spans[parts[0]] = segs
		case strings.HasPrefix(line, "E"):
			roles := map[string]string{}
			for _, arg := range strings.FieldsFunc(parts[1], isSpace) {
				k, v, ok := strings.Cut(arg, ":")
				if !ok {
					return nil, fmt.Errorf("line %d: event argument %q has no role", n+1, arg)
				}
				roles[k] = v
			}
			rels = append(rels, roles)
		}
	}
	var out []GoldStatement
	for _, r := range rels {
		var st GoldStatement
		for role, dst := range map[string]*[]Segment{"Source": &st.Source, "Cue": &st.Cue, "Content": &st.Content} {
			if id, ok := r[role]; ok {
				*dst = spans[id]
			}
		}
		if st.Content != nil {
			out = append(out, st)
		}
	}
	return out, nil
}

func loadJSONLGold(ctx context.Context, paths []string) (*Gold, error) {
	g := &Gold{}
	for _, p := range paths {
		if !strings.HasSuffix(p, ".txt") {
			return nil, fmt.Errorf("load gold %s: want a .txt file with .statements.jsonl beside it, or one brat folder", p)
		}
		d, err := readText(ctx, p)
		if err != nil {
			return nil, err
		}
		d.Name = strings.TrimSuffix(baseName(p), ".txt")
		jp := strings.TrimSuffix(p, ".txt") + ".statements.jsonl"
		b, err := readFile(ctx, jp)
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(b) {
			return nil, fmt.Errorf("read %s: not valid UTF-8", jp)
		}
		if d.Statements, err = d.parseGoldLines(string(b)); err != nil {
			return nil, fmt.Errorf("parse %s: %w", jp, err)
		}
		g.add(d)
	}
	return g, nil
}

// bodyStart is where the script starts looking for content: after the first blank line when the text opens
// with a "key: " header line, else 0.
func (d *GoldDoc) bodyStart() int {
	i := 0
	for i < len(d.text) && (d.text[i] >= 'a' && d.text[i] <= 'z' || d.text[i] == '_') {
		i++
	}
	if i == 0 || i+1 >= len(d.text) || d.text[i] != ':' || d.text[i+1] != ' ' {
		return 0
	}
	return d.find([]rune("\n\n"), 0) + 2 // as in Python, 1 when there is no blank line
}

// find is Python's str.find on the document's characters.
func (d *GoldDoc) find(piece []rune, from int) int {
	if from > len(d.text) {
		return -1
	}
	for i := from; i+len(piece) <= len(d.text); i++ {
		if slices.Equal(d.text[i:i+len(piece)], piece) {
			return i
		}
	}
	return -1
}

func (d *GoldDoc) parseGoldLines(src string) ([]GoldStatement, error) {
	var out []GoldStatement
	at := d.bodyStart()
	for n, line := range lines(src) {
		if strings.TrimFunc(line, isSpace) == "" {
			continue
		}
		// A map, not a struct: keys are case-sensitive in Python.
		var gl map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &gl); err != nil || gl == nil {
			return nil, fmt.Errorf("line %d: want a JSON object: %v", n+1, err)
		}
		var st GoldStatement
		var err error
		if st.Speaker, err = optString(gl["speaker"]); err != nil {
			return nil, fmt.Errorf("line %d: speaker: %w", n+1, err)
		}
		if st.Optional, err = truthy(gl["optional"]); err != nil {
			return nil, fmt.Errorf("line %d: optional: %w", n+1, err)
		}
		if _, ok := gl["start"]; ok {
			s, err1 := d.byteToChar(gl["start"])
			e, err2 := d.byteToChar(gl["end"])
			if err := errors.Join(err1, err2); err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			st.Content = []Segment{{s, e}}
		} else {
			pieces, err := contentPieces(gl["content"])
			if err != nil {
				return nil, fmt.Errorf("line %d: content: %w", n+1, err)
			}
			for _, p := range pieces {
				pr := []rune(p)
				i := d.find(pr, at)
				if i < 0 {
					i = d.find(pr, 0)
				}
				if i < 0 {
					return nil, fmt.Errorf("line %d: content %q is not in %s", n+1, p, d.Path)
				}
				st.Content = append(st.Content, Segment{i, i + len(pr)})
			}
			at = st.Content[0].Start
		}
		out = append(out, st)
	}
	return out, nil
}

// byteToChar converts a JSON byte offset (Python accepts any number equal to an int) to a character offset.
func (d *GoldDoc) byteToChar(raw json.RawMessage) (int, error) {
	b, err := jsonInt(raw)
	if err != nil {
		return 0, err
	}
	c, ok := d.char(b)
	if !ok {
		return 0, fmt.Errorf("offset %d is not on a UTF-8 character boundary of %s", b, d.Path)
	}
	return c, nil
}

// jsonInt decodes an offset; like a Python dict lookup it accepts 37.0 for 37.
func jsonInt(raw json.RawMessage) (int, error) {
	var v any
	if raw == nil {
		return 0, errors.New("offset missing")
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return 0, fmt.Errorf("offset %s: %w", string(raw), err)
	}
	f, ok := v.(float64)
	if !ok {
		return 0, fmt.Errorf("offset %s is not a number", string(raw))
	}
	if f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		return 0, fmt.Errorf("offset %s is not an integer", string(raw))
	}
	return int(f), nil
}

func contentPieces(raw json.RawMessage) ([]string, error) {
	var v any
	if raw != nil {
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, err
		}
	}
	if one, ok := v.(string); ok {
		return []string{one}, nil
	}
	var list []string
	if _, ok := v.([]any); !ok || json.Unmarshal(raw, &list) != nil || len(list) == 0 {
		return nil, errors.New("want a string or a non-empty list of strings (or start and end)")
	}
	return list, nil
}

// optString accepts a string or null.
func optString(raw json.RawMessage) (string, error) {
	if raw == nil || bytes.Equal(raw, []byte("null")) {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("want a string, got %s", string(raw))
	}
	return s, nil
}

// truthy is Python's truth value of a decoded JSON value.
func truthy(raw json.RawMessage) (bool, error) {
	if raw == nil {
		return false, nil
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return false, err
	}
	switch x := v.(type) {
	case nil:
		return false, nil
	case bool:
		return x, nil
	case float64:
		return x != 0, nil
	case string:
		return x != "", nil
	case []any:
		return len(x) > 0, nil
	case map[string]any:
		return len(x) > 0, nil
	}
	return false, nil
}
