package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// expandResult is one item from Expand: a path, or an error with the sentinel it must match.
type expandResult struct {
	path string
	err  error
}

func collect(ctx context.Context, args []string) []expandResult {
	var out []expandResult
	for p, err := range Expand(ctx, args) {
		out = append(out, expandResult{p, err})
	}
	return out
}

func TestExpand(t *testing.T) {
	root := t.TempDir()
	tree := filepath.Join(root, "tree")
	for _, f := range []string{
		"b.txt", "a.txt", "Z.TXT", "notes.md", "a.statements.jsonl", ".hidden.txt",
		".git/x.txt", "sub/c.txt", "sub/c.statements.jsonl", "sub/deeper/d.txt", "sub2/e.txt",
	} {
		writeFile(t, filepath.Join(tree, f), "Body.")
	}
	writeFile(t, filepath.Join(root, "outside.txt"), "Body.")
	writeFile(t, filepath.Join(root, "other", "o.txt"), "Body.")
	if err := os.MkdirAll(filepath.Join(root, "empty", "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	symlink := func(target, link string) {
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	symlink(filepath.Join(root, "outside.txt"), filepath.Join(tree, "link.txt"))
	symlink(filepath.Join(root, "other"), filepath.Join(tree, "dirlink"))
	symlink(filepath.Join(root, "other"), filepath.Join(root, "rootlink"))

	missing := filepath.Join(root, "missing.txt")
	explicit := filepath.Join(tree, "notes.md")
	args := []string{tree, missing, "-", explicit, filepath.Join(root, "empty"), filepath.Join(root, "rootlink")}
	want := []expandResult{
		{filepath.Join(tree, "Z.TXT"), nil},
		{filepath.Join(tree, "a.txt"), nil},
		{filepath.Join(tree, "b.txt"), nil},
		{filepath.Join(tree, "link.txt"), nil}, // a link to a file is taken; dirlink is not followed
		{filepath.Join(tree, "sub", "c.txt"), nil},
		{filepath.Join(tree, "sub", "deeper", "d.txt"), nil},
		{filepath.Join(tree, "sub2", "e.txt"), nil},
		{missing, fs.ErrNotExist},
		{"-", nil},
		{explicit, nil}, // a file named on the command line is taken whatever its extension
		{filepath.Join(root, "empty"), ErrNoFiles},
		{filepath.Join(root, "rootlink", "o.txt"), nil}, // a link given as an argument is followed
	}
	got := collect(context.Background(), args)
	if len(got) != len(want) {
		t.Fatalf("Expand gave %d items, want %d:\n%v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.path != w.path {
			t.Errorf("item %d: path %q, want %q", i, g.path, w.path)
		}
		switch {
		case w.err == nil && g.err != nil:
			t.Errorf("item %d (%s): unexpected error %v", i, g.path, g.err)
		case w.err != nil && !errors.Is(g.err, w.err):
			t.Errorf("item %d (%s): error %v, want %v", i, g.path, g.err, w.err)
		case w.err != nil:
			var ie *InputError
			if !errors.As(g.err, &ie) || ie.Path != w.path {
				t.Errorf("item %d: error %#v does not name %s", i, g.err, w.path)
			}
		}
	}
}

// Stopping early must not make Expand call yield again (the range loop would panic).
func TestExpandStopsEarly(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.txt", "b.txt", "c.txt"} {
		writeFile(t, filepath.Join(dir, f), "Body.")
	}
	for _, stopAfter := range []int{1, 2} {
		var got []string
		for p, err := range Expand(context.Background(), []string{dir, "-", "missing"}) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, p)
			if len(got) == stopAfter {
				break
			}
		}
		want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}[:stopAfter]
		if !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	}
}

func TestExpandCancelled(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "Body.")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got := collect(ctx, []string{dir, "-"})
	if len(got) != 1 || !errors.Is(got[0].err, context.Canceled) {
		t.Errorf("got %v, want one context.Canceled error", got)
	}
}
