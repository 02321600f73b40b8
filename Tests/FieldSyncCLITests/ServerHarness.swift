import FieldStore
import FieldSyncServer
import FieldSyncClient
import FieldSyncCore
import Foundation
import Testing

/// Starts the real `fieldsync-server` binary on 127.0.0.1 (a free port it picks and prints), and
/// stops it with SIGTERM when dropped.
final class ServerProcess {
    static let binary = CLI.binary.deletingLastPathComponent().appendingPathComponent("fieldsync-server")
    let dir: URL
    let db: String
    var process: Process?
    private(set) var url = ""

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        db = dir.appendingPathComponent("server.db").path
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: dir)
    }

    /// Runs `fieldsync-server token create` and returns the token.
    func token(_ name: String, role: String = "commissioner", zone: String = "高新区") throws -> String {
        let r = try Self.run(["token", "create", "--db", db, "--name", name, "--role", role, "--zone", zone])
        #expect(r.status == 0, "token create failed: \(r.stderr)")
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func revoke(_ name: String) throws {
        let r = try Self.run(["token", "revoke", "--db", db, name])
        #expect(r.status == 0)
    }

    static func run(_ args: [String]) throws -> CLI.Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
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
    func start(extra: [String] = []) throws {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["serve", "--db", db, "--host", "127.0.0.1", "--port", "0", "--log-level", "warning"] + extra
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        process = p
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n"), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: "https://") ?? text.range(of: "http://") else { throw CLIError("the server did not start: \(text)") }
        url = String(text[range.lowerBound...].prefix { !$0.isWhitespace })
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

    /// The zone store's state, read directly (after stopping or while running: WAL allows it).
    func zoneStates(_ zone: String = "高新区") throws -> [String: RecordState] {
        let base = (db as NSString).deletingPathExtension
        let file = SQLiteServerStore.zoneFile(base: base, zone: zone)
        guard FileManager.default.fileExists(atPath: file) else { return [:] }
        return try ReplicaStore(path: file).allStates()
    }

    func zoneIntegrity(_ zone: String = "高新区") throws -> Bool {
        try zoneStore(zone).integrityOK()
    }

    /// The zone's store file, opened directly (WAL lets it be read while the server runs).
    func zoneStore(_ zone: String = "高新区") throws -> ReplicaStore {
        let base = (db as NSString).deletingPathExtension
        return try ReplicaStore(path: SQLiteServerStore.zoneFile(base: base, zone: zone))
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

    /// The push history heads of the replicas this harness pushed as.
    var heads: [String: String] = [:]

    /// The replica key this harness sends for a replica id.
    static func key(of replica: String) -> String { SHA256.hex("test-key:" + replica) }
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
