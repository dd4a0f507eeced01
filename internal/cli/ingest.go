package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/fetch"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/ledger"
	"github.com/parley-ledger/parley/internal/progress"
	"github.com/parley-ledger/parley/internal/web"
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

// sourceFlags are the limits of commands that read files and web pages.
type sourceFlags struct {
	maxBytes     *int64
	timeout      *time.Duration
	allowPrivate *bool
}

func addSourceFlags(fs *flag.FlagSet) sourceFlags {
	return sourceFlags{
		maxBytes:     fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse inputs (files, pages, feeds) larger than this many bytes"),
		timeout:      fs.Duration("timeout", fetch.DefaultTimeout, "give up on a web request after this long"),
		allowPrivate: fs.Bool("allow-private", false, "allow fetching from loopback and private network addresses"),
	}
}

func (f sourceFlags) client() *fetch.Client {
	limit := *f.maxBytes
	if limit < 0 {
		limit = web.MaxHTMLBytes // "no limit" for files; a page still gets the most the HTML parser takes
	}
	return fetch.New(fetch.Options{Timeout: *f.timeout, MaxBytes: limit, AllowPrivate: *f.allowPrivate})
}

// sourceReader turns one command-line input (a file, "-" or an http(s) URL) into documents: HTML pages
// through web (one document per entry for a live blog), text through ingest.
type sourceReader struct {
	stdin  io.Reader
	opt    ingest.Options
	client *fetch.Client
	// splitText splits plain-text live blogs into entries. extract leaves text whole so that its offsets
	// stay offsets into the input file, which is what the scorer reads.
	splitText bool
	now       func() time.Time
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func isHTMLName(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// read returns the documents of one input; a refusal is an *ingest.InputError naming it.
func (r *sourceReader) read(ctx context.Context, in string) ([]*ingest.Document, error) {
	switch {
	case isURL(in):
		return r.readURL(ctx, in)
	case in == "-":
		doc, err := ingest.ReadReader(ctx, "-", r.stdin, r.opt)
		if err != nil {
			return nil, err
		}
		return r.textOrHTML(doc, "-")
	case isHTMLName(in):
		raw, err := r.readHTMLFile(ctx, in)
		if err != nil {
			return nil, err
		}
		return r.html(ingest.DocName(in), in, "", raw)
	}
	doc, err := ingest.ReadFile(ctx, in, r.opt)
	if err != nil {
		return nil, err
	}
	return r.textOrHTML(doc, in)
}

// textOrHTML finishes a document read as text: HTML that came without an .html name is parsed as a page.
func (r *sourceReader) textOrHTML(doc *ingest.Document, path string) ([]*ingest.Document, error) {
	if web.LooksLikeHTML([]byte(doc.Raw)) {
		return r.html(doc.Name, path, "", []byte(doc.Raw))
	}
	return r.text(doc), nil
}

// text splits a plain-text live blog into its entries when asked to. A text with one entry (the seed article)
// is kept as the exact file, so that stored offsets stay offsets into what the user gave.
func (r *sourceReader) text(doc *ingest.Document) []*ingest.Document {
	if r.splitText {
		if entries := web.SplitLiveBlog(doc); len(entries) > 1 {
			return entries
		}
	}
	return []*ingest.Document{doc}
}

// html parses a page: a live blog gives one document per entry, any other page one article.
func (r *sourceReader) html(name, docPath, pageURL string, raw []byte) ([]*ingest.Document, error) {
	now := r.now()
	docs, err := web.ParseLiveBlogHTML(name, pageURL, raw, now)
	if errors.Is(err, web.ErrNotLiveBlog) {
		var d *ingest.Document
		if d, err = web.ParseHTML(name, pageURL, raw, now); err == nil {
			docs = []*ingest.Document{d}
		}
	}
	if err != nil {
		return nil, &ingest.InputError{Path: docPath, Err: err}
	}
	for _, d := range docs {
		d.Path = docPath
	}
	return docs, nil
}

// readHTMLFile reads an HTML file under the size limit; its encoding is left to the HTML parser.
func (r *sourceReader) readHTMLFile(ctx context.Context, path string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, inputErr(path, err)
	}
	defer f.Close()
	limit := r.opt.MaxBytes
	if limit == 0 {
		limit = ingest.DefaultMaxBytes
	}
	rd := io.Reader(f)
	if limit > 0 {
		rd = io.LimitReader(f, limit+1)
	}
	raw, err := io.ReadAll(rd)
	if err != nil {
		return nil, inputErr(path, err)
	}
	if limit > 0 && int64(len(raw)) > limit {
		return nil, &ingest.InputError{Path: path, Err: fmt.Errorf("%w: more than %d bytes; raise it with --max-bytes", ingest.ErrTooLarge, limit)}
	}
	return raw, nil
}

func inputErr(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		err = pe.Err
	}
	return &ingest.InputError{Path: path, Err: err}
}

