/// Text on its way to a terminal. Synced text comes from other people's laptops: a control
/// character in it (an `ESC ]52` clipboard write, a title change, a cursor move, a bidi override
/// that reorders what is read) must be shown, never obeyed.
public enum Terminal {
    /// `text` with every control character shown escaped: C0 and DEL as `\n`, `\t`, `\u{1B}`…,
    /// C1 controls and bidi overrides/isolates as `\u{202E}`…. Text without any is returned as is.
    /// With `keepingLines`, line breaks (`\n`, `\r`) and tabs pass as they are: a whole CSV or
    /// HTML document on its way to a terminal.
    public static func clean(_ text: String) -> String { clean(text, keepingLines: false) }

    public static func clean(_ text: String, keepingLines: Bool) -> String {
        func escaped(_ u: Unicode.Scalar) -> Bool { needsEscape(u) && !(keepingLines && (u == "\n" || u == "\r" || u == "\t")) }
        guard text.unicodeScalars.contains(where: escaped) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for u in text.unicodeScalars {
            guard escaped(u) else {
                out.unicodeScalars.append(u)
                continue
            }
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// Text fit for a refusal, a log field or an answer: cut at `limit` characters (marked "…")
    /// and every control character escaped. Everything the server echoes passes through here, so
    /// a name from a hostile body can neither forge a log line nor fill one.
    public static func inert(_ text: String, limit: Int = 1024) -> String {
        guard text.utf8.count > limit || text.unicodeScalars.contains(where: needsEscape) else { return text }
        let short = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return clean(short)
    }

    public static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
