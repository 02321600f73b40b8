import FieldReplica
import FieldSyncClient
import FieldSyncCore
import Foundation
import Testing

/// Network faults and crashes, against the real server: repeated syncs converge with no
/// duplicates and no lost writes. `FIELDSYNC_CRASH_TRIALS=200` runs more crash trials.
@Suite(.serialized)
struct FaultTests {
    static func laptopStore(_ name: String, _ server: ServerProcess, _ token: String) throws -> (CLI, Replica) {
        let cli = try CLI.laptop(name, server: server, token: token)
        return (cli, try cli.store)
    }

    @discardableResult
    static func write(_ store: Replica, _ n: Int, from k: Int) throws -> [String] {
        try store.transaction { tx in
            try (k..<k + n).map { i in
                let id = UUIDText.random()
                try tx.write(Domain.enterprise, id: id, ["name": .text("企业\(i)号"), "credit_code": .text(CreditCode.make(i))])
                return id
            }
        }
    }

    /// Syncs until a run completes (a fault may fail a run), at most `attempts` runs.
    static func syncUntilDone(_ store: Replica, _ transport: any HTTPTransport, _ server: ServerProcess, _ token: String) async throws -> Int {
        var options = SyncOptions(server: server.url, token: token)
        options.batchSize = 40
        options.maxAttempts = 2
        options.baseDelay = 0.001
        var last = ""
        for attempt in 1...60 {
            do {
                _ = try await SyncEngine(store: store, transport: transport, options: options, sleep: { _ in }).run()
                return attempt
            } catch let e as SyncError {
                last = e.message
                continue
            }
        }
        throw CLIError("sync never completed: \(last)")
    }

    @Test(arguments: [
        ("drop", FaultyTransport.Faults(drop: 0.3)),
        ("delay", FaultyTransport.Faults(delay: 0.5)),
        ("duplicate", FaultyTransport.Faults(duplicate: 0.4)),
        ("reorder", FaultyTransport.Faults(replayEarlier: 0.4)),
        ("truncate after commit", FaultyTransport.Faults(truncateAfterCommit: 0.3)),
        ("everything", FaultyTransport.Faults(drop: 0.15, delay: 0.15, duplicate: 0.15, replayEarlier: 0.15, truncateAfterCommit: 0.15)),
    ])
    func repeatedSyncsConvergeUnderNetworkFaults(name: String, faults: FaultyTransport.Faults) async throws {
        let server = try ServerProcess()
        let ta = try server.token("甲")
        let tb = try server.token("乙")
        try server.start()
        let (ca, a) = try Self.laptopStore("甲的笔记本", server, ta)
        let (cb, b) = try Self.laptopStore("乙的笔记本", server, tb)
        // The CLI objects own the stores' folders: keep them until the end.
        defer { withExtendedLifetime((ca, cb)) {} }
        let fa = FaultyTransport(try CurlTransport(), faults: faults, seed: 11)
        let fb = FaultyTransport(try CurlTransport(), faults: faults, seed: 29)
        var k = 0
        for round in 0..<4 {
            try Self.write(a, 120, from: k)
            try Self.write(b, 80, from: k + 120)
            k += 200
            // Both edit one shared record concurrently (same field) once it exists everywhere.
            if round > 0, let shared = try a.ids(Domain.enterprise).first {
                try a.transaction { tx in try tx.write(Domain.enterprise, id: shared, ["contact": .text("甲写的联系人\(round)")]) }
                try b.transaction { tx in try tx.write(Domain.enterprise, id: shared, ["contact": .text("乙写的联系人\(round)")]) }
            }
            _ = try await Self.syncUntilDone(a, fa, server, ta)
            _ = try await Self.syncUntilDone(b, fb, server, tb)
        }
        _ = try await Self.syncUntilDone(a, fa, server, ta)
        let hub = try server.zoneStates()
        // 800 records plus the two laptops' own `laptop` records (their names).
        #expect(hub.count == 802, "\(name): the server holds \(hub.count) records, expected 800 + 2 laptops (no duplicates, none lost)")
        #expect(hub.keys.filter { $0.hasPrefix("laptop/") }.count == 2)
        #expect(try a.allStates() == hub, "\(name): replica A differs from the server")
        #expect(try b.allStates() == hub, "\(name): replica B differs from the server")
        let injected = fa.injected.values.reduce(0, +) + fb.injected.values.reduce(0, +)
        #expect(injected > 0, "\(name): no fault was injected")
    }

