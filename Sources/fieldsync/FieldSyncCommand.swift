import ArgumentParser
import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncCore
import Foundation

@main
struct FieldSyncCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "fieldsync",
        abstract: L(.cmdTechnologyCommissionerSField),
        discussion: L(.moreStoreDbPathElse),
        subcommands: [
            InitCommand.self, ConfigCommand.self, StatusCommand.self, CommissionerCommand.self, EnterpriseCommand.self,
            RoundCommand.self, VisitCommand.self, NeedCommand.self, ProjectCommand.self, ConflictsCommand.self,
            HistoryCommand.self, SyncCommand.self, ReportCommand.self, IndicatorCommand.self, SettingCommand.self, AgendaCommand.self,
            DashboardCommand.self,
        ]) }

    /// Runs the command, mapping FieldSync's errors to one sentence on stderr and a sysexits code.
    static func main() async {
        Platform.restrictNewFiles()
        var arguments = Array(CommandLine.arguments.dropFirst())
        do {
            Lang.current = try Language.choose(&arguments)
        } catch let e as CLIError {
            Output.error(e.message.localized)
            Foundation.exit(e.code)
        } catch {
            Foundation.exit(64)
        }
        if arguments == ["--version"] || arguments == ["-V"] {
            print(L(.versionLine, FieldSyncVersion.text))
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
            for m in Unreadable.drain() { Output.error(m.localized) }
        } catch let e as StoreError {
            Language.settle()
            Output.error(e.text.localized)
            Foundation.exit(exitCode(e.code))
        } catch let e as CoreError {
            Language.settle()
            Output.error(e.text.localized)
            Foundation.exit(65)
        } catch let e as CLIError {
            Language.settle()
            Output.error(e.message.localized)
            Foundation.exit(e.code)
        } catch {
            Language.settle()
            // Help goes through argument-parser, its headings put in the reader's language; usage
            // errors become one sentence.
            let code = exitCode(for: error)
            guard code != .success else {
                print(Language.help(fullMessage(for: error)))
                Foundation.exit(0)
            }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? ""
            Output.error(L(.usageError, Language.usage(message)))
            Foundation.exit(code.rawValue)
        }
    }

    static func exitCode(_ code: StoreError.Code) -> Int32 {
        switch code {
        case .notInitialized: return 64
        case .busy: return 75
        case .readOnly, .diskFull, .storage: return 74
        case .conflictingDot: return 76
        case .forgedDot, .forbidden: return 77
        default: return 65
        }
    }
}

/// An error the CLI itself raises, with its exit code.
struct CLIError: Error {
    var message: Message
    var code: Int32 = 65
}

/// `--db PATH`, else `$FIELDSYNC_DB`, else `~/.local/share/fieldsync/fieldsync.db`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L(.hLocalStoreDefaultFieldsync)))
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["FIELDSYNC_DB"], !env.isEmpty { return env }
        return Platform.defaultStorePath
    }

    /// Opens an initialised store (refusing an uninitialised one without creating anything).
    func open() throws -> Programme {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.notInitialized, Message(.storeRunFieldsyncInit, path))
        }
        let store = try Replica(path: path, now: Self.clock())
        _ = try store.info()
        Output.store = store
        Language.settle(with: store)
        return Programme(store)
    }

    /// The wall clock; `FIELDSYNC_NOW` (RFC 3339) pins it, for tests and for replaying a day.
    static func clock() throws -> @Sendable () -> Date {
        guard let pinned = ProcessInfo.processInfo.environment["FIELDSYNC_NOW"], !pinned.isEmpty else { return { Date() } }
        guard let date = Instant.parse(pinned) else {
            throw CLIError(message: Message(.fieldsyncNowRfcInstant, pinned), code: 64)
        }
        return { date }
    }
}

struct JSONFlag: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L(.hPrintOneJsonDocument)))
    var json = false
}

/// Parses a date option.
func parseDate(_ text: String?, _ what: String) throws -> LocalDate? {
    guard let text else { return nil }
    do {
        return try LocalDate.parse(text, field: what)
    } catch let e as CoreError {
        throw CLIError(message: e.text)
    }
}

func requireDate(_ text: String, _ what: String) throws -> LocalDate {
    guard let d = try parseDate(text, what) else { throw CLIError(message: Message(.required, what)) }
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
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "init", abstract: L(.cmdCreateLocalStoreMint)) }
    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp(L(.hNameLaptopEG))) var replicaName: String
    @Option(name: .long, help: ArgumentHelp(L(.hZone))) var zone: String = "default"
    @Option(name: .long, help: ArgumentHelp(L(.hInitCommissioner))) var commissioner: String?
    @OptionGroup var output: JSONFlag

    func run() throws {
        guard !replicaName.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError(message: Message(.replicaNameMustEmpty), code: 64) }
        let s = try Replica(path: store.path, now: try StoreOptions.clock())
        let id = try s.initialize(name: replicaName, zone: zone)
        // The synced record that names this laptop (and its commissioner) to every other one.
        let c = commissioner?.trimmingCharacters(in: .whitespaces)
        try s.writeLaptop(commissioner: c?.isEmpty == false ? c : nil)
        if output.json { Output.print(.object([("id", .string(id.rawValue))])) } else { print(id.rawValue) }
    }
}

