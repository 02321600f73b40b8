-- The article's outcome figures (issue 27, item 2): financing an enterprise secured (e.g.
-- 知识产权质押融资 600 万元) and competition awards with grade and prize money. One synced record each.

CREATE TABLE "financing" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "amount" TEXT,
    "kind" TEXT,
    "secured_on" TEXT,
    "lender" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "financing_seq" ON "financing"(_seq) WHERE _seq > 0;
CREATE INDEX "financing_conflicts" ON "financing"(_conflicts) WHERE _conflicts > 0;

CREATE TABLE "award" (
    id TEXT PRIMARY KEY NOT NULL,
    "enterprise" TEXT,
    "competition" TEXT,
    "grade" TEXT,
    "prize" TEXT,
    "awarded_on" TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _vv BLOB NOT NULL,
    _meta BLOB NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    _conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX "award_seq" ON "award"(_seq) WHERE _seq > 0;
CREATE INDEX "award_conflicts" ON "award"(_conflicts) WHERE _conflicts > 0;
