import FieldReplica
import FieldSyncClient
import FieldSyncCore
import Foundation
import FieldSyncWire
import GRDB
import NIOConcurrencyHelpers

/// Counts the bytes a transport sends and receives.
final class CountingTransport: HTTPTransport {
    let inner: any HTTPTransport
    let counts = NIOLockedValueBox((sent: 0, received: 0))
    var sent: Int { counts.withLockedValue { $0.sent } }
    var received: Int { counts.withLockedValue { $0.received } }
    init(_ inner: any HTTPTransport) { self.inner = inner }
    func send(_ exchange: HTTPExchange) throws -> HTTPReply {
        let reply = try inner.send(exchange)
        let wire = (inner as? CurlTransport)?.lastWireBytes ?? reply.body.count
        counts.withLockedValue { $0.sent += exchange.body?.count ?? 0; $0.received += wire }
        return reply
    }
}

/// The seconds an async body takes.
func secondsAwaiting(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// `fieldsync-server` child processes on 127.0.0.1 serving one store: the embedded SQLite file, or
/// a PostgreSQL database (`database`), which several instances may serve at once.
final class BenchServer {
    let binDir: URL
    let db: String
    let database: String?
    var processes: [Process] = []
    var urls: [String] = []
    var url: String { urls.first ?? "" }
    /// Each instance's `--metrics-listen` address (`…/metrics`), in the order of `urls`.
    var metricsURLs: [String] = []

    init(binDir: URL, dir: URL, database: String? = nil) {
        self.binDir = binDir
        db = dir.appendingPathComponent("server.db").path
        self.database = database
    }

    var storeArgs: [String] { database.map { ["--database", $0] } ?? ["--db", db] }

    func run(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = binDir.appendingPathComponent("fieldsync-server")
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CLIBenchError(message: "fieldsync-server \(args.first ?? "") failed (\(p.terminationStatus))") }
        return String(decoding: data, as: UTF8.self)
    }

    private var migrated = false

    /// Applies the PostgreSQL schema once (the embedded store migrates itself).
    func migrate() throws {
        guard database != nil, !migrated else { return }
        _ = try run(["migrate"] + storeArgs)
        migrated = true
    }

    func token(_ name: String, zone: String) throws -> String {
        try migrate()
        return try run(["token", "create"] + storeArgs + ["--name", name, "--role", "commissioner", "--zone", zone])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func start(instances: Int = 1) throws {
        try migrate()
        for _ in 0..<instances {
            let p = Process()
            p.executableURL = binDir.appendingPathComponent("fieldsync-server")
            p.arguments = ["serve"] + storeArgs + ["--port", "0", "--log-level", "error", "--max-body-mb", "64", "--metrics-listen", "127.0.0.1:0"]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            processes.append(p)
            // Two lines, in either order: the main address and the metrics listener's.
            var text = ""
            while !(text.contains("listening on") && text.contains("metrics on") && text.hasSuffix("\n")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            func address(_ marker: String) -> String? {
                guard let line = text.split(separator: "\n").first(where: { $0.contains(marker) }), let r = line.range(of: "http://") else { return nil }
                return String(line[r.lowerBound...].prefix { !$0.isWhitespace })
            }
            guard let url = address("listening on"), let metrics = address("metrics on") else { throw CLIBenchError(message: "server did not start: \(text)") }
            urls.append(url)
            metricsURLs.append(metrics)
        }
    }

    /// A zone's records as the server holds them (`fieldsync-server export`): "table/id" → state.
    func zoneStates(_ zone: String) throws -> [String: RecordState] {
        var out: [String: RecordState] = [:]
        for line in try run(["export"] + storeArgs + ["--zone", zone]).split(separator: "\n") {
            guard let start = line.range(of: "\"record\":") else { continue }
            let record = try FastJSON.decodeRecord(Array(line[start.upperBound..<line.index(before: line.endIndex)].utf8))
            out[record.table + "/" + record.id] = record.state
        }
        return out
    }

    /// The largest peak resident memory of the instances so far, in MB (VmHWM).
    func peakMB() -> Double {
        processes.map { p -> Double in
            guard let status = try? String(contentsOfFile: "/proc/\(p.processIdentifier)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
            else { return 0 }
            return Double(line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) / 1024
        }.max() ?? 0
    }

    func stop() {
        for p in processes where p.isRunning {
            p.terminate()
            p.waitUntilExit()
        }
    }
}

/// Writes `n` enterprises as local changes, 1000 per transaction.
func writeLocal(_ store: Replica, _ n: Int, offset: Int = 0) throws {
    var i = 0
    while i < n {
        try store.transaction { tx in
            for j in i..<min(i + 1000, n) {
                let k = j + offset
                try tx.write(Domain.enterprise, id: UUIDText.random(), [
                    "name": .text("深圳市高新区科技企业第\(k)号有限公司"), "credit_code": .text(CreditCode.make(k)),
                    "industry": .text(["新一代信息技术", "生物医药", "新材料", "高端装备"][k % 4]),
                    "address": .text("高新区科技南路\(k % 300)号\(k % 20)栋"), "contact": .text("王经理 138\(String(format: "%08d", k))"),
                ])
            }
        }
        i += 1000
    }
}

/// A laptop store of `zone` (the token's zone: the server refuses a laptop of another zone).
func laptop(_ dir: URL, _ name: String, server: BenchServer, token: String, zone: String) throws -> Replica {
    let store = try Replica(path: dir.appendingPathComponent("\(name).db").path)
    try store.initialize(name: name, zone: zone)
    try store.setConfig("server", server.url)
    try store.setConfig("token", token)
    return store
}

func syncOnce(_ store: Replica, _ server: BenchServer, _ token: String, counting: CountingTransport? = nil,
              pipeline: Bool = true) async throws -> (Double, SyncSummary) {
    let transport: any HTTPTransport = try counting ?? CurlTransport()
    var summary = SyncSummary()
    var options = SyncOptions(server: server.url, token: token)
    options.pipeline = pipeline
    let t = try await secondsAwaiting {
        summary = try await SyncEngine(store: store, transport: transport, options: options).run()
    }
    return (t, summary)
}

/// Runs `fieldsync sync` as a child and returns (seconds, its peak RSS in MB). The peak is read from
/// the child's own /proc/PID/status (VmHWM, reset at exec) every 50 ms until it exits: wait4's
/// ru_maxrss can include the parent's memory when the child was spawned with a shared address space.
func childSync(_ binDir: URL, db: String, extra: [String] = []) throws -> (Double, Double) {
    let path = binDir.appendingPathComponent("fieldsync").path
    var status: Int32 = 0
    var peakKB = 0
    let t = try seconds {
        let pid = try spawn(path, ["sync", "--db", db] + extra, stdout: nil)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) {
                peakKB = max(peakKB, kb)
            }
            usleep(50_000)
        }
    }
    guard (status >> 8) & 0xff == 0 else { throw CLIBenchError(message: "fieldsync sync of \(db) exited \((status >> 8) & 0xff)") }
    return (t, Double(peakKB) / 1024)
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

func syncOnce(_ store: Replica, _ server: BenchServer, _ token: String, counting: CountingTransport? = nil,
              wire: WireFormat, batchSize: Int) async throws -> (Double, SyncSummary) {
    let transport: any HTTPTransport = try counting ?? CurlTransport()
    var summary = SyncSummary()
    var options = SyncOptions(server: server.url, token: token)
    options.wire = wire
    options.batchSize = batchSize
    let t = try await secondsAwaiting {
        summary = try await SyncEngine(store: store, transport: transport, options: options).run()
    }
    return (t, summary)
}

/// The enterprise records of a laptop, "table/id" → state, for comparing with the server's.
func enterpriseStates(_ store: Replica) throws -> [String: RecordState] {
    try store.allStates().filter { $0.key.hasPrefix("enterprise/") }
}

/// The fastest way SQLite itself takes the same rows into the same table: the `sqlite3` shell's
/// `.import` of a CSV into a store made by this build (same columns, same indexes). Nil when the
/// shell is not installed.
func sqliteImportCeiling(rowsFrom store: Replica, dir: URL) throws -> Double? {
    guard let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
    let target = try Replica(path: dir.appendingPathComponent("ceiling.db").path)
    try target.initialize(name: "ceiling", zone: "ceiling")
    let csv = dir.appendingPathComponent("rows.csv")
    // Every column as the store holds it; blobs as hex text (the same bytes per row, give or take).
    let count: Int = try store.read { db in
        var text = ""
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM enterprise")
        var k = 0
        while let row = try rows.next() {
            text += row.databaseValues.map { (v: DatabaseValue) -> String in
                switch v.storage {
                case .null: return ""
                case .int64(let i): return String(i)
                case .double(let d): return String(d)
                case .string(let t): return "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                case .blob(let b): return b.map { String(format: "%02x", $0) }.joined()
                }
            }.joined(separator: ",") + "\n"
            k += 1
        }
        try text.write(to: csv, atomically: true, encoding: .utf8)
        return k
    }
    let t = try seconds {
        let status = try spawnAndWait(shell, [target.path, "PRAGMA journal_mode=WAL;", "PRAGMA synchronous=NORMAL;", ".mode csv", ".import \(csv.path) enterprise"])
        guard status == 0 else { throw CLIBenchError(message: "sqlite3 .import exited \(status)") }
    }
    let imported = try target.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise") ?? 0 }
    guard imported == count else { throw CLIBenchError(message: "sqlite3 imported \(imported) of \(count) rows") }
    return Double(count) / t
}

/// The same N records A → server → B with another build's `fieldsync` and `fieldsync-server`
/// (`--old-bin DIR`: the previous release's binaries), in the same run. Returns records/s.
func previousBuildRate(records n: Int, oldBin: URL, dir: URL) throws -> Double {
    let oldDir = dir.appendingPathComponent("previous-build")
    try FileManager.default.createDirectory(at: oldDir, withIntermediateDirectories: true)
    let server = BenchServer(binDir: oldBin, dir: oldDir)
    let ta = try server.token("old-a", zone: "e2e"), tb = try server.token("old-b", zone: "e2e")
    try server.start()
    defer { server.stop() }
    let a = try laptop(oldDir, "a", server: server, token: ta, zone: "e2e")
    try writeLocal(a, n)
    let b = try laptop(oldDir, "b", server: server, token: tb, zone: "e2e")
    _ = try childSync(oldBin, db: b.path)
    let (tPush, _) = try childSync(oldBin, db: a.path)
    let (tPull, _) = try childSync(oldBin, db: b.path)
    guard try enterpriseStates(b) == enterpriseStates(a) else { throw CLIBenchError(message: "the previous build did not bring A's records to B") }
    print("  (the previous build: push \(fmt(tPush, 2)) s + pull \(fmt(tPull, 2)) s)")
    return Double(n) / (tPush + tPull)
}

func syncBenchmark(records n: Int, big: Int, oldBin: URL? = nil) async throws {
    print("== sync benchmark (release build, loopback) ==")
    let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = BenchServer(binDir: binDir, dir: dir)
    let ta = try server.token("a", zone: "e2e")
    let tb = try server.token("b", zone: "e2e")
    let tFresh = try server.token("fresh", zone: "e2e")
    let tc = try server.token("c", zone: "e2e-old")
    let td = try server.token("d", zone: "e2e-old")
    let tSmall = try server.token("small", zone: "small")
    let tBig = try server.token("big", zone: "big")
    try server.start()
    defer { server.stop() }
    let batch = SyncProtocol.defaultBatchSize

    // 1. N changed records A → server → B through the CLI (`fieldsync sync`, child processes),
    //    this build's way (protocol 5, binary). B has synced before: an existing laptop.
    let a = try laptop(dir, "a", server: server, token: ta, zone: "e2e")
    try writeLocal(a, n)
    let b = try laptop(dir, "b", server: server, token: tb, zone: "e2e")
    _ = try childSync(binDir, db: b.path)
    let (tPush, rssPush) = try childSync(binDir, db: a.path)
    let (tPull, rssPull) = try childSync(binDir, db: b.path)
    let zone = try server.zoneStates("e2e").filter { $0.key.hasPrefix("enterprise/") }
    guard zone.count == n, try enterpriseStates(a) == zone, try enterpriseStates(b) == zone else {
        throw CLIBenchError(message: "A, B and the server do not hold the same \(n) records")
    }
    let e2eRate = Double(n) / (tPush + tPull)
    // 2. The previous path in the same run, through the same CLI: protocol 4 (JSON), batches of 500.
    let c = try laptop(dir, "c", server: server, token: tc, zone: "e2e-old")
    try writeLocal(c, n)
    let d = try laptop(dir, "d", server: server, token: td, zone: "e2e-old")
    let old = ["--wire", "json", "--batch-size", "500"]
    _ = try childSync(binDir, db: d.path, extra: old)
    let (tPushOld, _) = try childSync(binDir, db: c.path, extra: old)
    let (tPullOld, _) = try childSync(binDir, db: d.path, extra: old)
    guard try enterpriseStates(d).count == n else { throw CLIBenchError(message: "the protocol 4 run did not bring \(n) records to D") }
    let oldRate = Double(n) / (tPushOld + tPullOld)
    // 3. A fresh laptop's first sync of the whole zone, through the CLI (the same checks).
    let fresh = try laptop(dir, "fresh", server: server, token: tFresh, zone: "e2e")
    let (tFirst, rssFirst) = try childSync(binDir, db: fresh.path)
    guard try enterpriseStates(fresh) == zone else { throw CLIBenchError(message: "the fresh laptop does not hold the zone") }
    let firstRate = Double(n) / tFirst
    // Bytes on the wire, in process (a counting transport): the same records once more each way.
    let tBytesA = try server.token("bytes-a", zone: "bytes"), tBytesB = try server.token("bytes-b", zone: "bytes")
    let ba = try laptop(dir, "bytes-a", server: server, token: tBytesA, zone: "bytes")
    try writeLocal(ba, n)
    let bb = try laptop(dir, "bytes-b", server: server, token: tBytesB, zone: "bytes")
    let countA = try CountingTransport(CurlTransport()), countB = try CountingTransport(CurlTransport())
    _ = try await syncOnce(ba, server, tBytesA, counting: countA, wire: .binary, batchSize: batch)
    _ = try await syncOnce(bb, server, tBytesB, counting: countB, wire: .binary, batchSize: batch)
    let tJsonA = try server.token("json-a", zone: "bytes-json")
    let ja = try laptop(dir, "json-a", server: server, token: tJsonA, zone: "bytes-json")
    try writeLocal(ja, n)
    let countC = try CountingTransport(CurlTransport())
    _ = try await syncOnce(ja, server, tJsonA, counting: countC, wire: .json, batchSize: 500)
    // 4. Ceilings: the same rows into the same table by SQLite alone.
    let rows: [[DatabaseValue]] = try b.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM enterprise").map { (row: Row) -> [DatabaseValue] in Array(row.databaseValues) }
    }
    let columns = try b.read { db in try Row.fetchAll(db, sql: "PRAGMA table_info(enterprise)").map { $0["name"] as String } }
    let raw = try Replica(path: dir.appendingPathComponent("raw.db").path)
    let sql = "INSERT INTO enterprise (\(columns.map { "\"\($0)\"" }.joined(separator: ","))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ",")))"
    let tRaw = try seconds {
        var i = 0
        while i < rows.count {
            try raw.write { db in
                let stmt = try db.cachedStatement(sql: sql)
                for r in rows[i..<min(i + batch, rows.count)] {
                    stmt.setUncheckedArguments(StatementArguments(r))
                    try stmt.execute()
                }
            }
            i += batch
        }
    }
    let rawRate = Double(n) / tRaw
    let importRate = try sqliteImportCeiling(rowsFrom: b, dir: dir)
    print("\(n) changed records A → server → B through `fieldsync sync` (protocol 5, binary, pushes of \(batch), pull pages of \(SyncProtocol.defaultPullPageSize)):")
    print("  push \(fmt(tPush, 2)) s + pull \(fmt(tPull, 2)) s = \(fmt(e2eRate)) records/s; A, B and the server hold the same \(n) states; client peak RSS \(fmt(max(rssPush, rssPull), 1)) MB")
    print("  the protocol 4 path (--wire json --batch-size 500), same run:  push \(fmt(tPushOld, 2)) s + pull \(fmt(tPullOld, 2)) s = \(fmt(oldRate)) records/s → \(fmt(e2eRate / oldRate, 2))× faster")
    if let oldBin {
        let previous = try previousBuildRate(records: n, oldBin: oldBin, dir: dir)
        print("  the previous build (\(oldBin.path)), same run, same records:  \(fmt(previous)) records/s → \(fmt(e2eRate / previous, 2))× faster")
    }
    print("a fresh laptop's first sync of the \(n)-record zone (`fieldsync sync`):  \(fmt(tFirst, 2)) s = \(fmt(firstRate)) records/s; same states as the server; peak RSS \(fmt(rssFirst, 1)) MB")
    if let importRate {
        print("ceiling, sqlite3 .import of the same rows into the same table:  \(fmt(importRate)) rows/s → end to end = \(fmt(e2eRate / importRate, 2)) × it, first sync = \(fmt(firstRate / importRate, 2)) × it")
    } else {
        print("ceiling, sqlite3 .import: the sqlite3 shell is not installed")
    }
    print("GRDB loop, one cached statement, the same rows:  \(fmt(rawRate)) rows/s → end to end = \(fmt(e2eRate / rawRate, 2)) × it")
    print("bytes on the wire per record (gzip):  binary push \(fmt(Double(countA.sent + countA.received) / Double(n), 1)), pull \(fmt(Double(countB.sent + countB.received) / Double(n), 1)); JSON push \(fmt(Double(countC.sent + countC.received) / Double(n), 1))")

    // 2. A no-op sync of a big store against a small one (separate zones, both fully synced).
    let small = try laptop(dir, "small", server: server, token: tSmall, zone: "small")
    try writeLocal(small, 1000)
    _ = try await syncOnce(small, server, tSmall)
    let bigStore = try laptop(dir, "big", server: server, token: tBig, zone: "big")
    let tBuild = try seconds { try writeLocal(bigStore, big) }
    print("built a \(big)-record store in \(fmt(tBuild, 1)) s")
    // 3. Syncing all of it: `fieldsync sync` as a child process, its peak memory from wait4.
    let (tBigSync, rss) = try childSync(binDir, db: bigStore.path)
    print("fieldsync sync of \(big) changes: \(fmt(tBigSync, 1)) s, \(fmt(Double(big) / tBigSync)) records/s, client peak RSS \(fmt(rss, 1)) MB, server peak RSS \(fmt(server.peakMB(), 1)) MB")
    var smallTimes: [Double] = []
    var bigTimes: [Double] = []
    for _ in 0..<7 {
        smallTimes.append(try await syncOnce(small, server, tSmall).0)
        bigTimes.append(try await syncOnce(bigStore, server, tBig).0)
    }
    print("no-op sync: \(big) records \(fmt(median(bigTimes) * 1000, 1)) ms, 1000 records \(fmt(median(smallTimes) * 1000, 1)) ms → ratio \(fmt(median(bigTimes) / median(smallTimes), 2))")
    // 4. Ten changes on the big store.
    var tenTimes: [Double] = []
    for round in 0..<5 {
        try writeLocal(bigStore, 10, offset: big + round * 10)
        let (t, s) = try await syncOnce(bigStore, server, tBig)
        guard s.pushed == 10 else { throw CLIBenchError(message: "pushed \(s.pushed), expected 10") }
        tenTimes.append(t)
    }
    print("10 changes on a \(big)-record store: median \(fmt(median(tenTimes) * 1000, 1)) ms (sync engine in-process, loopback)")
    try stageBenchmark(records: n, dir: dir)
}

