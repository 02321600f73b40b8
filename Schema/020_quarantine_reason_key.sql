-- Why a record was kept aside, as the catalogue key of its reason (`unknownTable`, …), beside the
-- sentences: an upgraded laptop finds the records of a table it did not know by this key, not by
-- the English wording (Replica.quarantineHoldsNowKnownTables). Empty for rows kept before.
ALTER TABLE quarantine ADD COLUMN reason_key TEXT NOT NULL DEFAULT '';
