-- Server bookkeeping: which replica's push a record's current state came from, unchanged.
-- A pull by that replica skips such records (it already holds that exact state), so a sync's
-- cost is not doubled by pulling back what was just pushed. Always 0 on laptops.

ALTER TABLE "commissioner" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "enterprise" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "pool_membership" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "round" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "visit" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "need" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "need_note" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "project" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "milestone" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "indicator" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "setting" ADD COLUMN _origin INTEGER NOT NULL DEFAULT 0;
