import FieldReplica
import FieldSyncCore
import FieldSyncServer
import Foundation
import GRDB

/// A seeded random number generator (SplitMix64): the same seed replays the same run.
public struct SeededRNG: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}

/// Runs N real replica stores and a hub (a server-mode store) through random creates, edits,
/// deletes, same-field conflicts and exchanges, including duplicated, reordered and interrupted
/// (rolled back, or committed with the reply lost) batches, then checks convergence.
///
/// Users' own conflict-resolution suites can import `FieldSyncTesting` and drive it:
/// ```swift
/// var sim = try Simulator(seed: 42, replicas: 3)
/// try sim.run(steps: 60)
/// try sim.finalExchange()
/// let report = try sim.check()   // report.failures is empty when everything converged
/// ```
public struct Simulator {
    /// One logged local write, with the context it was made in.
    public struct Write: Sendable {
        public var key: String
        public var field: String
        public var dot: Dot
        public var value: FieldValue
        public var context: VersionVector
    }

    public struct Report: Sendable {
        public var seed: UInt64
        public var writes: Int
        public var exchanges: Int
        public var conflictsSeen: Int
        /// Stores copied during the run, and refusals that told a copy (or its original) so.
        public var clones = 0
        public var divergedRefusals = 0
        public var failures: [String]
    }

    public let seed: UInt64
    public let directory: URL
    /// The server: the embedded server store, merging with the server's own rules.
    public private(set) var hub: SQLiteServerStore
    static let zone = "sim"
    public private(set) var replicas: [Replica]
    var ids: [ReplicaID] = []
    var pushed: [Int64]
    var pulled: [Int64]
    var rng: SeededRNG
    var known: [[String]]
    public private(set) var writes: [Write] = []
    public private(set) var exchanges = 0
    var clockSkew: [Double]
    let batchSize: Int
    /// Each replica's push history head and pending push id, as its store keeps them.
    var heads: [String]
    var pendingPush: [String?]
    /// The hub's ``ReplicaHistory`` per replica id: the server's copy detection, same rules.
    var ledger: [ReplicaID: ReplicaHistory] = [:]
    /// Copies made by ``clone(_:)`` and the refusals that told a store it was one.
    public private(set) var clones = 0
    public private(set) var divergedRefusals = 0
    /// Whether ``run(steps:)`` copies stores now and then (a laptop's store copied to a second PC).
    public var cloning = true
    /// Whether the hub applies the copy detection of ``ReplicaHistory``; off only to show what
    /// copies do without it.
    public var detectCopies = true

    static let names = ["深圳市星河科技有限公司", "华芯微电子", "中科智能装备", "绿源新能源", "博雅生物医药", "天工新材料"]
    static let industries = ["新一代信息技术", "生物医药", "新材料", "高端装备", "新能源", "人工智能"]
    static let addresses = ["高新区科技南路18号", "软件园二期3栋", "创业大道88号", "孵化器B座502"]
    static let contacts = ["张伟 13800000001", "李娜 13900000002", "王芳 13700000003", "刘洋 13600000004"]
    static let certs = ["高新技术企业", "科技型中小企业", "专精特新小巨人", "瞪羚企业"]

    /// The seed of run number `i` of a seed sweep: the tests and `fieldsync-bench simulate` use the
    /// same sequence, so a seed that fails in one replays in the other (`FIELDSYNC_SIM_SEED`).
    public static func seed(ofRun i: Int) -> UInt64 { UInt64(i) &* 0x9E37_79B9 &+ 7 }

    /// One whole run: `steps` random operations with faults, a final exchange, the check.
    public static func runOnce(seed: UInt64, replicas: Int = 3, steps: Int = 40, detectCopies: Bool = true) throws -> Report {
        var sim = try Simulator(seed: seed, replicas: replicas)
        sim.detectCopies = detectCopies
        defer { sim.cleanUp() }
        try sim.run(steps: steps)
        try sim.finalExchange()
        return try sim.check()
    }

