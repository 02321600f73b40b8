// fieldsync-bench: prints FieldSync's performance figures, each ratio measured in one run.
//
//   swift run -c release fieldsync-bench store [--records N]
//
// Figures go to stdout; docs/benchmarks.md records them with the command.
import FieldProgramme
import FieldReplica
import FieldSyncClient
import FieldSyncCore
import Foundation
import GRDB

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func tempDir() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

func fmt(_ x: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", x) }

/// 100k realistic enterprise states written on a "remote" replica.
func remoteEnterprises(_ n: Int) -> [WireRecord] {
    let replica = ReplicaID.random()
    let industries = ["新一代信息技术", "生物医药", "新材料", "高端装备制造", "新能源", "人工智能"]
    let districts = ["科技南路", "创业大道", "软件园二期", "高新北一道", "学府路"]
    let surnames = ["张", "李", "王", "刘", "陈", "杨", "赵", "黄"]
    var out: [WireRecord] = []
    out.reserveCapacity(n)
    for i in 0..<n {
        var s = RecordState()
        s.write([
            "name": .text("深圳市\(industries[i % 6].prefix(2))科技第\(i)号有限公司"),
            "credit_code": .text(CreditCode.make(i)),
            "industry": .text(industries[i % 6]),
            "address": .text("高新区\(districts[i % 5])\(i % 300)号\(i % 20)栋"),
            "contact": .text("\(surnames[i % 8])经理 138\(String(format: "%08d", i))"),
            "certifications": .stringSet(i % 3 == 0 ? ["高新技术企业"] : ["科技型中小企业"]),
            "deleted": .bool(false),
        ], by: replica, at: HLC(milliseconds: 1_780_000_000_000 + UInt64(i)))
        out.append(WireRecord(table: "enterprise", id: UUIDText.random(), state: s))
    }
    return out
}

func storeBenchmark(records n: Int) throws {
    print("== store benchmark: \(n) enterprise records (release build) ==")
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let records = remoteEnterprises(n)
    let batch = 500

    // 1. Applying remote states (the pull path), batches of 500, one transaction each.
    func applyRun(_ name: String, history: Bool) throws -> (Double, Replica) {
        let store = try Replica(path: dir.appendingPathComponent("\(name).db").path)
        try store.initialize(name: name, zone: "bench")
        let t = try seconds {
            var i = 0
            while i < records.count {
                try store.apply(Array(records[i..<min(i + batch, records.count)]),
                                options: ApplyOptions(recordHistory: history))
                i += batch
            }
        }
        return (t, store)
    }
    let (applyNew, applied) = try applyRun("apply-a", history: true)

    // 2. The ceiling: raw inserts of exactly the rows the apply produced, same batches, prepared statement.
    let rows: [[DatabaseValue]] = try applied.read { db in
        let all = try Row.fetchAll(db, sql: "SELECT * FROM enterprise")
        return all.map { (row: Row) -> [DatabaseValue] in Array(row.databaseValues) }
    }
    let columns = try applied.read { db in try Row.fetchAll(db, sql: "PRAGMA table_info(enterprise)").map { $0["name"] as String } }
    let raw = try Replica(path: dir.appendingPathComponent("raw.db").path)
    let sql = "INSERT INTO enterprise (\(columns.map { "\"\($0)\"" }.joined(separator: ","))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ",")))"
    let rawTime = try seconds {
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
    let rawRate = Double(n) / rawTime
    print("raw SQLite insert (ceiling):      \(fmt(rawRate)) rows/s   (\(fmt(rawTime, 2)) s)")
    print("apply remote states (new records): \(fmt(Double(n) / applyNew)) records/s   ratio \(fmt(rawTime / applyNew, 2)) × raw")

    // 2b. A second version of every record (an edit made on another laptop): merge + history line.
    let editor = ReplicaID.random()
    let updates = records.map { r -> WireRecord in
        var s = r.state
        s.write(["address": .text("高新区新址\(r.id.prefix(4))号")], by: editor, at: HLC(milliseconds: 1_790_000_000_000))
        return WireRecord(table: r.table, id: r.id, state: s)
    }
    let updateTime = try seconds {
        var i = 0
        while i < updates.count {
            try applied.apply(Array(updates[i..<min(i + batch, updates.count)]))
            i += batch
        }
    }
    print("apply remote edits (merge+history): \(fmt(Double(n) / updateTime)) records/s   ratio \(fmt(rawTime / updateTime, 2)) × raw")

    // 3. Re-applying the same states (a duplicated pull) is a no-op merge per record.
    let reapply = try seconds {
        var i = 0
        while i < records.count {
            try applied.apply(Array(records[i..<min(i + batch, records.count)]))
            i += batch
        }
    }
    print("re-apply (all unchanged):         \(fmt(Double(n) / reapply)) records/s")

    // 4. Local write rate: each write its own transaction (as the CLI does), then 1000 per transaction.
    let local = try Replica(path: dir.appendingPathComponent("local.db").path)
    try local.initialize(name: "local", zone: "bench")
    let single = 5_000
    let tSingle = try seconds {
        for i in 0..<single {
            try local.transaction(author: "bench") { tx in
                try tx.write(Domain.visit, id: UUIDText.random(), [
                    "enterprise": .text(records[i].id), "date": .date(try LocalDate.parse("2026-03-15")),
                    "mode": .text("on-site"), "summary": .text("走访企业，了解研发项目进展与政策需求"), "satisfaction": .integer(5),
                ])
            }
        }
    }
    let grouped = 50_000
    let tGrouped = try seconds {
        var i = 0
        while i < grouped {
            try local.transaction(author: "bench") { tx in
                for j in i..<i + 1000 {
                    try tx.write(Domain.visit, id: UUIDText.random(), [
                        "enterprise": .text(records[j % n].id), "summary": .text("第\(j)次走访"), "satisfaction": .integer(4),
                    ])
                }
            }
            i += 1000
        }
    }
    print("local writes, 1 per transaction:  \(fmt(Double(single) / tSingle)) writes/s")
    print("local writes, 1000 per transaction: \(fmt(Double(grouped) / tGrouped)) writes/s")

    // 5. Sync metadata against data, for the applied records.
    let sizes = try applied.read { db -> (Int, Int) in
        let dataCols = columns.filter { !$0.hasPrefix("_") }
        let dataExpr = dataCols.map { "coalesce(length(CAST(\"\($0)\" AS BLOB)), 0)" }.joined(separator: " + ")
        let data = try Int.fetchOne(db, sql: "SELECT sum(\(dataExpr)) FROM enterprise") ?? 0
        // _vv and _meta blobs, plus _seq and _conflicts (at most 1 byte each at these values).
        let meta = try Int.fetchOne(db, sql: "SELECT sum(length(_vv) + length(_meta) + 2) FROM enterprise") ?? 0
        return (data, meta)
    }
    print("data bytes (id + fields):         \(sizes.0)  (\(sizes.0 / n) per record)")
    print("sync metadata bytes:              \(sizes.1)  (\(sizes.1 / n) per record)")
    print("metadata / data:                  \(fmt(Double(sizes.1) / Double(sizes.0), 3))")
}

