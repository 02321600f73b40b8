-- The office's repairs of stored records (`fieldsync-server record purge`, issue 24 item 2): who,
-- when, why, and the record before and after, kept for audit. A repair is written as the server's
-- repair replica with the zone's next sequence, so every laptop pulls it.
CREATE TABLE record_repair (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    zone TEXT NOT NULL,
    tbl TEXT NOT NULL,
    record_id TEXT NOT NULL,
    by_name TEXT NOT NULL,
    reason TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('repair', 'delete')),
    seq INTEGER NOT NULL,
    before_body BLOB NOT NULL,
    after_body BLOB NOT NULL
) STRICT;
CREATE INDEX record_repair_record ON record_repair(zone, tbl, record_id);
