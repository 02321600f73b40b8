import Foundation

/// The language a person reads FieldSync in: Simplified Chinese or English.
public enum Lang: String, Sendable, CaseIterable {
    case zh, en

    /// The language every message is rendered in unless one is asked for. The CLI sets it once,
    /// before it parses its arguments (help text is rendered then); nothing else writes it.
    nonisolated(unsafe) public static var current: Lang = .en

    /// `zh`, `zh_CN.UTF-8`, `zh-Hans`, `中文` → Chinese; `en`, `C`, `POSIX`, `en_US.UTF-8` → English.
    public static func parse(_ text: String) -> Lang? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t == "中文" || t == "汉语" || t == "简体中文" || t.hasPrefix("zh") { return .zh }
        if t == "english" || t == "英文" || t.hasPrefix("en") || t == "c" || t == "posix" || t.hasPrefix("c.") { return .en }
        return nil
    }

    /// The language the environment asks for: `FIELDSYNC_LANG`, then `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` (the first one set decides; `zh*` is Chinese, anything else English).
    public static func fromEnvironment(_ env: [String: String]) -> Lang {
        if let v = env["FIELDSYNC_LANG"], !v.isEmpty, let lang = parse(v) { return lang }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[name], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}

/// A catalogued text: its name and its template in both languages. Each module declares its own
/// keys beside its code (`extension MessageKey { package static let … }` in its
/// `…Catalogue.swift`), so the programme's words live with the programme and the CLI's with the CLI.
public struct MessageKey: Hashable, Sendable, CustomStringConvertible {
    /// The key's name (unique across the package: a second declaration would not compile).
    public let name: String
    public let zh: String
    public let en: String

    public init(_ name: String, zh: String, en: String) {
        self.name = name
        self.zh = zh
        self.en = en
    }

    /// (Chinese, English).
    public var templates: (zh: String, en: String) { (zh, en) }

    public var description: String { name }

    public static func == (a: MessageKey, b: MessageKey) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// What is wrong with a catalogue, one line per problem (empty when nothing is): a key lacking
    /// a language, languages taking different arguments, placeholders with gaps, a Chinese text
    /// without Chinese or not translated (unless the key is `neutral`: codes and formats that read
    /// the same in both), a name declared twice.
    package static func problems(_ keys: [MessageKey], neutral: Set<String> = []) -> [String] {
        var out: [String] = []
        var seen: Set<String> = []
        for key in keys {
            if !seen.insert(key.name).inserted { out.append("\(key): listed twice") }
            if key.zh.isEmpty || key.en.isEmpty { out.append("\(key) lacks a language") }
            if Message.placeholders(key.zh) != Message.placeholders(key.en) { out.append("\(key): the two languages take different arguments") }
            if !neutral.contains(key.name) {
                if !key.zh.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }) {
                    out.append("\(key): the Chinese text has no Chinese: \(key.zh)")
                }
                if key.zh == key.en { out.append("\(key): not translated") }
            }
            let used = Message.placeholders(key.en)
            if used != Set(0..<used.count) { out.append("\(key): placeholders \(used.sorted())") }
        }
        return out
    }
}

/// A user-facing text: a key of the catalogue (``MessageKey``) and its arguments, rendered in
/// either language on demand. Errors carry one, so the library never decides the language.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    /// An argument: the same in both languages (a name, a date, a value typed), or its own word in each.
    public enum Arg: Hashable, Sendable {
        case plain(String)
        case both(zh: String, en: String)

        func render(_ lang: Lang) -> String {
            switch self {
            case .plain(let s): return s
            case .both(let zh, let en): return lang == .zh ? zh : en
            }
        }
    }

    public let key: MessageKey
    public let args: [Arg]

    /// A message of `key`; an argument that is itself a ``Message`` or a ``Bilingual`` is shown in
    /// the message's language, anything else as `String(describing:)` shows it.
    public init(_ key: MessageKey, _ args: Any...) {
        self.key = key
        self.args = args.map(Self.arg)
    }

    public init(_ key: MessageKey, arguments: [String]) {
        self.key = key
        self.args = arguments.map { .plain($0) }
    }

    static func arg(_ value: Any) -> Arg {
        switch value {
        case let m as Message: return .both(zh: m.render(.zh), en: m.render(.en))
        case let b as Bilingual: return .both(zh: b.zh, en: b.en)
        default: return .plain(String(describing: value))
        }
    }

    /// A text that is not in the catalogue and is shown as it is (a server's or libcurl's own
    /// words, already inside a catalogued sentence; the server's English logs).
    public static func verbatim(_ text: String) -> Message { Message(.verbatim, text) }

    /// The text in `lang`: the template with `{0}`, `{1}` … replaced by the arguments.
    public func render(_ lang: Lang) -> String {
        let t = key.templates
        return Self.fill(lang == .zh ? t.zh : t.en, args.map { $0.render(lang) })
    }

    /// The text in the current language (``Lang/current``).
    public var localized: String { render(Lang.current) }
    public var english: String { render(.en) }
    public var description: String { localized }

    static func fill(_ template: String, _ args: [String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 0, n < args.count {
                out += args[n]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// The placeholders a template uses, for the catalogue's own test.
    public static func placeholders(_ template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) { found.insert(n) }
            rest = after
        }
        return found
    }
}

/// A word or list given in both languages (the accepted words of a vocabulary, say).
public struct Bilingual: Hashable, Sendable {
    public var zh: String
    public var en: String
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
}

/// Renders a catalogued text in the current language (help, headers, labels).
public func L(_ key: MessageKey, _ args: Any...) -> String {
    Message(key, arguments: []).withArgs(args).localized
}

extension Message {
    func withArgs(_ values: [Any]) -> Message { Message(key: key, args: values.map(Self.arg)) }
    init(key: MessageKey, args: [Arg]) {
        self.key = key
        self.args = args
    }
}

/// The label of a record field (`credit_code` → 统一社会信用代码 / credit code) in the current
/// language; a field without a catalogue entry shows its own name.
public func fieldLabelMessage(_ field: String) -> Message {
    MessageKey.fieldLabels[field].map { Message($0) } ?? .verbatim(field)
}

/// The label of a record field in the current language.
public func fieldLabel(_ field: String) -> String {
    MessageKey.fieldLabels[field].map { Message($0).localized } ?? field
}

/// The label of `field` of a record of `table` (a few fields are named alike in two types).
public func fieldLabel(_ field: String, in table: String) -> String {
    MessageKey.tableFieldLabels[table + "." + field].map { Message($0).localized } ?? fieldLabel(field)
}

/// The field a person names, by its code or by its label in either language (`名称`, `name`), among
/// `fields`; nil when none matches.
public func fieldNamed(_ typed: String, among fields: [String]) -> String? {
    let t = typed.trimmingCharacters(in: .whitespaces)
    if fields.contains(t) { return t }
    return fields.first { f in
        guard let key = MessageKey.fieldLabels[f] else { return false }
        return key.zh == t || key.en.lowercased() == t.lowercased()
    }
}