    @Test func killingTheClientOrTheServerMidSyncLosesNothing() throws {
        let trials = ProcessInfo.processInfo.environment["FIELDSYNC_CRASH_TRIALS"].flatMap(Int.init) ?? 4
        var rng = SystemRandomNumberGenerator()
        let server = try ServerProcess()
        let token = try server.token("甲")
        try server.start()
        let cli = try CLI.laptop("甲的笔记本", server: server, token: token)
        let store = try cli.store
        var written = 0
        for trial in 0..<trials {
            let trialIDs = try Self.write(store, 1500, from: written)
            written += 1500
            let p = try cli.startSync(["--batch-size", "50", "--retries", "1"])
            // A random point of the 30 batches: after the server answered 0…20 of this trial's pushes.
            let before = try ServerProcess.pushesAnswered(server.url)
            try ServerProcess.waitForPushes(server.url, atLeast: before + Int.random(in: 0...20, using: &rng))
            let killServer = trial % 2 == 1
            if killServer { server.kill() } else { kill(p.processIdentifier, SIGKILL) }
            p.waitUntilExit()
            #expect(try store.integrityOK(), "trial \(trial): client store damaged")
            #expect(try server.zoneIntegrity(), "trial \(trial): server store damaged")
            if killServer {
                try server.start()
                try cli.ok("config", "set", "server", server.url)
            }
            try cli.sync()
            // Only this trial's records are compared field by field (earlier trials' were checked
            // in their turn), so trials cost the same however many came before; counts cover all.
            let hubStates = try server.zoneStates()
            let held = try server.zoneIDs(Domain.enterprise)
            #expect(held.count == written, "trial \(trial): server has \(held.count) of \(written)")
            #expect(Set(held).count == held.count, "trial \(trial): duplicate ids on the server")
            #expect(try store.ids(Domain.enterprise) == held, "trial \(trial): replica and server hold different records")
            let mine = try store.states(Domain.enterprise, ids: trialIDs)
            #expect(mine.count == trialIDs.count, "trial \(trial): the replica lost its own writes")
            let wanted = Set(trialIDs)
            let theirs = hubStates.filter { $0.key.hasPrefix("enterprise/") && wanted.contains(String($0.key.dropFirst(11))) }
            #expect(Dictionary(uniqueKeysWithValues: theirs.map { (String($0.key.dropFirst(11)), $0.value) }) == mine, "trial \(trial): replica differs from the server")
        }
    }
}

/// Many laptops syncing at the same moment against one server (the full 200-replica run is
/// `fieldsync-bench load`; this is its small sibling in every CI run).
@Suite(.serialized)
struct LoadTests {
    @Test func twelveLaptopsSyncingAtOnceAllSucceedAndConverge() throws {
        let server = try ServerProcess()
        try server.start()
        var laptops: [(CLI, Replica)] = []
        for i in 0..<12 {
            let token = try server.token("专员\(i)")
            laptops.append(try FaultTests.laptopStore("笔记本\(i)", server, token))
            try FaultTests.write(laptops[i].1, 25, from: i * 25)
        }
        for round in 1...2 {
            let runs = try laptops.map { cli, _ -> (Process, Pipe) in
                let err = Pipe()
                return (try cli.startSync(stderr: err), err)
            }
            for (i, (p, err)) in runs.enumerated() {
                let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                p.waitUntilExit()
                #expect(p.terminationStatus == 0, "round \(round), laptop \(i): \(message)")
            }
        }
        #expect(try server.zoneIDs(Domain.enterprise).count == 12 * 25)
        let states = try server.zoneStates()
        for (i, (_, store)) in laptops.enumerated() {
            #expect(try store.allStates() == states, "laptop \(i) differs from the server")
        }
    }
}
