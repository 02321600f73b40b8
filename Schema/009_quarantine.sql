-- Records a pull brought that no laptop can keep (a value outside the value rule of
-- docs/security.md §1, stored by a server before it enforced the rule): kept aside with the
-- reason, never applied, named by `fieldsync status`; a later good version of the record (after
-- the office repaired it) is applied and takes it out.
CREATE TABLE quarantine (
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    reason TEXT NOT NULL,       -- in English (`status --json`)
    reason_zh TEXT NOT NULL,    -- in Chinese
    at TEXT NOT NULL,
    PRIMARY KEY (tbl, id)
);
