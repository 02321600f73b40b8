-- Laptops by name: one synced record per replica id (the name given at `fieldsync init` and the
-- commissioner working on it), so conflicts and history name the laptop that wrote a value.

CREATE TABLE "laptop" (
    id TEXT PRIMARY KEY NOT NULL,
    "name" TEXT,
    "commissioner" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0,
    _origin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "laptop_seq" ON "laptop"(_seq) WHERE _seq > 0;
CREATE INDEX "laptop_conflicts" ON "laptop"(_conflicts) WHERE _conflicts > 0;
