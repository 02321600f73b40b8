-- The server keeps its own schema now (Schema/server/): laptops no longer carry its token
-- table or the `_origin` bookkeeping of a server's zone store.

DROP TABLE IF EXISTS token;
ALTER TABLE "commissioner" DROP COLUMN _origin;
ALTER TABLE "enterprise" DROP COLUMN _origin;
ALTER TABLE "pool_membership" DROP COLUMN _origin;
ALTER TABLE "round" DROP COLUMN _origin;
ALTER TABLE "visit" DROP COLUMN _origin;
ALTER TABLE "need" DROP COLUMN _origin;
ALTER TABLE "need_note" DROP COLUMN _origin;
ALTER TABLE "project" DROP COLUMN _origin;
ALTER TABLE "milestone" DROP COLUMN _origin;
ALTER TABLE "indicator" DROP COLUMN _origin;
ALTER TABLE "setting" DROP COLUMN _origin;
ALTER TABLE "light_log" DROP COLUMN _origin;
ALTER TABLE "assignment" DROP COLUMN _origin;
ALTER TABLE "milestone_replan" DROP COLUMN _origin;
ALTER TABLE "light_flag" DROP COLUMN _origin;
ALTER TABLE "stage_change" DROP COLUMN _origin;
ALTER TABLE "certification" DROP COLUMN _origin;
ALTER TABLE "laptop" DROP COLUMN _origin;
