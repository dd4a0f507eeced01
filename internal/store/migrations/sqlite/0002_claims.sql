-- The negotiation ledger's claims (internal/claims) and what actors gain from a codebook.
-- Dates are TEXT in UTC as 'YYYY-MM-DDTHH:MM:SSZ', as in 0001.

-- codebook_id is the codebook actor an actor row stands for ("putin"), NULL for a name outside the codebook.
-- name_key is codebook.NameKey of the name, so that "Zelensky" and "Zelenskiy" from different documents meet;
-- aliases is a JSON array of the other names the actor was written as.
ALTER TABLE actors ADD COLUMN codebook_id TEXT;
ALTER TABLE actors ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE actors ADD COLUMN aliases TEXT;

CREATE UNIQUE INDEX actors_codebook_id ON actors (codebook_id) WHERE codebook_id IS NOT NULL;
CREATE INDEX actors_name_key ON actors (name_key);

-- One claim: the claimant says the actor does (polarity +) or does not (-) the event about the issue.
-- statement_id is NULL for the reporter's own narration; actor_id is NULL when the text names no actor (an
-- agentless passive). issue is a codebook issue id ('' for none) with its label as it was when derived, so
-- that the ledger reads without the codebook. when_* is the resolved time: [when_start, when_end) in UTC,
-- when_value the ISO form in the document's own calendar ("2025-08-15", "2025-06-01/2025-08-18").
CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    statement_id   INTEGER REFERENCES statements (id) ON DELETE SET NULL,
    actor_id       INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    target_id      INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    event          TEXT    NOT NULL,
    issue          TEXT    NOT NULL DEFAULT '',
    issue_label    TEXT    NOT NULL DEFAULT '',
    polarity       TEXT    NOT NULL CHECK (polarity IN ('+', '-')),
    mode           TEXT    NOT NULL CHECK (mode IN ('asserted', 'negated', 'future', 'hypothetical', 'historical')),
    claimant       TEXT    NOT NULL,
    claimant_kind  TEXT    NOT NULL CHECK (claimant_kind IN ('speaker', 'outlet', 'document')),
    claimant_id    INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    when_start     TEXT,
    when_end       TEXT,
    when_grain     TEXT    NOT NULL DEFAULT '',
    when_value     TEXT    NOT NULL DEFAULT '',
    when_text      TEXT    NOT NULL DEFAULT '',
    when_source    TEXT    NOT NULL DEFAULT '',
    place          TEXT    NOT NULL DEFAULT '',
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT    NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    rule           TEXT    NOT NULL DEFAULT '',
    explain        TEXT    NOT NULL DEFAULT '',
    codebook       TEXT    NOT NULL DEFAULT '',
    UNIQUE (document_id, seq),
    CHECK (evidence_start <= evidence_end),
    CHECK (trigger_start <= trigger_end)
);

CREATE INDEX claims_issue ON claims (issue);
CREATE INDEX claims_actor ON claims (actor_id);
CREATE INDEX claims_claimant ON claims (claimant_id);
CREATE INDEX claims_statement ON claims (statement_id);