    /// Creates the stores in a fresh temporary folder.
    /// - Parameters:
    ///   - seed: the run's seed; the same seed replays the same run.
    ///   - replicas: how many laptops.
    ///   - batchSize: records per push or pull batch (small, so batches are many).
    public init(seed: UInt64, replicas count: Int = 3, batchSize: Int = 4) throws {
        self.seed = seed
        self.batchSize = batchSize
        rng = SeededRNG(seed: seed)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-sim-\(seed)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        hub = try SQLiteServerStore(path: directory.appendingPathComponent("hub.db").path)
        replicas = []
        var skews: [Double] = []
        for i in 0..<count {
            // Each laptop's clock is off by up to a year either way.
            let skew = Double(Int(seed % 7) - 3 + i) * 86_400 * 120
            skews.append(skew)
            let store = try Replica(path: directory.appendingPathComponent("r\(i).db").path, now: { Date().addingTimeInterval(skew) })
            ids.append(try store.initialize(name: "laptop-\(i)", zone: "sim"))
            replicas.append(store)
        }
        clockSkew = skews
        heads = Array(repeating: ReplicaHistory.genesis, count: count)
        pendingPush = Array(repeating: nil, count: count)
        pushed = Array(repeating: 0, count: count)
        pulled = Array(repeating: 0, count: count)
        known = Array(repeating: [], count: count)
    }

    /// Removes the temporary stores.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs `steps` random operations.
    public mutating func run(steps: Int) throws {
        for _ in 0..<steps {
            let r = rng.below(replicas.count)
            switch rng.below(20) {
            case 0..<4: try create(on: r)
            case 4..<12: try edit(on: r)
            case 12: try delete(on: r)
            case 13..<16: try push(r, fault: randomFault())
            case 16 where cloning && clones < 2 && rng.below(4) == 0: try clone(r)
            default: try pull(r, fault: randomFault())
            }
        }
    }

    /// Every replica pushes everything, then every replica pulls everything, with no faults; again
    /// while a store was told it is a copy (it took a new id and has its writes to push).
    public mutating func finalExchange() throws {
        for _ in 0...(replicas.count + 1) {
            let before = divergedRefusals
            for r in replicas.indices { try push(r, fault: .none) }
            for r in replicas.indices { try pull(r, fault: .none) }
            if divergedRefusals == before { return }
        }
    }

    /// A copy of replica `r`'s store file becomes another laptop with the same replica id, the
    /// same history and the same checkpoints (`cp a.db copy.db`). Its pending push, if any, is not
    /// carried: the store drops a pending push made under another file (``Replica/pendingPush()``).
    public mutating func clone(_ r: Int) throws {
        let path = directory.appendingPathComponent("r\(replicas.count).db").path
        try replicas[r].copy(to: path)
        let skew = clockSkew[r]
        replicas.append(try Replica(path: path, now: { Date().addingTimeInterval(skew) }))
        ids.append(ids[r])
        clockSkew.append(skew)
        heads.append(heads[r])
        pendingPush.append(nil)
        pushed.append(pushed[r])
        pulled.append(pulled[r])
        known.append(known[r])
        clones += 1
    }

    /// The server's verdict on replica `r`'s history (``ReplicaHistory/judge(claim:pushID:)``).
    func verdict(_ r: Int, pushID: String?) -> ReplicaHistory.Verdict {
        guard detectCopies else { return .current }
        return ledger[ids[r]]?.judge(claim: heads[r], pushID: pushID) ?? .current
    }

    /// Replica `r` was told it is a copy: it takes a new replica id (its unconfirmed writes
    /// re-stamped as the new id's, logged as writes made over what they replace).
    mutating func diverged(_ r: Int) throws {
        divergedRefusals += 1
        let before = try replicas[r].allStates()
        let fresh = try replicas[r].rotateReplicaID(pushedUpTo: pushed[r])
        let after = try replicas[r].allStates()
        for (key, state) in after where before[key] != state {
            let context = before[key]?.vv ?? VersionVector()
            for (field, entries) in state.fields {
                for e in entries where e.dot.replica == fresh {
                    writes.append(Write(key: key, field: field, dot: e.dot, value: e.value, context: context))
                }
            }
        }
        ids[r] = fresh
        heads[r] = ReplicaHistory.genesis
        pendingPush[r] = nil
    }

