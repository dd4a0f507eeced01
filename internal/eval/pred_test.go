package eval

import (
	"strings"
	"testing"
)

func TestReadPredictions(t *testing.T) {
	in := strings.Join([]string{
		`{"doc": "a/b/doc.txt", "source": {"start": 0, "end": 3, "text": "Ana"}, "cue": null, "content": {"start": 9, "end": 12}, "speaker": {"name": "Ana"}, "kind": "indirect"}`,
		``,
		`   `,
		`{"doc": null, "content": {"start": null, "end": null, "spans": [[1, 2], [4.0, 6]]}, "speaker": "Bob"}`,
		`{"content": {"start": 1}, "source": {"start": 0, "end": 1, "spans": []}, "speaker": null}`,
		`{"doc": 5, "content": {"start": "x", "end": 2}, "speaker": 7}`,
	}, "\r\n") + "\r" + `{"doc": "last"}`
	ps, err := ReadPredictions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 5 {
		t.Fatalf("%d predictions, want 5 (blank lines skipped, \\r ends a line)", len(ps))
	}
	p := ps[0]
	if p.Doc != "a/b/doc.txt" || docName(p.Doc) != "doc" || p.Source.Text != "Ana" || p.Cue != nil ||
		p.Content.Start != 9 || p.Speaker != "Ana" || p.Kind != "indirect" || p.Line != 1 || p.err != nil {
		t.Errorf("first prediction %+v", p)
	}
	p = ps[1]
	if p.Doc != "None" || p.Line != 4 || len(p.Content.Spans) != 2 || p.Content.Spans[1] != [2]int{4, 6} || p.Speaker != "Bob" || p.err != nil {
		t.Errorf("spans replace start and end: %+v %+v", p, p.Content)
	}
	p = ps[2]
	if p.Content != nil || p.Source == nil || len(p.Source.Spans) != 0 || p.err != nil {
		t.Errorf("content without end is no content; empty spans fall back to start/end: %+v", p)
	}
	p = ps[3]
	if p.Doc != "5" || p.err == nil || !strings.Contains(p.err.Error(), "content") || !strings.Contains(p.err.Error(), "speaker") {
		t.Errorf("bad offsets and speaker are kept for Score to report: %+v", p)
	}
	if ps[4].Doc != "last" || ps[4].Line != 7 {
		t.Errorf("last line %+v", ps[4])
	}
}

func TestReadPredictionsErrors(t *testing.T) {
	for in, want := range map[string]string{
		"{\"doc\": \"x\"}\n[1]\n":      "line 2: want a JSON object",
		"null":                         "line 1: want a JSON object",
		"{\"doc\": \"caf\xe9\"}":       "line 1: not valid UTF-8",
		"{\"doc\": \"x\"} {\"doc\":1}": "line 1",
		"{\"doc\": NaN}":               "line 1",
	} {
		if _, err := ReadPredictions(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadPredictions(%q): %v, want %q", in, err, want)
		}
	}
}

func TestScanUniversalLines(t *testing.T) {
	if got := lines("a\r\nb\rc\n\nd\r"); strings.Join(got, "|") != "a|b|c||d" {
		t.Errorf("lines = %q", got)
	}
	// The scanner must not split "\r\n" that straddles its buffer.
	ps, err := ReadPredictions(strings.NewReader(strings.Repeat(`{"doc": "x"}`+"\r\n", 5000)))
	if err != nil || len(ps) != 5000 || ps[4999].Line != 5000 {
		t.Errorf("%d predictions, %v", len(ps), err)
	}
}

func FuzzReadPredictions(f *testing.F) {
	f.Add(`{"doc": "d", "source": {"start": 0, "end": 2}, "content": {"start": 3, "end": 9, "spans": [[3, 4], [5, 9]]}, "speaker": {"name": "Ana"}}`)
	f.Add(`{"doc": "d.txt", "content": {"start": 1, "end": 400}}` + "\r" + `{"doc": "d", "content": {"start": 2, "end": 3}}`)
	g := &Gold{}
	g.add(testDoc())
	f.Fuzz(func(t *testing.T, in string) {
		ps, err := ReadPredictions(strings.NewReader(in))
		if err != nil {
			return
		}
		res, err := Score(g, ps)
		if err != nil {
			return
		}
		for _, r := range res.Roles {
			for _, v := range []float64{r.Exact.P, r.Exact.R, r.Exact.F1, r.Token.P, r.Token.R, r.Token.F1} {
				if v < 0 || v > 1 {
					t.Fatalf("score %v out of [0, 1]: %s", v, res.Report())
				}
			}
		}
	})
}
