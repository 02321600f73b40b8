import ArgumentParser
import FieldStore
import FieldSyncServer
import Foundation
import Hummingbird
import Logging

@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fieldsync-server",
        abstract: "FieldSync's central sync server.",
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

    func run() async throws {
        var logger = Logger(label: "fieldsync-server")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let store = try SQLiteServerStore(path: db.path)
        var server = SyncServer(store: store, logger: logger)
        server.maxWireBytes = maxBodyMB * 1024 * 1024
        server.maxBodyBytes = maxBodyMB * 1024 * 1024
        let app = Application(
            router: server.router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "fieldsync-server"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                FileHandle.standardOutput.write(Data("fieldsync-server listening on http://\(host):\(port)\n".utf8))
            },
            logger: logger)
        try await app.runService()
    }
}

struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Access tokens (stored hashed).", subcommands: [Create.self, List.self, Revoke.self])

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
}
