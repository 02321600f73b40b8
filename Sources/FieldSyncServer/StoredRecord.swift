import FieldSyncCore
import FieldSyncWire

/// A record as a server store keeps it: protocol 5's binary form (``BinaryWire``), the bytes a
/// binary pull splices. Rows written before server schema 2 hold protocol 4's JSON (always starting
/// with "{", which no binary record does: it starts with its table name's length) and stay readable
/// until a push rewrites them.
enum StoredRecord {
    static func isJSON(_ bytes: [UInt8]) -> Bool { bytes.first == UInt8(ascii: "{") }

    static func encode(_ record: WireRecord) -> [UInt8] { BinaryWire.encode(record) }

    /// A stored record as it is, its values in their types. Its form is checked, not the value
    /// rule or the caps: every record was checked when it was pushed, and one stored before those
    /// rules (by an older server) must still be readable, to be merged, exported, served (laptops
    /// keep it aside) and repaired by the office (`fieldsync-server record`), never stopping a zone.
    /// - Throws: ``ServerError`` (`corrupt`): the store is damaged.
    static func decode(_ bytes: [UInt8]) throws -> WireRecord {
        do {
            guard isJSON(bytes) else { return try BinaryWire.decodeRecordAsStored(bytes) }
            let raw = try FastJSON.decodeRecord(bytes)
            return (try? raw.validated()) ?? raw
        } catch {
            throw ServerError(.corrupt, "A stored record cannot be read (\(error)); the server store is damaged.")
        }
    }

    /// The record's bytes for a binary pull.
    static func binary(_ bytes: [UInt8]) throws -> [UInt8] {
        isJSON(bytes) ? encode(try decode(bytes)) : bytes
    }

    /// The record's bytes for a JSON pull (a protocol 4 laptop).
    static func json(_ bytes: [UInt8]) throws -> [UInt8] {
        isJSON(bytes) ? bytes : FastJSON.encode(try decode(bytes))
    }
}
