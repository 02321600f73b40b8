import Foundation

/// An instant as FieldSync writes it: RFC 3339 in UTC, seconds precision (`2026-03-13T10:30:00Z`),
/// and as a person reads it (local time with the offset). Shared by the laptop, the server and the
/// CLI, so one format is written once.
public enum Instant {
    /// RFC 3339 UTC, seconds precision (formatted by hand: Foundation's formatters load ICU,
    /// which costs a CLI process more than its whole write).
    public static func format(_ date: Date) -> String {
        let total = Int(floor(date.timeIntervalSince1970))
        let days = Int(floor(Double(total) / 86_400))
        let secs = total - days * 86_400
        let d = LocalDate(dayNumber: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(d)T\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))Z"
    }

    /// An instant as a person reads it: local time at `offset` seconds east of UTC, with the
    /// offset (`2026-03-02 17:00:00 +08:00`). Text that is not an instant is returned as it is.
    public static func localTime(_ text: String, offset: Int) -> String {
        guard let date = parse(text) else { return text }
        let total = Int(floor(date.timeIntervalSince1970)) + offset
        let days = Int(floor(Double(total) / 86_400))
        let secs = total - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let sign = offset < 0 ? "-" : "+"
        let off = abs(offset) / 60
        return "\(LocalDate(dayNumber: days)) \(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60)) \(sign)\(two(off / 60)):\(two(off % 60))"
    }

    /// Parses an RFC 3339 instant (`YYYY-MM-DDTHH:MM:SS`, optional fraction, `Z` or `±HH:MM`).
    public static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        guard chars.count >= 20, chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: "t") || chars[10] == UInt8(ascii: " "),
              let date = try? LocalDate.parse(String(text.prefix(10))),
              chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":")
        else { return nil }
        func num(_ a: Int, _ b: Int) -> Int? { Int(String(decoding: chars[a..<b], as: UTF8.self)) }
        guard let h = num(11, 13), let m = num(14, 16), let sec = num(17, 19), h < 24, m < 60, sec < 61 else { return nil }
        var i = 19
        var fraction = 0.0
        if i < chars.count, chars[i] == UInt8(ascii: ".") {
            let start = i
            i += 1
            while i < chars.count, chars[i] >= UInt8(ascii: "0"), chars[i] <= UInt8(ascii: "9") { i += 1 }
            fraction = Double(String(decoding: chars[start..<i], as: UTF8.self)) ?? 0
        }
        var offset = 0
        guard i < chars.count else { return nil }
        switch chars[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard i + 1 == chars.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard i + 6 == chars.count, chars[i + 3] == UInt8(ascii: ":"), let oh = num(i + 1, i + 3), let om = num(i + 4, i + 6) else { return nil }
            offset = (oh * 3600 + om * 60) * (chars[i] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return nil
        }
        let seconds = Double(date.dayNumber * 86_400 + h * 3600 + m * 60 + sec - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }
}
