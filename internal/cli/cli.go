// Package cli owns Parley's command line: it parses each subcommand's flags, wires the packages that do the work
// (ingest, analyze, store, ...) and prints their results. It holds no logic of its own beyond presentation.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"golang.org/x/term"

	"github.com/parley-ledger/parley/internal/store"
)

// Env is what a command sees of the outside world; tests fill it with buffers.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// IsTerminal reports whether w is an interactive terminal (table output and progress bars then).
	IsTerminal func(w io.Writer) bool
}

// OSEnv is the environment of the running process.
func OSEnv() Env {
	return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, IsTerminal: isTerminal}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// exitError carries an exit status; its message, if any, has already been printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, env Env, args []string) error
}

// commands lists every subcommand; each area of the product adds its own from its file.
func commands() map[string]command {
	cmds := baseCommands()
	for _, more := range []map[string]command{ledgerCommands(), sourceCommands(), serveCommands(), scaleCommands()} {
		for name, c := range more {
			cmds[name] = c
		}
	}
	return cmds
}

func baseCommands() map[string]command {
	return map[string]command{
		"ingest":     {"read articles into the ledger", runIngest},
		"extract":    {"print the statements found in files, without storing them", runExtract},
		"statements": {"list stored statements; --distinct folds repeated quotes", runStatements},
		"actors":     {"list actors and how often they were quoted", runActors},
		"documents":  {"list stored documents with their story clusters; documents show ID", runDocuments},
		"check":      {"verify the ledger's integrity", runCheck},
		"eval":       {"score extraction against a gold set (brat folder or .txt with .statements.jsonl)", runEval},
		"bench":      {"measure extraction speed: parley bench extract DIR", runBench},
	}
}

// Run executes a command line (without the program name) and returns the process exit status.
func Run(ctx context.Context, env Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "parley: unknown command %q\n", args[0])
		usage(env.Stderr)
		return 2
	}
	err := cmd.run(ctx, env, args[1:])
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintf(env.Stderr, "parley %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: parley COMMAND [flags] [args]\n\ncommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-11s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'parley COMMAND -h' for a command's flags. The ledger is --db PATH, $PARLEY_DB, or a file under the user's data directory.")
}

// newFlags makes a flag set that reports errors instead of exiting.
func newFlags(env Env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: parley %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses flags that may come before or after positional arguments ("ingest a.txt --db x.db").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, exitError{2}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "-" || !strings.HasPrefix(rest[0], "-") {
			pos = append(pos, rest[0])
			args = rest[1:]
			continue
		}
		args = rest
	}
}

// parseNoArgs parses flags for a command that takes no positional arguments.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return exitError{2}
	}
	return nil
}

// dbFlag adds --db to a command.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "ledger: a SQLite file path or a postgres:// URL (default $PARLEY_DB, else a file in the user data directory)")
}

// openStore opens the ledger named by --db, $PARLEY_DB or the default path: a postgres:// or postgresql://
// URL opens PostgreSQL, anything else is a SQLite file. The name returned is safe to print (no password).
func openStore(ctx context.Context, env Env, db string) (store.Ledger, string, error) {
	return openLedger(ctx, env, db, false)
}

// openExistingStore is openStore for commands that only read or verify a ledger: a SQLite file that does not
// exist is an error rather than a new empty ledger.
func openExistingStore(ctx context.Context, env Env, db string) (store.Ledger, string, error) {
	return openLedger(ctx, env, db, true)
}

func openLedger(ctx context.Context, env Env, db string, mustExist bool) (store.Ledger, string, error) {
	if db == "" {
		db = env.Getenv("PARLEY_DB")
	}
	if db == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return nil, "", fmt.Errorf("find default database path: %w", err)
		}
		db = p
	}
	if mustExist && !store.IsPostgresDSN(db) {
		if _, err := os.Stat(db); err != nil {
			return nil, db, fmt.Errorf("no ledger at %s (run parley ingest first, or give --db): %w", db, err)
		}
	}
	s, err := store.OpenDSN(ctx, db)
	if err != nil {
		return nil, store.RedactDSN(db), err
	}
	return s, store.RedactDSN(db), nil
}

// formatFlag adds --format with the given choices; the default is table on a terminal and the second choice
// otherwise.
func formatFlag(fs *flag.FlagSet, choices ...string) *string {
	return fs.String("format", "", "output format: "+strings.Join(choices, ", ")+" (default table on a terminal, "+choices[1]+" otherwise)")
}

func resolveFormat(env Env, f string, choices ...string) (string, error) {
	if f == "" {
		if env.IsTerminal != nil && env.IsTerminal(env.Stdout) {
			return choices[0], nil
		}
		return choices[1], nil
	}
	for _, c := range choices {
		if f == c {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown --format %q (want %s)", f, strings.Join(choices, ", "))
}
