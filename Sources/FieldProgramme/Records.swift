import FieldReplica
import FieldSyncCore
import Foundation
import GRDB
import Synchronization

/// Records of any type as people see them (displayed values, conflicts), and versioned deletes.
public struct Records: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

/// The records lists and reports left out because a row could not be read (a laptop's store written
/// before the value rule: a 19-digit amount, a date in year 9999), each as one sentence; the CLI
/// says so on stderr after the command's output (docs/security.md, finding 1).
public enum Unreadable {
    static let skipped = Mutex<[Message]>([])

    static func note(_ m: Message) {
        skipped.withLock { list in
            if list.count < 1000, !list.contains(m) { list.append(m) }
        }
    }

    /// The sentences noted so far, forgotten once read.
    public static func drain() -> [Message] {
        skipped.withLock { list in
            defer { list = [] }
            return list
        }
    }

    static func reason(_ error: any Error) -> Message {
        if let e = error as? CoreError { return e.text }
        if let e = error as? StoreError { return e.text }
        return .verbatim(String(describing: error))
    }
}

/// A record as people see it: each field's displayed value, plus its conflicted fields.
public struct RecordView: Sendable, Hashable {
    /// The record type's name.
    public let table: String
    /// The record's id.
    public let id: String
    /// Each field's displayed value (the deterministic pick when in conflict).
    public var values: [String: FieldValue]
    /// The fields in conflict (`["?"]` when only known to have some).
    public var conflicts: [String]

    /// A view of `table`'s record `id` with these displayed values (fixtures build inputs with it).
    public init(table: String, id: String, values: [String: FieldValue], conflicts: [String] = []) {
        self.table = table
        self.id = id
        self.values = values
        self.conflicts = conflicts
    }

    /// A field's displayed value, `.null` when absent.
    public subscript(_ field: String) -> FieldValue { values[field] ?? .null }
    /// A field's displayed value as text.
    public func text(_ field: String) -> String { self[field].description }
}

extension Records {
    /// Visible (not deleted) records of `type` matching an SQL condition, ordered.
    static func views(_ db: Database, _ type: RecordType, where condition: String, arguments: StatementArguments, orderBy: String) throws -> [RecordView] {
        let specs = type.fields.filter { $0.name != RecordType.deletedField }
        let cols = specs.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, \(cols), _conflicts FROM \"\(type.name)\" WHERE deleted = 0 AND (\(condition)) ORDER BY \(orderBy)",
            arguments: arguments)
        var out: [RecordView] = []
        out.reserveCapacity(rows.count)
        rows: for row in rows {
            var values: [String: FieldValue] = [:]
            for (i, spec) in specs.enumerated() {
                do {
                    values[spec.name] = try RowCodec.value(row[i + 1], as: spec.type, field: spec.name)
                } catch {
                    // One row a list cannot read (a store written before the value rule) is left
                    // out and said so, never failing the whole list.
                    let id: String = row[0]
                    Unreadable.note(Message(.recordLeftOutUnreadable, type.name, String(id.prefix(8)), Unreadable.reason(error)))
                    continue rows
                }
            }
            let conflicted: Int = row[specs.count + 1]
            var view = RecordView(table: type.name, id: row[0], values: values, conflicts: conflicted > 0 ? ["?"] : [])
            derive(&view)
            out.append(view)
        }
        return out
    }

    /// One record with its conflicts resolved from its full state (deleted records included).
    public func view(_ type: RecordType, id: String) throws -> RecordView? {
        guard let state = try replica.state(type, id: id) else { return nil }
        return Records.view(type, id: id, state: state)
    }

    static func view(_ type: RecordType, id: String, state: RecordState) -> RecordView {
        var values: [String: FieldValue] = [:]
        for spec in type.fields { values[spec.name] = state.displayed(spec.name, policy: spec.policy) }
        values[RecordType.deletedField] = .bool(type.isDeleted(state))
        var view = RecordView(table: type.name, id: id, values: values, conflicts: state.conflictedFields(policy: type.policy(of:)))
        derive(&view)
        return view
    }

    /// Makes stamps derived from a field agree with that field's displayed value, conflict or not:
    /// a need shows `resolved_at` only while its displayed status is resolved or closed (after a
    /// status conflict between `resolved` and `in-progress`, the shown status decides).
    static func derive(_ view: inout RecordView) {
        guard view.table == Domain.need.name else { return }
        let status = view.text("status")
        if status != "resolved" && status != "closed" { view.values["resolved_at"] = .null }
    }

    // MARK: Commissioners and enterprises

    /// Deletes a record (a versioned delete; the tombstone syncs).
    public func deleteRecord(_ type: RecordType, _ idText: String) throws -> String {
        try transaction { tx in
            let id = try Lookup.resolve(tx.db, type, idText)
            try tx.delete(type, id: id)
            return id
        }
    }

    // MARK: Helpers

}
