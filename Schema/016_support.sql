-- The ranking's follow-up (issue 27, item 6): support given to a ranked enterprise, 政策激励 for the
-- top (incentive) or 帮扶补短板 for the bottom (help), on a day, with a note. One synced record each.

CREATE TABLE "support" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "kind" TEXT,
    "given_on" TEXT,
    "note" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "support_seq" ON "support"(_seq) WHERE _seq > 0;
CREATE INDEX "support_conflicts" ON "support"(_conflicts) WHERE _conflicts > 0;
CREATE INDEX "support_enterprise" ON "support"("enterprise");
