// Command prof profiles the HTTP handlers `parley serve` builds, in process and without the network: it
// serves -n requests for each -path against a ledger and writes a CPU profile, so that a slow endpoint found
// by bench/load/run.sh can be looked at with `go tool pprof`.
//
//	go run ./bench/load/prof -db /tmp/parley-load/ledger.db -n 20 -cpuprofile /tmp/cpu.out /api/v1/positions
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/pprof"
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
	flag.Parse()
	if *db == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: prof -db LEDGER [-n N] [-cpuprofile FILE] PATH...")
		os.Exit(2)
	}
	if err := run(context.Background(), *db, *n, *cpu, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "prof:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, db string, n int, cpu string, paths []string) error {
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	cb := codebook.Default()
	opt := api.Options{Ledger: st, Codebook: cb, CodebookName: cb.Name}
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
	for _, p := range paths {
		var worst, sum time.Duration
		for range n {
			rec := httptest.NewRecorder()
			start := time.Now()
			h.ServeHTTP(rec, httptest.NewRequestWithContext(ctx, "GET", p, nil))
			d := time.Since(start)
			sum += d
			worst = max(worst, d)
			if rec.Code != http.StatusOK {
				return fmt.Errorf("GET %s: %d %s", p, rec.Code, rec.Body.String())
			}
		}
		fmt.Printf("%-50s mean %8s  worst %8s\n", p, (sum / time.Duration(n)).Round(time.Microsecond), worst.Round(time.Microsecond))
	}
	return nil
}
