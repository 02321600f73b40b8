import FieldSyncCore
import Foundation

/// The server's own rules, shared by every server store (embedded SQLite, PostgreSQL): what a push
/// may carry, how its records merge into the zone, who may act as which replica. Pure functions of
/// what a store read inside its transaction; the stores only read and write.
///
/// The merge itself (``RecordState/merged(with:)``) is FieldSyncCore's, the same on laptops.
public enum ServerRules {
    /// The most writes one replica may claim to have made to one record (2^40: a laptop writing
    /// a record once a millisecond for thirty years stays far below it; 2^63 must never be reached,
    /// where the next write would overflow).
    public static let maxCounter: UInt64 = 1 << 40

    /// How far ahead of the server's clock a pushed write may be stamped: three years.
    public static let maxClockLead: TimeInterval = 3 * 366 * 86_400

    /// A record's key in a zone: "table/id".
    public static func key(_ table: String, _ id: String) -> String { table + "/" + id }

    /// One record a push leaves changed, to be written with the next sequence.
    public struct Write: Sendable {
        public var record: WireRecord
        /// Whether the stored state is exactly what the pusher sent (a pull by it skips the record).
        public var fromPusher: Bool
        /// The position in the batch of the record that left this state.
        public var source: Int
    }

    /// What a push does to a zone.
    public struct MergePlan: Sendable {
        /// Changed records, in the order their sequences are assigned; a record appears once.
        public var writes: [Write] = []
        /// Changed records left with conflicted fields.
        public var conflicted = 0
    }

    /// Merges a validated batch into the stored states of its records.
    ///
    /// - Parameter stored: the zone's current state of each record of the batch, by ``key(_:_:)``.
    /// - Throws: ``ServerError`` (`forgedDot`, `conflictingDot`, `invalidValue`) naming the record;
    ///   the whole batch is then refused.
    /// - Parameter ownLaptops: the ids, other than the pusher's, of `laptop` records the pusher
    ///   may write: the same store under an earlier replica id (``sameStore(_:_:)``).
    public static func merge(_ records: [WireRecord], stored: [String: RecordState], pusher: ReplicaID, now: Date,
                             ownLaptops: Set<String> = []) throws -> MergePlan {
        var current = stored
        // The writes in first-change order; a record changed twice in one batch keeps its place.
        var writes: [Write] = []
        var position: [String: Int] = [:]
        // A pushed write may be stamped at most `maxClockLead` ahead of the server's clock: laptops
        // with clocks off by a year still sync, but no stamp wins every concurrent edit forever.
        let cap = HLC(milliseconds: UInt64(max(0, now.timeIntervalSince1970 + maxClockLead) * 1000))
        for (index, record) in records.enumerated() {
            let key = key(record.table, record.id)
            let existing = current[key]
            let incoming = record.state
            // A laptop's own record (its name, its commissioner) is written by that laptop only (the
            // same store under an earlier id included): no one else can rename it, or forge the
            // history's "who".
            if record.table == Domain.laptop.name && record.id != pusher.rawValue && !ownLaptops.contains(record.id) {
                throw ServerError(.forgedDot, Message(.laptopRecordOfAnother, record.id, pusher))
            }
            try checkDots(incoming, against: existing, pusher: pusher, record: record, hlcCap: cap)
            let merged: RecordState
            let asPushed: Bool
            if let old = existing {
                if let (field, dot) = incoming.reusedDot(against: old) {
                    throw ServerError(.conflictingDot, Message(.recordHasWriteTwo, record.table, record.id, dot, field))
                }
                try checkNothingOmitted(incoming, against: old, record: record)
                merged = old.merged(with: incoming)
                if merged == old { continue }
                asPushed = merged == incoming
            } else {
                merged = incoming
                asPushed = true
            }
            current[key] = merged
            let write = Write(record: WireRecord(table: record.table, id: record.id, state: merged), fromPusher: asPushed, source: index)
            if let at = position[key] {
                writes[at] = write
            } else {
                position[key] = writes.count
                writes.append(write)
            }
        }
        var plan = MergePlan()
        plan.writes = writes
        for w in writes {
            let policy = Domain.type(named: w.record.table)?.policy(of:) ?? { _ in .mv }
            if w.record.state.conflictCount(policy: policy) > 0 { plan.conflicted += 1 }
        }
        return plan
    }

