-- Every version of every record the server accepted (issue 25, item 6): the office's audit trail,
-- append-only, with the replica whose push made it, the token that pushed it and when. Bounded per
-- record: the newest 256 versions are kept (older ones are dropped as new ones arrive), so a
-- hostile or runaway laptop cannot grow it without bound; `record purge` repairs are kept the same way.
CREATE TABLE record_version (
    zone_id INTEGER NOT NULL,
    tbl INTEGER NOT NULL,
    id BLOB NOT NULL,
    seq INTEGER NOT NULL,
    writer TEXT NOT NULL,
    token TEXT NOT NULL,
    at TEXT NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (zone_id, tbl, id, seq)
) STRICT, WITHOUT ROWID;
