-- Records are kept in protocol 5's binary wire form (BinaryWire): a push stores the bytes a pull
-- splices, with no JSON to write or parse. Rows written before this migration keep their JSON
-- text (now as UTF-8 bytes, always starting with "{") and are read as such until a push rewrites them.
ALTER TABLE record ALTER COLUMN body TYPE bytea USING convert_to(body, 'UTF8');
