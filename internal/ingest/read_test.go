package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.txt")
	writeFile(t, ok, "title: T\n\n0123456789") // 20 bytes
	ctx := context.Background()

	tests := []struct {
		name string
		path string
		opt  Options
		want error    // nil: accepted
		msg  []string // substrings of the error
	}{
		{"default limit", ok, Options{}, nil, nil},
		{"exactly at the limit", ok, Options{MaxBytes: 20}, nil, nil},
		{"no limit", ok, Options{MaxBytes: -1}, nil, nil},
		{"over the limit", ok, Options{MaxBytes: 19}, ErrTooLarge, []string{ok + ": ", "20 bytes exceeds", "19 bytes limit", "--max-bytes"}},
		{"missing", filepath.Join(dir, "nope.txt"), Options{}, fs.ErrNotExist, []string{"nope.txt: no such file"}},
		{"directory", dir, Options{}, nil, []string{"is a directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadFile(ctx, tt.path, tt.opt)
			if tt.want == nil && tt.msg == nil {
				if err != nil {
					t.Fatalf("ReadFile: %v", err)
				}
				if d.Name != "ok" || d.Path != ok || d.Title != "T" || d.Body() != "0123456789" {
					t.Errorf("got Name %q Path %q Title %q Body %q", d.Name, d.Path, d.Title, d.Body())
				}
				return
			}
			if err == nil {
				t.Fatal("ReadFile accepted it")
			}
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != tt.path {
				t.Errorf("error %#v is not an *InputError for %s", err, tt.path)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %q is not %q", err, tt.want)
			}
			for _, m := range tt.msg {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("error %q does not say %q", err, m)
				}
			}
		})
	}
}

// A huge file is refused from its size: the sparse 1 GiB file here would not fit the default limit if read.
func TestReadFileRefusesHugeFileBySize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = ReadFile(context.Background(), path, Options{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "1073741824 bytes (1024.0 MiB) exceeds the 10485760 bytes (10.0 MiB) limit") {
		t.Errorf("error = %v", err)
	}
}

func TestReadReader(t *testing.T) {
	ctx := context.Background()
	d, err := ReadReader(ctx, "-", strings.NewReader("18 August 2025\n07:41am BST\n\nBody."), Options{})
	if err != nil {
		t.Fatalf("ReadReader: %v", err)
	}
	if d.Name != "stdin" || d.Path != "-" || d.Body() != "Body." {
		t.Errorf("got Name %q Path %q Body %q", d.Name, d.Path, d.Body())
	}

	_, err = ReadReader(ctx, "-", strings.NewReader(strings.Repeat("x", 101)), Options{MaxBytes: 100})
	if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "stdin: ") ||
		!strings.Contains(err.Error(), "more than the 100 bytes limit") || !strings.Contains(err.Error(), "--max-bytes") {
		t.Errorf("over-limit error = %v", err)
	}

	_, err = ReadReader(ctx, "https://example.com/a.html", strings.NewReader(""), Options{})
	if !errors.Is(err, ErrEmpty) || !strings.HasPrefix(err.Error(), "https://example.com/a.html: ") {
		t.Errorf("empty error = %v", err)
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := ReadReader(cancelled, "-", strings.NewReader("Body."), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled error = %v", err)
	}
	if _, err := ReadFile(cancelled, "testdata/seed_000.txt", Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ReadFile error = %v", err)
	}
}

func TestOptionsLimit(t *testing.T) {
	for _, tt := range []struct{ in, want int64 }{{0, DefaultMaxBytes}, {5, 5}, {-1, -1}} {
		if got := (Options{MaxBytes: tt.in}).limit(); got != tt.want {
			t.Errorf("limit(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
