import ArgumentParser
import FieldStore
import FieldSyncClient
import FieldSyncCore
import Foundation

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Push local changes and pull the office's, in resumable batches.",
        discussion: """
            Exit codes: 0 done (conflicts are data, not failure), 69 server unreachable, 75 another sync holds the
            lock or the server is busy, 76 protocol/schema mismatch or reused dots, 77 not authorised.
            """)
    @OptionGroup var store: StoreOptions
    @Option(help: "The server URL (default: `fieldsync config set server`).") var server: String?
    @Option(help: "The token (default: `fieldsync config set token`).") var token: String?
    @Option(name: .customLong("batch-size"), help: "Records per request.") var batchSize = SyncProtocol.defaultBatchSize
    @Option(help: "A PEM file of CAs to trust instead of the system store (an office's own CA).") var cacert: String?
    @Option(name: .customLong("connect-timeout")) var connectTimeout = 10
    @Option(help: "Seconds for each request.") var timeout = 120
    @Option(name: .customLong("retries"), help: "Attempts per step on network errors and 5xx.") var retries = 5
    @OptionGroup var output: JSONFlag

    func validate() throws {
        guard (1...5000).contains(batchSize) else { throw ValidationError("--batch-size must be 1 to 5000, not \(batchSize).") }
        guard retries >= 1 else { throw ValidationError("--retries must be at least 1.") }
    }

    func run() throws {
        let s = try store.open()
        guard let url = try server ?? s.config("server") else {
            throw CLIError(message: "No server is set; run `fieldsync config set server URL` or pass --server.", code: 64)
        }
        guard let u = URL(string: url), ["http", "https"].contains(u.scheme ?? ""), u.host != nil else {
            throw CLIError(message: "\"\(url)\" is not a server URL.", code: 64)
        }
        guard let tok = try token ?? s.config("token") else {
            throw CLIError(message: "No token is set; run `fieldsync config set token TOKEN` or pass --token.", code: 64)
        }
        let lock: SyncLock
        do {
            lock = try SyncLock(storePath: store.path)
        } catch let e as SyncError {
            throw CLIError(message: e.message, code: e.exitCode)
        }
        defer { withExtendedLifetime(lock) {} }
        var options = SyncOptions(server: url, token: tok)
        options.batchSize = batchSize
        options.maxAttempts = retries
        let caFile = try cacert ?? s.config("cacert")
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw CLIError(message: "The CA file \(caFile) cannot be read.", code: 64)
        }
        let transport = try CurlTransport(connectTimeout: connectTimeout, totalTimeout: timeout, caFile: caFile)
        let engine = SyncEngine(store: s, transport: transport, options: options)
        let onTerminal = isatty(2) == 1 && !output.json
        if onTerminal {
            engine.progress = { summary, phase in
                FileHandle.standardError.write(Data("\r同步 syncing: \(phase) ↑\(summary.pushed) ↓\(summary.pulled)   ".utf8))
            }
        }
        let summary: SyncSummary
        do {
            summary = try engine.run()
            if onTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
            try s.markAttempt(server: options.server, succeeded: true, error: nil)
        } catch let e as SyncError {
            if onTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
            try? s.markAttempt(server: options.server, succeeded: false, error: e.message)
            if e.code == .reusedDots {
                let fresh = try s.rotateReplicaID(server: options.server)
                throw CLIError(message: "This store reuses write ids the server already holds with other content (was it restored from a backup?): \(e.message) It now has a new replica id \(fresh); run sync again.", code: 76)
            }
            throw CLIError(message: e.message, code: e.exitCode)
        }
        if output.json {
            Output.print(.object([
                ("pushed", .int(Int64(summary.pushed))), ("pulled", .int(Int64(summary.pulled))),
                ("conflicts", .int(Int64(summary.conflicts))), ("server_seq", .int(summary.serverSeq)),
            ]))
        } else {
            print("pushed \(summary.pushed), pulled \(summary.pulled), conflicts \(summary.conflicts), server at \(summary.serverSeq)")
        }
    }
}