struct ConfigCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "config", abstract: L(.cmdLocalSettings), subcommands: [Set.self, Get.self]) }

    static let keys = ["server", "token", "cacert", "lang", "commissioner"]

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdSetServerUrlToken)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hServerTokenCacert))) var key: String
        @Argument(help: ArgumentHelp(L(.hValue))) var value: String
        func run() throws {
            guard ConfigCommand.keys.contains(key) else {
                throw CLIError(message: Message(.settingUseOne, key, ConfigCommand.keys.joined(separator: ", ")), code: 64)
            }
            if key == "server" {
                guard let url = URL(string: value), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                    throw CLIError(message: Message(.serverUrlWriteLike, value))
                }
            }
            var value = value
            if key == "token" && value == "-" { value = try readToken("-") }
            if key == "lang" {
                guard let lang = Lang.parse(value) else { throw CLIError(message: Message(.langUnknown, value), code: 64) }
                value = lang.rawValue
            }
            let s = try store.open()
            if key == "commissioner" {
                // The commissioner working on this laptop: by name or id once known here, else as typed.
                let c = (try? s.lookup.resolve(Domain.commissioner, value)) ?? value.trimmingCharacters(in: .whitespaces)
                try s.replica.writeLaptop(commissioner: c)
                return
            }
            try s.replica.setConfig(key, value)
        }
    }

    struct Get: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdPrintSetting)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hSettingKey))) var key: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let shownKeys = ConfigCommand.keys + ["role"]
            guard shownKeys.contains(key) else {
                throw CLIError(message: Message(.settingNotShown, key, shownKeys.joined(separator: ", ")), code: 64)
            }
            let s = try store.open()
            let value = key == "commissioner" ? try laptopCommissioner(s) : try s.replica.config(key)
            guard let v = value else { throw CLIError(message: Message(.set, key)) }
            let shown = key == "token" ? String(v.prefix(6)) + "…" : v
            if output.json { Output.print(.object([(key, .string(shown))])) } else { print(shown) }
        }
    }
}

struct StatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "status", abstract: L(.cmdReplicaIdPendingChanges)) }
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: JSONFlag

    func run() throws {
        let s = try store.open()
        let info = try s.replica.info()
        let server = try s.replica.config("server")
        let checkpoint = try s.replica.checkpoint(server: server.map { s.replica.checkpointKey(url: $0) } ?? "")
        let pending = try s.replica.changeCount(after: checkpoint.pushedLocalSeq, countingOwnLaptop: try s.replica.config("role") != "viewer")
        let conflicts = try s.replica.conflictedRecords().count
        let quarantine = try s.replica.quarantine()
        if output.json {
            Output.print(.object([
                ("replica_id", .string(info.replicaID.rawValue)), ("replica_name", .string(info.name)), ("zone", .string(info.zone)),
                ("commissioner", (try s.replica.laptops()[info.replicaID.rawValue]?.commissioner).map { .string($0) } ?? .null),
                ("server", server.map { .string($0) } ?? .null), ("pending_changes", .int(Int64(pending))),
                ("last_sync", checkpoint.lastSuccessAt.map { .string($0) } ?? .null), ("conflicts", .int(Int64(conflicts))),
                ("quarantined", .array(quarantine.map { q in
                    .object([("table", .string(q.table)), ("id", .string(q.id)), ("reason", .string(q.reason.en)), ("at", .string(q.at))])
                })),
            ]))
        } else {
            let writers = try Writers(s)
            Output.details([
                (L(.statusLaptop), writers.name(info.replicaID.rawValue)), (L(.statusReplica), info.replicaID.rawValue), (L(.statusZone), info.zone),
                (L(.statusServer), server ?? L(.notSet)),
                (L(.statusPending), String(pending)), (L(.statusLastSync), checkpoint.lastSuccessAt.map { Output.time($0) } ?? L(.never)),
                (L(.statusConflicts), conflicts == 0 ? "0" : Output.paint(String(conflicts), "31")),
            ] + quarantine.map { q in
                (L(.statusQuarantined), "\(q.table)/\(q.id): \(Lang.current == .zh ? q.reason.zh : q.reason.en)")
            })
        }
    }
}
