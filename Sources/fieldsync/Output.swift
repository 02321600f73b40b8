import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncCore
import Foundation

enum Output {
    static func print(_ json: JSON) {
        Swift.print(json.render())
    }

    /// Whether stdout is a terminal and colour is allowed (`NO_COLOR` unset).
    static var colour: Bool {
        Platform.isTerminal(1) && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Marks `text` to be shown in colour `code` (an SGR number). The mark is private-use
    /// characters carrying a nonce drawn at start, so text can be composed and cleaned of control
    /// characters first, and synced text cannot forge a mark (say, to hide a cell with SGR 8);
    /// ``render(_:)`` turns genuine marks into colour (on a terminal) or drops them, last.
    static func paint(_ text: String, _ code: String) -> String {
        "\(markOpen)\(code)\u{E001}\(text)\(markClose)"
    }

    static let nonce = String(UInt64.random(in: .min ... .max), radix: 36)
    static let markOpen = "\u{E000}\(nonce):"
    static let markClose = "\u{E002}\(nonce)\u{E003}"

    /// Control characters escaped, then this process's colour marks turned into SGR sequences
    /// (or dropped); anything else that looks like a mark is shown as it is.
    static func render(_ text: String, colour useColour: Bool = colour) -> String {
        let cleaned = Terminal.clean(text)
        guard cleaned.contains(markOpen) else { return cleaned }
        var out = ""
        var rest = cleaned[...]
        while let open = rest.range(of: markOpen) {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let mid = after.firstIndex(of: "\u{E001}") else { break }
            let code = after[..<mid].filter { $0.isASCII && ($0.isNumber || $0 == ";") }
            if useColour { out += "\u{1B}[\(code)m" }
            rest = after[after.index(after: mid)...]
        }
        out += rest
        return out.replacingOccurrences(of: markClose, with: useColour ? "\u{1B}[0m" : "")
    }

    /// A code as the reader reads it: its Chinese word in Chinese, the code in English.
    static func word(_ code: String) -> String { Vocabulary.label(code) }

    static func light(_ color: String) -> String {
        let label = word(color)
        switch color {
        case "red": return paint(label, "31")
        case "yellow": return paint(label, "33")
        case "green": return paint(label, "32")
        default: return label
        }
    }

    /// Display width of text in a terminal: East Asian wide and full-width characters count two.
    static func width(_ s: String) -> Int {
        var w = 0
        let plain = s.contains(markOpen) ? render(s, colour: false) : s
        for u in plain.unicodeScalars {
            let v = u.value
            if v == 0x1B { continue }
            if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
                || (0x1F300...0x1F64F).contains(v) || (0x1F680...0x1F6FF).contains(v) || (0x1F900...0x1F9FF).contains(v)
                || (0x1FA70...0x1FAFF).contains(v) || (0x2600...0x26FF).contains(v) && u.properties.isEmojiPresentation {
                w += 2
            } else if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .format {
                continue
            } else {
                w += 1
            }
        }
        return w
    }

    static func pad(_ s: String, _ n: Int) -> String {
        s + String(repeating: " ", count: max(0, n - width(s)))
    }

    /// The store whose zone setting decides the time zone instants are shown in. Weak: the store
    /// must close when the command ends, so SQLite folds its WAL back into the file (a copied
    /// `.db` then holds everything).
    nonisolated(unsafe) static weak var store: Replica?
    nonisolated(unsafe) private static var offset: Int?

    /// An instant (stored in UTC) in local time with its offset: the zone's `time.utc_offset`,
    /// else this laptop's time zone.
    static func time(_ instant: String) -> String {
        if offset == nil { offset = (try? store.map { try Settings($0).displayOffset() }) ?? TimeZone.current.secondsFromGMT() }
        return Instant.localTime(instant, offset: offset ?? 0)
    }

    static func time(_ instant: String?) -> String? { instant.map { time($0) } }

    /// Prints an aligned table; CJK characters count as two columns; control characters in any
    /// cell are shown escaped.
    static func table(_ headers: [String], _ rows: [[String]]) {
        Swift.print(tableText(headers, rows), terminator: "")
    }

    static func tableText(_ headers: [String], _ rows: [[String]]) -> String {
        let rows = rows.map { $0.map(Terminal.clean) }
        var widths = headers.map(width)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i == cells.count - 1 ? c : pad(c, widths[i]) }.joined(separator: "  ")
        }
        var out = render(paint(line(headers), "1")) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += render(line(r)) + "\n" }
        return out
    }

    /// `key: value` lines, aligned.
    static func details(_ pairs: [(String, String)]) {
        let pairs = pairs.map { ($0.0, Terminal.clean($0.1)) }
        let w = pairs.map { width($0.0) }.max() ?? 0
        for (k, v) in pairs { Swift.print(render(pad(k, w) + "  " + v)) }
    }

    /// One line of text that may hold synced text, control characters escaped.
    static func line(_ text: String) {
        Swift.print(render(text))
    }

    static func short(_ id: String) -> String { String(id.prefix(8)) }

    /// What a person calls the record `text` names (its name, a need's summary, a visit's
    /// enterprise and day), for a result line; its short id when it has none.
    static func title(_ s: Programme, _ type: RecordType, _ text: String) throws -> String {
        let id = try s.lookup.resolve(type, text)
        return try s.lookup.recordTitle(type, id: id) ?? short(id)
    }

    /// A ratio stored as a decimal (0.085) as a percentage (8.5 %).
    static func percent(_ v: FieldValue) -> String {
        guard case .decimal(let d) = v, let x = Double(d.description) else { return v.description }
        return String(format: "%.1f %%", x * 100)
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("fieldsync: \(Terminal.clean(message))\n".utf8))
    }
}

