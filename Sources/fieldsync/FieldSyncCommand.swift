import ArgumentParser
import FieldStore
import FieldSyncCore
import Foundation

@main
struct FieldSyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fieldsync",
        abstract: "The technology commissioner's field tool: a full offline replica that syncs with the office.",
        discussion: "Store: --db PATH, else $FIELDSYNC_DB, else ~/.local/share/fieldsync/fieldsync.db.",
        subcommands: [
            InitCommand.self, ConfigCommand.self, StatusCommand.self, CommissionerCommand.self, EnterpriseCommand.self,
            RoundCommand.self, VisitCommand.self, NeedCommand.self, ProjectCommand.self, ConflictsCommand.self,
            HistoryCommand.self, SyncCommand.self, ReportCommand.self, IndicatorCommand.self, SettingCommand.self,
        ])

    /// Runs the command, mapping FieldSync's errors to one sentence on stderr and a sysexits code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let e as StoreError {
            Output.error(e.message)
            Foundation.exit(exitCode(e.code))
        } catch let e as CoreError {
            Output.error(e.message)
            Foundation.exit(65)
        } catch let e as CLIError {
            Output.error(e.message)
            Foundation.exit(e.code)
        } catch {
            // Help and version go through argument-parser; usage errors become one sentence.
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
            Output.error(message + " (see `fieldsync help`)")
            Foundation.exit(code.rawValue)
        }
    }

    static func exitCode(_ code: StoreError.Code) -> Int32 {
        switch code {
        case .notInitialized: return 64
        case .busy: return 75
        case .readOnly, .diskFull, .storage: return 74
        case .conflictingDot: return 76
        case .forgedDot: return 77
        default: return 65
        }
    }
}

/// An error the CLI itself raises, with its exit code.
struct CLIError: Error {
    var message: String
    var code: Int32 = 65
}

/// `--db PATH`, else `$FIELDSYNC_DB`, else `~/.local/share/fieldsync/fieldsync.db`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The local store (default: $FIELDSYNC_DB or ~/.local/share/fieldsync/fieldsync.db).")
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["FIELDSYNC_DB"], !env.isEmpty { return env }
        return NSString(string: "~/.local/share/fieldsync/fieldsync.db").expandingTildeInPath
    }

    /// Opens an initialised store (refusing an uninitialised one without creating anything).
    func open() throws -> ReplicaStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.notInitialized, "No store at \(path); run `fieldsync init --replica-name NAME` first.")
        }
        let store = try ReplicaStore(path: path, now: Self.clock())
        _ = try store.info()
        return store
    }

    /// The wall clock; `FIELDSYNC_NOW` (RFC 3339) pins it, for tests and for replaying a day.
    static func clock() throws -> @Sendable () -> Date {
        guard let pinned = ProcessInfo.processInfo.environment["FIELDSYNC_NOW"], !pinned.isEmpty else { return { Date() } }
        guard let date = ReplicaStore.parseInstant(pinned) else {
            throw CLIError(message: "FIELDSYNC_NOW=\(pinned) is not an RFC 3339 instant such as 2026-03-02T09:00:00Z.", code: 64)
        }
        return { date }
    }
}

struct JSONFlag: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON document.")
    var json = false
}

/// Parses a date option.
func parseDate(_ text: String?, _ what: String) throws -> LocalDate? {
    guard let text else { return nil }
    do {
        return try LocalDate.parse(text, field: what)
    } catch let e as CoreError {
        throw CLIError(message: e.message)
    }
}

func requireDate(_ text: String, _ what: String) throws -> LocalDate {
    guard let d = try parseDate(text, what) else { throw CLIError(message: "\(what) is required.") }
    return d
}

func splitList(_ text: String?) -> [String]? {
    text.map { $0.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
}

/// A record as the `show --json` object: id, then every field, then conflicts.
func recordJSON(_ view: RecordView, type: RecordType, extra: [(String, JSON)] = []) -> JSON {
    var pairs: [(String, JSON)] = [("id", .string(view.id))]
    for spec in type.fields where spec.name != RecordType.deletedField {
        pairs.append((spec.name, JSON.value(view[spec.name])))
    }
    pairs += extra
    if !view.conflicts.isEmpty { pairs.append(("conflicts", .array(view.conflicts.map { .string($0) }))) }
    return .object(pairs)
}

// MARK: - init, config, status

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create the local store and mint this laptop's replica id.")
    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "A name for this laptop (e.g. the commissioner's name).") var replicaName: String
    @Option(name: .long, help: "The zone.") var zone: String = "default"
    @OptionGroup var output: JSONFlag

    func run() throws {
        guard !replicaName.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError(message: "The replica name must not be empty.", code: 64) }
        let s = try ReplicaStore(path: store.path, now: try StoreOptions.clock())
        let id = try s.initialize(name: replicaName, zone: zone)
        if output.json { Output.print(.object([("id", .string(id.rawValue))])) } else { print(id.rawValue) }
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: "Local settings.", subcommands: [Set.self, Get.self])

    static let keys = ["server", "token", "cacert"]

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set server URL, token or cacert.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "server | token | cacert") var key: String
        @Argument var value: String
        func run() throws {
            guard ConfigCommand.keys.contains(key) else {
                throw CLIError(message: "\"\(key)\" is not a setting; use one of: \(ConfigCommand.keys.joined(separator: ", ")).", code: 64)
            }
            if key == "server" {
                guard let url = URL(string: value), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                    throw CLIError(message: "\"\(value)\" is not a server URL; write it like https://sync.example.org or http://127.0.0.1:8080.")
                }
            }
            try store.open().setConfig(key, value)
        }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a setting.")
        @OptionGroup var store: StoreOptions
        @Argument var key: String
        func run() throws {
            guard let v = try store.open().config(key) else { throw CLIError(message: "\"\(key)\" is not set.") }
            print(key == "token" ? String(v.prefix(6)) + "…" : v)
        }
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Replica id, pending changes, last sync, open conflicts.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: JSONFlag

    func run() throws {
        let s = try store.open()
        let info = try s.info()
        let server = try s.config("server")
        let checkpoint = try s.checkpoint(server: server ?? "")
        let pending = try s.changeCount(after: checkpoint.pushedLocalSeq)
        let conflicts = try s.conflictedRecords().count
        if output.json {
            Output.print(.object([
                ("replica_id", .string(info.replicaID.rawValue)), ("replica_name", .string(info.name)), ("zone", .string(info.zone)),
                ("server", server.map { .string($0) } ?? .null), ("pending_changes", .int(Int64(pending))),
                ("last_sync", checkpoint.lastSuccessAt.map { .string($0) } ?? .null), ("conflicts", .int(Int64(conflicts))),
            ]))
        } else {
            Output.details([
                ("replica", "\(info.replicaID) (\(info.name), zone \(info.zone))"), ("server", server ?? "(not set)"),
                ("pending changes", String(pending)), ("last sync", checkpoint.lastSuccessAt ?? "never"),
                ("conflicts", conflicts == 0 ? "0" : Output.paint(String(conflicts), "31")),
            ])
        }
    }
}
