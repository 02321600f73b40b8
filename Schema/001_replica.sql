-- FieldSync replica bookkeeping: who this store is, its clocks and counters, its settings.

-- Exactly one row: this store's identity and counters.
CREATE TABLE replica_info (
    singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    replica_id TEXT NOT NULL,
    replica_name TEXT NOT NULL,
    zone TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'replica',     -- 'replica' (a laptop) or 'server'
    next_seq INTEGER NOT NULL DEFAULT 1,      -- the next local change (or server) sequence
    hlc INTEGER NOT NULL DEFAULT 0,           -- the last hybrid logical clock value issued
    created_at TEXT NOT NULL,
    previous_replica_ids TEXT NOT NULL DEFAULT '[]'
);

-- Replica ids interned as small integers, so sync metadata stays compact.
CREATE TABLE replica (
    idx INTEGER PRIMARY KEY NOT NULL,
    id TEXT NOT NULL UNIQUE
);

-- Local settings that do not sync (server URL, token).
CREATE TABLE config (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Per-server sync checkpoints.
CREATE TABLE sync_checkpoint (
    server TEXT PRIMARY KEY NOT NULL,
    pushed_local_seq INTEGER NOT NULL DEFAULT 0,
    pulled_server_seq INTEGER NOT NULL DEFAULT 0,
    last_success_at TEXT,
    last_attempt_at TEXT,
    last_error TEXT
);

-- Append-only history: every version of every record, local or pulled.
CREATE TABLE history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    origin TEXT NOT NULL,           -- 'local' or 'remote'
    replicas TEXT NOT NULL,         -- who wrote the new entries
    author TEXT,                    -- the commissioner acting, when known
    at TEXT NOT NULL,               -- RFC 3339 UTC, when this store recorded the version
    hlc INTEGER NOT NULL,
    changes TEXT NOT NULL           -- JSON: [{"field", "old", "new"}]
);
CREATE INDEX history_record ON history(record_id);