/// `fieldsync visit record` as a whole process on a store of 10k enterprises and 100k visits.
func cliBenchmark(runs: Int) throws {
    print("== cli benchmark: fieldsync visit record, 10k enterprises, 100k visits ==")
    let dir = try tempDir()
    let keep = ProcessInfo.processInfo.environment["FIELDSYNC_BENCH_KEEP"] != nil
    defer { if !keep { try? FileManager.default.removeItem(at: dir) } else { print("kept \(dir.path)") } }
    let path = dir.appendingPathComponent("field.db").path
    let store = try Replica(path: path)
    try store.initialize(name: "bench", zone: "bench")
    let commissioner = try store.programme.commissioners.addCommissioner(name: "张伟", phone: nil)
    var enterprises: [String] = []
    let build = try seconds {
        for chunk in 0..<10 {
            try store.transaction { tx in
                for i in chunk * 1000..<(chunk + 1) * 1000 {
                    let id = UUIDText.random()
                    enterprises.append(id)
                    try tx.write(Domain.enterprise, id: id, [
                        "name": .text("高新区企业\(i)号"), "credit_code": .text(CreditCode.make(i)), "commissioner": .text(commissioner),
                    ])
                }
            }
        }
        for chunk in 0..<100 {
            try store.transaction { tx in
                for i in chunk * 1000..<(chunk + 1) * 1000 {
                    try tx.write(Domain.visit, id: UUIDText.random(), [
                        "enterprise": .text(enterprises[i % enterprises.count]), "commissioner": .text(commissioner),
                        "date": .date(try LocalDate.parse("2026-03-15")), "round": .text("2026-1"), "mode": .text("on-site"),
                        "summary": .text("走访第\(i)次"), "satisfaction": .integer(5),
                    ])
                }
            }
        }
    }
    print("built the store in \(fmt(build, 1)) s")
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fieldsync").path
    // `--against PATH`: a second build of fieldsync, run interleaved with this one on the same store,
    // so the ratio between the two comes from one run on a noisy machine.
    var binaries = [("fieldsync", binary)]
    if let i = CommandLine.arguments.firstIndex(of: "--against"), i + 1 < CommandLine.arguments.count {
        let other = CommandLine.arguments[i + 1]
        binaries.append((other, other))
    }
    var times = Array(repeating: [Double](), count: binaries.count)
    for i in 0..<runs {
        for (b, (_, exe)) in binaries.enumerated() {
            let arguments = ["visit", "record", "--db", path, "--enterprise", String(enterprises[i * 37 % enterprises.count].prefix(8)),
                           "--commissioner", String(commissioner.prefix(8)), "--date", "2026-05-\(10 + i % 18)",
                           "--topics", "政策宣讲,资源对接", "--summary", "了解企业研发进展", "--satisfaction", "5"]
            var status: Int32 = 0
            let t = try seconds { status = try spawnAndWait(exe, arguments) }
            guard status == 0 else { throw CLIBenchError(message: "\(exe) exited \(status)") }
            times[b].append(t * 1000)
        }
    }
    var medians: [Double] = []
    for (b, (name, _)) in binaries.enumerated() {
        let sorted = times[b].sorted()
        medians.append(sorted[sorted.count / 2])
        print("\(name) visit record: median \(fmt(sorted[sorted.count / 2], 1)) ms, p90 \(fmt(sorted[sorted.count * 9 / 10], 1)) ms, min \(fmt(sorted[0], 1)) ms over \(runs) runs")
    }
    if medians.count == 2 { print("median ratio (against / this): \(fmt(medians[1] / medians[0], 2))") }
}

