import FieldReplica
import FieldSyncClient
import FieldSyncCore
import FieldSyncServer
import Foundation

/// The server's request-duration histogram (its `--metrics-listen` address, `…/metrics`): route →
/// cumulative counts per bucket bound.
func serverHistogram(_ metricsURL: String) throws -> [String: [(Double, Int)]] {
    let reply = try CurlTransport().send(HTTPExchange(method: "GET", url: metricsURL, headers: []))
    var out: [String: [(Double, Int)]] = [:]
    for line in String(decoding: reply.body, as: UTF8.self).split(separator: "\n") where line.hasPrefix("fieldsync_request_seconds_bucket{") {
        // fieldsync_request_seconds_bucket{route="push",le="0.01"} 42
        let parts = line.split(separator: "\"")
        guard parts.count >= 5, let count = Int(parts[4].split(separator: " ").last ?? "") else { continue }
        let bound = parts[3] == "+Inf" ? Double.infinity : Double(parts[3]) ?? .infinity
        out[String(parts[1]), default: []].append((bound, count))
    }
    return out
}

/// "p50 ≤ X ms, p99 ≤ Y ms" per route from the histogram's growth between two readings (bucket
/// upper bounds: the true value is at most the figure printed).
func latencySummary(before: [String: [(Double, Int)]], after: [String: [(Double, Int)]]) -> String {
    after.keys.sorted().map { route in
        let now = after[route] ?? []
        let then = before[route] ?? []
        let delta = now.enumerated().map { i, b in (b.0, b.1 - (i < then.count ? then[i].1 : 0)) }
        let total = delta.last?.1 ?? 0
        func pct(_ q: Double) -> String {
            guard total > 0, let b = delta.first(where: { Double($0.1) >= q * Double(total) }) else { return "-" }
            return b.0.isInfinite ? "> 10 s" : "≤ \(fmt(b.0 * 1000)) ms"
        }
        return "\(route): \(total) requests, p50 \(pct(0.5)), p99 \(pct(0.99))"
    }.joined(separator: "; ")
}

