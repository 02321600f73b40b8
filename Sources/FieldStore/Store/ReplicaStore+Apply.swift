import FieldSyncCore
import Foundation
import GRDB

/// How a batch of remote states is applied.
public struct ApplyOptions: Sendable {
    /// Server mode: every record whose state changes gets the next `server_seq`.
    public var assignSequence: Bool
    /// The replica that pushed the batch, checked for forged and reused dots (server only).
    public var pusher: ReplicaID?
    /// Whether pulled versions are written to the history.
    public var recordHistory: Bool

    public init(assignSequence: Bool = false, pusher: ReplicaID? = nil, recordHistory: Bool = true) {
        self.assignSequence = assignSequence
        self.pusher = pusher
        self.recordHistory = recordHistory
    }

    /// A laptop applying pulled states.
    public static let replica = ApplyOptions()
    /// The server merging a push from `pusher`.
    public static func server(pusher: ReplicaID?) -> ApplyOptions {
        ApplyOptions(assignSequence: true, pusher: pusher, recordHistory: false)
    }
}

/// What applying a batch did.
public struct ApplyResult: Sendable, Hashable {
    /// Records whose state changed.
    public var changed: Int = 0
    /// Records left with conflicted fields among those changed.
    public var conflicted: Int = 0
    /// The highest sequence assigned (server mode), else 0.
    public var lastSeq: Int64 = 0
}

