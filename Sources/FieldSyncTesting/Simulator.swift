import FieldStore
import FieldSyncCore
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
        public var failures: [String]
    }

    public let seed: UInt64
    public let directory: URL
    public private(set) var hub: ReplicaStore
    public private(set) var replicas: [ReplicaStore]
    var ids: [ReplicaID] = []
    var pushed: [Int64]
    var pulled: [Int64]
    var rng: SeededRNG
    var known: [[String]]
    public private(set) var writes: [Write] = []
    public private(set) var exchanges = 0
    var clockSkew: [Double]
    let batchSize: Int

    static let names = ["深圳市星河科技有限公司", "华芯微电子", "中科智能装备", "绿源新能源", "博雅生物医药", "天工新材料"]
    static let industries = ["新一代信息技术", "生物医药", "新材料", "高端装备", "新能源", "人工智能"]
    static let addresses = ["高新区科技南路18号", "软件园二期3栋", "创业大道88号", "孵化器B座502"]
    static let contacts = ["张伟 13800000001", "李娜 13900000002", "王芳 13700000003", "刘洋 13600000004"]
    static let certs = ["高新技术企业", "科技型中小企业", "专精特新小巨人", "瞪羚企业"]

    /// The seed of run number `i` of a seed sweep: the tests and `fieldsync-bench simulate` use the
    /// same sequence, so a seed that fails in one replays in the other (`FIELDSYNC_SIM_SEED`).
    public static func seed(ofRun i: Int) -> UInt64 { UInt64(i) &* 0x9E37_79B9 &+ 7 }

    /// One whole run: `steps` random operations with faults, a final exchange, the check.
    public static func runOnce(seed: UInt64, replicas: Int = 3, steps: Int = 40) throws -> Report {
        var sim = try Simulator(seed: seed, replicas: replicas)
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
        hub = try ReplicaStore(path: directory.appendingPathComponent("hub.db").path)
        try hub.initialize(name: "hub", zone: "sim", role: "server")
        replicas = []
        var skews: [Double] = []
        for i in 0..<count {
            // Each laptop's clock is off by up to a year either way.
            let skew = Double(Int(seed % 7) - 3 + i) * 86_400 * 120
            skews.append(skew)
            let store = try ReplicaStore(path: directory.appendingPathComponent("r\(i).db").path, now: { Date().addingTimeInterval(skew) })
            ids.append(try store.initialize(name: "laptop-\(i)", zone: "sim"))
            replicas.append(store)
        }
        clockSkew = skews
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
            default: try pull(r, fault: randomFault())
            }
        }
    }

    /// Every replica pushes everything, then every replica pulls everything, with no faults.
    public mutating func finalExchange() throws {
        for r in replicas.indices { try push(r, fault: .none) }
        for r in replicas.indices { try pull(r, fault: .none) }
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
            try deliver(batch.map(\.record), to: hub, options: .server(pusher: ids[r]), fault: fault)
            if fault == .rolledBack || fault == .replyLost { return }
            pushed[r] = last.seq
        }
    }

    mutating func pull(_ r: Int, fault: Fault) throws {
        exchanges += 1
        while true {
            let batch = try hub.changes(after: pulled[r], limit: batchSize)
            guard let last = batch.last else { return }
            try deliver(batch.map(\.record), to: replicas[r], options: .replica, fault: fault)
            if fault == .rolledBack || fault == .replyLost { return }
            pulled[r] = last.seq
        }
    }

    struct Abort: Error {}

    func deliver(_ records: [WireRecord], to store: ReplicaStore, options: ApplyOptions, fault: Fault) throws {
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
        let hubStates = try hub.allStates()
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
        return Report(seed: seed, writes: writes.count, exchanges: exchanges, conflictsSeen: conflicts, failures: failures)
    }
}

/// Thrown by ``ReplicaStore/applyThenRollBack(_:options:)`` after the rollback.
public struct RolledBack: Error {}

extension ReplicaStore {
    /// Applies a batch inside a transaction and then rolls it back, as if the process died just
    /// before commit. Always throws ``RolledBack`` when the apply itself succeeded.
    public func applyThenRollBack(_ records: [WireRecord], options: ApplyOptions) throws {
        try write { db in
            _ = try ReplicaStore.applyForTesting(records.map { try $0.validated() }, options: options, db: db)
            throw RolledBack()
        }
    }
}
