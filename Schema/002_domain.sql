-- FieldSync domain tables: one per record type of FieldSyncCore's Domain declaration.
-- Every domain column holds the field's displayed value (the deterministic winner, the union
-- for set fields); `deleted` is 1 only when every entry of the deleted field says so.
-- Sync columns: _vv = the version vector, _meta = dots, HLCs and concurrent values (compact
-- binary, see FieldStore/Sync/MetaCodec.swift), _seq = the local change sequence on a laptop
-- (0 = never changed here) or the server_seq on the server, _conflicts = conflicted fields.

CREATE TABLE "commissioner" (
    id TEXT PRIMARY KEY NOT NULL,
    "name" TEXT,
    "phone" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "commissioner_seq" ON "commissioner"(_seq) WHERE _seq > 0;
CREATE INDEX "commissioner_conflicts" ON "commissioner"(_conflicts) WHERE _conflicts > 0;

CREATE TABLE "enterprise" (
    id TEXT PRIMARY KEY NOT NULL,
    "name" TEXT,
    "credit_code" TEXT,
    "industry" TEXT,
    "address" TEXT,
    "contact" TEXT,
    "commissioner" TEXT,
    "certifications" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "enterprise_seq" ON "enterprise"(_seq) WHERE _seq > 0;
CREATE INDEX "enterprise_conflicts" ON "enterprise"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "enterprise_credit_code" ON "enterprise"("credit_code");
CREATE INDEX "enterprise_commissioner" ON "enterprise"("commissioner");

CREATE TABLE "pool_membership" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "pool" TEXT,
    "joined_on" TEXT,
    "left_on" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "pool_membership_seq" ON "pool_membership"(_seq) WHERE _seq > 0;
CREATE INDEX "pool_membership_conflicts" ON "pool_membership"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "pool_membership_enterprise" ON "pool_membership"("enterprise");

CREATE TABLE "round" (
    id TEXT PRIMARY KEY NOT NULL,
    "year" INTEGER,
    "number" INTEGER,
    "starts_on" TEXT,
    "ends_on" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "round_seq" ON "round"(_seq) WHERE _seq > 0;
CREATE INDEX "round_conflicts" ON "round"(_conflicts) WHERE _conflicts > 0;

CREATE TABLE "visit" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "commissioner" TEXT,
    "date" TEXT,
    "round" TEXT,
    "mode" TEXT,
    "topics" TEXT,
    "summary" TEXT,
    "satisfaction" INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "visit_seq" ON "visit"(_seq) WHERE _seq > 0;
CREATE INDEX "visit_conflicts" ON "visit"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "visit_enterprise" ON "visit"("enterprise");
CREATE INDEX "visit_round" ON "visit"("round");

CREATE TABLE "need" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "visit" TEXT,
    "category" TEXT,
    "summary" TEXT,
    "owner" TEXT,
    "due" TEXT,
    "status" TEXT,
    "raised_at" TEXT,
    "acknowledged_at" TEXT,
    "resolved_at" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "need_seq" ON "need"(_seq) WHERE _seq > 0;
CREATE INDEX "need_conflicts" ON "need"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "need_enterprise" ON "need"("enterprise");
CREATE INDEX "need_status" ON "need"("status");

CREATE TABLE "need_note" (
    id TEXT PRIMARY KEY NOT NULL,
    "need" TEXT,
    "text" TEXT,
    "author" TEXT,
    "written_at" TEXT,
    "status_change" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "need_note_seq" ON "need_note"(_seq) WHERE _seq > 0;
CREATE INDEX "need_note_conflicts" ON "need_note"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "need_note_need" ON "need_note"("need");

CREATE TABLE "project" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "name" TEXT,
    "level" TEXT,
    "start" TEXT,
    "end" TEXT,
    "funds" TEXT,
    "light_override" TEXT,
    "light_reason" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "project_seq" ON "project"(_seq) WHERE _seq > 0;
CREATE INDEX "project_conflicts" ON "project"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "project_enterprise" ON "project"("enterprise");

CREATE TABLE "milestone" (
    id TEXT PRIMARY KEY NOT NULL,
    "project" TEXT,
    "name" TEXT,
    "due" TEXT,
    "done_on" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "milestone_seq" ON "milestone"(_seq) WHERE _seq > 0;
CREATE INDEX "milestone_conflicts" ON "milestone"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "milestone_project" ON "milestone"("project");

CREATE TABLE "indicator" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "year" INTEGER,
    "rd_ratio" TEXT,
    "revenue_growth" TEXT,
    "ip_count" INTEGER,
    "tech_staff_ratio" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "indicator_seq" ON "indicator"(_seq) WHERE _seq > 0;
CREATE INDEX "indicator_conflicts" ON "indicator"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "indicator_enterprise" ON "indicator"("enterprise");

CREATE TABLE "setting" (
    id TEXT PRIMARY KEY NOT NULL,
    "key" TEXT,
    "value" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "setting_seq" ON "setting"(_seq) WHERE _seq > 0;
CREATE INDEX "setting_conflicts" ON "setting"(_conflicts) WHERE _conflicts > 0;