/// Times no-op syncs of a synced store of `big` records (for profiling the no-op path).
func noopBenchmark(big: Int) async throws {
    let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = BenchServer(binDir: binDir, dir: dir)
    let token = try server.token("big", zone: "big")
    try server.start()
    defer { server.stop() }
    let store = try laptop(dir, "big", server: server, token: token, zone: "big")
    try writeLocal(store, big)
    _ = try await syncOnce(store, server, token)
    var times: [Double] = []
    for _ in 0..<20 { times.append(try await syncOnce(store, server, token).0) }
    print("no-op sync of a \(big)-record store: median \(fmt(median(times) * 1000, 1)) ms")
    if ProcessInfo.processInfo.environment["FIELDSYNC_BENCH_DETAIL"] != nil {
        let cp = try store.checkpoint(server: server.url)
        print("checkpoint", fmt(try seconds { _ = try store.checkpoint(server: server.url) } * 1000, 2), "ms")
        print("changes", fmt(try seconds { _ = try store.changes(after: cp.pushedLocalSeq, limit: 500) } * 1000, 2), "ms")
        print("conflicts", fmt(try seconds { _ = try store.conflictedRecords() } * 1000, 2), "ms")
        print("applyPulled", fmt(try seconds { _ = try store.applyPulled([], server: server.url, upTo: cp.pulledServerSeq) } * 1000, 2), "ms")
        print("info", fmt(try seconds { _ = try store.info() } * 1000, 2), "ms")
    }
}

