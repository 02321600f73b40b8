import FieldSyncCore
import FieldSyncWire
import ArgumentParser

import FieldSyncServer
import FieldSyncServerLegacy
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOCore
import Logging
import NIOSSL
import ServiceLifecycle

@main
struct ServerCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "fieldsync-server",
        abstract: S(.srvAbstract),
        version: FieldSyncVersion.text,
        subcommands: [Serve.self, Token.self, Record.self, Migrate.self, MigrateStore.self, Export.self]) }

    static func main() async {
        Platform.restrictNewFiles()
        // Help and messages in the reader's language (LC_ALL, LC_MESSAGES, LANG; English by default).
        Lang.current = Lang.fromEnvironment(ProcessInfo.processInfo.environment)
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let e as ServerError {
            FileHandle.standardError.write(Data("fieldsync-server: \(e.message)\n".utf8))
            // 65: a bad value; 78 (EX_CONFIG): a store to migrate or a newer one (systemd does not
            // restart into it); 74: the store failed.
            Foundation.exit(e.code == .unknownID || e.code == .invalidValue ? 65 : e.code == .notInitialized ? 78 : 74)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else {
                print(helpInReadersLanguage(fullMessage(for: error)))
                Foundation.exit(0)
            }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
            FileHandle.standardError.write(Data("fieldsync-server: \(message)\n".utf8))
            Foundation.exit(code.rawValue)
        }
    }
}

/// A sentence of the server command in the reader's language.
func S(_ key: MessageKey, _ args: String...) -> String { Message(key, arguments: args).localized }

/// argument-parser's headings said in the reader's language.
func helpInReadersLanguage(_ text: String) -> String {
    guard Lang.current == .zh else { return text }
    var out = text
    for key in [MessageKey.srvApUsage, .srvApArguments, .srvApOptions, .srvApSubcommands, .srvApOverview, .srvApShowHelp, .srvApShowVersion,
                .srvApSeeHelp, .srvApDefault] {
        out = out.replacingOccurrences(of: key.en, with: key.zh)
    }
    // Each group's footer names its own command.
    if let re = try? NSRegularExpression(pattern: #"See 'fieldsync-server help ([^'<]+) <subcommand>' for detailed help\."#) {
        for m in re.matches(in: out, range: NSRange(out.startIndex..., in: out)).reversed() {
            guard let whole = Range(m.range, in: out), let group = Range(m.range(at: 1), in: out) else { continue }
            out.replaceSubrange(whole, with: Message(.srvApSeeHelpFor, String(out[group])).render(.zh))
        }
    }
    return out
}

/// Which store: the embedded SQLite file (`--db`, the default) or PostgreSQL (`--database`).
struct DBOption: ParsableArguments {
    @Option(help: ArgumentHelp(S(.srvHDb)))
    var db: String?
    @Option(help: ArgumentHelp(S(.srvHDatabase)))
    var database: String?
    @Option(name: .customLong("database-password-file"), help: ArgumentHelp(S(.srvHPasswordFile)))
    var passwordFile: String?

    func validate() throws {
        if db != nil && database != nil { throw ValidationError("--db and --database name two stores; give one.") }
    }

    var path: String { db ?? ProcessInfo.processInfo.environment["FIELDSYNC_SERVER_DB"] ?? "fieldsync-server.db" }

