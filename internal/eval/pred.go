package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Prediction is one predicted attribution, one line of `parley extract --format jsonl` output.
type Prediction struct {
	// Doc names the document: a file name or path whose base name without ".txt" is a gold document's name.
	Doc                  string
	Source, Cue, Content *PredSpan // nil when the line gives no usable span for the role
	Speaker              string    // the resolved name; "" for none
	Kind                 string
	// Line is the 1-based line the prediction was read from, 0 when it was built in Go.
	Line int
	// err is a problem the script reports only when the prediction's document is in the gold set.
	err error
}

// PredSpan is a predicted span in UTF-8 byte offsets. Spans, when set, lists the pieces of a span that other
// text interrupts and replaces [Start, End) for scoring.
type PredSpan struct {
	Start, End int
	Text       string
	Spans      [][2]int
}

// ReadPredictions reads JSON Lines predictions as the script does: blank lines are skipped, a role counts when
// it is an object with "start" and "end", "spans" (when not empty) replaces them, and "speaker" is a string or
// an object with "name". A line that is not a JSON object is an error; a bad offset or speaker is an error only
// when Score meets it in a gold document, as in the script.
func ReadPredictions(r io.Reader) ([]Prediction, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxFileSize)
	sc.Split(scanUniversalLines)
	var out []Prediction
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if !utf8.Valid(line) {
			return nil, fmt.Errorf("predictions line %d: not valid UTF-8", n)
		}
		if len(bytes.TrimFunc(line, isSpace)) == 0 {
			continue
		}
		p, err := parsePrediction(line)
		if err != nil {
			return nil, fmt.Errorf("predictions line %d: %w", n, err)
		}
		p.Line = n
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read predictions: %w", err)
	}
	return out, nil
}

// scanUniversalLines splits at "\n", "\r\n" or "\r", like Python's text files.
func scanUniversalLines(data []byte, atEOF bool) (int, []byte, error) {
	i := bytes.IndexAny(data, "\r\n")
	switch {
	case i < 0:
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	case data[i] == '\n':
		return i + 1, data[:i], nil
	case i+1 < len(data):
		if data[i+1] == '\n' {
			return i + 2, data[:i], nil
		}
		return i + 1, data[:i], nil
	case atEOF:
		return i + 1, data[:i], nil
	}
	return 0, nil, nil // a "\r" at the end of the buffer: wait to see whether "\n" follows
}

func parsePrediction(line []byte) (Prediction, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil || m == nil {
		if err == nil {
			err = errors.New("null")
		}
		return Prediction{}, fmt.Errorf("want a JSON object: %w", err)
	}
	var p Prediction
	if raw, ok := m["doc"]; ok {
		var v any
		_ = json.Unmarshal(raw, &v) // the line as a whole is valid JSON
		switch x := v.(type) {
		case string:
			p.Doc = x
		case nil:
			p.Doc = "None" // str(None)
		default:
			p.Doc = string(raw)
		}
	}
	var errs []error
	for _, role := range []struct {
		name string
		dst  **PredSpan
	}{{"source", &p.Source}, {"cue", &p.Cue}, {"content", &p.Content}} {
		sp, err := parsePredSpan(m[role.name])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", role.name, err))
		}
		*role.dst = sp
	}
	var sp any
	if raw, ok := m["speaker"]; ok {
		_ = json.Unmarshal(raw, &sp)
	}
	if obj, ok := sp.(map[string]any); ok {
		sp = obj["name"]
	}
	switch x := sp.(type) {
	case string:
		p.Speaker = x
	case nil:
	default:
		errs = append(errs, fmt.Errorf("speaker %v is not a string", x))
	}
	if raw, ok := m["kind"]; ok {
		_ = json.Unmarshal(raw, &p.Kind) // kind is not scored; anything but a string leaves it empty
	}
	p.err = errors.Join(errs...)
	return p, nil
}

// parsePredSpan reads one role. It returns nil when the role is not an object with "start" and "end"; an error
// comes with a non-nil span.
func parsePredSpan(raw json.RawMessage) (*PredSpan, error) {
	var m map[string]json.RawMessage
	if raw == nil || json.Unmarshal(raw, &m) != nil || m == nil {
		return nil, nil
	}
	rs, ok1 := m["start"]
	re, ok2 := m["end"]
	if !ok1 || !ok2 {
		return nil, nil
	}
	sp := &PredSpan{}
	_ = json.Unmarshal(m["text"], &sp.Text)
	s, err1 := jsonInt(rs)
	e, err2 := jsonInt(re)
	sp.Start, sp.End = s, e
	if on, _ := truthy(m["spans"]); on {
		var list [][]json.RawMessage
		if err := json.Unmarshal(m["spans"], &list); err != nil {
			return sp, fmt.Errorf("spans %s: want a list of [start, end] pairs", string(m["spans"]))
		}
		for _, pair := range list {
			if len(pair) != 2 {
				return sp, fmt.Errorf("spans %s: want a list of [start, end] pairs", string(m["spans"]))
			}
			a, err1 := jsonInt(pair[0])
			b, err2 := jsonInt(pair[1])
			if err := errors.Join(err1, err2); err != nil {
				return sp, fmt.Errorf("spans: %w", err)
			}
			sp.Spans = append(sp.Spans, [2]int{a, b})
		}
		if err1 != nil || err2 != nil { // start and end are not read when spans are given
			sp.Start, sp.End = sp.Spans[0][0], sp.Spans[len(sp.Spans)-1][1]
		}
		return sp, nil
	}
	if err := errors.Join(err1, err2); err != nil {
		return sp, err
	}
	return sp, nil
}

// docName is the gold document a prediction's doc refers to.
func docName(doc string) string { return strings.TrimSuffix(baseName(doc), ".txt") }