/// `replicas` laptops (each its own store and token) write `changes` records each, then all run
/// `fieldsync sync` at the same moment against one server — twice: the first round pushes everyone's
/// changes (and pulls what is there), the second pulls what the others pushed. Laptops are grouped
/// `zoneSize` to a zone (a zone's laptops share everything; zones share nothing), so each pulls
/// (zoneSize − 1) × changes records. Every run must exit 0, and afterwards every replica must be
/// identical to its zone on the server. Prints p50/p99 per round.
///
/// With `database` (a PostgreSQL URL) the server store is PostgreSQL and `instances` servers serve
/// it at once; laptop i syncs through instance i mod `instances`.
///
/// `clientNice` > 0 runs the laptops' processes at that nice level: on one 2-core machine, 200
/// client processes otherwise take the CPU the server's own figures are meant to measure (in the
/// field, laptops are other machines).
func loadBenchmark(replicas: Int, changes: Int, zoneSize: Int, database: String? = nil, instances: Int = 1, clientNice: Int = 0) throws -> Bool {
    let zoneSize = min(max(1, zoneSize), replicas)
    let zoneCount = (replicas + zoneSize - 1) / zoneSize
    func zone(_ i: Int) -> String { "高新区-\(i / zoneSize)" }
    let storeName = database == nil ? "embedded SQLite, 1 instance" : "PostgreSQL, \(instances) instance(s)"
    let niceNote = clientNice > 0 ? "; laptops at nice \(clientNice)" : ""
    print("== load: \(replicas) replicas × \(changes) changes, \(zoneCount) zone(s) of \(zoneSize), all syncing at once (\(storeName)\(niceNote); release build) ==")
    let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = BenchServer(binDir: binDir, dir: dir, database: database)
    var tokens: [String] = []
    let setup = try seconds {
        for i in 0..<replicas { tokens.append(try server.token("专员\(i)", zone: zone(i))) }
        try server.start(instances: database == nil ? 1 : max(1, instances))
        for i in 0..<replicas {
            // Each store is opened, filled and closed again: 200 open pools would be 200 sets of files.
            let store = try laptop(dir, "r\(i)", server: server, token: tokens[i], zone: zone(i))
            try store.setConfig("server", server.urls[i % server.urls.count])
            try writeLocal(store, changes, offset: i * changes)
        }
    }
    defer { server.stop() }
    print("setup (tokens, \(replicas) stores, \(replicas * changes) local writes): \(fmt(setup, 1)) s")

    let fieldsync = binDir.appendingPathComponent("fieldsync").path
    var failures: [String] = []
    var total = 0.0
    for round in ["1: push all + pull", "2: pull the rest"] {
        let histogramBefore = try combinedHistogram(server.metricsURLs)
        let (wall, latencies, bad) = try concurrentSyncs(fieldsync, dir: dir, count: replicas, nice: clientNice)
        let histogramAfter = try combinedHistogram(server.metricsURLs)
        total += wall
        failures += bad.map { "round \(round): \($0)" }
        let sorted = latencies.sorted()
        func pct(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        print("round \(round): \(replicas) syncs in \(fmt(wall, 2)) s; per sync p50 \(fmt(pct(0.5) * 1000)) ms, p99 \(fmt(pct(0.99) * 1000)) ms, max \(fmt((sorted.last ?? 0) * 1000)) ms; failed: \(bad.count)")
        print("  server side, per request: \(latencySummary(before: histogramBefore, after: histogramAfter))")
    }
    print("total sync time (both rounds): \(fmt(total, 2)) s; server peak RSS \(fmt(server.peakMB(), 1)) MB")

    // Convergence: every replica equals its zone on the server, which holds every write once.
    var differing = 0
    var records = 0
    let check = try seconds {
        for z in 0..<zoneCount {
            let hubStates = try server.zoneStates(zone(z * zoneSize))
            records = max(records, hubStates.count)
            let members = (z * zoneSize)..<min(replicas, (z + 1) * zoneSize)
            let enterprises = hubStates.keys.filter { $0.hasPrefix("enterprise/") }.count
            if enterprises != members.count * changes {
                failures.append("zone \(z) holds \(enterprises) enterprises, expected \(members.count * changes)")
            }
            for i in members {
                let store = try Replica(path: dir.appendingPathComponent("r\(i).db").path)
                if try store.allStates() != hubStates { differing += 1 }
                if try !store.integrityOK() { failures.append("replica \(i) fails integrity_check") }
            }
        }
    }
    if differing > 0 { failures.append("\(differing) replicas differ from the server") }
    print("convergence: \(replicas - differing) of \(replicas) replicas identical to their zone on the server (up to \(records) records each, read back with `fieldsync-server export`; checked in \(fmt(check, 1)) s)")
    for f in failures.prefix(20) { print("FAILED \(f)") }
    return failures.isEmpty
}

/// The request-duration histograms of several instances, added up.
func combinedHistogram(_ urls: [String]) throws -> [String: [(Double, Int)]] {
    var total: [String: [(Double, Int)]] = [:]
    for url in urls {
        for (route, buckets) in try serverHistogram(url) {
            if let have = total[route], have.count == buckets.count {
                total[route] = zip(have, buckets).map { ($0.0, $0.1 + $1.1) }
            } else {
                total[route] = buckets
            }
        }
    }
    return total
}

/// Starts `fieldsync sync --json` on every store at once and reaps them as they finish.
/// Returns the wall time of the whole round, each run's own time, and the runs that failed.
func concurrentSyncs(_ fieldsync: String, dir: URL, count: Int, nice: Int = 0) throws -> (Double, [Double], [String]) {
    var started: [pid_t: (Int, UInt64)] = [:]
    var latencies: [Double] = []
    var failed: [String] = []
    let t0 = DispatchTime.now().uptimeNanoseconds
    for i in 0..<count {
        let db = dir.appendingPathComponent("r\(i).db").path
        let command = nice > 0 ? ["/usr/bin/nice", "-n", String(nice), fieldsync] : [fieldsync]
        let pid = try spawn(command[0], Array(command.dropFirst()) + ["sync", "--db", db, "--json"], stdout: dir.appendingPathComponent("r\(i).out").path,
                            stderr: dir.appendingPathComponent("r\(i).err").path)
        started[pid] = (i, DispatchTime.now().uptimeNanoseconds)
    }
    while !started.isEmpty {
        var status: Int32 = 0
        let pid = waitpid(-1, &status, 0)
        guard pid > 0, let (i, start) = started.removeValue(forKey: pid) else {
            if pid < 0 { break }
            continue
        }
        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        let code = (status >> 8) & 0xff
        if code != 0 {
            let err = (try? String(contentsOf: dir.appendingPathComponent("r\(i).err"), encoding: .utf8)) ?? ""
            failed.append("replica \(i) exited \(code): \(err.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
    return (Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9, latencies, failed)
}
