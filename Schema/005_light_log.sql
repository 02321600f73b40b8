-- Observations of a project's early-warning light, so reports can count projects brought back
-- from red or yellow to green. Written when a light changes (milestones, overrides, `project light`).
CREATE TABLE "light_log" (
    id TEXT PRIMARY KEY NOT NULL,
    "project" TEXT,
    "observed_on" TEXT,
    "light" TEXT,
    "reason" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0,
    _origin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "light_log_seq" ON "light_log"(_seq) WHERE _seq > 0;
CREATE INDEX "light_log_conflicts" ON "light_log"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "light_log_project" ON "light_log"("project");