    /// The PostgreSQL location, when the store is PostgreSQL.
    func postgres() throws -> PostgresLocation? {
        let env = ProcessInfo.processInfo.environment
        let fromEnv = db == nil && database == nil ? env["FIELDSYNC_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 } : nil
        guard let url = database ?? fromEnv else { return nil }
        var location = try PostgresLocation(url: url, passwordAllowed: database == nil)
        if let passwordFile {
            guard let data = FileManager.default.contents(atPath: passwordFile), data.count <= 4096 else {
                throw ValidationError("--database-password-file \(passwordFile) cannot be read (or is over 4 KiB).")
            }
            location.password = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        } else if let password = env["FIELDSYNC_DATABASE_PASSWORD"] {
            location.password = password
        }
        return location
    }

    /// Opens the store; a PostgreSQL store must be at this build's schema (see `migrate`).
    func open(logger: Logger, runsItself: Bool = true) async throws -> any ServerStore {
        if let location = try postgres() {
            // The schema is checked on a connection of its own, before anything listens.
            let probe = PostgresServerStore(location: location, logger: logger)
            do { try await probe.checkSchema() } catch {
                await probe.shutdown()
                throw error
            }
            if runsItself { return probe }
            await probe.shutdown()
            return PostgresServerStore(location: location, logger: logger, runsItself: false)
        }
        return try SQLiteServerStore(path: path)
    }

    /// Opens the store, runs `body`, closes it.
    func with<T>(_ body: (any ServerStore) async throws -> T) async throws -> T {
        var logger = Logger(label: "fieldsync-server")
        logger.logLevel = .warning
        let store = try await open(logger: logger)
        do {
            let value = try await body(store)
            await store.shutdown()
            return value
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

struct Serve: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: S(.srvServe)) }
    @OptionGroup var db: DBOption
    @Option var host = "127.0.0.1"
    @Option(help: ArgumentHelp(S(.srvHPort))) var port = 8080
    @Option(name: .customLong("max-body-mb"), help: ArgumentHelp(S(.srvHMaxBody))) var maxBodyMB = 32
    @Option(name: .customLong("log-level")) var logLevel = "info"
    @Option(name: .customLong("max-concurrent-pushes"), help: ArgumentHelp(S(.srvHMaxPushes))) var maxConcurrentPushes = 8
    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp(S(.srvHIdle))) var idleTimeout = 30
    @Option(name: .customLong("metrics-listen"), help: ArgumentHelp(S(.srvHMetricsListen)))
    var metricsListen: String?
    @Option(name: .customLong("body-timeout"), help: ArgumentHelp(S(.srvHBodyTimeout))) var bodyTimeout = 60
    @Option(name: .customLong("tls-cert"), help: ArgumentHelp(S(.srvHTlsCert))) var tlsCert: String?
    @Option(name: .customLong("tls-key"), help: ArgumentHelp(S(.srvHTlsKey))) var tlsKey: String?

    func validate() throws {
        switch (tlsCert, tlsKey) {
        case (nil, nil), (.some, .some): break
        case (.some, nil): throw ValidationError("--tls-cert needs --tls-key.")
        case (nil, .some): throw ValidationError("--tls-key needs --tls-cert.")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("unknown --log-level '\(logLevel)' (trace, debug, info, notice, warning, error, critical).")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port number (0–65535).") }
        guard maxConcurrentPushes > 0 else { throw ValidationError("--max-concurrent-pushes \(maxConcurrentPushes) must be positive.") }
        guard maxBodyMB > 0 else { throw ValidationError("--max-body-mb \(maxBodyMB) must be positive.") }
        if let metricsListen { _ = try Self.loopbackAddress(metricsListen) }
        guard bodyTimeout > 0 else { throw ValidationError("--body-timeout \(bodyTimeout) must be positive.") }
    }

    func run() async throws {
        var logger = Logger(label: "fieldsync-server")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        // Read the certificate before opening the store, so a bad file changes nothing.
        let tls = try tlsCert.flatMap { cert in try tlsKey.map { try TLSFiles(cert: cert, key: $0).configuration() } }
        let store = try await db.open(logger: logger, runsItself: false)
        var services: [any Service] = []
        if let pg = store as? PostgresServerStore {
            // The pool runs beside the HTTP server (its schema was checked on opening).
            services.append(pg.service)
        }
        var server = SyncServer(store: store, logger: logger)
        server.maxWireBytes = maxBodyMB * 1024 * 1024
        server.maxBodyBytes = maxBodyMB * 1024 * 1024
        server.maxConcurrentPushes = maxConcurrentPushes
        server.bodyDeadline = .seconds(bodyTimeout)
        let scheme = tls == nil ? "http" : "https"
        if tls == nil && !["127.0.0.1", "::1", "localhost"].contains(host) {
            logger.warning("serving plain HTTP on a non-loopback address; put a TLS reverse proxy in front or pass --tls-cert/--tls-key", metadata: ["host": "\(host)"])
        }
        let host = self.host
        let announce: @Sendable (Int?) -> Void = { port in
            FileHandle.standardOutput.write(Data("fieldsync-server listening on \(scheme)://\(host):\(port ?? 0)\n".utf8))
        }
        let configuration = ApplicationConfiguration(address: .hostname(host, port: port), serverName: "fieldsync-server")
        // A connection that sends nothing (half a header, then silence) is closed, so idle
        // sockets cannot pile up until /health itself cannot be served.
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(Int64(idleTimeout)))
        let router = server.router()
        let app: any Service
        if let tls {
            app = Application(
                router: router, server: try .tls(.http1(configuration: http1), tlsConfiguration: tls),
                configuration: configuration, onServerRunning: { announce($0.localAddress?.port) }, logger: logger)
        } else {
            app = Application(
                router: router, server: .http1(configuration: http1), configuration: configuration, onServerRunning: { announce($0.localAddress?.port) }, logger: logger)
        }
        // One service group: SIGTERM/SIGINT stop the HTTP server first (the batch in flight
        // finishes), then the database client.
        // Requests in flight finish within the store's deadline; a shutdown that still takes longer
        // than 8 s is escalated to cancellation, so SIGTERM stops the instance within 10 s.
        if let metricsListen {
            let (metricsHost, metricsPort) = try Self.loopbackAddress(metricsListen)
            services.append(Application(
                router: server.metricsRouter(), server: .http1(configuration: http1),
                configuration: ApplicationConfiguration(address: .hostname(metricsHost, port: metricsPort), serverName: "fieldsync-server"),
                onServerRunning: { channel in
                    FileHandle.standardOutput.write(Data("fieldsync-server metrics on http://\(metricsHost):\(channel.localAddress?.port ?? 0)/metrics\n".utf8))
                }, logger: logger))
        }
        var groupConfiguration = ServiceGroupConfiguration(services: services + [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(8)
        let group = ServiceGroup(configuration: groupConfiguration)
        try await group.run()
        await store.shutdown()
    }
}

extension Serve {
    /// `HOST:PORT` of the metrics listener: a loopback host only (metrics say who syncs how much).
    static func loopbackAddress(_ text: String) throws -> (String, Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            throw ValidationError("--metrics-listen \(text) is not HOST:PORT.")
        }
        let host = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard SyncRequestContext.isLoopback(host) || host == "localhost" else {
            throw ValidationError("--metrics-listen \(text) is not a loopback address (127.0.0.1, ::1): metrics are served without a token there.")
        }
        return (host, port)
    }
}

/// The server's certificate and key, read and checked before anything listens.
struct TLSFiles {
    let cert: String
    let key: String

