// Command prof profiles the HTTP handlers `parley serve` builds, in process and without the network: it
// serves -n requests for each path against a ledger and writes a CPU profile, so that a slow endpoint found
// by bench/load/run.sh can be looked at with `go tool pprof`. The first request of a path is reported
// apart from the repeats, which the response cache answers unless -response-cache=false; -paths FILE
// serves each path of FILE (one a line, as bench/load/run.sh collects the statement pages) once.
//
//	go run ./bench/load/prof -db /tmp/parley-load/ledger.db -n 20 -cpuprofile /tmp/cpu.out /api/v1/positions
//	go run ./bench/load/prof -db /tmp/parley-load/ledger.db -paths /tmp/parley-load/pages.txt
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/parley-ledger/parley/internal/api"
	"github.com/parley-ledger/parley/internal/codebook"
	"github.com/parley-ledger/parley/internal/positions"
	"github.com/parley-ledger/parley/internal/store"
	"github.com/parley-ledger/parley/internal/ui"
)

func main() {
	db := flag.String("db", "", "ledger to serve")
	n := flag.Int("n", 10, "requests per path")
	cpu := flag.String("cpuprofile", "", "write a CPU profile of the requests to this file")
	cache := flag.Bool("response-cache", true, "keep answers in the API's response cache, as parley serve does")
	pathsFile := flag.String("paths", "", "serve each path of this file (one a line) once, as first requests")
	flag.Parse()
	if *db == "" || (flag.NArg() == 0 && *pathsFile == "") {
		fmt.Fprintln(os.Stderr, "usage: prof -db LEDGER [-n N] [-cpuprofile FILE] [-response-cache=false] [-paths FILE] PATH...")
		os.Exit(2)
	}
	if err := run(context.Background(), *db, *n, *cpu, *cache, *pathsFile, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "prof:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, db string, n int, cpu string, cache bool, pathsFile string, paths []string) error {
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	cb := codebook.Default()
	opt := api.Options{Ledger: st, Codebook: cb, CodebookName: cb.Name}
	if !cache {
		opt.ResponseCacheBytes = -1
	}
	if cl, ok := store.Claims(st); ok {
		opt.Claims = positions.ForAPI(positions.New(cl, cb))
	}
	a := api.New(opt)
	u, err := ui.New(ui.Options{API: a})
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	a.Register(mux)
	u.Register(mux)
	h := api.Secure(mux, nil)
	if cpu != "" {
		f, err := os.Create(cpu)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	serve := func(p string) (time.Duration, error) {
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, httptest.NewRequestWithContext(ctx, "GET", p, nil))
		d := time.Since(start)
		if rec.Code != http.StatusOK {
			return d, fmt.Errorf("GET %s: %d %s", p, rec.Code, rec.Body.String())
		}
		return d, nil
	}
	if pathsFile != "" {
		b, err := os.ReadFile(pathsFile)
		if err != nil {
			return err
		}
		var ds []time.Duration
		for _, p := range strings.Fields(string(b)) {
			d, err := serve(p)
			if err != nil {
				return err
			}
			ds = append(ds, d)
		}
		fmt.Printf("%-50s %s\n", fmt.Sprintf("%s (%d paths, once each)", filepath.Base(pathsFile), len(ds)), summary(ds))
	}
	for _, p := range paths {
		first, err := serve(p)
		if err != nil {
			return err
		}
		var ds []time.Duration
		for range n - 1 {
			d, err := serve(p)
			if err != nil {
				return err
			}
			ds = append(ds, d)
		}
		fmt.Printf("%-50s first %8s  repeats: %s\n", p, first.Round(time.Microsecond), summary(ds))
	}
	return nil
}

// summary gives the mean, median, 99th percentile and worst of ds.
func summary(ds []time.Duration) string {
	if len(ds) == 0 {
		return "none"
	}
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	r := func(d time.Duration) time.Duration { return d.Round(time.Microsecond) }
	return fmt.Sprintf("mean %8s  p50 %8s  p99 %8s  worst %8s", r(sum/time.Duration(len(s))), r(s[len(s)/2]), r(s[len(s)*99/100]), r(s[len(s)-1]))
}