    /// A push id drawn from the run's generator (the same seed replays the same ids).
    mutating func newPushID() -> String {
        (0..<2).map { _ in String(rng.next(), radix: 16).leftPadded(16) }.joined()
    }

    /// A batch delivery fault.
    public enum Fault: CaseIterable, Sendable {
        case none
        /// The batch is applied twice.
        case duplicated
        /// The batch's records arrive in reverse order.
        case reordered
        /// The receiving transaction is rolled back; the checkpoint does not move.
        case rolledBack
        /// The receiver commits but the reply is lost; the checkpoint does not move.
        case replyLost
    }

    mutating func randomFault() -> Fault {
        let all = Fault.allCases
        return rng.below(3) == 0 ? all[rng.below(all.count)] : .none
    }

    mutating func create(on r: Int) throws {
        let id = UUIDText.random()
        let values: [String: FieldValue] = [
            "name": .text(Self.names[rng.below(Self.names.count)]),
            "credit_code": .text(CreditCode.make(rng.below(1_000_000))),
            "industry": .text(Self.industries[rng.below(Self.industries.count)]),
            "certifications": .stringSet([Self.certs[rng.below(Self.certs.count)]]),
        ]
        try record(on: r, key: id, values: values)
        known[r].append(id)
    }

    mutating func edit(on r: Int) throws {
        // Edit a record this replica knows, or one another replica made and this one pulled.
        var candidates = known[r]
        if candidates.isEmpty || rng.below(2) == 0 {
            candidates = try replicas[r].ids(Domain.enterprise)
        }
        guard !candidates.isEmpty else { return try create(on: r) }
        let id = candidates[rng.below(candidates.count)]
        var values: [String: FieldValue] = [:]
        switch rng.below(5) {
        case 0: values["address"] = .text(Self.addresses[rng.below(Self.addresses.count)] + "\(rng.below(100))")
        case 1: values["contact"] = .text(Self.contacts[rng.below(Self.contacts.count)])
        case 2: values["industry"] = .text(Self.industries[rng.below(Self.industries.count)])
        case 3: values["certifications"] = .stringSet([Self.certs[rng.below(Self.certs.count)], Self.certs[rng.below(Self.certs.count)]])
        default:
            values["address"] = .text(Self.addresses[rng.below(Self.addresses.count)])
            values["contact"] = .text(Self.contacts[rng.below(Self.contacts.count)] + "转\(rng.below(10))")
        }
        try record(on: r, key: id, values: values)
    }

    mutating func delete(on r: Int) throws {
        let ids = try replicas[r].ids(Domain.enterprise)
        guard !ids.isEmpty else { return }
        try record(on: r, key: ids[rng.below(ids.count)], values: [RecordType.deletedField: .bool(true)])
    }

    mutating func record(on r: Int, key id: String, values: [String: FieldValue]) throws {
        let logged = try replicas[r].transaction(author: "sim") { tx -> [Write] in
            let context = try tx.state(Domain.enterprise, id: id)?.vv ?? VersionVector()
            let dot = try tx.write(Domain.enterprise, id: id, values)
            var all = values
            if all[RecordType.deletedField] == nil { all[RecordType.deletedField] = .bool(false) }
            return all.map { Write(key: "enterprise/\(id)", field: $0.key, dot: dot, value: $0.value, context: context) }
        }
        writes += logged
    }

    mutating func push(_ r: Int, fault: Fault) throws {
        exchanges += 1
        while true {
            let batch = try replicas[r].changes(after: pushed[r], limit: batchSize)
            guard let last = batch.last else { return }
            let pushID = pendingPush[r] ?? newPushID()
            pendingPush[r] = pushID
            let verdict = verdict(r, pushID: pushID)
            guard verdict != .diverged else { return try diverged(r) }
            try deliverToHub(batch.map(\.record), pusher: ids[r], fault: fault)
            if fault == .rolledBack { return }
            let claim = heads[r]
            ledger[ids[r]] = (ledger[ids[r]] ?? ReplicaHistory(head: claim)).accepting(claim: claim, pushID: pushID)
            if fault == .replyLost { return }
            // A first push and a retry of the last one both end at the head that push leads to.
            heads[r] = ReplicaHistory.advance(claim, by: pushID)
            pendingPush[r] = nil
            pushed[r] = last.seq
        }
    }

