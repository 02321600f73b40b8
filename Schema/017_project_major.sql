-- 重大专项 (issue 27, item 2): whether a funded project is a major special project, a field added
-- to `project` after `deleted` (RecordType `added:`), filled from the metadata at migration.
ALTER TABLE "project" ADD COLUMN "major" INTEGER;