extension ReplicaStore {
    /// Merges a batch of remote record states in one transaction, with prepared, cached statements.
    ///
    /// Creates no local changes: a record's local change sequence is kept as it was. Readable rows
    /// and conflict flags are recomputed from the merged state. The batch is validated first; an
    /// invalid record, a forged dot or a reused dot fails the whole batch and changes nothing.
    /// - Throws: ``StoreError`` (``StoreError/Code/invalidValue``, ``StoreError/Code/forgedDot``,
    ///   ``StoreError/Code/conflictingDot``) naming the record.
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
        let at = instant(now)
        guard let info = try Row.fetchOne(db.cachedStatement(sql: "SELECT next_seq, hlc FROM replica_info WHERE singleton = 1")) else {
            throw StoreError(.notInitialized, Message(.storeInitialised, path))
        }
        var nextSeq: Int64 = info[0]
        let startSeq = nextSeq
        var maxHLC = HLC(rawValue: UInt64(bitPattern: info[1] as Int64))
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
            if let pusher = options.pusher {
                // A pushed write may be stamped at most `maxClockLead` ahead of the server's clock:
                // laptops with clocks off by a year still sync (their writes never beat causally
                // later ones), but no stamp wins every concurrent edit forever.
                let cap = HLC(milliseconds: UInt64(max(0, now.timeIntervalSince1970 + Self.maxClockLead) * 1000))
                try checkDots(incoming, against: existing?.state, pusher: pusher, record: record, hlcCap: cap)
            }
            var merged: RecordState
            if let old = existing?.state {
                try checkReusedDots(incoming, against: old, record: record)
                merged = old.merged(with: incoming)
                if merged == old { continue }
            } else {
                merged = incoming
            }
            let seq: Int64
            if options.assignSequence {
                seq = nextSeq
                nextSeq += 1
                result.lastSeq = seq
            } else {
                seq = existing?.seq ?? 0
            }
            // On the server, remember when the new state is exactly what the pusher sent.
            var origin: Int64 = 0
            if let pusher = options.pusher, merged == incoming { origin = interner.index(of: pusher) }
            let args = codec.arguments(id: record.id, state: merged, seq: seq, origin: origin, &interner)
            try db.cachedStatement(sql: codec.upsertSQL).execute(arguments: args)
            current[key] = RowCodec.Stored(state: merged, seq: seq)
            result.changed += 1
            if merged.conflictCount(policy: codec.type.policy(of:)) > 0 { result.conflicted += 1 }
            let recordHLC = min(incoming.maxHLC, capHLC)
            if recordHLC > maxHLC { maxHLC = recordHLC }
            // A record first seen through a pull needs no history line: its state's dots and HLCs
            // already say who wrote each field and when (``ReplicaStore/history(id:)`` shows them).
            if options.recordHistory, let old = existing?.state {
                let newDots = Set(merged.dots).subtracting(old.dots)
                let writers = Array(Set(newDots.map(\.replica))).sorted()
                try History.append(
                    db, table: record.table, id: record.id, origin: "remote", replicas: writers, author: nil, at: at,
                    hlc: recordHLC, changes: History.changes(type: codec.type, old: old, new: merged, fields: nil))
            }
        }
        try savePending(db, &interner)
        if nextSeq != startSeq || maxHLC != startHLC {
            try db.cachedStatement(sql: "UPDATE replica_info SET next_seq = ?, hlc = ? WHERE singleton = 1")
                .execute(arguments: [nextSeq, Int64(bitPattern: maxHLC.rawValue)])
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

    /// The server's forgery rule: a pushed entry carrying another replica's dot is accepted only
    /// when the server already holds exactly that entry, or has already seen (and superseded) it.
    /// And a replica never forgets its own writes: a push whose own counter is behind the server's
    /// comes from a store restored from a backup.
    ///
    /// Counters only their owner may raise: another replica's counter in the pushed vector may not
    /// exceed what the server holds for the record (else a pusher could make the victim's next
    /// write look old, or its dots look reused); the pusher's own counter is bounded, and so are
    /// the HLCs of its own entries (no later than `hlcCap`), so no value wins forever.
    static func checkDots(_ incoming: RecordState, against existing: RecordState?, pusher: ReplicaID, record: WireRecord,
                          hlcCap: HLC = HLC(rawValue: .max)) throws {
        for (replica, counter) in incoming.vv.counters where replica != pusher && counter > (existing?.vv[replica] ?? 0) {
            throw StoreError(.forgedDot,
                Message(.counterOfAnotherReplica, record.table, record.id, String(replica.rawValue.prefix(64)), counter, existing?.vv[replica] ?? 0))
        }
        guard incoming.vv[pusher] <= Self.maxCounter else {
            throw StoreError(.invalidValue, Message(.counterTooLarge, record.table, record.id, incoming.vv[pusher]))
        }
        for (field, entries) in incoming.fields {
            for e in entries where e.dot.replica == pusher && e.hlc > hlcCap {
                throw StoreError(.invalidValue, Message(.hlcInTheFuture, record.table, record.id, field))
            }
        }
        for (field, entries) in incoming.fields {
            for e in entries where e.dot.replica != pusher {
                let held = existing?.entries(field).contains(e) ?? false
                let seen = existing?.vv.covers(e.dot) ?? false
                if !held && !seen {
                    throw StoreError(.forgedDot,
                        Message(.recordCarriesEntryWritten, record.table, record.id, e.dot, field))
                }
            }
        }
        if let existing, incoming.vv[pusher] < existing.vv[pusher] {
            throw StoreError(.conflictingDot,
                Message(.recordSaysReplicaMade, record.table, record.id, pusher, incoming.vv[pusher], existing.vv[pusher]))
        }
    }

    /// The most writes one replica may claim to have made to one record (2^40: a laptop writing
    /// a record once a millisecond for thirty years stays far below it; 2^63 must never be reached,
    /// where the next write would overflow).
    static let maxCounter: UInt64 = 1 << 40

    /// How far ahead of the server's clock a pushed write may be stamped: three years.
    public static let maxClockLead: TimeInterval = 3 * 366 * 86_400

    /// A dot names one write: the same dot with other content means a store reused its dots.
    static func checkReusedDots(_ incoming: RecordState, against existing: RecordState, record: WireRecord) throws {
        for (field, entries) in incoming.fields {
            let mine = existing.entries(field)
            guard !mine.isEmpty else { continue }
            for e in entries {
                if let twin = mine.first(where: { $0.dot == e.dot }), twin.value != e.value {
                    throw StoreError(.conflictingDot,
                        Message(.recordHasWriteTwo, record.table, record.id, e.dot, field))
                }
            }
        }
    }
}

extension ReplicaStore {
    /// Applies validated records on an open transaction (for the simulator's interrupted batches).
    package static func applyForTesting(_ records: [WireRecord], options: ApplyOptions, db: Database) throws -> ApplyResult {
        try apply(records, options: options, db: db, now: Date(), path: "")
    }
}
