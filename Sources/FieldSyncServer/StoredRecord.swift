import FieldSyncCore
import FieldSyncWire

/// A record as a server store keeps it: protocol 5's binary form (``BinaryWire``), the bytes a
/// binary pull splices. Rows written before server schema 2 hold protocol 4's JSON (always starting
/// with "{", which no binary record does: it starts with its table name's length) and stay readable
/// until a push rewrites them.
enum StoredRecord {
    static func isJSON(_ bytes: [UInt8]) -> Bool { bytes.first == UInt8(ascii: "{") }

    static func encode(_ record: WireRecord) -> [UInt8] { BinaryWire.encode(record) }

    /// A stored record, its values in their types.
    /// - Throws: ``ServerError`` (`corrupt`): the store is damaged.
    static func decode(_ bytes: [UInt8]) throws -> WireRecord {
        do {
            return isJSON(bytes) ? try FastJSON.decodeRecord(bytes).validated() : try BinaryWire.decodeRecord(bytes)
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
