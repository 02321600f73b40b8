import FieldStore
import FieldSyncCore
import Foundation

/// An ordered JSON document (keys keep the order they are given in).
indirect enum JSON {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case int(Int64)
    case number(String)
    case double(Double)
    case bool(Bool)
    case null

    static func value(_ v: FieldValue) -> JSON {
        switch v {
        case .null: return .null
        case .text(let s): return .string(s)
        case .integer(let i): return .int(i)
        case .decimal(let d): return .number(d.description)
        case .date(let d): return .string(d.description)
        case .bool(let b): return .bool(b)
        case .set(let items): return .array(items.map { .string($0) })
        }
    }

    func render(indent: Int = 0, pretty: Bool = true) -> String {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let close = pretty ? String(repeating: "  ", count: indent) : ""
        let nl = pretty ? "\n" : ""
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{" + nl + pairs.map { pad + JSONText.quote($0.0) + (pretty ? ": " : ":") + $0.1.render(indent: indent + 1, pretty: pretty) }
                .joined(separator: "," + nl) + nl + close + "}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[" + nl + items.map { pad + $0.render(indent: indent + 1, pretty: pretty) }.joined(separator: "," + nl) + nl + close + "]"
        case .string(let s): return JSONText.quote(s)
        case .int(let i): return String(i)
        case .number(let n): return n
        case .double(let d): return d.isFinite ? String(format: "%.4g", d) : "null"
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }
}

enum Output {
    static func print(_ json: JSON) {
        Swift.print(json.render())
    }

    /// Whether stdout is a terminal and colour is allowed (`NO_COLOR` unset).
    static var colour: Bool {
        isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    static func light(_ color: String) -> String {
        let label = (Vocabulary.chinese[color] ?? color) + " " + color
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
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x1B { continue }
            if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) {
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

    /// Prints an aligned table; CJK characters count as two columns.
    static func table(_ headers: [String], _ rows: [[String]]) {
        Swift.print(tableText(headers, rows), terminator: "")
    }

    static func tableText(_ headers: [String], _ rows: [[String]]) -> String {
        var widths = headers.map(width)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i == cells.count - 1 ? c : pad(c, widths[i]) }.joined(separator: "  ")
        }
        var out = paint(line(headers), "1") + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }

    /// `key: value` lines, aligned.
    static func details(_ pairs: [(String, String)]) {
        let w = pairs.map { width($0.0) }.max() ?? 0
        for (k, v) in pairs { Swift.print(pad(k, w) + "  " + v) }
    }

    static func short(_ id: String) -> String { String(id.prefix(8)) }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("fieldsync: \(message)\n".utf8))
    }
}

/// A progress bar on stderr, shown only on a terminal.
struct Progress {
    let total: Int
    let label: String
    let enabled: Bool = isatty(2) == 1

    func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
        if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
