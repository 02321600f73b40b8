import FieldSyncCore
import Foundation
import GRDB

/// The append-only history of every version of every record.
enum History {
    struct Change {
        var field: String
        var old: FieldValue
        var new: FieldValue
    }

    /// The displayed-value changes between two states: for a local write every field it wrote;
    /// for a merged version (`fields` nil) only the fields whose shown value changed (a merge that
    /// only adds an equal concurrent value shows no "X → X" line; conflicts are listed apart).
    static func changes(type: RecordType, old: RecordState, new: RecordState, fields: Set<String>?) -> [Change] {
        let names = fields.map { Array($0) } ?? Array(Set(old.fields.keys).union(new.fields.keys))
        var out: [Change] = []
        for name in names.sorted() {
            let policy = type.policy(of: name)
            let before = old.displayed(name, policy: policy)
            let after = new.displayed(name, policy: policy)
            if fields != nil || before != after {
                out.append(Change(field: name, old: before, new: after))
            }
        }
        return out
    }

    static func json(_ changes: [Change]) -> String {
        "[" + changes.map {
            "{\"field\":\(JSONWriter.quoted($0.field)),\"old\":\(JSONWriter.literal($0.old)),\"new\":\(JSONWriter.literal($0.new))}"
        }.joined(separator: ",") + "]"
    }

    static func append(
        _ db: Database, table: String, id: String, origin: String, replicas: [ReplicaID], author: String?,
        at: String, hlc: HLC, changes: [Change]
    ) throws {
        let stmt = try db.cachedStatement(
            sql: "INSERT INTO history (table_name, record_id, origin, replicas, author, at, hlc, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        try stmt.execute(arguments: [
            table, id, origin, replicas.map(\.rawValue).joined(separator: ","), author, at,
            Int64(bitPattern: hlc.rawValue), json(changes),
        ])
    }
}

/// One version of a record in its history.
public struct HistoryEntry: Sendable, Hashable, Codable {
    /// One field's change.
    public struct Change: Sendable, Hashable, Codable {
        /// The field.
        public var field: String
        /// Its value before (nil: none).
        public var old: String?
        /// Its value after.
        public var new: String?

        public init(field: String, old: String?, new: String?) {
            (self.field, self.old, self.new) = (field, old, new)
        }
    }
    /// The entry's order in this replica's history.
    public var seq: Int64
    /// The record type.
    public var table: String
    /// The record's id.
    public var recordID: String
    /// `local` or `pulled`.
    public var origin: String
    /// The replicas whose writes this version carries.
    public var replicas: [String]
    /// Who wrote it, when known.
    public var author: String?
    /// When (RFC 3339).
    public var at: String
    /// What changed.
    public var changes: [Change]
    /// Whether this version is shown from the record's state (a write with no line of its own): its
    /// changes give the value written, not the value before, which this store never held.
    public var fromState = false

    public init(seq: Int64, table: String, recordID: String, origin: String, replicas: [String], author: String?, at: String,
                changes: [Change], fromState: Bool = false) {
        (self.seq, self.table, self.recordID, self.origin, self.replicas, self.author, self.at, self.changes, self.fromState) =
            (seq, table, recordID, origin, replicas, author, at, changes, fromState)
    }
}

extension Replica {
    /// Every recorded version of a record, oldest first.
    ///
    /// A write with no history line of its own (a record first seen through a pull, or created by
    /// a bulk import) is shown from the record's current state: each write whose entries it still
    /// holds, with who wrote which fields and when (its HLC time), marked `local` when this store
    /// wrote it and `synced` otherwise. Values it wrote that a later write replaced show as that
    /// later line's old values.
    public func history(id: String) throws -> [HistoryEntry] {
        let recorded = try recordedHistory(id: id)
        guard let (table, state) = try anyState(id: id) else { return recorded.map(\.entry) }
        // Writes a line already stands for: this store's own lines name their replica and HLC.
        let lined = Set(recorded.flatMap { r in r.entry.replicas.map { "\($0)@\(r.hlc.rawValue)" } })
        let own = try Set(previousReplicaIDs() + [info().replicaID.rawValue])
        var events: [Dot: (HLC, [String])] = [:]
        for (field, entries) in state.fields {
            for e in entries where !lined.contains("\(e.dot.replica.rawValue)@\(e.hlc.rawValue)") {
                events[e.dot, default: (e.hlc, [])].1.append(field)
            }
        }
        let synthesized = events.sorted { ($0.value.0, $0.key) < ($1.value.0, $1.key) }.map { dot, event in
            (hlc: event.0, entry: HistoryEntry(
                seq: 0, table: table, recordID: id, origin: own.contains(dot.replica.rawValue) ? "local" : "synced",
                replicas: [dot.replica.rawValue], author: nil,
                at: Instant.format(Date(timeIntervalSince1970: Double(event.0.milliseconds) / 1000)),
                changes: event.1.sorted().map { f in
                    let v = state.entries(f).first { $0.dot == dot }?.value ?? .null
                    return HistoryEntry.Change(field: f, old: nil, new: v.isNull ? nil : v.description)
                }, fromState: true))
        }
        // In time order: a synthesized write before the recorded lines of later writes.
        var out: [HistoryEntry] = []
        var pending = synthesized[...]
        for r in recorded {
            while let next = pending.first, next.hlc < r.hlc {
                out.append(next.entry)
                pending = pending.dropFirst()
            }
            out.append(r.entry)
        }
        return out + pending.map(\.entry)
    }

    func anyState(id: String) throws -> (String, RecordState)? {
        for type in Domain.all {
            if let s = try state(type, id: id) { return (type.name, s) }
        }
        return nil
    }

    func recordedHistory(id: String) throws -> [(hlc: HLC, entry: HistoryEntry)] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT seq, table_name, record_id, origin, replicas, author, at, changes, hlc FROM history WHERE record_id = ? ORDER BY seq",
                arguments: [id])
            return rows.map { row in
                let raw: String = row[7]
                var changes: [HistoryEntry.Change] = []
                if let list = try? JSONSerialization.jsonObject(with: Data(raw.utf8)) as? [[String: Any]] {
                    for c in list {
                        func text(_ v: Any?) -> String? {
                            switch v {
                            case let s as String: return s
                            case let a as [String]: return a.joined(separator: ",")
                            case let b as Bool: return b ? "true" : "false"
                            case let n as NSNumber: return n.stringValue
                            default: return nil
                            }
                        }
                        changes.append(HistoryEntry.Change(field: c["field"] as? String ?? "", old: text(c["old"]), new: text(c["new"])))
                    }
                }
                let replicas: String = row[4]
                return (HLC(rawValue: UInt64(bitPattern: row[8] as Int64)), HistoryEntry(
                    seq: row[0], table: row[1], recordID: row[2], origin: row[3],
                    replicas: replicas.split(separator: ",").map(String.init), author: row[5], at: row[6], changes: changes))
            }
        }
    }
}
