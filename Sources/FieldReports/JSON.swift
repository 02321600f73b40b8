import FieldSyncCore
import Foundation

/// An ordered JSON document (keys keep the order they are given in).
public indirect enum JSON: Sendable {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case int(Int64)
    case number(String)
    case double(Double)
    case bool(Bool)
    case null

    /// A field value as JSON.
    public static func value(_ v: FieldValue) -> JSON {
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

    /// The document as text, indented by default.
    public func render(indent: Int = 0, pretty: Bool = true) -> String {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let close = pretty ? String(repeating: "  ", count: indent) : ""
        let nl = pretty ? "\n" : ""
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{" + nl + pairs.map { pad + JSONWriter.quoted($0.0) + (pretty ? ": " : ":") + $0.1.render(indent: indent + 1, pretty: pretty) }
                .joined(separator: "," + nl) + nl + close + "}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[" + nl + items.map { pad + $0.render(indent: indent + 1, pretty: pretty) }.joined(separator: "," + nl) + nl + close + "]"
        case .string(let s): return JSONWriter.quoted(s)
        case .int(let i): return String(i)
        case .number(let n): return n
        case .double(let d): return d.isFinite ? String(format: "%.4g", d) : "null"
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }
}
