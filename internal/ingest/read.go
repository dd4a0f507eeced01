package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
)

// DefaultMaxBytes is the input size limit when Options.MaxBytes is 0.
const DefaultMaxBytes int64 = 10 << 20

// Options control reading.
type Options struct {
	// MaxBytes refuses larger inputs: 0 means DefaultMaxBytes, a negative value means no limit.
	MaxBytes int64
}

func (o Options) limit() int64 {
	if o.MaxBytes == 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// ReadFile reads and parses one article file; "-" reads standard input. A file over the size limit is refused
// from its size alone, without reading it. A refusal is an *InputError naming path.
func ReadFile(ctx context.Context, path string, opt Options) (*Document, error) {
	if path == "-" {
		return ReadReader(ctx, "-", os.Stdin, opt)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, inputError(path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, inputError(path, err)
	}
	if fi.IsDir() {
		return nil, &InputError{Path: path, Err: fmt.Errorf("is a directory")}
	}
	// Only a regular file's size is known up front; pipes and devices are caught by the limited read below.
	if limit := opt.limit(); limit >= 0 && fi.Mode().IsRegular() && fi.Size() > limit {
		return nil, &InputError{Path: path, Err: fmt.Errorf("%w: %s exceeds the %s limit; raise it with --max-bytes",
			ErrTooLarge, sizeText(fi.Size()), sizeText(limit))}
	}
	return readAll(ctx, path, f, opt)
}

// ReadReader reads and parses one article from r, for standard input or a fetched page. name is the input's
// label: "-" for standard input (the document is then named "stdin"), or a URL; it becomes Document.Path and
// DocName(name) becomes Document.Name. A refusal is an *InputError naming it.
func ReadReader(ctx context.Context, name string, r io.Reader, opt Options) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return readAll(ctx, name, r, opt)
}

// readAll reads at most the limit plus one byte, so that an input over the limit is seen without reading it all.
func readAll(ctx context.Context, path string, r io.Reader, opt Options) (*Document, error) {
	limit := opt.limit()
	r = ctxReader{ctx, r}
	if limit >= 0 {
		r = io.LimitReader(r, limit+1)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		return nil, inputError(path, fmt.Errorf("read: %w", err))
	}
	if limit >= 0 && int64(len(raw)) > limit {
		return nil, &InputError{Path: path, Err: fmt.Errorf("%w: more than the %s limit; raise it with --max-bytes",
			ErrTooLarge, sizeText(limit))}
	}
	return Parse(DocName(path), path, raw)
}

// sizeText writes a byte count for people: "12345678 bytes (11.8 MiB)".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d bytes (%.1f MiB)", n, float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d bytes (%.1f KiB)", n, float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// ctxReader stops a long read (a slow pipe on stdin) when the context is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