    func configuration() throws -> TLSConfiguration {
        for (flag, path) in [("--tls-cert", cert), ("--tls-key", key)] where !FileManager.default.isReadableFile(atPath: path) {
            throw ValidationError("\(flag) \(path) cannot be read.")
        }
        let chain: [NIOSSLCertificate]
        do { chain = try NIOSSLCertificate.fromPEMFile(cert) } catch {
            throw ValidationError("--tls-cert \(cert) is not a PEM certificate.")
        }
        guard !chain.isEmpty else { throw ValidationError("--tls-cert \(cert) holds no certificate.") }
        let privateKey: NIOSSLPrivateKey
        do { privateKey = try NIOSSLPrivateKey(file: key, format: .pem) } catch {
            throw ValidationError("--tls-key \(key) is not a PEM private key.")
        }
        var config = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        config.minimumTLSVersion = .tlsv12
        // TLS 1.2 suites: forward-secret (ECDHE) and AEAD only; TLS 1.3's suites all are.
        config.cipherSuites = [
            "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
            "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
        ].joined(separator: ":")
        do {
            // Building the context checks that the key belongs to the certificate.
            _ = try NIOSSLContext(configuration: config)
        } catch {
            throw ValidationError("--tls-key \(key) does not match the certificate in \(cert).")
        }
        return config
    }
}

struct Token: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: S(.srvToken), subcommands: [Create.self, List.self, Revoke.self, Rebind.self]) }

    struct Create: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: S(.srvTokenCreate)) }
        @OptionGroup var db: DBOption
        @Option(help: ArgumentHelp(S(.srvHTokenName))) var name: String
        @Option(help: ArgumentHelp(S(.srvHRole))) var role: String
        @Option var zone = "default"
        @Option(name: .customLong("takes-over"), help: ArgumentHelp(S(.srvHTakesOver)))
        var takesOver: String?
        func run() async throws {
            print(try await db.with { try await $0.createToken(name: name, role: role, zone: zone, takingOver: takesOver) })
        }
    }

    struct List: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: S(.srvTokenList)) }
        @OptionGroup var db: DBOption
        func run() async throws {
            for t in try await db.with({ try await $0.listTokens() }) {
                print([t.name, t.role, t.zone, t.replica ?? "-", t.createdAt, t.revokedAt.map { "revoked \($0)" } ?? "active"].joined(separator: "\t"))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: S(.srvTokenRevoke)) }
        @OptionGroup var db: DBOption
        @Argument var name: String
        func run() async throws { try await db.with { try await $0.revokeToken(name: name) } }
    }

    struct Rebind: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: S(.srvTokenRebind),
            discussion: S(.srvDiscussion1)) }
        @OptionGroup var db: DBOption
        @Argument var name: String
        func run() async throws { try await db.with { try await $0.allowRebind(token: name) } }
    }
}

