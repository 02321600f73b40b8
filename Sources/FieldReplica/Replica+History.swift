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

/// One version of a record as the server kept it (`GET /v1/history`).
public struct ServerVersion: Sendable, Hashable {
    public var seq: Int64
    /// The replica whose push made it.
    public var writer: String
    /// The token that pushed it (or the office's repair).
    public var token: String
    /// When the server accepted it (RFC 3339).
    public var at: String
    public var record: WireRecord

    public init(seq: Int64, writer: String, token: String, at: String, record: WireRecord) {
        (self.seq, self.writer, self.token, self.at, self.record) = (seq, writer, token, at, record)
    }
}

extension Replica {
    /// The cache keeps the versions of this many records, the most recently fetched (a record's
    /// history is fetched again when it is looked at online).
    public static let serverVersionCacheRecords = 500
    /// And at most this many versions of one record, the newest (what the server keeps).
    public static let serverVersionCacheDepth = 256

    /// Replaces the cached server versions of a record with `versions` (fetched now), and lets the
    /// records fetched longest ago go past ``serverVersionCacheRecords``.
    public func cacheServerVersions(id: String, _ versions: [ServerVersion]) throws {
        let at = Instant.format(now())
        try write { db in
            try db.execute(sql: "DELETE FROM server_version WHERE record_id = ?", arguments: [id])
            let stmt = try db.cachedStatement(sql: """
                INSERT INTO server_version (record_id, seq, table_name, writer, token, at, body, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            try db.execute(sql: """
                DELETE FROM server_version WHERE record_id IN (
                    SELECT record_id FROM server_version GROUP BY record_id ORDER BY max(fetched_at) DESC, record_id LIMIT -1 OFFSET ?)
                """, arguments: [Self.serverVersionCacheRecords - 1])
            for v in versions.sorted(by: { $0.seq < $1.seq }).suffix(Self.serverVersionCacheDepth) {
                let body = String(decoding: try JSONEncoder().encode(v.record), as: UTF8.self)
                try stmt.execute(arguments: [id, v.seq, v.record.table, v.writer, v.token, v.at, body, at])
            }
        }
    }

    /// The server versions of a record last fetched, oldest first, and when they were fetched
    /// (nil when never).
    public func cachedServerVersions(id: String) throws -> (versions: [ServerVersion], fetchedAt: String?) {
        try read { db in
            var fetched: String?
            var out: [ServerVersion] = []
            for row in try Row.fetchAll(db, sql: "SELECT seq, writer, token, at, body, fetched_at FROM server_version WHERE record_id = ? ORDER BY seq",
                                        arguments: [id]) {
                fetched = row[5]
                let body: String = row[4]
                guard let record = try? JSONDecoder().decode(WireRecord.self, from: Data(body.utf8)).validated() else { continue }
                out.append(ServerVersion(seq: row[0], writer: row[1], token: row[2], at: row[3], record: record))
            }
            return (out, fetched)
        }
    }

    /// This store's own lines for a record that the server does not hold yet: written after the
    /// latest write of this store (any of its replica ids) found in the server's versions. A
    /// replica's HLC rises with each of its writes and a push carries a record's whole state, so
    /// every earlier write of this store to the record reached the server with that one.
    public func unsyncedHistory(id: String, server versions: [ServerVersion]) throws -> [HistoryEntry] {
        let own = try Set(previousReplicaIDs() + [info().replicaID.rawValue])
        var latest = HLC.zero
        for v in versions {
            for entries in v.record.state.fields.values {
                for e in entries where own.contains(e.dot.replica.rawValue) && e.hlc > latest { latest = e.hlc }
            }
        }
        return try recordedHistory(id: id).filter { $0.entry.origin == "local" && $0.hlc > latest }.map(\.entry)
    }

    /// A record's history as the server kept it: each version with the shown values that changed
    /// from the one before (the first: every value it holds), the writer and the token.
    public static func history(of versions: [ServerVersion]) -> [HistoryEntry] {
        var out: [HistoryEntry] = []
        var before: RecordState?
        for v in versions {
            guard let type = Domain.type(named: v.record.table) else { continue }
            let state = v.record.state
            let changes: [HistoryEntry.Change] = History.changes(type: type, old: before ?? RecordState(), new: state, fields: nil).map { c in
                HistoryEntry.Change(field: c.field, old: c.old.isNull || before == nil ? nil : c.old.description, new: c.new.isNull ? nil : c.new.description)
            }
            before = state
            guard !changes.isEmpty else { continue }
            out.append(HistoryEntry(seq: v.seq, table: v.record.table, recordID: v.record.id, origin: "server", replicas: [v.writer],
                                    author: v.token, at: v.at, changes: changes, fromState: out.isEmpty && changes.allSatisfy { $0.old == nil }))
        }
        return out
    }
}
