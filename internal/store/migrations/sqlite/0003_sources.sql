-- Real sources: story clusters (copies of one wire story count once), statement keys (the same quote
-- printed by several documents is one statement with several occurrences) and polled feeds.

-- signature is the document body's dedup.Signature (MarshalBinary); NULL until the next clustering pass
-- signs it. sig_seq numbers signatures in the order they were stored, so that a process can load into its
-- in-memory index only those stored since it last looked. cluster_id is the lowest document id among the
-- document's copies (its own id when it has none); NULL until signed.
ALTER TABLE documents ADD COLUMN signature BLOB;
ALTER TABLE documents ADD COLUMN sig_seq INTEGER;
ALTER TABLE documents ADD COLUMN cluster_id INTEGER;

CREATE UNIQUE INDEX documents_sig_seq ON documents (sig_seq);
CREATE INDEX documents_cluster ON documents (cluster_id);
CREATE INDEX documents_unsigned ON documents (id) WHERE signature IS NULL;

-- statement_key is dedup.StatementKey(speaker's actor key, content_text); NULL until keyed.
ALTER TABLE statements ADD COLUMN statement_key TEXT;

CREATE INDEX statements_key ON statements (statement_key);
CREATE INDEX statements_unkeyed ON statements (id) WHERE statement_key IS NULL;

CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    url              TEXT    NOT NULL UNIQUE,
    title            TEXT    NOT NULL DEFAULT '',
    interval_seconds INTEGER NOT NULL CHECK (interval_seconds > 0),
    etag             TEXT    NOT NULL DEFAULT '',
    last_modified    TEXT    NOT NULL DEFAULT '',
    next_poll        TEXT    NOT NULL,
    last_polled      TEXT,
    failures         INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_error       TEXT    NOT NULL DEFAULT '',
    -- JSON array of the keys of items already read, newest last.
    seen             TEXT    NOT NULL DEFAULT '[]',
    added_at         TEXT    NOT NULL
);

CREATE INDEX feeds_due ON feeds (next_poll);