    /// Whether a new token may take over `old`'s laptops: `old` exists, is revoked (the leaver's
    /// laptop then syncs only as the new token), is of the same zone, and the new token may push.
    /// - Parameter old: the token named `name`, or nil when there is none.
    public static func checkTakeOver(_ old: TokenSummary?, name: String, role: String, zone: String) throws {
        guard let old else { throw ServerError(.unknownID, "--takes-over \(name): no token has that name.") }
        guard old.revokedAt != nil else {
            throw ServerError(.invalidValue, "--takes-over \(name): that token is still active; revoke it first (fieldsync-server token revoke \(name)).")
        }
        guard old.zone == zone else {
            throw ServerError(.invalidValue, "--takes-over \(name): that token belongs to zone \(old.zone), not \(zone).")
        }
        guard role != "viewer" else {
            throw ServerError(.invalidValue, "--takes-over \(name): a viewer token cannot push the laptops' last work; use --role commissioner.")
        }
    }

    /// The ids of `laptop` records in a batch that are not the pusher's own.
    public static func otherLaptops(in records: [WireRecord], pusher: ReplicaID) -> Set<String> {
        Set(records.lazy.filter { $0.table == Domain.laptop.name && $0.id != pusher.rawValue }.map(\.id))
    }

    /// Whether a registered replica is the caller's store under another id: the same token and the
    /// same replica key (a store that took a new id after a copy or a restore).
    public static func sameStore(_ r: ReplicaRegistration, _ c: Caller) -> Bool {
        r.token == c.grant.name && (r.keyHash.map { SHA256.constantTimeEqual($0, c.keyHash) } ?? false)
    }

    /// No erasure by omission: a state that has seen a field's writes carries that field (its
    /// entries, or a later write over them); leaving it out would erase it on every laptop.
    static func checkNothingOmitted(_ incoming: RecordState, against existing: RecordState, record: WireRecord) throws {
        for (field, stored) in existing.fields where !stored.isEmpty && (incoming.fields[field]?.isEmpty ?? true) {
            if let covered = stored.first(where: { incoming.vv.covers($0.dot) }) {
                throw ServerError(.invalidValue, Message(.fieldOmitted, record.table, record.id, field, covered.dot))
            }
        }
    }