/// A progress bar on stderr, shown only on a terminal.
struct Progress {
    let total: Int
    let label: String
    let enabled: Bool = Platform.isTerminal(2)

    func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
        if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

extension Output {
    /// An amount in 万元 as stored (exact decimal text) with two decimals: `300` → `300.00`,
    /// `80.5` → `80.50`; text that is not an amount is shown as it is.
    static func money(_ raw: String) -> String {
        guard let d = ExactDecimal(raw) else { return raw }
        return ReportRender.money(d)
    }
}

/// The commissioner who works on this laptop (`init --commissioner`, `config set commissioner`), if set.
func laptopCommissioner(_ s: Programme) throws -> String? {
    let c = try s.replica.laptops()[s.replica.info().replicaID.rawValue]?.commissioner
    return c?.isEmpty == false ? c : nil
}

/// The help of an option that takes one word of a vocabulary, made from the vocabulary itself:
/// exactly the words the option accepts (their Chinese words, and the codes scripts use).
func vocabularyHelp(_ codes: [String], what: MessageKey? = nil) -> String {
    // In English the codes are the words; in Chinese the words first, the codes for scripts after.
    L(.hOneOf, Lang.current == .zh ? codes.map { Vocabulary.label($0, what: what, .zh) }.joined(separator: " | ") : "", codes.joined(separator: " | "))
}

/// Column headers for record fields, in the reader's language.
func fieldLabels(_ names: String...) -> [String] { names.map(fieldLabel) }

/// `--set indicator=weight` items as changes by code: an indicator may be named by its code or by
/// one of its names (as the weights table shows them); an unknown one is passed on by what was
/// typed, for the rule to refuse naming it.
func weightChanges(_ items: [String], names: [(key: String, names: [String])]) throws -> [String: Double] {
    var changes: [String: Double] = [:]
    for item in items {
        let parts = item.split(separator: "=")
        guard parts.count == 2, let w = Double(parts[1]) else { throw CLIError(message: Message(.indicatorWeight, item), code: 64) }
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        changes[names.first { $0.key == name || $0.names.contains(name) }?.key ?? name] = w
    }
    return changes
}

/// How the CLI shows a record's fields to a person: labels in the reader's language, codes as
/// words, people and enterprises by name, instants in local time, conflicts marked.
struct RecordDisplay {
    let store: Programme
    private var commissioners: [String: String]?
    private var enterprises: [String: String] = [:]

    init(_ store: Programme) {
        self.store = store
    }

    static let instantFields: Set<String> = ["raised_at", "acknowledged_at", "resolved_at", "written_at"]
    static let codeFields: Set<String> = ["status", "category", "mode", "level", "pool", "stage", "light", "light_override"]
    /// Amounts in 万元, shown with two decimals as a finance clerk writes them.
    static let moneyFields: Set<String> = ["funds", "amount"]

    mutating func value(_ v: RecordView, _ field: String) -> String {
        if field == "kind", v.table == Domain.certification.name { return Vocabulary.label(v.text(field), what: .wordCertificationKind) }
        return value(field, v.text(field))
    }

    /// A stored value of `field` as a person reads it.
    mutating func value(_ field: String, _ raw: String) -> String {
        guard !raw.isEmpty else { return raw }
        if field == RecordType.deletedField { return L(raw == "true" ? .valueDeleted : .valueNotDeleted) }
        if Self.instantFields.contains(field) { return Output.time(raw) }
        if Self.codeFields.contains(field) { return Output.word(raw) }
        if Self.moneyFields.contains(field) { return Output.money(raw) }
        if field == "commissioner" || field == "owner" {
            if commissioners == nil { commissioners = (try? store.commissioners.names()) ?? [:] }
            return commissioners?[raw].map { "\($0) (\(Output.short(raw)))" } ?? raw
        }
        if field == "enterprise" {
            if let name = enterprises[raw] { return name }
            let name = (try? store.records.view(Domain.enterprise, id: raw))?.map { $0.text("name") } ?? raw
            enterprises[raw] = name
            return name
        }
        return raw
    }

    /// Every field of `v` but `deleted`, labelled, with the id first.
    mutating func pairs(_ v: RecordView, _ type: RecordType) -> [(String, String)] {
        var pairs: [(String, String)] = [(fieldLabel("id"), v.id)]
        for f in type.fields where f.name != RecordType.deletedField {
            let shown = value(v, f.name)
            pairs.append((fieldLabel(f.name, in: type.name), shown + (v.conflicts.contains(f.name) ? Output.paint("  " + L(.markConflict), "31") : "")))
        }
        return pairs
    }
}

/// Names the laptops that wrote values: the synced `laptop` record's name and commissioner, the
/// replica id's first characters when no record has reached this laptop yet.
struct Writers {
    let laptops: [String: (name: String, commissioner: String?)]
    let commissioners: [String: String]

    init(_ store: Programme) throws {
        var laptops = try store.replica.laptops()
        let info = try store.replica.info()
        if laptops[info.replicaID.rawValue] == nil { laptops[info.replicaID.rawValue] = (info.name, nil) }
        self.laptops = laptops
        self.commissioners = try store.commissioners.names()
    }

    /// `张伟的笔记本（张伟）`, or `笔记本 ff4dbcb4` for a laptop not known by name.
    func name(_ replica: String) -> String {
        guard let l = laptops[replica] else { return L(.unknownLaptop, String(replica.prefix(8))) }
        guard let c = l.commissioner, !c.isEmpty else { return l.name }
        return L(.laptopWithCommissioner, l.name, commissioners[c] ?? c)
    }

    func json(_ replica: String) -> JSON {
        laptops[replica].map { .string($0.name) } ?? .null
    }
}