/// Where a sync's time goes: JSON coding, gzip and the store, per record.
func codecBenchmark() throws {
    let records = remoteEnterprises(20_000)
    let replica = UUIDText.random()
    var encoded: [[UInt8]] = []
    let tEncode = try seconds {
        var i = 0
        while i < records.count {
            encoded.append(try WireCoding.encode(PushRequest(replica: replica, records: Array(records[i..<min(i + 500, records.count)]))))
            i += 500
        }
    }
    var zipped: [[UInt8]] = []
    let tGzip = seconds { zipped = encoded.map { Gzip.compress($0) } }
    let tGunzip = try seconds { for z in zipped { _ = try Gzip.decompress(z, limit: 1 << 26) } }
    let tDecode = try seconds { for e in encoded { _ = try WireCoding.decode(PushRequest.self, from: e) } }
    var fast: [[UInt8]] = []
    let tFastEncode = seconds {
        var i = 0
        while i < records.count {
            fast.append(FastJSON.encode(PushRequest(replica: replica, records: Array(records[i..<min(i + 500, records.count)]))))
            i += 500
        }
    }
    let tFastDecode = try seconds { for e in fast { _ = try FastJSON.decodePush(e) } }
    let tValidate = try seconds { for r in records { _ = try r.validated() } }
    var binary: [[UInt8]] = []
    let tBinaryEncode = seconds {
        var i = 0
        while i < records.count {
            binary.append(BinaryWire.encode(PushRequest(replica: replica, records: Array(records[i..<min(i + 500, records.count)]))))
            i += 500
        }
    }
    let tBinaryDecode = try seconds { for e in binary { _ = try BinaryWire.decodePush(e) } }
    var binaryZipped: [[UInt8]] = []
    let tBinaryGzip = seconds { binaryZipped = binary.map { Gzip.compress($0) } }
    let n = Double(records.count)
    print("per record: binary encode \(fmt(tBinaryEncode / n * 1e6, 1)) µs, decode (validating) \(fmt(tBinaryDecode / n * 1e6, 1)) µs, gzip \(fmt(tBinaryGzip / n * 1e6, 1)) µs; bytes: binary \(fmt(Double(binary.map(\.count).reduce(0, +)) / n, 1)), gzipped \(fmt(Double(binaryZipped.map(\.count).reduce(0, +)) / n, 1)); JSON \(fmt(Double(fast.map(\.count).reduce(0, +)) / n, 1)), gzipped \(fmt(Double(zipped.map(\.count).reduce(0, +)) / n, 1))")
    print("per record: FastJSON encode \(fmt(tFastEncode / n * 1e6, 1)) µs, decode \(fmt(tFastDecode / n * 1e6, 1)) µs (Codable below)")
    print("per record: JSON encode \(fmt(tEncode / n * 1e6, 1)) µs, gzip \(fmt(tGzip / n * 1e6, 1)) µs, gunzip \(fmt(tGunzip / n * 1e6, 1)) µs, JSON decode \(fmt(tDecode / n * 1e6, 1)) µs, validate \(fmt(tValidate / n * 1e6, 1)) µs")
}