/// The office's repair of a stored record no laptop can keep (issue 24, item 2; docs/security.md).
struct Record: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: S(.srvRecord),
        discussion: S(.srvDiscussion2),
        subcommands: [Show.self, Purge.self]) }

    /// The record named on the command line, checked before the store is opened.
    struct Target: ParsableArguments {
        @Argument(help: ArgumentHelp(S(.srvHRecordTable, Domain.all.map(\.name).joined(separator: ", ")))) var table: String
        @Argument(help: ArgumentHelp(S(.srvHRecordId))) var id: String
        @Option(help: ArgumentHelp(S(.srvHZone))) var zone = "default"

        func validate() throws {
            guard Domain.type(named: table) != nil else {
                throw ValidationError(S(.srvNoTable, Terminal.inert(table, limit: 64), Domain.all.map(\.name).joined(separator: ", ")))
            }
            guard UUIDText.isValid(id) else {
                throw ValidationError(S(.srvNotRecordID, Terminal.inert(id, limit: 64)))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: S(.srvRecordShow)) }
        @OptionGroup var db: DBOption
        @OptionGroup var target: Target
        @Flag(help: ArgumentHelp(S(.srvHShowJson))) var json = false

        func run() async throws {
            let now = Date()
            guard let view = try await db.with({ try await $0.storedRecord(zone: target.zone, table: target.table, id: target.id) }) else {
                throw ServerError(.unknownID, Message(.repairNoRecord, target.zone, target.table, target.id))
            }
            let problems = RecordRepair.problems(of: view.record, now: now)
            if json {
                struct Repair: Encodable { var at, by, reason, action: String; var seq: Int64 }
                struct Shown: Encodable {
                    var zone, table, id: String
                    var seq: Int64
                    var origin: String?
                    var record: WireRecord
                    var problems: [String]
                    var repairs: [Repair]
                }
                let shown = Shown(zone: target.zone, table: view.record.table, id: view.record.id, seq: view.seq,
                                  origin: view.origin.isEmpty ? nil : view.origin, record: view.record, problems: problems.map(\.english),
                                  repairs: view.repairs.map { Repair(at: $0.at, by: $0.by, reason: $0.reason, action: $0.action, seq: $0.seq) })
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(shown), as: UTF8.self))
                return
            }
            print(Self.lines(view, zone: target.zone, problems: problems).joined(separator: "\n"))
        }

        /// The record as a person reads it: every field's entries with their write and stamp,
        /// values escaped (a stored NUL or escape sequence is shown, never obeyed).
        static func lines(_ view: StoredRecordView, zone: String, problems: [Message]) -> [String] {
            let r = view.record
            var out = ["\(r.table)/\(r.id)  zone \(Terminal.inert(zone, limit: 256))  seq \(view.seq)  origin \(view.origin.isEmpty ? "-" : view.origin)"]
            out.append("vv " + r.state.vv.counters.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue):\($0.value)" }.joined(separator: " "))
            for name in r.state.fields.keys.sorted() {
                out.append(Terminal.inert(name, limit: 128))
                for e in r.state.fields[name] ?? [] {
                    let stamp = Instant.format(Date(timeIntervalSince1970: Double(min(e.hlc.milliseconds, 253_402_300_799_000)) / 1000))
                    out.append("  \(e.dot)  \(stamp)  \(Terminal.inert(e.value.description, limit: 256))")
                }
            }
            out.append(problems.isEmpty ? S(.srvBreaksNoRule) : S(.srvBreaksRules, String(problems.count)))
            out += problems.map { "  - " + Terminal.inert($0.localized) }
            for rep in view.repairs {
                out.append(S(rep.action == "delete" ? .srvDeletedAt : .srvRepairedAt, rep.at, Terminal.inert(rep.by, limit: 128), String(rep.seq),
                             Terminal.inert(rep.reason, limit: 512)))
            }
            return out
        }
    }

    struct Purge: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: S(.srvRecordPurge)) }
        @OptionGroup var db: DBOption
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp(S(.srvHBy))) var by: String
        @Option(help: ArgumentHelp(S(.srvHReason))) var reason: String
        @Flag(help: ArgumentHelp(S(.srvHDelete))) var delete = false

        func validate() throws {
            for (name, value) in [("--by", by), ("--reason", reason)] {
                let t = value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !t.isEmpty, t.count <= 512, !t.unicodeScalars.contains(where: Terminal.needsEscape) else {
                    throw ValidationError(S(.srvPlainText, name, Terminal.inert(value, limit: 64)))
                }
            }
        }

        func run() async throws {
            let outcome = try await db.with {
                try await $0.repair(zone: target.zone, table: target.table, id: target.id, by: by, reason: reason, deleting: delete, now: Date())
            }
            print(S(delete ? .srvPurgeDeleted : .srvPurgeRepaired, "\(outcome.after.table)/\(outcome.after.id)", String(outcome.seq), String(outcome.problems.count)))
            for p in outcome.problems { print("  - " + Terminal.inert(p.localized)) }
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: S(.srvMigrate)) }
    @OptionGroup var db: DBOption

    func run() async throws {
        guard let location = try db.postgres() else {
            let store = try SQLiteServerStore(path: db.path)
            await store.shutdown()
            print("\(db.path): server schema \(ServerSchemaSQL.sqlite.count), up to date")
            return
        }
        var logger = Logger(label: "fieldsync-server")
        logger.logLevel = .warning
        let store = PostgresServerStore(location: location, logger: logger)
        do {
            let applied = try await store.migrate()
            let (version, _) = try await store.schemaVersion()
            print(applied.isEmpty ? "\(location.redacted): server schema \(version), up to date"
                                  : "\(location.redacted): applied \(applied.joined(separator: ", ")); server schema \(version)")
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

struct MigrateStore: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "migrate-store",
        abstract: S(.srvMigrateStore),
        discussion: S(.srvDiscussion3)) }
    @Option(help: ArgumentHelp(S(.srvHFrom))) var from: String
    @Option(help: ArgumentHelp(S(.srvHTo))) var to: String
    @Option(name: .customLong("database-password-file"), help: ArgumentHelp(S(.srvHTargetPasswordFile))) var passwordFile: String?

    func run() async throws {
        var logger = Logger(label: "fieldsync-server")
        logger.logLevel = .warning
        guard FileManager.default.fileExists(atPath: from) else { throw ValidationError("--from \(from) does not exist.") }
        let source: any ServerStoreSource
        if try SQLiteServerStore.isLegacy(path: from) {
            source = try LegacyServerStore(path: from)
        } else {
            source = try SQLiteServerStore(path: from)
        }
        let target: any ServerStoreImport
        var newFile: String?
        if to.hasPrefix("postgres://") || to.hasPrefix("postgresql://") {
            let options = try DBOption.parse(["--database", to] + (passwordFile.map { ["--database-password-file", $0] } ?? []))
            guard let location = try options.postgres() else { throw ValidationError("--to \(to) is not a database URL.") }
            let pg = PostgresServerStore(location: location, logger: logger)
            do { try await pg.checkSchema() } catch {
                await pg.shutdown()
                throw error
            }
            target = pg
        } else {
            guard !FileManager.default.fileExists(atPath: to) else { throw ValidationError("--to \(to) already exists; migrate-store copies into a new store only.") }
            target = try SQLiteServerStore(path: to)
            newFile = to
        }
        do {
            let report = try await ServerStoreCopy.copy(from: source, to: target)
            print("copied \(report.tokens) tokens, \(report.replicas) replicas, \(report.zones) zones, \(report.records) records, \(report.versions) versions")
            await target.shutdown()
            await source.shutdown()
        } catch {
            await target.shutdown()
            await source.shutdown()
            // A new file half filled is removed (run again); a database is left for the operator
            // to drop and recreate (it was empty before).
            if let newFile {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: newFile + suffix) }
            }
            throw error
        }
    }
}

struct Export: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: S(.srvExport)) }
    @OptionGroup var db: DBOption
    @Option var zone: String
    @Option(help: ArgumentHelp(S(.srvHAfter))) var after: Int64 = 0

    func run() async throws {
        try await db.with { store in
            var after = self.after
            while true {
                let page = try await store.export(zone: zone, after: after, limit: 5000)
                guard let last = page.last else { break }
                for r in page {
                    print("{\"seq\":\(r.seq),\"record\":\(String(decoding: FastJSON.encode(r.record), as: UTF8.self))}")
                }
                after = last.seq
            }
        }
    }
}
