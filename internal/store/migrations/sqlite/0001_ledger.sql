-- Documents, actors, statements and the statement search index.
-- Dates are TEXT in UTC as 'YYYY-MM-DDTHH:MM:SSZ' so that they compare correctly as strings.

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    hash        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    path        TEXT    NOT NULL DEFAULT '',
    url         TEXT    NOT NULL DEFAULT '',
    outlet      TEXT    NOT NULL DEFAULT '',
    title       TEXT    NOT NULL DEFAULT '',
    author      TEXT    NOT NULL DEFAULT '',
    published   TEXT,
    ingested_at TEXT    NOT NULL,
    body_start  INTEGER NOT NULL DEFAULT 0 CHECK (body_start >= 0),
    raw         TEXT    NOT NULL,
    meta        TEXT
);

-- Filters and ordering use the published date, falling back to the ingest time.
CREATE INDEX documents_date ON documents (COALESCE(published, ingested_at), id);

CREATE TABLE actors (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL DEFAULT 'unknown'
               CHECK (type IN ('person', 'organisation', 'anonymous', 'unknown')),
    created_at TEXT NOT NULL
);

CREATE TABLE statements (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    source_start  INTEGER,
    source_end    INTEGER,
    source_text   TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    cue_text      TEXT,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    content_text  TEXT    NOT NULL,
    pieces        TEXT,
    speaker       TEXT    NOT NULL DEFAULT '',
    speaker_type  TEXT    NOT NULL DEFAULT '',
    actor_id      INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    medium        TEXT    NOT NULL DEFAULT '',
    rule          TEXT    NOT NULL DEFAULT '',
    evidence      TEXT    NOT NULL DEFAULT '',
    UNIQUE (document_id, seq),
    CHECK (content_start <= content_end),
    CHECK ((source_start IS NULL) = (source_end IS NULL) AND (source_start IS NULL OR source_start <= source_end)),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL) AND (cue_start IS NULL OR cue_start <= cue_end))
);

CREATE INDEX statements_actor ON statements (actor_id);

-- External-content FTS5 index over what was said and by whom; the triggers keep it in step with statements,
-- including deletes cascaded from documents. No stemmer: it would make prefix searches (negotiat*) miss words
-- whose stems are shorter than the prefix.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content_text,
    speaker,
    content = 'statements',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content_text, speaker) VALUES (new.id, new.content_text, new.speaker);
END;

CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content_text, speaker)
    VALUES ('delete', old.id, old.content_text, old.speaker);
END;

CREATE TRIGGER statements_fts_update AFTER UPDATE OF content_text, speaker ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content_text, speaker)
    VALUES ('delete', old.id, old.content_text, old.speaker);
    INSERT INTO statements_fts (rowid, content_text, speaker) VALUES (new.id, new.content_text, new.speaker);
END;
