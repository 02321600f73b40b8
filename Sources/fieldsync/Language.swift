import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncCore
import Foundation

/// Which language the CLI speaks, and argument-parser's own words in it.
enum Language {
    /// Whether `--lang` chose the language (then nothing else may change it).
    nonisolated(unsafe) static var explicit = false
    /// Whether the stored `lang` setting has been looked at.
    nonisolated(unsafe) static var settled = false
    nonisolated(unsafe) static var arguments: [String] = []

    /// `--lang zh|en` anywhere before `--` (taken out of the arguments), then `fieldsync config set
    /// lang`, then `FIELDSYNC_LANG`, then `LC_ALL`/`LC_MESSAGES`/`LANG`, else English.
    ///
    /// Without `--lang` this returns the environment's language; the stored setting is read only
    /// when the store is opened anyway (``settle(with:)``) or before help or an error is printed
    /// (``settle()``): opening the store once more would cost every command a few milliseconds.
    static func choose(_ arguments: inout [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Lang {
        let fallback = Lang.fromEnvironment(environment)
        var chosen: Lang?
        var i = 0
        while i < arguments.count, arguments[i] != "--" {
            let a = arguments[i]
            var value: String?
            if a == "--lang" {
                guard i + 1 < arguments.count else {
                    Lang.current = fallback
                    throw CLIError(message: Message(.langMissing), code: 64)
                }
                value = arguments[i + 1]
                arguments.removeSubrange(i...(i + 1))
            } else if a.hasPrefix("--lang=") {
                value = String(a.dropFirst("--lang=".count))
                arguments.remove(at: i)
            } else {
                i += 1
                continue
            }
            guard let v = value, let lang = Lang.parse(v) else {
                Lang.current = fallback
                throw CLIError(message: Message(.langUnknown, value ?? ""), code: 64)
            }
            chosen = lang
        }
        Self.arguments = arguments
        explicit = chosen != nil
        return chosen ?? fallback
    }

    /// The stored setting, read from the store the command has opened.
    static func settle(with store: Replica) {
        guard !explicit, !settled else { return }
        settled = true
        if let stored = try? store.config("lang"), let lang = Lang.parse(stored) { Lang.current = lang }
    }

    /// The stored setting, read straight from the file (before help or an error is printed).
    static func settle(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard !explicit, !settled else { return }
        settled = true
        if let stored = Replica.peekConfig(path: storePath(arguments, environment), "lang"), let lang = Lang.parse(stored) { Lang.current = lang }
    }

    /// The store the command will open: `--db`, else `$FIELDSYNC_DB`, else the default.
    static func storePath(_ arguments: [String], _ environment: [String: String]) -> String {
        for (i, a) in arguments.enumerated() {
            if a == "--", i > 0 { break }
            if a == "--db", i + 1 < arguments.count { return arguments[i + 1] }
            if a.hasPrefix("--db=") { return String(a.dropFirst(5)) }
        }
        if let env = environment["FIELDSYNC_DB"], !env.isEmpty { return env }
        return Platform.defaultStorePath
    }

    /// argument-parser's help headings in the reader's language.
    static func help(_ text: String) -> String {
        guard Lang.current == .zh else { return text }
        var out = text
        let headings: [(String, MessageKey)] = [
            ("USAGE:", .apUsage), ("ARGUMENTS:", .apArguments), ("OPTIONS:", .apOptions), ("SUBCOMMANDS:", .apSubcommands),
            ("OVERVIEW:", .apOverview), ("Show help information.", .apShowHelp), ("Show the version.", .apShowVersion),
            ("See 'fieldsync help <subcommand>' for detailed help.", .apSeeHelp), ("(default: ", .apDefault), ("(values: ", .apValues),
        ]
        for (en, key) in headings {
            out = out.replacingOccurrences(of: en, with: Message(key).render(.zh))
        }
        // Each group's footer names its own command ("See 'fieldsync help need <subcommand>' …").
        if let re = try? NSRegularExpression(pattern: #"See 'fieldsync help ([^'<]+) <subcommand>' for detailed help\."#) {
            let matches = re.matches(in: out, range: NSRange(out.startIndex..., in: out)).reversed()
            for m in matches {
                guard let whole = Range(m.range, in: out), let group = Range(m.range(at: 1), in: out) else { continue }
                out.replaceSubrange(whole, with: Message(.apSeeHelpFor, String(out[group])).render(.zh))
            }
        }
        return out
    }

    /// argument-parser's usage errors, recognised and said in the reader's language; an error it
    /// words in a way not listed here is kept as it is.
    static func usage(_ text: String) -> String {
        let patterns: [(String, MessageKey)] = [
            (#"^(?:Error: )?Missing expected argument '(.+)'$"#, .usageMissing),
            (#"^(?:Error: )?Unknown option '([^']+)'\. Did you mean '([^']+)'\?$"#, .usageUnknownOptionSuggest),
            (#"^(?:Error: )?Unknown option '(.+)'$"#, .usageUnknownOption),
            (#"^(?:Error: )?Unexpected argument '(.+)'$"#, .usageUnexpected),
            (#"^(?:Error: )?Missing value for '(.+)'$"#, .usageMissingValue),
            (#"^(?:Error: )?The value '(.+)' is invalid for '(.+)'$"#, .usageInvalidValue),
            (#"^(?:Error: )?Unknown subcommand '(.+)'$"#, .usageUnknownSubcommand),
        ]
        for (pattern, key) in patterns {
            guard let re = try? NSRegularExpression(pattern: pattern),
                  let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { continue }
            let groups = (1..<m.numberOfRanges).compactMap { Range(m.range(at: $0), in: text).map { String(text[$0]) } }
            return Message(key, arguments: groups).localized
        }
        let bare = text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text
        return bare.isEmpty ? L(.usageInvalid) : bare
    }
}
