import FieldSyncTesting
import Foundation

/// The convergence sweep: `seeds` simulator runs (the same seeds as `SimulatorTests`), spread over
/// `jobs` threads. Prints the time taken and every failing seed; exits 1 if any seed fails.
func simulateSweep(seeds: Int, jobs: Int) throws -> Bool {
    print("== simulator sweep: \(seeds) seeds, 3 replicas + hub, 40 steps each, \(jobs) threads (release build) ==")
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var next = 0, done = 0, writes = 0, exchanges = 0, conflicts = 0, clones = 0, refusals = 0
        var failures: [String] = []
    }
    let tally = Tally()
    let start = Date()
    let group = DispatchGroup()
    for _ in 0..<max(1, jobs) {
        group.enter()
        Thread.detachNewThread {
            defer { group.leave() }
            while true {
                tally.lock.lock()
                let i = tally.next
                tally.next += 1
                tally.lock.unlock()
                guard i < seeds else { return }
                let seed = Simulator.seed(ofRun: i)
                let outcome: Result<Simulator.Report, any Error> = Result { try Simulator.runOnce(seed: seed) }
                tally.lock.lock()
                tally.done += 1
                switch outcome {
                case .success(let r):
                    tally.writes += r.writes
                    tally.exchanges += r.exchanges
                    tally.conflicts += r.conflictsSeen
                    tally.clones += r.clones
                    tally.refusals += r.divergedRefusals
                    if !r.failures.isEmpty { tally.failures.append("seed \(seed): \(r.failures.prefix(3).joined(separator: "; "))") }
                case .failure(let e):
                    tally.failures.append("seed \(seed): error \(e)")
                }
                if tally.done % 1000 == 0 {
                    print("  \(tally.done) seeds, \(fmt(Date().timeIntervalSince(start), 1)) s, \(tally.failures.count) failed")
                }
                tally.lock.unlock()
            }
        }
    }
    group.wait()
    let elapsed = Date().timeIntervalSince(start)
    print("seeds: \(seeds); failed: \(tally.failures.count); time: \(fmt(elapsed, 1)) s (\(fmt(elapsed / Double(max(1, seeds)) * 1000, 1)) ms per seed)")
    print("writes: \(tally.writes); batch exchanges: \(tally.exchanges); records left in conflict at the end: \(tally.conflicts)")
    print("stores copied mid-run: \(tally.clones); copies (or originals) told by the history check: \(tally.refusals)")
    for f in tally.failures.prefix(20) { print("FAILED \(f) (replay: FIELDSYNC_SIM_SEED=… swift test --filter SimulatorTests)") }
    return tally.failures.isEmpty
}