    /// The forgery rule: a pushed entry carrying another replica's dot is accepted only when the
    /// server already holds exactly that entry, or has already seen (and superseded) it. And a
    /// replica never forgets its own writes: a push whose own counter is behind the server's comes
    /// from a store restored from a backup.
    ///
    /// Counters only their owner may raise: another replica's counter in the pushed vector may not
    /// exceed what the server holds for the record (else a pusher could make the victim's next
    /// write look old, or its dots look reused); the pusher's own counter is bounded, and so are
    /// the HLC of every entry it sends (no later than `hlcCap`), so no value wins forever.
    public static func checkDots(_ incoming: RecordState, against existing: RecordState?, pusher: ReplicaID, record: WireRecord,
                                 hlcCap: HLC = HLC(rawValue: .max)) throws {
        for (replica, counter) in incoming.vv.counters where replica != pusher && counter > (existing?.vv[replica] ?? 0) {
            throw ServerError(.forgedDot,
                Message(.counterOfAnotherReplica, record.table, record.id, String(replica.rawValue.prefix(64)), counter, existing?.vv[replica] ?? 0))
        }
        guard incoming.vv[pusher] <= maxCounter else {
            throw ServerError(.invalidValue, Message(.counterTooLarge, record.table, record.id, incoming.vv[pusher]))
        }
        // One pass over the pushed entries, each against the entry the server holds under the same
        // dot (found by hashing past a handful, so a record of many entries costs no square):
        // - every stamp is capped, the pusher's own and the others' it re-sends, so no entry wins
        //   every later tie or dates history in year 10889;
        // - entries are immutable: a held dot comes back with the same stamp (its value is the
        //   reused-dot rule's);
        // - another replica's entry is accepted only when held exactly, or seen and superseded.
        for (field, entries) in incoming.fields {
            let stored = existing?.entries(field) ?? []
            let index = stored.count > 8 ? Dictionary(stored.map { ($0.dot, $0) }, uniquingKeysWith: { a, _ in a }) : nil
            for e in entries {
                guard e.hlc <= hlcCap else {
                    throw ServerError(.invalidValue, Message(.hlcInTheFuture, record.table, record.id, field))
                }
                let twin = index.map { $0[e.dot] } ?? stored.first { $0.dot == e.dot }
                if let twin, twin.hlc != e.hlc {
                    throw ServerError(.conflictingDot, Message(.entryRestamped, record.table, record.id, e.dot, field))
                }
                if e.dot.replica != pusher && twin != e && !(existing?.vv.covers(e.dot) ?? false) {
                    throw ServerError(.forgedDot, Message(.recordCarriesEntryWritten, record.table, record.id, e.dot, field))
                }
            }
        }
        if let existing, incoming.vv[pusher] < existing.vv[pusher] {
            throw ServerError(.conflictingDot,
                Message(.recordSaysReplicaMade, record.table, record.id, pusher, incoming.vv[pusher], existing.vv[pusher]))
        }
    }

    /// Validates a pushed batch (tables, ids, values coerced to their types).
    public static func validated(_ records: [WireRecord]) throws -> [WireRecord] {
        do {
            return try records.map { try $0.validated() }
        } catch let e as CoreError {
            throw ServerError(.invalidValue, e.text)
        }
    }

    // MARK: Pull

    /// A pull's answer from the rows after `after` (at most `limit + 1`, in sequence order, the
    /// requester's own unchanged records left out) and the zone's head in the same snapshot.
    public static func page(_ rows: [(seq: Int64, body: [UInt8])], after: Int64, limit: Int, head: Int64) -> PullPage {
        let more = rows.count > limit
        let page = rows.prefix(limit)
        // With nothing more to send, everything up to the snapshot's head has been considered.
        let upTo = more ? (page.last?.seq ?? after) : max(head, after)
        return PullPage(records: page.map(\.body), upTo: upTo, serverSeq: head, more: more)
    }

    // MARK: Replica identity

    /// What a caller may do, decided before anything is merged.
    public struct Admission: Sendable {
        /// The registration as stored (nil: the replica id is new).
        public var stored: ReplicaRegistration?
        /// The registration the request leads to once it succeeds (before a push moves its history).
        public var registration: ReplicaRegistration
        public var usesRebind: Bool
    }

    /// Replica ids one token may register (its store, its restores and copies).
    public static let maxReplicasPerToken = 64

    /// Checks a caller whose replica id is registered: it belongs to one token and one store key,
    /// and the push history must be the one accepted under the id. Errors never name another
    /// token's replica.
    public static func admit(_ c: Caller, stored: ReplicaRegistration) throws -> Admission {
        var r = stored
        guard r.token == c.grant.name else {
            throw ServerError(.replicaOfAnotherToken,
                "Token \(c.grant.name) cannot act as replica \(c.replica.rawValue): that replica id belongs to another token (a new token takes a laptop over with `fieldsync-server token create … --takes-over OLD`).")
        }
        if let known = r.keyHash, !SHA256.constantTimeEqual(known, c.keyHash) {
            throw ServerError(.wrongReplicaKey,
                "Replica \(c.replica.rawValue) was registered by a store with another replica key: this store cannot act as it.")
        }
        guard r.history.judge(claim: c.claim, pushID: c.pushID, range: c.pushRange) != .diverged else {
            throw ServerError(.divergedReplica,
                "The push history of replica \(c.replica.rawValue) on this store is not the one the server accepted under that id: the store is a copy (or a restore) of another laptop's store and must take a new replica id.")
        }
        r.keyHash = c.keyHash
        return Admission(stored: stored, registration: r, usesRebind: false)
    }

