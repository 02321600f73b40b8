import FieldStore
import FieldSyncCore
import FieldSyncTesting
import Foundation
import Testing

/// Convergence with real stores: `swift test` runs 200 seeds; FIELDSYNC_SIM_SEEDS=N runs more (the
/// 10,000-seed sweep runs faster as `fieldsync-bench simulate --seeds 10000`, a release build, same
/// seeds); FIELDSYNC_SIM_SEED=N replays one seed.
struct SimulatorTests {
    static var seeds: [UInt64] {
        let env = ProcessInfo.processInfo.environment
        if let one = env["FIELDSYNC_SIM_SEED"].flatMap(UInt64.init) { return [one] }
        let count = env["FIELDSYNC_SIM_SEEDS"].flatMap(Int.init) ?? 200
        return (0..<count).map(Simulator.seed(ofRun:))
    }

    @Test func everyReplicaConvergesToTheHubAndNoWriteIsLost() throws {
        var totalWrites = 0
        var totalConflicts = 0
        for seed in Self.seeds {
            let report = try Simulator.runOnce(seed: seed)
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
