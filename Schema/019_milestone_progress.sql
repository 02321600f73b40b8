-- Project progress reports (issue 27, item 1): a dated percentage (0–100) for a milestone, usually
-- taken on a visit. A milestone whose latest report lags its elapsed time by more than the zone's
-- `light.progress_tolerance` turns its project yellow (可能滞后). Id derived from (milestone, day):
-- a second report on one day replaces the first.

CREATE TABLE "milestone_progress" (
    id TEXT PRIMARY KEY NOT NULL,
    "milestone" TEXT,
    "project" TEXT,
    "percent" INTEGER,
    "reported_on" TEXT,
    "note" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "milestone_progress_seq" ON "milestone_progress"(_seq) WHERE _seq > 0;
CREATE INDEX "milestone_progress_conflicts" ON "milestone_progress"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "milestone_progress_project" ON "milestone_progress"(project);
