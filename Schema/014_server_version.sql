-- The versions the server kept of a record (its audit trail, `GET /v1/history`), as this laptop
-- last fetched them for `fieldsync history`: shown from here when the server cannot be reached.
-- A cache: replaced whole for a record on each fetch; never synced.
CREATE TABLE server_version (
    record_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    writer TEXT NOT NULL,
    token TEXT NOT NULL,
    at TEXT NOT NULL,
    body TEXT NOT NULL,             -- the record's wire JSON
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (record_id, seq)
) WITHOUT ROWID;
