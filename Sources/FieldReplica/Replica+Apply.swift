import FieldSyncCore
import Foundation
import GRDB

/// How a batch of remote states is applied on a laptop. (The server merges with its own rules:
/// `FieldSyncServer.ServerRules`.)
public struct ApplyOptions: Sendable {
    /// Whether pulled versions are written to the history.
    public var recordHistory: Bool

    /// Whether a record that gives another replica's write other content (the reused-dot rule)
    /// is kept aside (``ApplyResult/keptAside``) rather than failing the batch: in a pull it is
    /// the sender's fault, and one bad record must not stop a laptop's sync. A record reusing
    /// this store's own dots still fails the batch.
    public var keepAsideReusedDots: Bool

    /// Options for applying remote states.
    public init(recordHistory: Bool = true, keepAsideReusedDots: Bool = false) {
        self.recordHistory = recordHistory
        self.keepAsideReusedDots = keepAsideReusedDots
    }

    /// A laptop applying pulled states.
    public static let replica = ApplyOptions()

    /// A laptop applying a pulled page: another replica's reused dots are kept aside.
    public static let pulled = ApplyOptions(keepAsideReusedDots: true)
}

/// What applying a batch did.
public struct ApplyResult: Sendable, Hashable {
    /// Records whose state changed.
    public var changed: Int = 0
    /// Records not applied because they reuse another replica's dots (with
    /// ``ApplyOptions/keepAsideReusedDots``).
    public var keptAside: [RejectedRecord] = []
    /// Records left with conflicted fields among those changed.
    public var conflicted: Int = 0
}

extension Replica {
    /// Merges a batch of remote record states in one transaction, with prepared, cached statements.
    ///
    /// Creates no local changes: a record's local change sequence is kept as it was. Readable rows
    /// and conflict flags are recomputed from the merged state. The batch is validated first; an
    /// invalid record or a reused dot fails the whole batch and changes nothing.
    /// - Throws: ``StoreError`` (``StoreError/Code/invalidValue``, ``StoreError/Code/conflictingDot``)
    ///   naming the record.
    @discardableResult
    public func apply(_ records: [WireRecord], options: ApplyOptions = .replica) throws -> ApplyResult {
        let checked: [WireRecord]
        do {
            checked = try records.map { try $0.validated() }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        return try write { db in
            try Self.apply(checked, options: options, db: db, now: self.now(), path: self.path)
        }
    }

    /// - Parameter now: this store's clock (injected in tests): stamps history lines and caps
    ///   incoming HLCs at an hour ahead of it, so one laptop's runaway clock cannot drag ours along.
    static func apply(_ records: [WireRecord], options: ApplyOptions, db: Database, now: Date, path: String) throws -> ApplyResult {
        let at = Instant.format(now)
        guard let info = try Row.fetchOne(db.cachedStatement(sql: "SELECT hlc, replica_id FROM replica_info WHERE singleton = 1")) else {
            throw StoreError(.notInitialized, Message(.storeInitialised, path))
        }
        var maxHLC = HLC(rawValue: UInt64(bitPattern: info[0] as Int64))
        let ownReplica: String = info[1]
        let startHLC = maxHLC
        let capHLC = HLC(milliseconds: UInt64(max(0, now.timeIntervalSince1970) * 1000) + 60 * 60 * 1000)
        var interner = try loadInterner(db)
        var result = ApplyResult()
        var current = try loadMany(db, records, interner)
        for record in records {
            let codec = try RowCodec.codec(for: record.table)
            let key = record.table + "/" + record.id
            let existing = current[key]
            let incoming = record.state
            var merged: RecordState
            if let old = existing?.state {
                if options.keepAsideReusedDots, let (field, dot) = incoming.reusedDot(against: old), dot.replica.rawValue != ownReplica {
                    result.keptAside.append(RejectedRecord(table: record.table, id: record.id,
                                                           reason: Message(.recordHasWriteTwo, record.table, record.id, dot, field)))
                    continue
                }
                try checkReusedDots(incoming, against: old, record: record)
                merged = old.merged(with: incoming)
                if merged == old { continue }
            } else {
                merged = incoming
            }
            // A pulled state is no local change: the record's local change sequence stays.
            let seq = existing?.seq ?? 0
            let row = try codec.upsert(db, id: record.id, state: merged, seq: seq, &interner)
            current[key] = RowCodec.Stored(state: merged, seq: seq)
            result.changed += 1
            if row.conflicts > 0 { result.conflicted += 1 }
            // The incoming state's latest HLC (for a new record the merged state is the incoming
            // one, whose latest HLC the upsert's pass already found).
            let recordHLC = min(existing == nil ? row.maxHLC : incoming.maxHLC, capHLC)
            if recordHLC > maxHLC { maxHLC = recordHLC }
            // A record first seen through a pull needs no history line: its state's dots and HLCs
            // already say who wrote each field and when (``Replica/history(id:)`` shows them).
            if options.recordHistory, let old = existing?.state {
                let changes = History.changes(type: codec.type, old: old, new: merged, fields: nil)
                if !changes.isEmpty {
                    let newDots = Set(merged.dots).subtracting(old.dots)
                    let writers = Array(Set(newDots.map(\.replica))).sorted()
                    try History.append(
                        db, table: record.table, id: record.id, origin: "remote", replicas: writers, author: nil, at: at,
                        hlc: recordHLC, changes: changes)
                }
            }
        }
        try savePending(db, &interner)
        if maxHLC != startHLC {
            try db.cachedStatement(sql: "UPDATE replica_info SET hlc = ? WHERE singleton = 1")
                .execute(arguments: [Int64(bitPattern: maxHLC.rawValue)])
        }
        return result
    }

    /// The stored states of every record of a batch, by "table/id", one query per table.
    static func loadMany(_ db: Database, _ records: [WireRecord], _ interner: ReplicaInterner) throws -> [String: RowCodec.Stored] {
        var byTable: [String: [String]] = [:]
        for r in records { byTable[r.table, default: []].append(r.id) }
        var out: [String: RowCodec.Stored] = [:]
        out.reserveCapacity(records.count)
        for (table, ids) in byTable {
            let codec = try RowCodec.codec(for: table)
            let stmt = try db.cachedStatement(sql: codec.selectManySQL)
            let rows = try Row.fetchCursor(stmt, arguments: [SetColumn.encode(ids)])
            while let row = try rows.next() {
                out[table + "/" + (row[0] as String)] = try codec.decode(row, interner)
            }
        }
        return out
    }

    /// The reused-dot rule (``FieldSyncCore/RecordState/reusedDot(against:)``) as the laptop's error.
    static func checkReusedDots(_ incoming: RecordState, against existing: RecordState, record: WireRecord) throws {
        if let (field, dot) = incoming.reusedDot(against: existing) {
            throw StoreError(.conflictingDot, Message(.recordHasWriteTwo, record.table, record.id, dot, field))
        }
    }
}

extension Replica {
    /// Applies validated records on an open transaction (for the simulator's interrupted batches).
    package static func applyForTesting(_ records: [WireRecord], options: ApplyOptions, db: Database) throws -> ApplyResult {
        try apply(records, options: options, db: db, now: Date(), path: "")
    }
}
