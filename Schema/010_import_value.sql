-- What the last import on this laptop wrote to each enterprise field (and the commissioner it
-- assigned): a re-import changes a field only while it still holds that value, so an edit, a
-- resolved conflict or a reassignment made since is kept (docs/rules.md, "Imports"). Local, never
-- synced: the office imports on its own replica.
CREATE TABLE import_value (
    enterprise TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (enterprise, field)
);
