import ArgumentParser
import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncClient
import FieldSyncCore
import Foundation

struct SyncCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "sync",
        abstract: L(.cmdPushLocalChangesPull),
        discussion: L(.moreSyncExitCodes)) }
    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp(L(.hServerUrlDefaultFieldsync))) var server: String?
    @Option(help: ArgumentHelp(L(.hTokenDefaultFieldsyncConfig))) var token: String?
    @Option(name: .customLong("token-file"), help: ArgumentHelp(L(.hTokenFile))) var tokenFile: String?
    @Option(name: .customLong("batch-size"), help: ArgumentHelp(L(.hRecordsPerRequest))) var batchSize: Int?
    @Option(help: ArgumentHelp(L(.hWireFormat))) var wire = WireFormat.binary.rawValue
    @Option(help: ArgumentHelp(L(.hPemFileCasTrust))) var cacert: String?
    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp(L(.hConnectTimeout))) var connectTimeout = 10
    @Option(help: ArgumentHelp(L(.hSecondsEachRequest))) var timeout = 120
    @Option(name: .customLong("retries"), help: ArgumentHelp(L(.hAttemptsPerStepNetwork))) var retries = 5
    @OptionGroup var output: JSONFlag

    func validate() throws {
        if let batchSize, !(1...5000).contains(batchSize) { throw ValidationError(L(.batchSizeRange, batchSize)) }
        guard retries >= 1 else { throw ValidationError(L(.retriesAtLeastOne)) }
        guard WireFormat(rawValue: wire) != nil else { throw ValidationError(L(.wireFormatChoice, Terminal.clean(wire))) }
    }

    func run() async throws {
        let s = try store.open()
        // A store made before laptops were named: name it now, so others see who wrote what.
        if try s.replica.laptops()[s.replica.info().replicaID.rawValue] == nil { try s.replica.writeLaptop() }
        guard let url = try server ?? s.replica.config("server") else {
            throw CLIError(message: Message(.serverSetRunFieldsync), code: 64)
        }
        guard let u = URL(string: url), ["http", "https"].contains(u.scheme ?? ""), u.host != nil else {
            throw CLIError(message: Message(.serverUrl, ServerURL.shown(url)), code: 64)
        }
        guard let tok = try token ?? tokenFile.map(readToken) ?? s.replica.config("token") else {
            throw CLIError(message: Message(.tokenSetRunFieldsync), code: 64)
        }
        if u.scheme == "http", !isLoopback(u.host ?? "") {
            FileHandle.standardError.write(Data((Terminal.clean(L(.plainHTTPToNonLoopback, ServerURL.shown(url))) + "\n").utf8))
        }
        var options = SyncOptions(server: url, token: tok)
        // Given, it bounds pushes and pull pages alike; by default pushes take 2,000 records and
        // pull pages 5,000.
        if let batchSize { options.batchSize = batchSize }
        options.wire = WireFormat(rawValue: wire) ?? .binary
        options.maxAttempts = retries
        let caFile = try cacert ?? s.replica.config("cacert")
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw CLIError(message: Message(.caFileCannotRead, caFile), code: 64)
        }
        var run = SyncRun(options: options, caFile: caFile)
        run.connectTimeout = connectTimeout
        run.totalTimeout = timeout
        let onTerminal = Platform.isTerminal(2) && !output.json
        let progress: ((SyncSummary, String) -> Void)? = onTerminal ? { summary, phase in
            FileHandle.standardError.write(Data("\r\(L(.syncProgress, L(phase == "push" ? .phasePush : phase == "pull" ? .phasePull : .phaseOther), summary.pushed, summary.pulled))   ".utf8))
        } : nil
        let outcome: SyncRun.Outcome
        do {
            outcome = try await run.run(store: s.replica, storePath: store.path, progress: progress)
            if onTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
        } catch {
            if onTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
            switch error {
            case .rotated(let e, let fresh) where e.code == .reusedDots:
                throw CLIError(message: Message(.storeReusesWriteIds, e.text, fresh), code: 76)
            case .rotated(_, let fresh):
                throw CLIError(message: Message(.storeIsACopy, fresh), code: 76)
            case .failed(let e):
                throw CLIError(message: e.text, code: e.exitCode)
            }
        }
        let summary = outcome.summary
        if outcome.anotherServer {
            FileHandle.standardError.write(Data((L(.anotherServerAtAddress, ServerURL.shown(url)) + "\n").utf8))
        }
        if summary.quarantined > 0 {
            FileHandle.standardError.write(Data((L(.syncQuarantined, summary.quarantined) + "\n").utf8))
        }
        if output.json {
            Output.print(.object([
                ("pushed", .int(Int64(summary.pushed))), ("pulled", .int(Int64(summary.pulled))),
                ("conflicts", .int(Int64(summary.conflicts))), ("server_seq", .int(summary.serverSeq)),
                ("quarantined", .int(Int64(summary.quarantined))),
            ]))
        } else {
            print(L(.syncSummary, summary.pushed, summary.pulled, summary.conflicts, summary.serverSeq))
        }
    }
}

/// A token read from a file, or from standard input for `-`: surrounding whitespace dropped. At
/// most 4 KiB is read (a token is 68 bytes; `--token-file /dev/zero` must not fill the memory).
func readToken(_ path: String) throws -> String {
    let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
    guard let handle, let data = try? handle.read(upToCount: 4097) ?? Data(), data.count <= 4096,
          let text = String(data: data, encoding: .utf8) else {
        throw CLIError(message: Message(.tokenFileCannotRead, path), code: 64)
    }
    let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !token.isEmpty else { throw CLIError(message: Message(.tokenFileEmpty, path), code: 65) }
    return token
}

/// Whether a URL's host is this machine (plain http is fine there).
func isLoopback(_ host: String) -> Bool {
    let h = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
    return h == "localhost" || h == "::1" || h.hasPrefix("127.")
}
