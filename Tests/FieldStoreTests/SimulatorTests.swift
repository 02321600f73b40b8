import FieldStore
import FieldSyncCore
import FieldSyncTesting
import Foundation
import Testing

/// Convergence with real stores: `swift test` runs 200 seeds; FIELDSYNC_SIM_SEEDS=10000 runs more;
/// FIELDSYNC_SIM_SEED=N replays one seed.
struct SimulatorTests {
    static var seeds: [UInt64] {
        let env = ProcessInfo.processInfo.environment
        if let one = env["FIELDSYNC_SIM_SEED"].flatMap(UInt64.init) { return [one] }
        let count = env["FIELDSYNC_SIM_SEEDS"].flatMap(Int.init) ?? 200
        return (0..<UInt64(count)).map { $0 &* 0x9E37_79B9 &+ 7 }
    }

    @Test func everyReplicaConvergesToTheHubAndNoWriteIsLost() throws {
        var totalWrites = 0
        var totalConflicts = 0
        for seed in Self.seeds {
            var sim = try Simulator(seed: seed, replicas: 3)
            defer { sim.cleanUp() }
            try sim.run(steps: 40)
            try sim.finalExchange()
            let report = try sim.check()
            totalWrites += report.writes
            totalConflicts += report.conflictsSeen
            #expect(report.failures.isEmpty, "seed \(seed) failed (replay with FIELDSYNC_SIM_SEED=\(seed)): \(report.failures.prefix(5))")
            if !report.failures.isEmpty { break }
        }
        // The runs must actually exercise writes and same-field conflicts.
        #expect(totalWrites > Self.seeds.count * 10)
        #expect(Self.seeds.count < 20 || totalConflicts > 0)
    }
}
