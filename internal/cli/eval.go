package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/parley-ledger/parley/internal/analyze"
	"github.com/parley-ledger/parley/internal/attrib"
	"github.com/parley-ledger/parley/internal/eval"
	"github.com/parley-ledger/parley/internal/ingest"
	"github.com/parley-ledger/parley/internal/text"
)

// polnearDir finds the PolNeAR data folder: $PARLEY_POLNEAR, else .polnear/data under the working directory.
func polnearDir(env Env) string {
	if d := env.Getenv("PARLEY_POLNEAR"); d != "" {
		return d
	}
	return filepath.Join(".polnear", "data")
}

func runEval(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "eval", "GOLD... | --split dev")
	split := fs.String("split", "", "score a PolNeAR split (train or dev; test only with --final) from $PARLEY_POLNEAR or .polnear/data")
	final := fs.Bool("final", false, "allow the held-out PolNeAR test split, for the final figures only")
	convention := fs.String("convention", "auto", "content boundaries: polnear (keep \"that\", join continued quotes), seed (drop it, continued quotes apart), or auto (polnear for brat folders)")
	asJSON := fs.Bool("json", false, "print the figures as one JSON object")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *split != "" {
		if *split == "test" && !*final {
			return fmt.Errorf("the PolNeAR test split is held out for the final figures: add --final to score it")
		}
		if *split != "train" && *split != "dev" && *split != "test" {
			return fmt.Errorf("--split %q: want train or dev", *split)
		}
		dir := filepath.Join(polnearDir(env), *split)
		if _, err := os.Stat(filepath.Join(dir, "attributions")); err != nil {
			fmt.Fprintf(env.Stdout, "skipped: PolNeAR %s split not found at %s (see DEVELOPERS.md to fetch it)\n", *split, dir)
			return nil
		}
		pos = append(pos, dir)
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitError{2}
	}
	gold, err := eval.LoadGoldContext(ctx, pos)
	if err != nil {
		return err
	}
	keep := *convention == "polnear"
	if *convention == "auto" {
		keep = len(pos) == 1 && isDir(pos[0])
	} else if *convention != "polnear" && *convention != "seed" {
		return fmt.Errorf("--convention %q: want polnear, seed or auto", *convention)
	}
	opt := attrib.Options{}
	if keep {
		opt = attrib.PolNeAR
	}
	preds, err := predict(gold, analyze.New(opt))
	if err != nil {
		return err
	}
	res, err := eval.Score(gold, preds)
	if err != nil {
		return err
	}
	if *asJSON {
		fmt.Fprintln(env.Stdout, res.JSON())
		return nil
	}
	fmt.Fprint(env.Stdout, res.Report())
	return nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// predict runs the pipeline over every gold document's exact text.
func predict(gold *eval.Gold, p *analyze.Pipeline) ([]eval.Prediction, error) {
	var preds []eval.Prediction
	for _, gd := range gold.Docs {
		doc, err := ingest.Parse(gd.Name, gd.Path, []byte(gd.Text()))
		if err != nil {
			return nil, fmt.Errorf("eval %s: %w", gd.Path, err)
		}
		for _, st := range p.Document(doc).Statements {
			preds = append(preds, prediction(gd.Name, doc.Raw, st))
		}
	}
	return preds, nil
}

func prediction(doc, raw string, st attrib.Statement) eval.Prediction {
	ps := func(sp *text.Span) *eval.PredSpan {
		if sp == nil {
			return nil
		}
		return &eval.PredSpan{Start: sp.Start, End: sp.End, Text: raw[sp.Start:sp.End]}
	}
	p := eval.Prediction{Doc: doc, Source: ps(st.Source), Cue: ps(st.Cue), Content: ps(&st.Content), Speaker: st.Speaker, Kind: string(st.Kind)}
	for _, pc := range st.Pieces {
		p.Content.Spans = append(p.Content.Spans, [2]int{pc.Start, pc.End})
	}
	return p
}

func runBench(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "bench", "extract DIR|FILE...")
	passes := fs.Int("passes", 3, "times to run over the corpus; the best pass is reported")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 || pos[0] != "extract" {
		fs.Usage()
		return exitError{2}
	}
	runtime.GOMAXPROCS(1) // figures are per core
	p := analyze.New(attrib.Options{})
	var best benchFigures
	for pass := 0; pass < *passes; pass++ {
		var f benchFigures
		err := readDocs(ctx, env, pos[1:], ingest.Options{}, func(doc *ingest.Document) error {
			f.bytes += int64(len(doc.Raw) - doc.BodyStart)
			t0 := time.Now()
			l := text.Analyze(doc.Raw, doc.BodyStart)
			t1 := time.Now()
			res := p.Document(doc)
			t2 := time.Now()
			f.tokenize += t1.Sub(t0)
			f.extract += t2.Sub(t1)
			f.docs++
			f.statements += len(res.Statements)
			for _, t := range l.Tokens {
				if t.Kind == text.Word || t.Kind == text.Number {
					f.words++
				}
			}
			var ms runtime.MemStats
			if f.docs%256 == 0 {
				runtime.ReadMemStats(&ms)
				f.heap = max(f.heap, ms.HeapInuse)
			}
			return nil
		}, func(err error) { fmt.Fprintf(env.Stderr, "refused: %v\n", err) })
		if err != nil {
			return err
		}
		if pass == 0 || f.extract < best.extract {
			best = f
		}
	}
	best.print(env)
	return nil
}

type benchFigures struct {
	docs, statements  int
	bytes, words      int64
	tokenize, extract time.Duration
	heap              uint64
}

func (f benchFigures) print(env Env) {
	rate := func(d time.Duration) (mbs, wps float64) {
		s := d.Seconds()
		if s == 0 {
			return 0, 0
		}
		return float64(f.bytes) / 1e6 / s, float64(f.words) / s
	}
	tm, tw := rate(f.tokenize)
	em, ew := rate(f.extract)
	fmt.Fprintf(env.Stdout, "corpus: %d documents, %.2f MB, %d words, %d statements found\n", f.docs, float64(f.bytes)/1e6, f.words, f.statements)
	fmt.Fprintf(env.Stdout, "tokenize+sentences   %8.2f MB/s %12.0f words/s per core\n", tm, tw)
	fmt.Fprintf(env.Stdout, "full extraction      %8.2f MB/s %12.0f words/s per core\n", em, ew)
	if f.tokenize > 0 {
		fmt.Fprintf(env.Stdout, "extraction / tokenization cost ratio: %.2fx (target <= 3x)\n", f.extract.Seconds()/f.tokenize.Seconds())
	}
	fmt.Fprintf(env.Stdout, "peak heap in use (sampled): %.1f MiB\n", float64(f.heap)/(1<<20))
}
