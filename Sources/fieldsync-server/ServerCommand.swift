import FieldSyncCore
import ArgumentParser
import FieldStore
import FieldSyncServer
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOCore
import Logging
import NIOSSL

@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fieldsync-server",
        abstract: "FieldSync's central sync server.",
        version: FieldSyncVersion.text,
        subcommands: [Serve.self, Token.self])

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let e as StoreError {
            FileHandle.standardError.write(Data("fieldsync-server: \(e.message)\n".utf8))
            Foundation.exit(e.code == .unknownID || e.code == .invalidValue ? 65 : 74)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
            FileHandle.standardError.write(Data("fieldsync-server: \(message)\n".utf8))
            Foundation.exit(code.rawValue)
        }
    }
}

struct DBOption: ParsableArguments {
    @Option(help: "The server's store (default: $FIELDSYNC_SERVER_DB or ./fieldsync-server.db).")
    var db: String?
    var path: String { db ?? ProcessInfo.processInfo.environment["FIELDSYNC_SERVER_DB"] ?? "fieldsync-server.db" }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the sync API (GET /health when ready); SIGTERM finishes the batch in flight and stops.")
    @OptionGroup var db: DBOption
    @Option var host = "127.0.0.1"
    @Option(help: "0 picks a free port; the chosen one is printed.") var port = 8080
    @Option(name: .customLong("max-body-mb"), help: "Largest request body, in MiB.") var maxBodyMB = 32
    @Option(name: .customLong("log-level")) var logLevel = "info"
    @Option(name: .customLong("max-concurrent-pushes"), help: "Pushes merged at once; more are told to retry (503).") var maxConcurrentPushes = 8
    @Option(name: .customLong("idle-timeout"), help: "Seconds a connection may stay silent before it is closed.") var idleTimeout = 30
    @Option(name: .customLong("tls-cert"), help: "PEM certificate chain; with --tls-key, serve HTTPS.") var tlsCert: String?
    @Option(name: .customLong("tls-key"), help: "PEM private key of --tls-cert.") var tlsKey: String?

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
    }

    func run() async throws {
        var logger = Logger(label: "fieldsync-server")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        // Read the certificate before opening the store, so a bad file changes nothing.
        let tls = try tlsCert.flatMap { cert in try tlsKey.map { try TLSFiles(cert: cert, key: $0).configuration() } }
        let store = try SQLiteServerStore(path: db.path)
        var server = SyncServer(store: store, logger: logger)
        server.maxWireBytes = maxBodyMB * 1024 * 1024
        server.maxBodyBytes = maxBodyMB * 1024 * 1024
        server.maxConcurrentPushes = maxConcurrentPushes
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
        if let tls {
            let app = Application(
                router: server.router(), server: try .tls(.http1(configuration: http1), tlsConfiguration: tls),
                configuration: configuration, onServerRunning: { announce($0.localAddress?.port) }, logger: logger)
            try await app.runService()
        } else {
            let app = Application(
                router: server.router(), server: .http1(configuration: http1), configuration: configuration, onServerRunning: { announce($0.localAddress?.port) }, logger: logger)
            try await app.runService()
        }
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

struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Access tokens (stored hashed).", subcommands: [Create.self, List.self, Revoke.self, Rebind.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token; it is printed once.")
        @OptionGroup var db: DBOption
        @Option var name: String
        @Option(help: "admin | commissioner | viewer") var role: String
        @Option var zone = "default"
        func run() throws {
            print(try SQLiteServerStore(path: db.path).createToken(name: name, role: role, zone: zone))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens (never their secrets).")
        @OptionGroup var db: DBOption
        func run() throws {
            for t in try SQLiteServerStore(path: db.path).listTokens() {
                print([t.name, t.role, t.zone, t.replica ?? "-", t.createdAt, t.revokedAt.map { "revoked \($0)" } ?? "active"].joined(separator: "\t"))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by name.")
        @OptionGroup var db: DBOption
        @Argument var name: String
        func run() throws { try SQLiteServerStore(path: db.path).revokeToken(name: name) }
    }

    struct Rebind: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let a token's next new laptop register without its old store (a laptop lost with its data).",
            discussion: """
                A token's replicas are the store it first synced from and that store's rotations and copies, \
                proven by the store's replica key. A laptop set up afresh (a new `fieldsync init`) has another key \
                and is refused; after `token rebind NAME` the next new replica of NAME is registered once without \
                that proof. The token's earlier replicas stay its own. If the old laptop was stolen, revoke the \
                token and create a new one instead.
                """)
        @OptionGroup var db: DBOption
        @Argument var name: String
        func run() throws { try SQLiteServerStore(path: db.path).allowRebind(token: name) }
    }
}
