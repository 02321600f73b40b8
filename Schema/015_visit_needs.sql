-- 一对一上门 (issue 27, item 3): the needs a visit follows up, a set field added to `visit` after
-- `deleted` (RecordType `added:`). A laptop that received it before upgrading held it as an
-- undeclared field: the migration fills the column from each row's metadata.
ALTER TABLE "visit" ADD COLUMN "needs" TEXT;
