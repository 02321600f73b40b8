-- A commissioner who leaves (issue 25, item 2): the day they left and who took over. Fields added
-- to a record type come after `deleted` in its declaration (RecordType `added:`), so every earlier
-- field keeps its position in the stored sync metadata. A laptop that received these fields from a
-- newer one before upgrading holds them as undeclared fields: the migration fills the new columns
-- from each row's metadata (Replica.fillAddedColumns).
ALTER TABLE "commissioner" ADD COLUMN "left_on" TEXT;
ALTER TABLE "commissioner" ADD COLUMN "left_to" TEXT;
