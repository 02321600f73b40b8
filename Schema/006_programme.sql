-- The programme's rules as dated, synced records (docs/rules.md), so every figure for a past day
-- is a pure function of what was recorded, identical on every replica:
--   assignment        which commissioner is responsible for an enterprise from a date
--   milestone_replan  a milestone's due date moved on a date, with the reason (协助企业调整项目计划)
--   light_flag        a person raising a project's light to yellow or red from a date (until a date)
--   stage_change      an enterprise's cultivation stage from a date (优选/培育/成熟/申报)
--   certification     the outcome: 高新技术企业认定, 科技型中小企业评价入库, … on a date, with its number
-- A milestone also remembers the day it was added: before that day it did not weigh on the light.

ALTER TABLE "milestone" ADD COLUMN "added_on" TEXT;

CREATE TABLE "assignment" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "commissioner" TEXT,
    "starts_on" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0,
    _origin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "assignment_seq" ON "assignment"(_seq) WHERE _seq > 0;
CREATE INDEX "assignment_conflicts" ON "assignment"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "assignment_enterprise" ON "assignment"("enterprise");

CREATE TABLE "milestone_replan" (
    id TEXT PRIMARY KEY NOT NULL,
    "milestone" TEXT,
    "project" TEXT,
    "old_due" TEXT,
    "new_due" TEXT,
    "reason" TEXT,
    "replanned_on" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0,
    _origin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "milestone_replan_seq" ON "milestone_replan"(_seq) WHERE _seq > 0;
CREATE INDEX "milestone_replan_conflicts" ON "milestone_replan"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "milestone_replan_project" ON "milestone_replan"("project");

CREATE TABLE "light_flag" (
    id TEXT PRIMARY KEY NOT NULL,
    "project" TEXT,
    "light" TEXT,
    "reason" TEXT,
    "raised_on" TEXT,
    "until" TEXT,
    "cleared_on" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0,
    _origin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "light_flag_seq" ON "light_flag"(_seq) WHERE _seq > 0;
CREATE INDEX "light_flag_conflicts" ON "light_flag"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "light_flag_project" ON "light_flag"("project");

CREATE TABLE "stage_change" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "stage" TEXT,
    "moved_on" TEXT,
    "note" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0,
    _origin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "stage_change_seq" ON "stage_change"(_seq) WHERE _seq > 0;
CREATE INDEX "stage_change_conflicts" ON "stage_change"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "stage_change_enterprise" ON "stage_change"("enterprise");

CREATE TABLE "certification" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "kind" TEXT,
    "certified_on" TEXT,
    "number" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0,
    _origin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "certification_seq" ON "certification"(_seq) WHERE _seq > 0;
CREATE INDEX "certification_conflicts" ON "certification"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "certification_enterprise" ON "certification"("enterprise");