    /// Checks a caller whose replica id is new: a token's new id needs the key of one of its
    /// replicas (a rotated or copied store) unless it has none yet or an administrator allowed a
    /// rebind; a token holds at most ``maxReplicasPerToken`` ids.
    /// - Parameter family: the token's registrations.
    public static func admitNew(_ c: Caller, family: [ReplicaRegistration], rebindAllowed: Bool) throws -> Admission {
        // Each replica id is kept and read on later requests: one token may not mint them without
        // bound (a laptop takes a new id only when restored or copied).
        guard family.count < maxReplicasPerToken else {
            throw ServerError(.tooManyReplicas,
                "Token \(c.grant.name) already has \(family.count) replica ids; the office can give this laptop a token of its own.")
        }
        let proven = family.contains { $0.keyHash.map { SHA256.constantTimeEqual($0, c.keyHash) } ?? false }
        var usesRebind = false
        if !family.isEmpty && !proven {
            guard rebindAllowed else {
                throw ServerError(.wrongReplica,
                    "Token \(c.grant.name) belongs to another laptop's store; a new laptop needs its own token, or `fieldsync-server token rebind \(c.grant.name)` at the office.")
            }
            usesRebind = true
        }
        let r = ReplicaRegistration(replica: c.replica.rawValue, token: c.grant.name, keyHash: c.keyHash, history: ReplicaHistory(head: c.claim))
        return Admission(stored: nil, registration: r, usesRebind: usesRebind)
    }

    /// The registration an admitted request leaves (a new one, a first key, a push's history), or
    /// nil when nothing changes (a pull of a known replica).
    public static func registrationAfter(_ c: Caller, _ a: Admission, pushed: Bool) -> ReplicaRegistration? {
        var r = a.registration
        if pushed, let pushID = c.pushID { r.history = r.history.accepting(claim: c.claim, pushID: pushID, range: c.pushRange ?? "") }
        if r.history.head.isEmpty { r.history.head = c.claim }
        return r == a.stored ? nil : r
    }

    // MARK: Tokens

    public static let roles = ["admin", "commissioner", "viewer"]

    /// Checks a new token's fields and makes its secret: (token, SHA-256 hex of it).
    public static func newToken(name: String, role: String, zone: String) throws -> (token: String, hash: String) {
        guard roles.contains(role) else {
            throw ServerError(.invalidValue, "\"\(role)\" is not a role; use admin, commissioner or viewer.")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ServerError(.invalidValue, "A token needs a name.") }
        guard !zone.trimmingCharacters(in: .whitespaces).isEmpty else { throw ServerError(.invalidValue, "A token needs a zone.") }
        guard name.utf8.count <= 256, zone.utf8.count <= 256 else {
            throw ServerError(.invalidValue, "A token's name and zone are at most 256 bytes each.")
        }
        let token = "fst_" + Hex.random(bytes: 32)
        return (token, SHA256.hex(token))
    }

    /// The first 12 hex digits of a token's hash: its lookup key (the full hash is then compared in constant time).
    public static func lookup(_ hash: String) -> String { String(hash.prefix(12)) }

    /// `last_used_at` is for `token list`: a minute's precision is plenty, and writing it on every
    /// request would put a write in front of every push and pull.
    public static func touchDue(lastUsed: String?, now: Date) -> Bool {
        lastUsed.map { $0 < Instant.format(now.addingTimeInterval(-60)) } ?? true
    }
}

/// A pull's page with its records already encoded as the wire shows them.
public struct PullPage: Sendable {
    public var records: [[UInt8]]
    public var upTo: Int64
    public var serverSeq: Int64
    public var more: Bool
}
