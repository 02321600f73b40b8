-- Records are kept in protocol 5's binary wire form (BinaryWire): a push stores the bytes a pull
-- splices, with no JSON to write or parse. Rows written before this migration keep their JSON
-- text (now as bytes, always starting with "{") and are read as such until a push rewrites them.
CREATE TABLE record_v2 (
    zone_id INTEGER NOT NULL REFERENCES zone(id),
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    body BLOB NOT NULL,
    PRIMARY KEY (zone_id, tbl, id)
) STRICT;
INSERT INTO record_v2 (zone_id, tbl, id, seq, origin, body)
    SELECT zone_id, tbl, id, seq, origin, CAST(body AS BLOB) FROM record;
DROP TABLE record;
ALTER TABLE record_v2 RENAME TO record;
CREATE UNIQUE INDEX record_seq ON record(zone_id, seq);
