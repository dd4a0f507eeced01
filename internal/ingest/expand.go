package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// Expand turns command-line arguments into article paths, one at a time: a file is passed on as given, "-"
// (standard input) as "-", and a directory is walked recursively in lexical order for *.txt files, skipping
// hidden files and directories and not following symbolic links to directories inside it. An argument that
// cannot be used yields ("arg", *InputError) and expansion goes on with the rest; a directory with no *.txt
// files yields ErrNoFiles. File contents are not read. Cancelling ctx yields its error and stops.
func Expand(ctx context.Context, args []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, arg := range args {
			if err := ctx.Err(); err != nil {
				yield("", fmt.Errorf("expand arguments: %w", err))
				return
			}
			if arg == "-" {
				if !yield("-", nil) {
					return
				}
				continue
			}
			fi, err := os.Stat(arg)
			if err != nil {
				if !yield(arg, inputError(arg, err)) {
					return
				}
				continue
			}
			if !fi.IsDir() {
				if !yield(arg, nil) {
					return
				}
				continue
			}
			if !walkDir(ctx, arg, yield) {
				return
			}
		}
	}
}

// walkDir yields the *.txt files under dir and reports whether the consumer wants more.
func walkDir(ctx context.Context, dir string, yield func(string, error) bool) bool {
	root := dir
	// WalkDir does not descend into a root that is a symbolic link; a trailing separator makes it resolve.
	if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		root = dir + string(filepath.Separator)
	}
	more, found, failed := true, false, false
	emit := func(path string, err error) error {
		failed = failed || err != nil
		if !yield(path, err) {
			more = false
			return filepath.SkipAll
		}
		return nil
	}
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			yield("", fmt.Errorf("expand %s: %w", dir, cerr))
			more = false
			return filepath.SkipAll
		}
		if err != nil {
			// An unreadable subdirectory is reported and skipped; the walk goes on.
			return emit(path, inputError(path, err))
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.EqualFold(filepath.Ext(d.Name()), ".txt") {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil {
				return emit(path, inputError(path, err))
			}
			if !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil // sockets, devices and pipes named *.txt
		}
		found = true
		return emit(path, nil)
	})
	if walkErr != nil && more {
		failed = true
		more = yield(dir, inputError(dir, walkErr))
	}
	if more && !found && !failed {
		more = yield(dir, &InputError{Path: dir, Err: ErrNoFiles})
	}
	return more
}
