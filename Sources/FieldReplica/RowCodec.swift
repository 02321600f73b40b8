import FieldSyncCore
import Foundation
import FieldSQLite
import GRDB

/// Converts between a record's state and its row: the displayed value of each declared field in
/// its column, `deleted`, and the `_vv`, `_meta`, `_conflicts` sync columns.
package struct RowCodec {
    let type: RecordType
    /// Quoted column list of the declared fields (without `deleted`), in declaration order.
    let fieldColumns: [FieldSpec]
    /// Per declared position, the field's index in ``fieldColumns`` (-1 for `deleted`): fields
    /// added after `deleted` sit one column before their position.
    let columnOf: [Int]
    /// `SELECT <every column> FROM <table>`, for callers that add their own WHERE.
    let selectFrom: String
    let selectSQL: String
    /// The local (or server) changes after a sequence: `_seq > ?` first, so SQLite seeks the
    /// partial `_seq > 0` index by the bound value instead of walking it from the start.
    let changesSQL: String
    /// Selects the rows whose ids are in a JSON array.
    let selectManySQL: String
    let upsertSQL: String

    init(_ type: RecordType) {
        self.type = type
        fieldColumns = type.fields.filter { $0.name != RecordType.deletedField }
        columnOf = type.fields.indices.map { $0 < type.deletedPosition ? $0 : $0 == type.deletedPosition ? -1 : $0 - 1 }
        let cols = fieldColumns.map { "\"\($0.name)\"" }
        let all = ["id"] + cols + ["deleted", "_vv", "_meta", "_seq", "_conflicts"]
        selectFrom = "SELECT \(all.joined(separator: ", ")) FROM \"\(type.name)\""
        selectSQL = selectFrom + " WHERE id = ?"
        changesSQL = selectFrom + " WHERE _seq > ? AND _seq > 0 ORDER BY _seq LIMIT ?"
        selectManySQL = selectFrom + " WHERE id IN (SELECT value FROM json_each(?))"
        let placeholders = Array(repeating: "?", count: all.count).joined(separator: ", ")
        let updates = all.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        upsertSQL = "INSERT INTO \"\(type.name)\" (\(all.joined(separator: ", "))) VALUES (\(placeholders)) "
            + "ON CONFLICT(id) DO UPDATE SET \(updates)"
    }

    static let all: [String: RowCodec] = Dictionary(uniqueKeysWithValues: Domain.all.map { ($0.name, RowCodec($0)) })

    static func codec(for table: String) throws -> RowCodec {
        guard let c = all[table] else { throw StoreError.invalid(Message(.unknownTable, table)) }
        return c
    }

    /// A stored row, decoded.
    struct Stored {
        var state: RecordState
        var seq: Int64
    }

    /// Decodes a row selected with `selectSQL`.
    func decode(_ row: Row, _ interner: ReplicaInterner) throws -> Stored {
        let n = fieldColumns.count
        let vvBytes = [UInt8]((row[n + 2] as Data?) ?? Data())
        let metaBytes = [UInt8]((row[n + 3] as Data?) ?? Data())
        let vv = try MetaCodec.decodeVV(vvBytes, interner)
        let deletedPosition = type.deletedPosition
        let state = try MetaCodec.decodeMeta(metaBytes, vv: vv, type: type, interner) { position in
            if position == deletedPosition {
                return .bool((row[n + 1] as Int64?) == 1)
            }
            return try Self.value(row[columnOf[position] + 1], as: type.fields[position].type, field: type.fields[position].name)
        }
        return Stored(state: state, seq: row[n + 4] ?? 0)
    }

    /// Writes a state's row with `upsertSQL` in one pass over its fields (no lookup by name beyond
    /// each field's position), binding values straight onto the cached statement: the displayed
    /// value of each declared field in its column, `deleted`, and the sync columns.
    /// - Returns: how many fields are conflicted and the latest HLC of any entry.
    func upsert(_ db: Database, id: String, state: RecordState, seq: Int64, _ interner: inout ReplicaInterner) throws -> (conflicts: Int, maxHLC: HLC) {
        // Every parameter starts NULL: a declared field the state does not hold stays NULL.
        var b = RawBinding(try db.cachedStatement(sql: upsertSQL), db)
        let n = fieldColumns.count
        b.text(1, id)
        var deleted = false
        var conflicts = 0
        var maxHLC = HLC.zero
        for (name, entries) in state.fields {
            for e in entries where e.hlc > maxHLC { maxHLC = e.hlc }
            guard let p = type.position(of: name) else {
                if RecordState.conflicted(entries, policy: .mv) { conflicts += 1 }
                continue
            }
            let policy = type.fields[p].policy
            if RecordState.conflicted(entries, policy: policy) { conflicts += 1 }
            if p != type.deletedPosition {
                Self.bind(RecordState.shown(entries, policy: policy), &b, Int32(columnOf[p] + 2))
            } else {
                deleted = RecordType.isDeleted(entries)
            }
        }
        b.int(Int32(n + 2), deleted ? 1 : 0)
        b.blob(Int32(n + 3), MetaCodec.encodeVV(state.vv, &interner))
        b.blob(Int32(n + 4), MetaCodec.encodeMeta(state, type: type, &interner))
        b.int(Int32(n + 5), seq)
        b.int(Int32(n + 6), Int64(conflicts))
        try b.step(sql: upsertSQL)
        return (conflicts, maxHLC)
    }

    /// Binds a value in its column form: text, integers and bools as themselves, decimals and dates
    /// as their text, sets as a JSON array (``SetColumn``).
    static func bind(_ v: FieldValue, _ b: inout RawBinding, _ i: Int32) {
        switch v {
        case .null: b.null(i)
        case .text(let s): b.text(i, s)
        case .integer(let n): b.int(i, n)
        case .decimal(let d): b.text(i, d.description)
        case .date(let d): b.text(i, d.description)
        case .bool(let x): b.int(i, x ? 1 : 0)
        case .set(let items): b.text(i, SetColumn.encode(items))
        }
    }

    /// Reads a column back into a value of the declared type.
    package static func value(_ db: DatabaseValue, as type: FieldType, field: String) throws -> FieldValue {
        switch db.storage {
        case .null: return .null
        case .int64(let i):
            switch type {
            case .bool: return .bool(i != 0)
            case .decimal: return .decimal(ExactDecimal(significand: i, scale: 0))
            default: return .integer(i)
            }
        case .string(let s):
            switch type {
            case .text: return .text(s)
            case .set: return .set(try SetColumn.decode(s))
            default: return try FieldValue.parse(s, as: type, field: field)
            }
        case .double(let d): return .text(String(d))
        case .blob: throw StoreError.corrupt(Message(.columnHoldsBlob, field))
        }
    }
}

/// Set fields are stored as a JSON array of strings, so SQL can use `json_each`.
enum SetColumn {
    static func encode(_ items: [String]) -> String {
        JSONWriter.literal(.set(items))
    }

    static func decode(_ s: String) throws -> [String] {
        guard let items = try? JSONDecoder().decode([String].self, from: Data(s.utf8)) else {
            throw StoreError.corrupt(Message(.setColumnHolds, s))
        }
        return items
    }
}
