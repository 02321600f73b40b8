import FieldReplica
import FieldSyncWire
import GRDB
import FieldSyncServer
import FieldSyncClient
import FieldSyncCore
import Foundation
import Testing

/// Starts the real `fieldsync-server` binary on 127.0.0.1 (a free port it picks and prints), and
/// stops it with SIGTERM when dropped.
///
/// The store is the embedded SQLite file, or — when `FIELDSYNC_TEST_STORE=postgres` and
/// `FIELDSYNC_TEST_PG` names a throwaway cluster (`scripts/postgres.sh start`) — a fresh PostgreSQL
/// database per server, migrated, and dropped afterwards. `scripts/test.sh` runs the server suites
/// once with each, the same tests.
final class ServerProcess {
    static let binary = CLI.binary.deletingLastPathComponent().appendingPathComponent("fieldsync-server")
    let dir: URL
    let db: String
    /// The PostgreSQL database's URL, when the store is PostgreSQL.
    let database: String?
    /// The cluster the database is on (dropped from it afterwards).
    let base: String?
    var process: Process?
    private(set) var url = ""

    /// The cluster's base URL when the tests run on PostgreSQL.
    static var postgresBase: String? {
        let env = ProcessInfo.processInfo.environment
        guard env["FIELDSYNC_TEST_STORE"] == "postgres" else { return nil }
        return env["FIELDSYNC_TEST_PG"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// - Parameters:
    ///   - postgres: PostgreSQL or the embedded store (default: as the run asks).
    ///   - cluster: the PostgreSQL cluster's base URL (default: the run's, `FIELDSYNC_TEST_PG`).
    init(store postgres: Bool? = nil, cluster: String? = nil) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        db = dir.appendingPathComponent("server.db").path
        self.base = cluster ?? ((postgres ?? (Self.postgresBase != nil)) ? Self.postgresBase : nil)
        if let base {
            let name = "fs_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try Self.psql(base, "CREATE DATABASE \(name)")
            database = "\(base)/\(name)"
            let m = try Self.run(["migrate", "--database", "\(base)/\(name)"])
            guard m.status == 0 else { throw CLIError("migrate failed: \(m.stderr)") }
        } else {
            database = nil
        }
    }

    deinit {
        stop()
        for p in extra where p.isRunning {
            p.terminate()
            p.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: dir)
        if let database, let base, let name = database.split(separator: "/").last {
            try? Self.psql(base, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    /// Runs one statement with `psql` on the cluster's `postgres` database.
    /// With `database`, `base` is a database's own URL.
    static func psql(_ base: String, _ sql: String, database: Bool = false) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["psql", database ? base : "\(base)/postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c", sql]
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CLIError("psql failed: \(String(decoding: e, as: UTF8.self))") }
    }

    /// Writes `record` into the zone's store as it is, with the zone's next sequence and no rule
    /// applied: a record stored before the value rule and the caps (by an older server), for the
    /// office's repair (`fieldsync-server record`). The record must already be stored.
    func plant(_ record: WireRecord, zone: String = "高新区") throws {
        let body = BinaryWire.encode(record)
        if let database {
            let hex = body.map { String(format: "%02x", $0) }.joined()
            let z = zone.replacingOccurrences(of: "'", with: "''")
            try Self.psql(database, """
                UPDATE record SET body = '\\x\(hex)'::bytea, origin = '', seq = (SELECT next_seq FROM zone WHERE name = '\(z)')
                WHERE id = '\(record.id)' AND zone_id = (SELECT id FROM zone WHERE name = '\(z)');
                UPDATE zone SET next_seq = next_seq + 1 WHERE name = '\(z)';
                """, database: true)
        } else {
            let q = try DatabaseQueue(path: db)
            defer { try? q.close() }
            try q.write { db in
                guard let key = UUIDText.bytes(record.id) else { throw CLIError("not a UUID: \(record.id)") }
                try db.execute(sql: """
                    UPDATE record SET body = ?, origin = '', seq = (SELECT next_seq FROM zone WHERE name = ?)
                    WHERE id = ? AND zone_id = (SELECT id FROM zone WHERE name = ?)
                    """, arguments: [Data(body), zone, Data(key), zone])
                guard db.changesCount == 1 else { throw CLIError("no stored record \(record.id) to plant over") }
                try db.execute(sql: "UPDATE zone SET next_seq = next_seq + 1 WHERE name = ?", arguments: [zone])
            }
        }
    }

    /// The arguments that name this server's store.
    var storeArgs: [String] { database.map { ["--database", $0] } ?? ["--db", db] }

    /// Runs `fieldsync-server token create` and returns the token.
    func token(_ name: String, role: String = "commissioner", zone: String = "高新区") throws -> String {
        let r = try Self.run(["token", "create"] + storeArgs + ["--name", name, "--role", role, "--zone", zone])
        #expect(r.status == 0, "token create failed: \(r.stderr)")
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func revoke(_ name: String) throws {
        let r = try Self.run(["token", "revoke"] + storeArgs + [name])
        #expect(r.status == 0)
    }

    /// A `fieldsync-server` command on this server's store.
    func command(_ args: [String]) throws -> CLI.Result {
        try Self.run(args + storeArgs)
    }

    /// Further instances serving the same store (PostgreSQL), started by ``startInstance()``.
    var extra: [Process] = []

    /// Starts one more instance on the same store; returns its URL.
    func startInstance(log: URL? = nil) throws -> (Process, String) {
        let (p, url) = try Self.launch(["serve"] + storeArgs + ["--host", "127.0.0.1", "--port", "0", "--log-level", "warning"], log: log)
        extra.append(p)
        return (p, url)
    }

    /// Starts `fieldsync-server` with `args` and waits until it prints its address; its stderr
    /// (the log) goes to `log` when given.
    static func launch(_ args: [String], log: URL? = nil) throws -> (Process, String) {
        var args = args
        // Every instance a test serves has a metrics listener (on the main address /metrics needs
        // an admin token): tests read it to wait for pushes and count answers.
        let metrics = args.first == "serve" && !args.contains("--metrics-listen")
        if metrics { args += ["--metrics-listen", "127.0.0.1:0"] }
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        if let log {
            FileManager.default.createFile(atPath: log.path, contents: nil)
            p.standardError = try FileHandle(forWritingTo: log)
        } else {
            p.standardError = FileHandle.nullDevice
        }
        try p.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        func ready() -> Bool {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            return lines.contains { $0.contains("listening on") } && (!metrics || lines.contains { $0.contains("metrics on") })
        }
        while !ready(), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first(where: { $0.contains("listening on") }),
              let range = line.range(of: "https://") ?? line.range(of: "http://") else { throw CLIError("the server did not start: \(text)") }
        let url = String(line[range.lowerBound...].prefix { !$0.isWhitespace })
        if let m = text.split(separator: "\n").first(where: { $0.contains("metrics on") }), let r = m.range(of: "http://") {
            MetricsBook.shared.set(url, String(m[r.lowerBound...].prefix { !$0.isWhitespace }))
        }
        return (p, url)
    }

    static func run(_ args: [String]) throws -> CLI.Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        // English, as the laptops' harness: the machine's own locale must not decide.
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "FIELDSYNC_LANG"] { environment[name] = nil }
        environment["LANG"] = "C"
        p.environment = environment
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLI.Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Starts the server and waits until it prints its address.
    func start(extra: [String] = [], log: URL? = nil) throws {
        let (p, url) = try Self.launch(["serve"] + storeArgs + ["--host", "127.0.0.1", "--port", "0", "--log-level", "warning"] + extra, log: log)
        process = p
        self.url = url
    }

    /// SIGTERM, and wait.
    func stop() {
        guard let p = process, p.isRunning else { return }
        p.terminate()
        p.waitUntilExit()
        process = nil
    }

    /// SIGKILL: no chance to finish anything.
    func kill() {
        guard let p = process, p.isRunning else { return }
        Foundation.kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        process = nil
    }

    /// The zone's records as the server holds them, read back with `fieldsync-server export`
    /// (either store; while the server runs or after): "table/id" → state.
    func zoneStates(_ zone: String = "高新区") throws -> [String: RecordState] {
        let r = try command(["export", "--zone", zone])
        guard r.status == 0 else { throw CLIError("export failed: \(r.stderr)") }
        var out: [String: RecordState] = [:]
        for line in r.stdout.split(separator: "\n") {
            guard let start = line.range(of: "\"record\":") else { throw CLIError("export printed \(line)") }
            let record = try FastJSON.decodeRecord(Array(line[start.upperBound..<line.index(before: line.endIndex)].utf8))
            out[record.table + "/" + record.id] = record.state
        }
        return out
    }

    /// The ids of one table in the zone, sorted.
    func zoneIDs(_ type: RecordType, zone: String = "高新区") throws -> [String] {
        try zoneStates(zone).keys.filter { $0.hasPrefix(type.name + "/") }.map { String($0.dropFirst(type.name.count + 1)) }.sorted()
    }

    /// Whether the server's store is sound: SQLite's integrity check of the embedded file (PostgreSQL
    /// keeps its own), and every stored record of the zone readable.
    func zoneIntegrity(_ zone: String = "高新区") throws -> Bool {
        if database == nil, FileManager.default.fileExists(atPath: db) {
            var config = Configuration()
            config.readonly = true
            let q = try DatabaseQueue(path: db, configuration: config)
            defer { try? q.close() }
            guard try q.read({ try String.fetchOne($0, sql: "PRAGMA integrity_check") }) == "ok" else { return false }
        }
        return (try? zoneStates(zone)) != nil
    }

    /// A raw request to the server (for hostile-input tests).
    func send(_ method: String, _ path: String, token: String?, schema: String? = String(SyncProtocol.schemaVersion), replica: String? = UUIDText.random(),
              body: [UInt8]? = nil, gzip: Bool = false, headers extra: [(String, String)] = []) throws -> HTTPReply {
        var h: [(String, String)] = extra
        if let token { h.append(("Authorization", "Bearer \(token)")) }
        if let schema { h.append(("FieldSync-Schema", schema)) }
        if let replica { h.append(("FieldSync-Replica", replica)) }
        if gzip { h.append(("Content-Encoding", "gzip")) }
        // The identity headers a laptop sends, unless the test gives its own: a key per replica id,
        // the push history as this harness saw it confirmed, a fresh push id per push.
        func given(_ name: String) -> Bool { extra.contains { $0.0.lowercased() == name.lowercased() } }
        let me = replica ?? ""
        if !given(SyncProtocol.replicaKeyHeader) { h.append((SyncProtocol.replicaKeyHeader, Self.key(of: me))) }
        let head = heads[me] ?? ReplicaHistory.genesis
        if !given(SyncProtocol.historyHeader) { h.append((SyncProtocol.historyHeader, head)) }
        var pushID: String?
        if method == "POST" && !given(SyncProtocol.pushIDHeader) {
            pushID = String(SHA256.hex(UUIDText.random()).prefix(32))
            h.append((SyncProtocol.pushIDHeader, pushID ?? ""))
        }
        let reply = try CurlTransport().send(HTTPExchange(method: method, url: url + path, headers: h, body: body))
        if reply.status == 200, let pushID, !given(SyncProtocol.historyHeader) { heads[me] = ReplicaHistory.advance(head, by: pushID) }
        return reply
    }

    /// A raw push of `records` as `replica` with `token`, in either body form: the status and the
    /// answer's text (for hostile-input tests).
    func push(_ records: [WireRecord], as replica: ReplicaID, token: String, wire: WireFormat = .binary) throws -> (status: Int, text: String) {
        let request = PushRequest(replica: replica.rawValue, records: records)
        let reply = try send("POST", "/v1/push", token: token, replica: replica.rawValue,
                             body: wire == .binary ? BinaryWire.encode(request) : FastJSON.encode(request),
                             headers: [("Content-Type", wire == .binary ? BinaryWire.mediaType : "application/json")])
        return (reply.status, String(decoding: reply.body, as: UTF8.self))
    }

    /// Pushes this server has answered 200 so far, read from its `/metrics` (served to loopback).
    static func pushesAnswered(_ url: String) throws -> Int {
        let reply = try CurlTransport().send(HTTPExchange(method: "GET", url: try metricsURL(url), headers: []))
        let text = String(decoding: reply.body, as: UTF8.self)
        let line = text.split(separator: "\n").first { $0.hasPrefix(#"fieldsync_requests_total{route="push",status="200"}"#) }
        return line.flatMap { $0.split(separator: " ").last.flatMap { Int($0) } } ?? 0
    }

    /// Waits until the server at `url` has answered `count` pushes (the condition a test that kills
    /// something "mid-sync" waits on, rather than a guessed time), or `timeout` passed.
    static func waitForPushes(_ url: String, atLeast count: Int, timeout: Double = 60) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try pushesAnswered(url) < count {
            guard Date() < deadline else { throw CLIError("the server answered fewer than \(count) pushes in \(Int(timeout)) s") }
            Thread.sleep(forTimeInterval: 0.01)  // polling a condition, not guessing a moment
        }
    }

    /// The metrics address of the instance serving at `url` (its `--metrics-listen`).
    static func metricsURL(_ url: String) throws -> String {
        guard let m = MetricsBook.shared.get(url) else { throw CLIError("no metrics listener is known for \(url)") }
        return m
    }

    /// The push history heads of the replicas this harness pushed as.
    var heads: [String: String] = [:]

    /// The replica key this harness sends for a replica id.
    static func key(of replica: String) -> String { SHA256.hex("test-key:" + replica) }
}

/// Each test server's metrics address, by its main address.
final class MetricsBook: @unchecked Sendable {
    static let shared = MetricsBook()
    private let lock = NSLock()
    private var urls: [String: String] = [:]
    func set(_ url: String, _ metrics: String) { lock.withLock { urls[url] = metrics } }
    func get(_ url: String) -> String? { lock.withLock { urls[url] } }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

extension CLI {
    /// A laptop store set up against `server` with `token`.
    static func laptop(_ name: String, server: ServerProcess, token: String, now: String? = nil) throws -> CLI {
        let cli = try CLI(now: now)
        cli.server = server
        try cli.ok("init", "--replica-name", name, "--zone", "高新区")
        try cli.ok("config", "set", "server", server.url)
        try cli.ok("config", "set", "token", token)
        return cli
    }

    /// Starts `fieldsync sync` on this laptop's store as a child process and returns it running
    /// (to be killed, or waited for). Its stdout is dropped; stderr goes to `stderr` when given.
    func startSync(_ extra: [String] = [], stderr: Pipe? = nil) throws -> Process {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["sync", "--db", db] + extra
        p.standardOutput = FileHandle.nullDevice
        p.standardError = stderr ?? FileHandle.nullDevice
        try p.run()
        return p
    }

    @discardableResult
    func sync(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let r = try run(["sync", "--json"])
        #expect(r.status == 0, "sync failed: \(r.stderr)", sourceLocation: sourceLocation)
        return r.object
    }
}