// readURL fetches a page: HTML is parsed as an article or live blog, anything else read as text.
func (r *sourceReader) readURL(ctx context.Context, u string) ([]*ingest.Document, error) {
	resp, err := r.client.GetPage(ctx, u, fetch.Conditional{})
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("fetch %s: %w", u, ctx.Err())
		}
		if errors.Is(err, fetch.ErrContentType) {
			err = fmt.Errorf("%w (if it is a feed, watch it with parley feeds add)", err)
		}
		return nil, &ingest.InputError{Path: u, Err: err}
	}
	pageURL := u
	if resp.FinalURL != "" {
		pageURL = resp.FinalURL
	}
	if strings.Contains(strings.ToLower(resp.ContentType), "html") || web.LooksLikeHTML(resp.Body) {
		return r.html("", u, pageURL, resp.Body)
	}
	name := web.NameFromURL(pageURL)
	if name == "" {
		name = ingest.DocName(u)
	}
	doc, err := ingest.Parse(name, u, resp.Body)
	if err != nil {
		return nil, err
	}
	if doc.URL == "" {
		doc.URL = pageURL
	}
	return r.text(doc), nil
}

// inputItem is one expanded input, or the refusal of an argument that could not be expanded.
type inputItem struct {
	path string
	err  error
}

// expandInputs lists the inputs named by args: URLs, "-" and files as given, directories walked (in lexical
// order, skipping hidden entries) for *.txt, *.html and *.htm files. Listing first gives progress its total.
func expandInputs(ctx context.Context, args []string) ([]inputItem, error) {
	var items []inputItem
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if arg == "-" || isURL(arg) {
			items = append(items, inputItem{path: arg})
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			items = append(items, inputItem{path: arg, err: inputErr(arg, err)})
			continue
		}
		if !fi.IsDir() {
			items = append(items, inputItem{path: arg})
			continue
		}
		n := len(items)
		root := arg
		// WalkDir does not descend into a root that is a symbolic link; a trailing separator makes it resolve.
		if li, err := os.Lstat(arg); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = arg + string(filepath.Separator)
		}
		walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			if err != nil {
				items = append(items, inputItem{path: path, err: inputErr(path, err)})
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !isArticleName(d.Name()) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				fi, err := os.Stat(path)
				if err != nil {
					items = append(items, inputItem{path: path, err: inputErr(path, err)})
					return nil
				}
				if !fi.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			items = append(items, inputItem{path: path})
			return nil
		})
		if walkErr != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			items = append(items, inputItem{path: arg, err: inputErr(arg, walkErr)})
		}
		if len(items) == n {
			items = append(items, inputItem{path: arg, err: &ingest.InputError{Path: arg, Err: errors.New("no *.txt or *.html files in directory")}})
		}
	}
	return items, nil
}

func isArticleName(name string) bool {
	return strings.EqualFold(filepath.Ext(name), ".txt") || isHTMLName(name)
}

// forEachSource reads every input named by args, calling fn with each input's documents and report with
// each refusal; refusals do not stop the run. rep, if not nil, hears of every input once.
func forEachSource(ctx context.Context, items []inputItem, r *sourceReader, rep progress.Reporter,
	fn func(in string, docs []*ingest.Document) error, report func(error)) error {
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs, err := it.docs(ctx, r)
		if err != nil {
			var ie *ingest.InputError
			if !errors.As(err, &ie) && ctx.Err() != nil {
				return err
			}
			report(err)
			rep.Refused(1)
			continue
		}
		if err := fn(it.path, docs); err != nil {
			return err
		}
		rep.Add(1)
	}
	return nil
}