struct CLIBenchError: Error { var message: String }

/// Starts `path` with posix_spawn: Foundation's Process adds ~20 ms of run-loop polling per child on
/// Linux, which would be measured as FieldSync's time. stdout and stderr go to the files given, or
/// are inherited when nil.
func spawn(_ path: String, _ arguments: [String], stdout: String? = "/dev/null", stderr: String? = nil) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let stdout { posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    if let stderr { posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for a in argv { free(a) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard rc == 0 else { throw CLIBenchError(message: "cannot start \(path): error \(rc)") }
    return pid
}

/// Runs `path` to completion and returns its exit code.
func spawnAndWait(_ path: String, _ arguments: [String]) throws -> Int32 {
    let pid = try spawn(path, arguments)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xff
}

let args = CommandLine.arguments.dropFirst()
let command = args.first ?? "store"
var records = 100_000
if let i = args.firstIndex(of: "--records"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]) {
    records = n
}
do {
    switch command {
    case "store": try storeBenchmark(records: records)
    case "cli": try cliBenchmark(runs: 41)
    case "report": try reportBenchmark()
    case "dashboard":
        var n = 200
        if let i = args.firstIndex(of: "--requests"), args.index(after: i) < args.endIndex, let v = Int(args[args.index(after: i)]), v > 0 { n = v }
        try await dashboardBenchmark(requests: n)
    case "noop": try await noopBenchmark(big: records)
    case "codec": try codecBenchmark()
    case "storesize": try storeSizeBenchmark(records: args.contains("--records") ? records : 20_000)
    case "admission":
        var count = 16
        if let i = args.firstIndex(of: "--pushes"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]), n > 0 { count = n }
        try admissionBenchmark(count: count)
    case "stages":
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try stageBenchmark(records: records, dir: dir)
    case "load":
        var replicas = 200, changes = 100, zoneSize = 2
        if let i = args.firstIndex(of: "--zone-size"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]), n > 0 { zoneSize = n }
        if let i = args.firstIndex(of: "--replicas"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]), n > 0 { replicas = n }
        if let i = args.firstIndex(of: "--changes"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]), n > 0 { changes = n }
        var database: String?
        var instances = 1
        if let i = args.firstIndex(of: "--database"), args.index(after: i) < args.endIndex { database = args[args.index(after: i)] }
        if let i = args.firstIndex(of: "--instances"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]), n > 0 { instances = n }
        var clientNice = 0
        if let i = args.firstIndex(of: "--client-nice"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]), (0...19).contains(n) { clientNice = n }
        // --compare: the embedded store first, then the database, in one run.
        if args.contains("--compare"), database != nil {
            let embedded = try loadBenchmark(replicas: replicas, changes: changes, zoneSize: zoneSize, clientNice: clientNice)
            let postgres = try loadBenchmark(replicas: replicas, changes: changes, zoneSize: zoneSize, database: database, instances: instances, clientNice: clientNice)
            if !(embedded && postgres) { exit(1) }
        } else if try !loadBenchmark(replicas: replicas, changes: changes, zoneSize: zoneSize, database: database, instances: instances, clientNice: clientNice) {
            exit(1)
        }
    case "simulate":
        var seeds = 10_000, jobs = 2
        if let i = args.firstIndex(of: "--seeds"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]), n > 0 { seeds = n }
        if let i = args.firstIndex(of: "--jobs"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]), n > 0 { jobs = n }
        if try !simulateSweep(seeds: seeds, jobs: jobs) { exit(1) }
    case "sync":
        var big = 1_000_000
        if let i = args.firstIndex(of: "--big"), args.index(after: i) < args.endIndex, let n = Int(args[args.index(after: i)]) { big = n }
        var oldBin: URL?
        if let i = args.firstIndex(of: "--old-bin"), args.index(after: i) < args.endIndex { oldBin = URL(fileURLWithPath: args[args.index(after: i)]) }
        try await syncBenchmark(records: records, big: big, oldBin: oldBin)
    default:
        FileHandle.standardError.write(Data("unknown benchmark \"\(command)\"; try: store, storesize, cli, sync, report, dashboard, noop, codec, simulate, load, admission, stages\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
