-- The PostgreSQL server store: zones, their records, tokens, replicas (same shape as the embedded
-- SQLite store's Schema/server/sqlite/001_server.sql).

-- A zone and the next sequence it hands out. A push locks its zone's row (SELECT … FOR UPDATE)
-- before reading anything and holds it to commit, so pushes to one zone commit in sequence order
-- on every instance: a pull's snapshot always sees a prefix of the zone's sequences.
CREATE TABLE zone (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    next_seq BIGINT NOT NULL DEFAULT 1 CHECK (next_seq >= 1),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A record's merged state, encoded as one wire record (JSON text, kept byte for byte: not jsonb).
-- `origin` is the replica whose push left exactly this state ('' otherwise).
CREATE TABLE record (
    zone_id BIGINT NOT NULL REFERENCES zone(id),
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    PRIMARY KEY (zone_id, tbl, id)
);
CREATE UNIQUE INDEX record_seq ON record(zone_id, seq);

-- Access tokens: shown once at creation; only the SHA-256 is kept.
CREATE TABLE token (
    name TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    lookup TEXT NOT NULL,
    zone TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'commissioner', 'viewer')),
    replica_id TEXT,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT
);
CREATE INDEX token_lookup ON token(lookup);

-- Replica ids: the token each belongs to, the hash of its store's key, its push history.
CREATE TABLE replica (
    replica_id TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    key_hash TEXT,
    head TEXT NOT NULL,
    previous_head TEXT NOT NULL DEFAULT '',
    last_push TEXT NOT NULL DEFAULT '',
    registered_at TEXT NOT NULL
);
CREATE INDEX replica_token ON replica(token);

-- A token's permit to register its next new replica without a proven key (`token rebind`).
CREATE TABLE rebind (
    token TEXT PRIMARY KEY,
    allowed_at TEXT NOT NULL
);