    mutating func pull(_ r: Int, fault: Fault) throws {
        exchanges += 1
        guard verdict(r, pushID: pendingPush[r]) != .diverged else { return try diverged(r) }
        while true {
            // As the server does: records whose state is exactly what this replica pushed are left out.
            let batch = try hub.pageForTesting(zone: Self.zone, after: pulled[r], limit: batchSize, requester: ids[r])
            guard let last = batch.last else { return }
            try deliver(batch.map(\.record), to: replicas[r], options: .replica, fault: fault)
            if fault == .rolledBack || fault == .replyLost { return }
            pulled[r] = last.seq
        }
    }

    struct Abort: Error {}

    /// A push reaching the server, with the fault of the exchange.
    func deliverToHub(_ records: [WireRecord], pusher: ReplicaID, fault: Fault) throws {
        func merge(_ batch: [WireRecord], rollBack: Bool = false) throws {
            _ = try hub.mergeForTesting(zone: Self.zone, pusher: pusher, records: batch, rollBack: rollBack)
        }
        switch fault {
        case .none, .replyLost: try merge(records)
        case .duplicated:
            try merge(records)
            try merge(records)
        case .reordered: try merge(records.reversed())
        case .rolledBack: try merge(records, rollBack: true)
        }
    }

    func deliver(_ records: [WireRecord], to store: Replica, options: ApplyOptions, fault: Fault) throws {
        switch fault {
        case .none, .replyLost:
            try store.apply(records, options: options)
        case .duplicated:
            try store.apply(records, options: options)
            try store.apply(records, options: options)
        case .reordered:
            try store.apply(records.reversed(), options: options)
        case .rolledBack:
            do {
                try store.applyThenRollBack(records, options: options)
            } catch is RolledBack {}
        }
    }

    /// Checks, after ``finalExchange()``: every replica is identical to the hub, and every write
    /// is either visible (an entry of its field) or was superseded by a write made in a context
    /// that had seen it.
    public func check() throws -> Report {
        var failures: [String] = []
        let hubStates = try hub.statesForTesting(zone: Self.zone)
        for (i, store) in replicas.enumerated() {
            let states = try store.allStates()
            if states != hubStates {
                let differing = Set(states.keys).symmetricDifference(hubStates.keys).count
                    + states.filter { hubStates[$0.key] != $0.value }.count
                failures.append("replica \(i) differs from the hub in \(differing) records")
            }
            if try !store.integrityOK() { failures.append("replica \(i) fails integrity_check") }
        }
        var byField: [String: [Write]] = [:]
        for w in writes { byField["\(w.key)#\(w.field)", default: []].append(w) }
        for w in writes {
            guard let state = hubStates[w.key] else {
                failures.append("write \(w.dot) to \(w.key) is missing from the hub")
                continue
            }
            if state.entries(w.field).contains(where: { $0.dot == w.dot && $0.value == w.value }) { continue }
            let superseded = byField["\(w.key)#\(w.field)", default: []].contains { $0.context.covers(w.dot) }
            if !superseded {
                failures.append("write \(w.dot) of \(w.key).\(w.field) = \(w.value) was lost")
            }
        }
        let conflicts = hubStates.values.filter { !$0.conflictedFields(policy: Domain.enterprise.policy(of:)).isEmpty }.count
        return Report(seed: seed, writes: writes.count, exchanges: exchanges, conflictsSeen: conflicts,
                      clones: clones, divergedRefusals: divergedRefusals, failures: failures)
    }
}

/// Thrown by ``Replica/applyThenRollBack(_:options:)`` after the rollback.
public struct RolledBack: Error {}

extension Replica {
    /// Applies a batch inside a transaction and then rolls it back, as if the process died just
    /// before commit. Always throws ``RolledBack`` when the apply itself succeeded.
    public func applyThenRollBack(_ records: [WireRecord], options: ApplyOptions) throws {
        try write { db in
            _ = try Replica.applyForTesting(records.map { try $0.validated() }, options: options, db: db)
            throw RolledBack()
        }
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
