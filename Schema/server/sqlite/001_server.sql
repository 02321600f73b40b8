-- The embedded server store (one SQLite file): zones, their records, tokens, replicas.
-- Not the laptop's schema: the server keeps each record as the wire shows it, never its fields.

-- A zone and the next sequence it hands out. Sequences are per zone and assigned inside the
-- push's write transaction (SQLite has one writer), so commit order is sequence order.
CREATE TABLE zone (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    next_seq INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1),
    created_at TEXT NOT NULL
) STRICT;

-- A record's merged state, encoded as one wire record (JSON). `origin` is the replica whose push
-- left exactly this state ('' otherwise): a pull by that replica skips it.
CREATE TABLE record (
    zone_id INTEGER NOT NULL REFERENCES zone(id),
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    PRIMARY KEY (zone_id, tbl, id)
) STRICT;
CREATE UNIQUE INDEX record_seq ON record(zone_id, seq);

-- Access tokens: shown once at creation; only the SHA-256 is kept. `lookup` (the hash's first 12
-- hex digits) finds the candidate row; the full hash is then compared in constant time.
CREATE TABLE token (
    name TEXT PRIMARY KEY NOT NULL,
    hash TEXT NOT NULL,
    lookup TEXT NOT NULL,
    zone TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'commissioner', 'viewer')),
    replica_id TEXT,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT
) STRICT;
CREATE INDEX token_lookup ON token(lookup);

-- Replica ids: the token each belongs to, the hash of its store's key, its push history.
CREATE TABLE replica (
    replica_id TEXT PRIMARY KEY NOT NULL,
    token TEXT NOT NULL,
    key_hash TEXT,
    head TEXT NOT NULL,
    previous_head TEXT NOT NULL DEFAULT '',
    last_push TEXT NOT NULL DEFAULT '',
    registered_at TEXT NOT NULL
) STRICT;
CREATE INDEX replica_token ON replica(token);

-- A token's permit to register its next new replica without a proven key (`token rebind`).
CREATE TABLE rebind (
    token TEXT PRIMARY KEY NOT NULL,
    allowed_at TEXT NOT NULL
) STRICT;
