package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/ingest"
)

// readDocs reads every input named by args (files, directories, "-"), calling fn for each document and report
// for each input that is refused. Refusals do not stop the run.
func readDocs(ctx context.Context, env Env, args []string, opt ingest.Options, fn func(*ingest.Document) error, report func(error)) error {
	for path, err := range ingest.Expand(ctx, args) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			report(err)
			continue
		}
		var doc *ingest.Document
		if path == "-" {
			doc, err = ingest.ReadReader(ctx, "-", env.Stdin, opt)
		} else {
			doc, err = ingest.ReadFile(ctx, path, opt)
		}
		if err != nil {
			var ie *ingest.InputError
			if !errors.As(err, &ie) && ctx.Err() != nil {
				return err
			}
			report(err)
			continue
		}
		if err := fn(doc); err != nil {
			return err
		}
	}
	return nil
}

func runIngest(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "ingest", "FILE...|DIR|-")
	db := dbFlag(fs)
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitError{2}
	}
	st, path, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if !*quiet {
		fmt.Fprintf(env.Stderr, "ledger: %s\n", path)
	}
	p := analyze.New(attrib.Options{})
	var docs, created, stmts, refused int
	err = readDocs(ctx, env, pos, ingest.Options{MaxBytes: *maxBytes}, func(doc *ingest.Document) error {
		res := p.Document(doc)
		sr, err := st.SaveDocument(ctx, doc, res.Statements)
		if err != nil {
			return fmt.Errorf("store %s: %w", doc.Path, err)
		}
		docs++
		if sr.Created {
			created++
			stmts += sr.Statements
		}
		return nil
	}, func(err error) {
		refused++
		fmt.Fprintf(env.Stderr, "refused: %v\n", err)
	})
	if err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(env.Stdout, "ingested %d documents: %d new with %d statements, %d already stored; %d refused\n",
			docs, created, stmts, docs-created, refused)
	}
	if refused > 0 {
		return exitError{1}
	}
	return nil
}

func runExtract(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "extract", "FILE...|DIR|-")
	format := formatFlag(fs, "table", "jsonl", "csv")
	explain := fs.Bool("explain", false, "show the rule that found each statement and its evidence")
	polnear := fs.Bool("polnear", false, "PolNeAR's span conventions: keep the \"that\" opening reported speech, join continued quotes")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitError{2}
	}
	f, err := resolveFormat(env, *format, "table", "jsonl", "csv")
	if err != nil {
		return err
	}
	out := newWriter(env.Stdout, f)
	opt := attrib.Options{}
	if *polnear {
		opt = attrib.PolNeAR
	}
	p := analyze.New(opt)
	refused := 0
	err = readDocs(ctx, env, pos, ingest.Options{MaxBytes: *maxBytes}, func(doc *ingest.Document) error {
		for _, s := range p.Document(doc).Statements {
			r := newRecord(doc.Name, doc.Raw, s, *explain)
			r.Published = fmtDate(doc.Published)
			if err := out.write(r); err != nil {
				return err
			}
		}
		return nil
	}, func(err error) {
		refused++
		fmt.Fprintf(env.Stderr, "refused: %v\n", err)
	})
	if ferr := out.flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if refused > 0 {
		return exitError{1}
	}
	return nil
}
