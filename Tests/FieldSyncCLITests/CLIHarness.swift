import FieldReplica
import FieldSyncCore
import Foundation
import Testing

/// Runs the built `fieldsync` binary against a fresh store in a temporary folder.
final class CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
        var object: [String: Any] { (json as? [String: Any]) ?? [:] }
        var array: [[String: Any]] { (json as? [[String: Any]]) ?? [] }
        var line: String { stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    static let binary: URL = {
        // The test bundle sits in the build folder beside the products.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") || dir.path.contains(".xctest/") {
            while dir.path.contains(".xctest") { dir = dir.deletingLastPathComponent() }
        }
        return dir.appendingPathComponent("fieldsync")
    }()

    let dir: URL
    var db: String { dir.appendingPathComponent("field.db").path }
    var now: String?
    /// Keeps a server alive as long as a laptop that syncs with it.
    var server: AnyObject?

    /// - Parameter dir: where the store goes (a fresh temporary folder by default).
    init(now: String? = "2026-05-12T01:00:00Z", dir: URL? = nil) throws {
        self.dir = dir ?? FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: self.dir, withIntermediateDirectories: true)
        self.now = now
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    @discardableResult
    func run(_ args: [String], db: String? = nil, env: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["FIELDSYNC_DB"] = db ?? self.db
        environment["NO_COLOR"] = "1"
        // English unless a test asks for another language: the machine's own locale must not decide.
        for name in ["LC_ALL", "LC_MESSAGES", "FIELDSYNC_LANG"] { environment[name] = nil }
        environment["LANG"] = "C"
        if let now { environment["FIELDSYNC_NOW"] = now }
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Runs and requires success, returning stdout's trimmed text.
    @discardableResult
    func ok(_ args: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try run(args)
        #expect(r.status == 0, "fieldsync \(args.joined(separator: " ")) failed: \(r.stderr)", sourceLocation: sourceLocation)
        return r.line
    }

    /// Runs a command that must be refused: the exit code, one sentence on stderr naming `naming`,
    /// and nothing changed in the store.
    func refused(_ args: [String], exit code: Int32, naming: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try snapshot()
        let r = try run(args)
        #expect(r.status == code, "fieldsync \(args.joined(separator: " ")): exit \(r.status), stderr \(r.stderr)", sourceLocation: sourceLocation)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr should be one sentence: \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(naming), "stderr should name \(naming): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(!r.stderr.contains("Error Domain"), sourceLocation: sourceLocation)
        #expect(try snapshot() == before, "a refused command changed the store", sourceLocation: sourceLocation)
    }

    struct Snapshot: Equatable {
        var seq: Int64
        var states: [String: RecordState]
        var config: [String?]
    }

    /// Every record's state, the change counter and the settings: equal snapshots mean nothing was written.
    func snapshot() throws -> Snapshot? {
        guard FileManager.default.fileExists(atPath: db) else { return nil }
        let store = try Replica(path: db)
        return Snapshot(seq: try store.lastSeq(), states: try store.allStates(), config: try ["server", "token"].map { try store.config($0) })
    }

    var store: Replica { get throws { try Replica(path: db) } }

    /// Writes `text` as a GBK file (as Excel saves a Chinese CSV) in the CLI's folder. - Returns: its path.
    func gbkFile(_ name: String, _ text: String) throws -> String {
        let utf8 = dir.appendingPathComponent("\(name).utf8.csv")
        try Data(text.utf8).write(to: utf8)
        let out = dir.appendingPathComponent("\(name).csv")
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GBK", "-o", out.path, utf8.path]
        try iconv.run()
        iconv.waitUntilExit()
        guard iconv.terminationStatus == 0 else { throw CocoaError(.fileWriteInapplicableStringEncoding) }
        return out.path
    }
}
