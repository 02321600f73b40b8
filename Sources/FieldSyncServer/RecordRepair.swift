import FieldSyncCore
import Foundation

/// The office's repair of a stored record no laptop can keep (`fieldsync-server record show|purge`,
/// issue 24 item 2): a record stored before the value rule or the caps, which every laptop keeps
/// aside in quarantine and every push touching it is refused for.
///
/// A repair is a write like any other, by the server's own **repair replica** (an id derived from
/// the server's identity): its version vector covers everything the record held, so every laptop
/// that pulls it takes it (a laptop holding the record in quarantine applies it and lets the bad
/// one go), and a laptop that edited the record concurrently keeps its edit as a conflict, never
/// silently lost. Pure rules; the stores read, write and audit.
public enum RecordRepair {
    /// The replica id the server writes repairs as, derived from its identity (the same on every
    /// instance of one server, kept by `migrate-store`).
    public static func repairer(serverID: String) -> ReplicaID {
        let h = Array(SHA256.hex("fieldsync-repair:" + serverID).prefix(32))
        // Laid out as a version-4, variant-1 UUID, the form every replica id has.
        let text = String(h[0..<8]) + "-" + String(h[8..<12]) + "-4" + String(h[13..<16]) + "-8" + String(h[17..<20]) + "-" + String(h[20..<32])
        return ReplicaID(text)
    }

    /// Every rule the stored record breaks, one sentence each (empty when it breaks none): the
    /// caps per record, then each value against the value rule and each stamp against the cap.
    public static func problems(of record: WireRecord, now: Date) -> [Message] {
        let review = Review(record, now: now)
        return review.problems
    }

    /// The repaired record: every field holding a value no laptop can keep (or a stamp past the
    /// cap) rewritten as one write of the repair replica keeping the value shown among its good
    /// entries (empty when none; `deleted` false), fields this version does not know dropped when
    /// they break a cap, and with `deleting` the record deleted. Nil when there is nothing to do.
    public static func repaired(_ record: WireRecord, by repairer: ReplicaID, now: Date, deleting: Bool) -> WireRecord? {
        let review = Review(record, now: now)
        guard !review.rewrite.isEmpty || review.dropUnknown || deleting else { return nil }
        var vv = record.state.vv
        let counter = vv[repairer] + 1
        let dot = Dot(repairer, counter)
        let ms = UInt64(max(0, now.timeIntervalSince1970) * 1000)
        let hlc = HLC(milliseconds: ms)
        let type = Domain.type(named: record.table)
        var fields = record.state.fields
        for name in review.rewrite {
            let good = (fields[name] ?? []).filter { review.keeps($0, field: name) }
            var value = RecordState.shown(good, policy: type?.policy(of: name) ?? .mv)
            if name == RecordType.deletedField, case .null = value { value = .bool(false) }
            fields[name] = [FieldEntry(dot: dot, value: value, hlc: hlc)]
        }
        if review.dropUnknown, let type {
            fields = fields.filter { type.spec($0.key) != nil }
        }
        if deleting { fields[RecordType.deletedField] = [FieldEntry(dot: dot, value: .bool(true), hlc: hlc)] }
        vv[repairer] = counter
        return WireRecord(table: record.table, id: record.id, state: RecordState(vv: vv, fields: fields))
    }

    /// One pass over a stored record: what it breaks and which fields a repair rewrites.
    struct Review {
        var problems: [Message] = []
        /// Declared fields (or `deleted`) rewritten by a repair.
        var rewrite: [String] = []
        /// Whether the fields this version does not know are dropped.
        var dropUnknown = false
        let cap: HLC

        init(_ record: WireRecord, now: Date) {
            typealias Limits = SyncProtocol.Limits
            cap = HLC(milliseconds: UInt64(max(0, now.timeIntervalSince1970 + ServerRules.maxClockLead) * 1000))
            let state = record.state
            let (table, id) = (record.table, record.id)
            let type = Domain.type(named: table)
            let entries = state.fields.values.reduce(0) { $0 + $1.count }
            let writes = Set(state.fields.values.flatMap { $0.map(\.dot) }).count
            var unknownBytes = 0
            for (name, list) in state.fields where type?.spec(name) == nil {
                unknownBytes += name.utf8.count + list.reduce(0) { $0 + $1.value.byteSize }
            }
            var overCaps = false
            if state.fields.count > Limits.fieldsPerRecord {
                problems.append(Message(.recordTooManyFields, table, id, state.fields.count, Limits.fieldsPerRecord))
                overCaps = true
            }
            if entries > Limits.entriesPerRecord {
                problems.append(Message(.recordTooManyEntries, table, id, entries, Limits.entriesPerRecord))
                overCaps = true
            }
            if writes > Limits.writesPerRecord {
                problems.append(Message(.recordTooManyWrites, table, id, writes, Limits.writesPerRecord))
                overCaps = true
            }
            if unknownBytes > Limits.unknownFieldBytes {
                problems.append(Message(.recordUnknownFieldsTooLarge, table, id, unknownBytes, Limits.unknownFieldBytes))
                dropUnknown = true
            }
            for name in state.fields.keys.sorted() {
                let list = state.fields[name] ?? []
                let declared = type?.spec(name) != nil
                var bad = false
                for e in list {
                    if let p = e.value.storageProblem(table: table, field: name, id: id) {
                        problems.append(p)
                        bad = true
                    }
                    if e.hlc > cap {
                        problems.append(Message(.repairStampAhead, table, id, name, e.dot))
                        bad = true
                    }
                }
                if declared {
                    // Past a cap every field with concurrent entries is brought back to one.
                    if bad || (overCaps && list.count > 1) { rewrite.append(name) }
                } else if bad || overCaps {
                    dropUnknown = true
                }
            }
        }

        /// Whether an entry may stay as the value a repair keeps.
        func keeps(_ e: FieldEntry, field: String) -> Bool {
            e.hlc <= cap && e.value.storageProblem(table: "", field: field, id: "") == nil
        }
    }
}

/// A stored record as the office sees it (`fieldsync-server record show`).
public struct StoredRecordView: Sendable {
    public var seq: Int64
    /// The replica whose push left exactly this state ("" otherwise).
    public var origin: String
    public var record: WireRecord
    public var repairs: [RepairEntry]
}

/// One repair, as the audit keeps it.
public struct RepairEntry: Sendable, Hashable {
    public var at: String
    public var by: String
    public var reason: String
    /// "repair" or "delete".
    public var action: String
    /// The sequence the repaired state was written with.
    public var seq: Int64
}

/// What a repair did.
public struct RepairOutcome: Sendable {
    public var seq: Int64
    public var before: WireRecord
    public var after: WireRecord
    public var problems: [Message]
}
