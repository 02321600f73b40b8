-- `visit record` refuses the same visit recorded twice (enterprise, commissioner, day, mode): found
-- through this index, not by reading every visit of the year.
CREATE INDEX visit_twin ON "visit"(enterprise, date);
