-- What the last import on this laptop wrote to each enterprise field, kept in the enterprise's own
-- row as a local column (never synced, never read by the row codec): per field its declared
-- position and 6 bytes of the SHA-256 of the value written. It replaces `import_value`, which
-- held every imported value a second time with its key (14 MB for 20,000 enterprises; issue 25,
-- item 6); rows written there by an earlier version are still read for enterprises that have no
-- marks yet.
ALTER TABLE "enterprise" ADD COLUMN _import BLOB;
