package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrationFS holds each dialect's schema versions, in migrations/<dialect>/. A file NNNN_name.sql is version
// NNNN; each is applied once, in order, in its own transaction, and recorded in schema_migrations. Later
// features (claims, codebook, feeds, story clusters) add a file with the same number to both directories;
// an applied file must never be edited.
//
//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads dir of fsys, sorted by version.
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations %s: %w", dir, err)
	}
	var ms []migration
	seen := map[int]string{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive version number and '_'", name)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s have the same version %d", prev, name, v)
		}
		seen[v] = name
		b, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", name, err)
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies the migrations of d that db has not seen. On SQLite db's transactions take the write lock
// when they begin, and on PostgreSQL d.lockMigrations holds an advisory lock, so that two processes opening
// a new ledger at once apply each migration only once.
func migrate(ctx context.Context, db *sql.DB, d *dialect, now func() time.Time) error {
	return migrateFS(ctx, db, d, migrationFS, now)
}

// migrateFS is migrate with the migrations read from fsys (tests give their own).
func migrateFS(ctx context.Context, db *sql.DB, d *dialect, fsys fs.FS, now func() time.Time) error {
	ms, err := loadMigrations(fsys, d.migrations)
	if err != nil {
		return err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate: connect: %w", err)
	}
	defer conn.Close()
	if d.lockMigrations != nil {
		unlock, err := d.lockMigrations(ctx, conn)
		if err != nil {
			return fmt.Errorf("migrate: lock: %w", err)
		}
		defer unlock()
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	applied, err := appliedVersions(ctx, conn)
	if err != nil {
		return err
	}
	if n := len(ms); n > 0 && len(applied) > 0 && applied[len(applied)-1] > ms[n-1].version {
		return fmt.Errorf("schema version %d is newer than this program knows (%d): upgrade parley", applied[len(applied)-1], ms[n-1].version)
	}
	// Every known migration not yet recorded is applied, in order, even below the highest applied version:
	// features are developed in parallel, so 0003 may reach a database before 0002 does.
	for _, m := range ms {
		if _, done := slices.BinarySearch(applied, m.version); done {
			continue
		}
		if err := applyMigration(ctx, conn, m, now); err != nil {
			return err
		}
	}
	return nil
}

// appliedVersions lists the versions recorded in schema_migrations, in order.
func appliedVersions(ctx context.Context, conn *sql.Conn) ([]int, error) {
	rows, err := conn.QueryContext(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		return nil, fmt.Errorf("read schema version: %w", err)
	}
	defer rows.Close()
	var vs []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("read schema version: %w", err)
		}
		vs = append(vs, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read schema version: %w", err)
	}
	return vs, nil
}

func applyMigration(ctx context.Context, db *sql.Conn, m migration, now func() time.Time) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: begin: %w", m.name, err)
	}
	defer tx.Rollback()
	// Another process may have applied it since we looked.
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, m.version).Scan(&done); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if done > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
		m.version, m.name, formatTime(now())); err != nil {
		return fmt.Errorf("migration %s: record: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", m.name, err)
	}
	return nil
}
