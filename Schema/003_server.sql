-- The server's access tokens (used only by fieldsync-server's main store).
-- A token is shown once at creation; only its SHA-256 is kept. `lookup` (the hash's first 12 hex
-- digits) finds the candidate row; the full hash is then compared in constant time.
CREATE TABLE token (
    name TEXT PRIMARY KEY NOT NULL,
    hash TEXT NOT NULL,
    lookup TEXT NOT NULL,
    zone TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'commissioner', 'viewer')),
    replica_id TEXT,                 -- bound at first use
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT
);
CREATE INDEX token_lookup ON token(lookup);
