import FieldSyncCore
import GRDB

/// A record state with the sequence number it changed at.
public struct SequencedRecord: Sendable, Hashable {
    /// The local change sequence.
    public var seq: Int64
    /// The record's full sync state.
    public var record: WireRecord
}

extension Replica {
    /// Records whose sequence is after `seq`, in sequence order, at most `limit`.
    ///
    /// On a laptop these are the local changes to push; on the server, the changes to serve a pull.
    /// Each table is read through its `_seq` index, so the cost grows with the number of changes,
    /// not with the size of the store.
    public func changes(after seq: Int64, limit: Int) throws -> [SequencedRecord] {
        try read { db in try Self.changes(db, after: seq, limit: limit) }
    }

    static func changes(_ db: Database, after seq: Int64, limit: Int) throws -> [SequencedRecord] {
        let interner = try loadInterner(db)
        var out: [SequencedRecord] = []
        for type in Domain.all {
            let codec = try RowCodec.codec(for: type.name)
            let rows = try Row.fetchCursor(db.cachedStatement(sql: codec.changesSQL), arguments: [seq, limit])
            while let row = try rows.next() {
                let stored = try codec.decode(row, interner)
                out.append(SequencedRecord(seq: stored.seq, record: WireRecord(table: type.name, id: row[0], state: stored.state)))
            }
        }
        out.sort { $0.seq < $1.seq }
        if out.count > limit { out.removeSubrange(limit...) }
        return out
    }

    /// How many records changed locally after `seq`.
    /// - Parameter countingOwnLaptop: whether this store's own `laptop` record (its name and
    ///   commissioner, written by the store itself at `init` and when renamed) counts; a viewer's
    ///   laptop never pushes it, so it is no change the viewer made.
    public func changeCount(after seq: Int64, countingOwnLaptop: Bool = true) throws -> Int {
        try read { db in
            var n = 0
            for type in Domain.all {
                n += try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(type.name)\" WHERE _seq > ? AND _seq > 0", arguments: [seq]) ?? 0
            }
            if !countingOwnLaptop, try Bool.fetchOne(db, sql: """
                SELECT 1 FROM "\(Domain.laptop.name)" WHERE id = (SELECT replica_id FROM replica_info WHERE singleton = 1) AND _seq > ? AND _seq > 0
                """, arguments: [seq]) == true {
                n -= 1
            }
            return n
        }
    }

    /// The highest sequence issued so far.
    public func lastSeq() throws -> Int64 {
        try read { db in (try Int64.fetchOne(db, sql: "SELECT next_seq FROM replica_info") ?? 1) - 1 }
    }

    /// Records with conflicted fields: (table, id), sorted.
    public func conflictedRecords() throws -> [(table: String, id: String)] {
        try read { db in
            var out: [(String, String)] = []
            for type in Domain.all {
                // No ORDER BY: it would make SQLite walk the primary key instead of the partial index.
                let ids = try String.fetchAll(db, sql: "SELECT id FROM \"\(type.name)\" WHERE _conflicts > 0")
                out += ids.sorted().map { (type.name, $0) }
            }
            return out
        }
    }

    /// Every record of every table, for comparing replicas: (table, id) → state.
    public func allStates() throws -> [String: RecordState] {
        try read { db in
            let interner = try Self.loadInterner(db)
            var out: [String: RecordState] = [:]
            for type in Domain.all {
                let codec = try RowCodec.codec(for: type.name)
                let rows = try Row.fetchCursor(db, sql: codec.selectFrom)
                while let row = try rows.next() {
                    out["\(type.name)/\(row[0] as String)"] = try codec.decode(row, interner).state
                }
            }
            return out
        }
    }
}

extension Replica {
    /// The ids of every record of `type`, deleted ones included, sorted.
    public func ids(_ type: RecordType) throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM \"\(type.name)\" ORDER BY id") }
    }
}
