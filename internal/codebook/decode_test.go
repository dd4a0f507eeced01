package codebook

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/invalid/*.golden from the current output")

var wantRE = regexp.MustCompile(`# want: (.*)$`)

// TestInvalidCodebooks parses each testdata/invalid/*.yaml. Every line marked "# want: TEXT" must get an error
// containing TEXT, every error must be on a marked line, and the whole message must match the .golden file.
func TestInvalidCodebooks(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(file, data)
			if err == nil {
				t.Fatal("Parse succeeded")
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is %T, not ErrorList: %v", err, err)
			}
			wants := map[int]string{}
			for i, line := range strings.Split(string(data), "\n") {
				if m := wantRE.FindStringSubmatch(line); m != nil {
					wants[i+1] = m[1]
				}
			}
			got := map[int][]string{}
			for _, e := range list {
				if e.File != file {
					t.Errorf("error names file %q, want %q", e.File, file)
				}
				if !strings.HasPrefix(e.Error(), file+":"+strconv.Itoa(e.Line)+": ") {
					t.Errorf("error %q does not start with FILE:LINE", e.Error())
				}
				got[e.Line] = append(got[e.Line], e.Msg)
				if _, ok := wants[e.Line]; !ok {
					t.Errorf("unexpected error at line %d: %s", e.Line, e.Msg)
				}
			}
			for line, want := range wants {
				found := false
				for _, msg := range got[line] {
					found = found || strings.Contains(msg, want)
				}
				if !found {
					t.Errorf("line %d: no error containing %q; got %q", line, want, got[line])
				}
			}
			golden := strings.TrimSuffix(file, ".yaml") + ".golden"
			text := err.Error() + "\n"
			if *update {
				if err := os.WriteFile(golden, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if text != string(want) {
				t.Errorf("errors differ from %s:\n got:\n%s\nwant:\n%s", golden, text, want)
			}
		})
	}
}

func TestParseBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"empty", "", "x.yaml:1: empty codebook"},
		{"comment only", "# nothing\n", "x.yaml:1: empty codebook"},
		{"no entries", "name: x\n", "x.yaml:1: codebook has no actors and no issues"},
		{"binary", "actors:\n\x00\x01\x02", "x.yaml:2: binary data (NUL byte at offset 8)"},
		{"bad utf-8", "name: ok\nactors: [\xff]\n", "x.yaml:2: invalid UTF-8 at byte offset 18"},
		{"scalar", "hello\n", "x.yaml:1: codebook must be a mapping, not \"hello\""},
		{"too big", "#" + strings.Repeat("x", MaxSize), "x.yaml: " + strconv.Itoa(MaxSize+1) + " bytes is more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.yaml", []byte(tc.data))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("got %v, want prefix %q", err, tc.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	if err := os.WriteFile(good, []byte("actors:\n  - {id: a, name: A, kind: group}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cb, err := Load(good)
	if err != nil {
		t.Fatal(err)
	}
	if cb.Name != "good" || cb.Source != good || len(cb.Actors) != 1 {
		t.Errorf("got name %q source %q actors %d", cb.Name, cb.Source, len(cb.Actors))
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("directory: %v", err)
	}
}

func TestDefault(t *testing.T) {
	cb := Default()
	if cb.Name != "russia-ukraine-2025" {
		t.Errorf("name %q", cb.Name)
	}
	for _, id := range []string{"putin", "trump", "witkoff", "rubio", "zelenskyy", "lavrov", "peskov", "starmer",
		"macron", "merz", "von-der-leyen", "rutte", "uk-mod", "uk", "russia", "ukraine", "us", "nato", "eu",
		"coalition-of-the-willing"} {
		if _, ok := cb.Actor(id); !ok {
			t.Errorf("no actor %q", id)
		}
	}
	for _, id := range []string{"security-guarantees", "nato-membership", "territory", "crimea", "donbas",
		"foreign-troops", "ceasefire", "peace-deal", "sanctions", "leaders-meeting"} {
		if _, ok := cb.Issue(id); !ok {
			t.Errorf("no issue %q", id)
		}
	}
}

// TestShippedCopyIsIdentical keeps codebooks/russia-ukraine-2025.yaml equal to the embedded default.yaml.
func TestShippedCopyIsIdentical(t *testing.T) {
	shipped, err := os.ReadFile("../../codebooks/russia-ukraine-2025.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shipped, defaultYAML) {
		t.Error("codebooks/russia-ukraine-2025.yaml differs from internal/codebook/default.yaml; copy one over the other")
	}
}

func FuzzParse(f *testing.F) {
	f.Add(string(defaultYAML))
	files, _ := filepath.Glob("testdata/invalid/*.yaml")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("actors: [{id: a, name: A, kind: person, roles: [{title: T, from: 2020-01-01, to: 2019-01-01}]}]")
	f.Add("issues: [{id: a, label: A, patterns: ['(a|b'], terms: [x]}]")
	f.Fuzz(func(t *testing.T, s string) {
		cb, err := Parse("f.yaml", []byte(s))
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %T %v is not a non-empty ErrorList", err, err)
			}
			for _, e := range list {
				if e.Msg == "" || e.Line < 0 || e.File != "f.yaml" {
					t.Fatalf("bad error %+v", e)
				}
			}
			return
		}
		// A codebook that parses must be usable.
		for _, a := range cb.Actors {
			if got, ok := cb.Actor(a.ID); !ok || got != a {
				t.Fatalf("actor %q not indexed", a.ID)
			}
			if got, ok := cb.ResolveActor(a.Name, time.Time{}); !ok || got != a {
				t.Fatalf("name %q resolves to %v, not to its actor %v", a.Name, got, a)
			}
		}
		for _, m := range cb.FindIssues(s, 0) {
			if m.Span.Start < 0 || m.Span.End > len(s) || m.Span.Start >= m.Span.End {
				t.Fatalf("bad span %v", m.Span)
			}
		}
	})
}