func (it inputItem) docs(ctx context.Context, r *sourceReader) ([]*ingest.Document, error) {
	if it.err != nil {
		return nil, it.err
	}
	return r.read(ctx, it.path)
}

// newProgress reports on stderr when there is more than one input; --quiet silences it. Log lines come
// at most every tenth of the work and every ten items, so that a short run logs little more than its end.
func newProgress(env Env, label string, total int, quiet bool) progress.Reporter {
	return progress.New(env.Stderr, total, progress.Options{
		Quiet:      quiet || total == 1,
		IsTerminal: env.IsTerminal,
		Label:      label,
		Every:      max(10, (total+9)/10),
	})
}

func runIngest(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "ingest", "FILE...|DIR|URL|-")
	db := dbFlag(fs)
	src := addSourceFlags(fs)
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	cbFlag := codebookFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitError{2}
	}
	p, cbName, err := claimsPipeline(env, *cbFlag, attrib.Options{})
	if err != nil {
		return err
	}
	items, err := expandInputs(ctx, pos)
	if err != nil {
		return err
	}
	st, path, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	w := ledger.New(st, p, cbName)
	if !*quiet {
		fmt.Fprintf(env.Stderr, "ledger: %s\n", path)
	}
	reader := &sourceReader{stdin: env.Stdin, opt: ingest.Options{MaxBytes: *src.maxBytes}, client: src.client(),
		splitText: true, now: time.Now}
	rep := newProgress(env, "ingest", len(items), *quiet)
	var docs, created, stmts, refused, copies int
	err = forEachSource(ctx, items, reader, rep, func(_ string, ds []*ingest.Document) error {
		for _, doc := range ds {
			sr, err := w.Save(ctx, doc)
			if err != nil {
				return err
			}
			docs++
			if sr.Created {
				created++
				stmts += sr.Statements
				if sr.ClusterID != sr.DocumentID {
					copies++
				}
			}
		}
		return nil
	}, func(err error) {
		refused++
		fmt.Fprintf(env.Stderr, "refused: %v\n", err)
	})
	rep.Finish()
	if err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(env.Stdout, "ingested %d documents: %d new with %d statements, %d already stored; %d refused\n",
			docs, created, stmts, docs-created, refused)
		if copies > 0 {
			fmt.Fprintf(env.Stdout, "%d of the new documents are copies of stories already in the ledger\n", copies)
		}
	}
	if refused > 0 {
		return exitError{1}
	}
	return nil
}

func runExtract(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "extract", "FILE...|DIR|URL|-")
	format := formatFlag(fs, "table", "jsonl", "csv")
	explain := fs.Bool("explain", false, "show the rule that found each statement and its evidence")
	polnear := fs.Bool("polnear", false, "PolNeAR's span conventions: keep the \"that\" opening reported speech, join continued quotes")
	src := addSourceFlags(fs)
	cbFlag := codebookFlag(fs)
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
	items, err := expandInputs(ctx, pos)
	if err != nil {
		return err
	}
	out := newWriter(env.Stdout, f)
	opt := attrib.Options{}
	if *polnear {
		opt = attrib.PolNeAR
	}
	p, _, err := claimsPipeline(env, *cbFlag, opt)
	if err != nil {
		return err
	}
	reader := &sourceReader{stdin: env.Stdin, opt: ingest.Options{MaxBytes: *src.maxBytes}, client: src.client(), now: time.Now}
	refused := 0
	err = forEachSource(ctx, items, reader, progress.New(io.Discard, 0, progress.Options{Quiet: true}), func(_ string, docs []*ingest.Document) error {
		for _, doc := range docs {
			res := p.Document(doc)
			for i, s := range res.Statements {
				r := newRecord(doc.Name, doc.Raw, s, *explain)
				r.Published = fmtDate(doc.Published)
				if i < len(res.Speakers) {
					r.Actor = actorOf(res.Speakers[i])
				}
				if err := out.write(r); err != nil {
					return err
				}
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
