-- The server's identity: made once, by the migration that creates it, and kept by
-- `migrate-store`. Laptops key their checkpoints by it, so the same server at a new address
-- resumes where it was, and another server at an old address is told apart (issue 25, item 7).
CREATE TABLE server_identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id TEXT NOT NULL
);
INSERT INTO server_identity (singleton, id) VALUES (1, replace(gen_random_uuid()::text, '-', ''));
