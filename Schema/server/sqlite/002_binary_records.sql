-- Records are kept in protocol 5's binary wire form (BinaryWire): a push stores the bytes a pull
-- splices, with no JSON to write or parse. Rows written before this migration keep their JSON
-- text (now as bytes, always starting with "{") and are read as such until a push rewrites them.
--
-- And keyed small: the record type as a number (record_type) and the id as its 16 bytes. Pushed
-- ids are random UUIDs, so every push inserts all over the key's B-tree; half-size keys make
-- half as many pages to rewrite per push (measured: docs/benchmarks.md).
CREATE TABLE record_type (
    code INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
) STRICT;
DROP INDEX record_seq;
ALTER TABLE record RENAME TO record_v1;
CREATE TABLE record (
    zone_id INTEGER NOT NULL REFERENCES zone(id),
    tbl INTEGER NOT NULL,
    id BLOB NOT NULL CHECK (length(id) = 16),
    seq INTEGER NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    body BLOB NOT NULL,
    PRIMARY KEY (zone_id, tbl, id)
) STRICT;
CREATE UNIQUE INDEX record_seq ON record(zone_id, seq);
-- The server moves record_v1's rows into record (ids parsed from their text) and drops record_v1
-- in the same transaction (SQLiteServerStore.migrate).
