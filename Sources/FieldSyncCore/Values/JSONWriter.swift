/// The one JSON writer of FieldSync: bytes written directly (Foundation's `JSONEncoder` spent
/// ~125 µs a record). The sync bodies (`FieldSyncWire`'s `FastJSON`), the laptop's history and set
/// columns, the server's small answers and the CLI's `--json` all write through it.
package struct JSONWriter {
    package var out: [UInt8] = []

    @inlinable package init(capacity: Int = 64) { out.reserveCapacity(capacity) }

    @inlinable package mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inlinable package mutating func string(_ s: String) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(b)
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20:
                raw("\\u00")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    @inlinable package mutating func int<T: BinaryInteger>(_ v: T) { out.append(contentsOf: String(v).utf8) }

    @inlinable package mutating func value(_ v: FieldValue) {
        switch v {
        case .null: raw("null")
        case .text(let s): string(s)
        case .integer(let i): int(i)
        case .decimal(let d): string(d.description)
        case .date(let d): string(d.description)
        case .bool(let b): if b { raw("true") } else { raw("false") }
        case .set(let items):
            out.append(UInt8(ascii: "["))
            for (i, s) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                string(s)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// The text written so far.
    @inlinable package var text: String { String(decoding: out, as: UTF8.self) }

    /// A JSON string literal for `s`.
    @inlinable package static func quoted(_ s: String) -> String {
        var w = JSONWriter(capacity: s.utf8.count + 2)
        w.string(s)
        return w.text
    }

    /// A JSON literal for a field value (null, string, number, bool or string array; decimals and
    /// dates as strings).
    @inlinable package static func literal(_ v: FieldValue) -> String {
        var w = JSONWriter()
        w.value(v)
        return w.text
    }
}
